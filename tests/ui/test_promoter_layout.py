"""The promoter's fields on the first page: two columns when there is room, one under the other
in a narrow window (a large system font), so that a whole OCMW name shows in its field."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import add_report, child

NAME = "OCMW Sint-Katelijne-Waver"


@pytest.mark.parametrize("size, columns", [((1280, 800), 2), ((1024, 700), 2), ((853, 533), 1)])
def test_a_whole_ocmw_name_shows_in_the_promoters_field(qtbot, show_window, db_path, size, columns):
    report = make_valid_report()
    report.promoter.name = NAME
    window = show_window(add_report(db_path, report), size=size)
    wizard = window.wizard
    wizard.show_page(PageId.IDENTIFICATION)
    page = wizard.pages[PageId.IDENTIFICATION]
    qtbot.waitUntil(lambda: page.promoter_columns == columns, timeout=2000)
    field = child(wizard, "promoter.name", QLineEdit)
    text_width = field.fontMetrics().horizontalAdvance(NAME)
    assert field.cursorRect().height() and field.width() >= text_width + 12, (field.width(), text_width)
    window.close()
