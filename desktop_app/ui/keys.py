"""Keys that must not write into the data.

Qt's text fields take Alt+letter as the letter when no mnemonic matches it: a missed Alt+U put
a stray "u" into a name. On Windows and Linux Alt+letter never types text (AltGr, which does,
arrives as Ctrl+Alt on Windows and without Alt on Linux), so such a key press is dropped there
once the shortcuts have had it. On macOS Option (Alt) types characters (€, @, |, …) and is
left alone.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt


class StrayAltFilter(QObject):
    """An application event filter that drops Alt+letter key presses no shortcut took."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:
            return False
        modifiers = event.modifiers()
        if not modifiers & Qt.KeyboardModifier.AltModifier:
            return False
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier):
            return False  # Ctrl+Alt is AltGr on Windows: it types € and the like
        text = event.text()
        return bool(text) and text.isprintable()


def install_stray_alt_filter(parent: QObject) -> StrayAltFilter | None:
    """Drop stray Alt+letter presses in the whole application while ``parent`` lives; None
    on macOS."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if sys.platform == "darwin" or app is None:
        return None
    stray = StrayAltFilter(parent)
    app.installEventFilter(stray)
    return stray
