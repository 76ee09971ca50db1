"""What one key costs the window: no layout of the whole page for a title that did not change,
no fetching of every cell of a table for a row height that cannot change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.ui.pages.costs import CostsModel
from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import child, type_in_cell


def test_a_key_in_the_narrative_sets_no_title_that_did_not_change(qtbot, open_report):
    _window, wizard, _ = open_report(make_valid_report())
    wizard.show_page(PageId.NARRATIVE)
    editor = child(wizard, "narrative")
    editor.setFocus()
    qtbot.keyClicks(editor, "a")  # whatever the first key changes in the counts
    titles = []
    for page in wizard.pages.values():
        real = page.setTitle
        page.setTitle = lambda text, real=real: (titles.append(text), real(text))
    qtbot.keyClicks(editor, "bcdef")
    # QWizard lays out and repaints the page shown at every setTitle of it.
    assert titles == []
    assert wizard.pages[PageId.NARRATIVE].title().startswith("Narrative")


def test_a_typed_amount_does_not_fetch_every_cell_again_and_again(qtbot, open_report, monkeypatch):
    calls = []
    real = CostsModel.data
    # Before the model exists: the binding looks the method up once.
    monkeypatch.setattr(CostsModel, "data", lambda self, index, role=Qt.ItemDataRole.DisplayRole:
                        calls.append(role) or real(self, index, role))
    _window, wizard, _ = open_report(make_valid_report())
    wizard.show_page(PageId.COSTS)
    table = child(wizard, "costs")
    type_in_cell(qtbot, table, 0, 0, "100")
    QApplication.processEvents()
    calls.clear()
    type_in_cell(qtbot, table, 1, 0, "250")
    QApplication.processEvents()
    # Painting the table once asks about 8 roles of each of its 30 cells; sizing every row to
    # its contents after each changed cell asked that many again, several times (1,200 calls).
    assert len(calls) < 700, len(calls)  # 1,734 before, 534 now
    assert table.model().data(table.model().index(1, 0)) == "250,00"


def _inserted_by_characters(old: str, new: str) -> str:
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    return new[start:len(new) - end]


def _changed_end_by_characters(old: str, new: str) -> int:
    end = 0
    while end < min(len(old), len(new)) and old[-1 - end] == new[-1 - end]:
        end += 1
    start = 0
    while start < min(len(old), len(new)) - end and old[start] == new[start]:
        start += 1
    return max(start, len(new) - end)


def test_what_was_typed_is_found_as_a_character_by_character_comparison_finds_it():
    """Undo joins keystrokes by what each one typed; it is found by halving, in C, not by a
    Python loop over the 3,000 characters of a narrative at every key."""
    import random

    from desktop_app.ui.wizard import _changed_end, _inserted

    chance = random.Random(3)
    for _ in range(20_000):
        old = "".join(chance.choice("ab \n") for _ in range(chance.randint(0, 9)))
        new = "".join(chance.choice("ab \n") for _ in range(chance.randint(0, 9)))
        assert _inserted(old, new) == _inserted_by_characters(old, new), (old, new)
        assert _changed_end(old, new) == _changed_end_by_characters(old, new), (old, new)
    narrative = "Het project liep goed. " * 130
    assert _inserted(narrative, narrative[:1500] + "x" + narrative[1500:]) == "x"


def test_a_marked_cell_is_framed_and_keeps_its_focus_visible(qtbot, open_report):
    from PySide6.QtGui import QColor, QPalette

    from desktop_app.ui.widgets.grid import GridView
    from desktop_app.ui.widgets.marking import COLOURS, PROBLEM_ROLE

    report = make_valid_report()
    report.costs["personnel"].ocmw_share = report.costs["personnel"].total_amount + 100_00
    _window, wizard, _ = open_report(report)
    wizard.show_page(PageId.COSTS)
    table = child(wizard, "costs", GridView)
    model = table.model()
    marked = [model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
              if model.index(r, c).data(PROBLEM_ROLE)]
    assert marked
    plain = next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0) not in marked)
    red = QColor(COLOURS["error"])
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)

    def near(colour, expected):
        return all(abs(a - b) <= 40 for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3]))

    def pixel(index, inset):
        rect = table.visualRect(index)
        return table.viewport().grab().toImage().pixelColor(rect.left() + inset, rect.center().y())

    child(wizard, "subsidyAmount").setFocus()
    qtbot.waitUntil(lambda: not table.hasFocus())
    assert near(pixel(marked[0], 1), red), [pixel(marked[0], x).name() for x in range(8)]
    assert not near(pixel(plain, 1), red)
    table.setFocus()
    table.setCurrentIndex(marked[0])
    qtbot.waitUntil(table.hasFocus)
    assert near(pixel(marked[0], 1), highlight) and near(pixel(marked[0], 4), red), [
        pixel(marked[0], x).name() for x in range(8)]
