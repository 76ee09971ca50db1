"""Text from outside shown as text.

Qt guesses rich text: a label, message box or tooltip whose text looks like HTML (``<h1>``,
``<img src=...>``, which loads a local file) is drawn as HTML. Names and paths come from
submission files, certificates, the report and the user, so every place that shows them either
is set to plain text (labels: ``textFormat=Qt.TextFormat.PlainText``) or gets its text through
:func:`as_plain` (tooltips, message boxes: places whose format cannot be set). Item views
(list and table items), the status bar and window titles draw plain text by themselves; a title
only needs its ``[*]`` placeholder kept literal (:func:`window_title`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..qt_namespace import Qt


def __getattr__(name: str):
    """``PLAIN``, ``Qt.TextFormat.PlainText``: taken when a module first asks for it, so that the
    list the program starts on does not make the Qt namespace (see ``qt_namespace.py``)."""
    if name == "PLAIN":
        return Qt.TextFormat.PlainText
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def as_plain(text: str) -> str:
    """``text`` for a place that guesses rich text (a tooltip, a message box): unchanged when
    Qt would take it as plain text anyway, else as escaped HTML that shows it literally."""
    # Qt.mightBeRichText and convertFromPlainText live in QtGui's Qt, which makes the namespace.
    from PySide6.QtGui import Qt as QtText

    if not QtText.mightBeRichText(text):
        return text
    # Normal white space, so that a long message still wraps.
    return QtText.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def window_title(text: str) -> str:
    """``text`` for ``setWindowTitle``: a ``[*]`` in it is shown, not taken as the placeholder
    of the modified mark."""
    return text.replace("[*]", "[*][*]")


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Tell about something that went wrong; ``text`` may hold names and paths from outside."""
    # QMessageBox here: PySide6 takes about 1 ms to load it, which the start need not spend.
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, as_plain(text))


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question (No is the default); ``text`` may hold names from outside."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, as_plain(text),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


__all__ = ["PLAIN", "as_plain", "ask", "warn", "window_title"]
