"""The window fits its screen: a size saved on a larger screen, at a smaller scale or with a
smaller font is shrunk to the screen's available area, and the window is moved onto it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the title bar and borders that the system adds around a window not yet shown (its
# frame is unknown until then); once shown, the real frame is used.
FRAME_ALLOWANCE = (16, 40)


def available_area(window: QWidget) -> QRect | None:
    """The part of the window's screen that windows may use (without task bars)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(window: QWidget, available: QRect | None = None) -> None:
    """Shrink ``window`` to fit ``available`` (its screen's available area by default),
    frame included, and move it so that it lies wholly inside."""
    available = available if available is not None else available_area(window)
    if available is None or available.isEmpty() or window.isMaximized() or window.isFullScreen():
        return
    geometry, frame = window.geometry(), window.frameGeometry()
    if window.isVisible() and frame != geometry:
        extra_width, extra_height = frame.width() - geometry.width(), frame.height() - geometry.height()
    else:
        extra_width, extra_height = FRAME_ALLOWANCE
    width = min(geometry.width(), available.width() - extra_width)
    height = min(geometry.height(), available.height() - extra_height)
    if (width, height) != (geometry.width(), geometry.height()):
        window.resize(max(width, 1), max(height, 1))
    outer_width, outer_height = window.width() + extra_width, window.height() + extra_height
    left = min(max(frame.left(), available.left()), available.right() + 1 - outer_width)
    top = min(max(frame.top(), available.top()), available.bottom() + 1 - outer_height)
    left, top = max(left, available.left()), max(top, available.top())
    if (left, top) != (frame.left(), frame.top()):
        window.move(left, top)


def restore_geometry(window: QWidget, settings: QSettings, key: str) -> None:
    """Give ``window`` the geometry saved under ``key`` (or its own size), fitted to the
    screen."""
    saved = settings.value(key)
    if saved is not None:
        window.restoreGeometry(saved)
    fit_to_screen(window)
