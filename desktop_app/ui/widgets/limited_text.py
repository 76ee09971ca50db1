"""A plain-text editor that never holds more than a limit of characters.

Typing stops at the limit; a paste or drop that does not fit is refused whole, never cut, and
the editor says so through a signal. Characters are counted as the domain counts them
(``checks.narrative_length``): Unicode characters, a line break counting as one.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget



def narrative_length(text: str) -> int:
    """The domain's count (``checks.narrative_length``), imported when first used: the checks
    load after the report's first paint."""
    from ...domain.checks import narrative_length as count

    return count(text)


class LimitedPlainTextEdit(QPlainTextEdit):
    """A ``QPlainTextEdit`` with a character limit."""

    paste_refused = Signal(int, int)  # characters offered, characters that still fit
    typing_refused = Signal()

    def __init__(self, limit: int, parent: QWidget | None = None, **properties):
        super().__init__(parent, **properties)
        self.limit = limit
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

    def length(self) -> int:
        """The characters of the text as the form counts them."""
        return narrative_length(self.toPlainText())

    def room(self) -> int:
        """How many characters still fit, counting the selection as free (typing replaces it)."""
        selected = len(self.textCursor().selectedText())
        return self.limit - (self.length() - selected)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            typed = "\n"
        else:
            typed = event.text()
            if not typed or not typed.isprintable():
                typed = ""
        if typed and len(typed) > self.room():
            event.accept()
            self.typing_refused.emit()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        committed = event.commitString()
        if committed and len(committed) > self.room():
            event.accept()
            self.typing_refused.emit()
            return
        super().inputMethodEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text() if source.hasText() else ""
        offered = narrative_length(text.replace("\r\n", "\n").replace("\r", "\n"))
        room = self.room()
        if offered > room:
            self.paste_refused.emit(offered, max(room, 0))
            return
        super().insertFromMimeData(source)
