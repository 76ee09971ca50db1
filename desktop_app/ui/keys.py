"""Keys that must not write into the data.

Qt's text fields take Alt+letter as the letter when no mnemonic matches it: a missed Alt+U put
a stray "u" into a name. On Windows and Linux Alt+letter never types text (AltGr, which does,
arrives as Ctrl+Alt on Windows and without Alt on Linux), so such a key press is dropped there
once the shortcuts have had it, in the main window and in every dialog of the program (signing,
submission files, backups, Qt's own file dialog and message boxes). On macOS Option (Alt)
types characters (€, @, |, …) and is left alone.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QWidget

from .qt_namespace import Qt  # made at the first key with Alt at the latest


class StrayAltFilter(QObject):
    """An event filter on a window that drops the Alt+letter key presses no shortcut took."""

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


def install_stray_alt_filter(window: QWidget) -> StrayAltFilter | None:
    """Drop stray Alt+letter presses in ``window`` (a shown top-level widget); None on macOS.

    The filter sits on the window's ``QWindow``: key presses reach it after the shortcuts and
    before the focused widget, and it sees only the window's own input events, not the many
    events of every widget that an application-wide filter would have to look at."""
    handle = window.windowHandle()
    if sys.platform == "darwin" or handle is None:
        return None
    stray = StrayAltFilter(window)
    handle.installEventFilter(stray)
    return stray


_EVERY_WINDOW: StrayAltFilter | None = None


def install_stray_alt_filter_everywhere(app: QGuiApplication) -> StrayAltFilter | None:
    """Drop stray Alt+letter presses in every window of the program (None on macOS): each
    window, a dialog or a message box too, gets the filter on its ``QWindow`` the first time it
    becomes the active window. Installing it again changes nothing."""
    global _EVERY_WINDOW
    if sys.platform == "darwin":
        return None
    if _EVERY_WINDOW is None:
        _EVERY_WINDOW = StrayAltFilter(app)
        app.focusWindowChanged.connect(_filter_window)
    _filter_window(app.focusWindow())
    return _EVERY_WINDOW


def _filter_window(window: QWindow | None) -> None:
    if window is None or _EVERY_WINDOW is None or window.property("strayAltFiltered"):
        return
    window.installEventFilter(_EVERY_WINDOW)
    window.setProperty("strayAltFiltered", True)
