"""The live character counter of a limited text: ``1.234 / 3.000``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ..language import format_count

# From this share of the limit on, the counter turns amber.
NEAR_LIMIT = 0.9


class CharacterCounter(QLabel):
    """Shows how many characters are used of the limit, with the thousands separator of the
    language; amber near the limit, red at it."""

    def __init__(self, parent: QWidget | None = None, **properties):
        super().__init__(parent, **properties)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._state = ""

    def show_count(self, used: int, limit: int, language: str) -> None:
        """Display ``used / limit``."""
        self.setText(f"{format_count(used, language)} / {format_count(limit, language)}")
        state = "full" if used >= limit else "near" if used >= NEAR_LIMIT * limit else ""
        if state != self._state:
            self._state = state
            self.setProperty("level", state)
            colour = {"full": "#c62828", "near": "#c77700"}.get(state)
            self.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}" if colour else "")
