"""Short fields (a year, a postal code, a date, an amount) sized by what they hold, in the
window's font: with a fixed width in pixels a large font cut them ("016" for 2016 at 144 dpi),
and a layout short of room squeezed them below their text."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

# The frame and text margins of a line edit, with a little air.
MARGINS = 16


def fit_width(field: QLineEdit, sample: str, widest: int) -> None:
    """Keep ``field`` at least wide enough for ``sample`` (the longest it holds) and let it grow
    to ``widest`` pixels, or to the sample's width where that is more."""
    room = field.fontMetrics().horizontalAdvance(sample) + MARGINS
    field.setMinimumWidth(room)
    field.setMaximumWidth(max(room, widest))
