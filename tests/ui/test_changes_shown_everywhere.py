"""After a change the wizard refreshes only the pages that compute from what changed, marks
only the pages whose marks changed and sets only the titles whose counts changed (to keep a
committed amount quick). What the window shows must stay exactly what a refresh, marking and
titling of every page shows: these tests compare the whole window with that after each change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QWidget

from desktop_app.ui.wizard import PageId
from desktop_app.ui.widgets.marking import PROBLEM_ROLE
from factories import make_valid_report
from ui_helpers import child, type_in_cell, type_text

CELL_ROLES = (Qt.ItemDataRole.DisplayRole, PROBLEM_ROLE, Qt.ItemDataRole.ToolTipRole,
              Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.AccessibleDescriptionRole)


def shown(wizard) -> dict:
    """Everything the report's pages show: titles, the list of parts, every label and text
    field, every table cell with its mark, every widget's mark, the problem list, the messages."""
    state: dict = {"steps": [wizard.steps.item(row).text() for row in range(wizard.steps.count())]}
    for page_id, page in wizard.pages.made().items():
        state[(page_id, "title")] = page.title()
        state[(page_id, "message")] = page.field_message.findChild(QLabel).text() \
            if page.field_message.findChild(QLabel) else None
        for number, widget in enumerate(page.content.findChildren(QWidget)):
            key = (page_id, widget.objectName() or number, type(widget).__name__)
            state[key + ("mark",)] = (widget.property("problem"), widget.property("problemReason"),
                                      widget.toolTip(), widget.accessibleDescription(), widget.styleSheet())
            if isinstance(widget, QLabel):
                state[key] = widget.text()
            elif isinstance(widget, QLineEdit):
                state[key] = (widget.text(), widget.placeholderText())
            elif isinstance(widget, QPlainTextEdit):
                state[key] = widget.toPlainText()
            elif isinstance(widget, QListWidget):
                state[key] = [widget.item(row).text() for row in range(widget.count())]
            elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                state[key] = [[tuple(str(model.index(row, column).data(role)) for role in CELL_ROLES)
                               for column in range(model.columnCount())] for row in range(model.rowCount())]
    return state


def shown_after_refreshing_everything(wizard) -> dict:
    """What the pages show once every page has refreshed, been marked and titled again, as
    before any of the savings: nothing skipped."""
    for page in wizard.built_pages():
        page._marks_shown = None
    wizard.check(refresh=True)
    for page in wizard.pages.made().values():
        page._show_title()
    return shown(wizard)


def assert_nothing_stale(wizard) -> None:
    now = shown(wizard)
    full = shown_after_refreshing_everything(wizard)
    stale = {key: (now[key], full.get(key)) for key in now if now[key] != full.get(key)}
    assert not stale
    assert now.keys() == full.keys()


def test_each_change_shows_what_refreshing_every_page_shows(qtbot, open_report):
    window, wizard, _ = open_report(make_valid_report())
    wizard.build_all_pages()
    costs_page, check_page = wizard.pages[PageId.COSTS], wizard.check_page
    assert [page.title() for page in wizard.built_pages()] == [
        "Identification", "Narrative", "Partnerships", "Training", "Costs", "Check and sign"]
    assert_nothing_stale(wizard)

    # An amount that cannot be read: the cell marked, the costs page counts it, the check page
    # lists it, the computed cluster share and totals leave it out ("*").
    wizard.show_page(PageId.COSTS)
    costs = child(wizard, "costs")
    index = type_in_cell(qtbot, costs, 1, 1, "12,3,4")
    assert index.data(PROBLEM_ROLE).severity == "error"
    assert costs_page.title().startswith("Costs (1 error(s)")
    assert wizard.steps.item(PageId.COSTS).text().startswith("5. Costs (1 error(s)")
    listed = [check_page.problems.item(row).text() for row in range(check_page.problems.count())]
    assert any("12,3,4" in text for text in listed)
    assert costs.model().index(5, 1).data().startswith("* ")
    assert_nothing_stale(wizard)

    # Corrected: the page's last problem goes, with its mark, its count and its entry.
    type_in_cell(qtbot, costs, 1, 1, "12,34")
    assert index.data(PROBLEM_ROLE) is None
    assert costs_page.title() == "Costs" and wizard.steps.item(PageId.COSTS).text() == "5. Costs"
    assert not any("12,3,4" in check_page.problems.item(row).text() for row in range(check_page.problems.count()))
    assert costs.model().index(5, 1).data() == "262,59"
    assert_nothing_stale(wizard)

    # The year, on the first page, changes what the costs page and the check page compute.
    placeholder = child(wizard, "subsidyAmount").placeholderText()
    deadline = child(wizard, "signatureDeadline").text()
    type_text(qtbot, wizard, PageId.IDENTIFICATION, "reportingYear", "2014")
    assert placeholder == "10.000,00" and child(wizard, "subsidyAmount").placeholderText() == "12.500,00"
    assert child(wizard, "signatureDeadline").text() != deadline and "2015" in child(wizard, "signatureDeadline").text()
    assert_nothing_stale(wizard)

    # A member added on the first page is a row of the training table.
    training = child(wizard, "training").model()
    size = (training.rowCount(), training.columnCount())
    wizard.pages[PageId.IDENTIFICATION].add_member()
    qtbot.keyClicks(window.focusWidget(), "OCMW Vier")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert (training.rowCount(), training.columnCount()) != size
    assert_nothing_stale(wizard)
    assert_nothing_stale(wizard)

    # The narrative emptied: its page marked and counted, as the check page lists it.
    wizard.show_every_problem()
    editor = type_text(qtbot, wizard, PageId.NARRATIVE, "narrative", "", replace=False)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.property("problem") == "error"
    assert wizard.pages[PageId.NARRATIVE].title().startswith("Narrative (1 error(s)")
    assert_nothing_stale(wizard)
    qtbot.keyClicks(editor, "Het liep goed.")
    assert editor.property("problem") == "" and wizard.pages[PageId.NARRATIVE].title() == "Narrative"
    assert_nothing_stale(wizard)

    # Undo and redo put the report of before back: every page follows.
    for _ in range(4):
        wizard.undo()
        assert_nothing_stale(wizard)
    wizard.redo()
    assert_nothing_stale(wizard)


def test_marks_follow_a_change_of_language(qtbot, open_report, compiled_translations):
    window, wizard, _ = open_report(make_valid_report())
    wizard.build_all_pages()
    # The change comes before the wizard's own refresh after the new language (queued): the
    # pages it does not concern must follow the language all the same.
    window.switch_language("nl")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert wizard.pages[PageId.COSTS].title() == "Financiële rapportage"
    assert child(wizard, "signatureDeadline").text().startswith("Sign before")
    subsidy = type_text(qtbot, wizard, PageId.COSTS, "subsidyAmount", "9.500,00")
    assert subsidy.property("problem") == "warning"
    dutch = subsidy.toolTip()
    assert "verschilt" in dutch
    assert_nothing_stale(wizard)

    # Retranslating puts the explanations back as tooltips; the marks come back over them, in
    # the new language, though the problems themselves did not change.
    window.switch_language("fr")
    qtbot.waitUntil(lambda: wizard.steps.item(PageId.COSTS).text().startswith("5. Rapport financier"), timeout=2000)
    assert "diffère" in subsidy.toolTip()
    assert subsidy.property("problem") == "warning"
    assert_nothing_stale(wizard)
