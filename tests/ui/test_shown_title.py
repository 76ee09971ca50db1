"""The title of the page shown, with its counts (``Costs (1 error(s))``): a changed count is
shown without QWizard laying out and repainting its whole window (which QWizardPage.setTitle
makes it do for the page shown), and the header always shows exactly ``page.title()``, after
whatever makes QWizard read the page's title again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import child, type_in_cell

CTRL = Qt.KeyboardModifier.ControlModifier


class EventCounter(QObject):
    """Counts the events of the objects it watches, by type; notes the rectangles painted."""

    def __init__(self, *watched: QObject):
        super().__init__()
        self.counts: dict[QEvent.Type, int] = {}
        self.painted: list = []
        for obj in watched:
            obj.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        self.counts[event.type()] = self.counts.get(event.type(), 0) + 1
        if event.type() == QEvent.Type.Paint:
            self.painted.append(event.rect())
        return False


def header_title(wizard) -> str:
    """The text of the title QWizard shows above the page: the one visible bold label of the
    wizard outside its pages (ModernStyle's header)."""
    pages = list(wizard.pages.made().values())
    labels = [label for label in wizard.findChildren(QLabel)
              if label.isVisibleTo(wizard) and label.font().bold() and label.text()
              and not any(page.isAncestorOf(label) for page in pages)]
    assert len(labels) == 1, [label.text() for label in labels]
    return labels[0].text()


def assert_header_is_title(wizard) -> None:
    QApplication.processEvents()
    page = wizard.currentPage()
    assert header_title(wizard) == page.title()
    assert wizard.steps.item(wizard.currentId()).text() == f"{wizard.currentId() + 1}. {page.title()}"


def settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()


def test_an_enter_that_changes_the_count_leaves_the_wizard_and_its_table_alone(qtbot, open_report):
    _window, wizard, _ = open_report(make_valid_report())
    wizard.show_page(PageId.COSTS)
    costs = wizard.pages[PageId.COSTS]
    table = child(wizard, "costs")
    type_in_cell(qtbot, table, 0, 0, "100")  # whatever a first change sets going
    settle()
    before = costs.title()
    page, cells = EventCounter(costs), EventCounter(table.viewport())

    type_in_cell(qtbot, table, 1, 1, "12,3,4")  # a wrong amount: one error more
    settle()

    assert costs.title() != before and "error" in costs.title()  # the count did change
    assert header_title(wizard) == costs.title()
    # QWizardPage.setTitle on the page shown has QWizard hide and show everything under its
    # header (the page gets a Hide and a Show) and repaint all of it, the table included.
    assert page.counts.get(QEvent.Type.Hide, 0) == 0
    assert page.counts.get(QEvent.Type.Show, 0) == 0
    assert not [rect for rect in page.painted if rect.contains(costs.rect())], page.painted
    whole = table.viewport().rect()
    assert not [rect for rect in cells.painted if rect.contains(whole)], cells.painted


def test_the_header_shows_the_title_after_every_kind_of_change(qtbot, open_report, compiled_translations):
    window, wizard, _ = open_report(make_valid_report())
    wizard.show_page(PageId.COSTS)
    costs = wizard.pages[PageId.COSTS]
    table = child(wizard, "costs")
    settle()
    assert_header_is_title(wizard)
    plain = costs.title()

    type_in_cell(qtbot, table, 1, 1, "12,3,4")  # adds an error
    settle()
    assert "error" in costs.title()
    assert_header_is_title(wizard)
    with_error = costs.title()

    type_in_cell(qtbot, table, 1, 1, "12,34")  # removes it
    settle()
    assert costs.title() == plain
    assert_header_is_title(wizard)

    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)  # undo: the error is back
    settle()
    assert costs.title() == with_error
    assert_header_is_title(wizard)

    wizard.show_page(PageId.NARRATIVE)  # another page, then back
    settle()
    assert_header_is_title(wizard)
    wizard.show_page(PageId.COSTS)
    settle()
    assert costs.title() == with_error
    assert_header_is_title(wizard)

    for code, word in (("nl", "fout"), ("fr", "erreur"), ("nl", "fout")):
        window.findChild(QAction, f"language_{code}").trigger()
        qtbot.waitUntil(lambda word=word: word in costs.title(), timeout=3000)
        settle()
        assert_header_is_title(wizard)
        table.setFocus()
        type_in_cell(qtbot, table, 1, 1, "12,34")  # and a change in that language
        settle()
        assert word not in costs.title()
        assert_header_is_title(wizard)
        qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
        settle()
        assert word in costs.title()
        assert_header_is_title(wizard)

    for size in ((1024, 700), (1400, 900)):
        window.resize(*size)
        settle()
        assert_header_is_title(wizard)

    wizard.setStyleSheet("QLabel { }")  # a change of style: QWizard lays out again
    settle()
    assert_header_is_title(wizard)

    # Back and forth with the count changed in between, on the page left and on the one shown.
    type_in_cell(qtbot, table, 1, 1, "1")
    settle()
    wizard.show_page(PageId.CHECK_SIGN)
    settle()
    assert_header_is_title(wizard)
    wizard.show_page(PageId.COSTS)
    settle()
    assert_header_is_title(wizard)


def test_a_relayout_of_any_other_kind_never_leaves_an_old_count_in_the_header(qtbot, open_report):
    """setOption (and whatever else has QWizard lay out again, now or in a later Qt) puts
    QWizardPage's own title of the page shown on the header's label, which can be a count
    behind the title shown: the label's next paint brings the page's title back."""
    _window, wizard, _ = open_report(make_valid_report())
    wizard.show_page(PageId.COSTS)
    costs = wizard.pages[PageId.COSTS]
    table = child(wizard, "costs")
    settle()
    type_in_cell(qtbot, table, 1, 1, "12,3,4")  # an error: the count on the label only
    settle()
    assert "error" in costs.title()
    assert_header_is_title(wizard)
    wizard.setOption(QWizard.WizardOption.HaveHelpButton, True)  # QWizard lays out again
    qtbot.waitUntil(lambda: header_title(wizard) == costs.title(), timeout=3000)
    type_in_cell(qtbot, table, 1, 1, "12,34")  # and the count goes away again
    settle()
    wizard.setOption(QWizard.WizardOption.HaveHelpButton, False)
    qtbot.waitUntil(lambda: header_title(wizard) == costs.title(), timeout=3000)
    assert "error" not in header_title(wizard)


@pytest.mark.parametrize("style", [QWizard.WizardStyle.ClassicStyle, QWizard.WizardStyle.MacStyle])
def test_the_title_follows_the_count_in_other_layouts_of_the_wizard(qtbot, open_report, style):
    """Another style puts the title elsewhere (MacStyle: above the page, without a header);
    the title shown still follows the count."""
    _window, wizard, _ = open_report(make_valid_report())
    wizard.setWizardStyle(style)
    wizard.show_page(PageId.COSTS)
    costs = wizard.pages[PageId.COSTS]
    table = child(wizard, "costs")
    type_in_cell(qtbot, table, 1, 1, "12,3,4")
    settle()
    assert "error" in costs.title()
    shown = [label.text() for label in wizard.findChildren(QLabel)
             if label.isVisibleTo(wizard) and label.text() and not costs.isAncestorOf(label)]
    assert costs.title() in shown
    type_in_cell(qtbot, table, 1, 1, "12,34")
    settle()
    assert "error" not in costs.title()
    shown = [label.text() for label in wizard.findChildren(QLabel)
             if label.isVisibleTo(wizard) and label.text() and not costs.isAncestorOf(label)]
    assert costs.title() in shown and not [text for text in shown if "error" in text]
