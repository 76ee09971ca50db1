"""PySide6's ``Qt`` namespace, made when first used, and the item roles the list of reports needs.

The first use of ``PySide6.QtCore.Qt`` (or of ``PySide6.QtGui.Qt``) makes PySide6 create every
enum of the namespace as a Python enum, about a hundred (``Qt.Key`` alone has some 500 members):
about 15 ms, more than any Qt class. The list of reports, the program's first screen, needs
none of them, so the modules it loads take ``Qt`` from here: the same namespace, made at the
first use of one of its names. The main window makes it right after the list has first painted
(:func:`make_now`, from a zero-timer), so neither the first paint nor the first key waits for it.

One thing to know: before the namespace is made, PySide6 cannot hand a signal's argument of a
``Qt`` enum type (``headerDataChanged``'s ``Qt.Orientation``, a window's ``Qt.WindowState``) to
a Python slot. The slot is not called, and ``TypeError: ... cannot be converted`` is printed.
Code that connects such a slot before the first paint must call :func:`make_now` first. A
Python override that Qt calls with such an argument (``headerData``) makes the namespace itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# Item roles are ints in Qt's ``data(index, role)``: these are Qt.ItemDataRole's values (a test
# holds them to PySide6's), for the models the first screen shows.
DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
FONT_ROLE = 6  # Qt.ItemDataRole.FontRole
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
USER_ROLE = 256  # Qt.ItemDataRole.UserRole, the first role of the program's own


class _Namespace:
    """Stands for ``PySide6.QtCore.Qt``: the first name looked up in it makes the namespace."""

    def __getattr__(self, name: str):
        from PySide6.QtCore import Qt

        value = getattr(Qt, name)
        setattr(self, name, value)  # found directly from now on
        return value


if TYPE_CHECKING:
    from PySide6.QtCore import Qt
else:
    Qt = _Namespace()


def make_now() -> None:
    """Make the namespace now (once made, this costs nothing)."""
    from PySide6.QtCore import Qt as _made  # noqa: F401 - importing it makes it


__all__ = ["ACCESSIBLE_TEXT_ROLE", "DISPLAY_ROLE", "FONT_ROLE", "USER_ROLE", "Qt", "make_now"]
