"""No keyboard traps that write into the data: Tab goes through every field of a page once and
out (never onto a computed cell or a totals row), Shift+Tab the same way back; Enter in a field
never closes the report, Escape never closes it; typing in the list of parts changes nothing;
Alt+letter without a mnemonic types nothing. In Dutch and in French."""

from __future__ import annotations

import copy
import re

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.ui.i18n import shared_translators
from desktop_app.ui.widgets.grid import GridView
from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import child, stored


def stop(widget: QWidget | None) -> tuple:
    """What has the focus: a field, or a grid's cell."""
    if isinstance(widget, QAbstractItemView):
        index = widget.currentIndex()
        return (widget.objectName(), index.row(), index.column())
    if widget is None:
        return ("",)
    return (widget.objectName() or type(widget).__name__,)


def editable_stops(page: QWidget) -> set[tuple]:
    """Every field of ``page`` the user types or chooses in, and every typed-in grid cell."""
    stops = set()
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QLineEdit) and not widget.isReadOnly() and not isinstance(widget.parentWidget(), QAbstractItemView):
            if not isinstance(widget.parentWidget(), QComboBox):
                stops.add(stop(widget))
        elif isinstance(widget, (QPlainTextEdit, QComboBox)) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.add(stop(widget))
        elif isinstance(widget, GridView):
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    if index.flags() & Qt.ItemFlag.ItemIsEditable:
                        stops.add((widget.objectName(), row, column))
    return stops


def is_computed(key: tuple, page: QWidget) -> bool:
    if len(key) != 3:
        return False
    grid = page.findChild(GridView, key[0])
    return grid is not None and not grid.model().index(key[1], key[2]).flags() & Qt.ItemFlag.ItemIsEditable


def walk(qtbot, page: QWidget, key: Qt.Key) -> list[tuple]:
    """Press ``key`` until the focus leaves ``page``; the stops on the page, in order."""
    stops = []
    for _ in range(200):
        focus = QApplication.focusWidget()
        if focus is None or not page.isAncestorOf(focus):
            return stops
        stops.append(stop(focus))
        qtbot.keyClick(focus, key)
    raise AssertionError(f"the focus never leaves the page: {stops[-10:]}")


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_tab_walks_every_field_of_every_page_once_and_back(qtbot, open_report, db_path, compiled_translations, language):
    shared_translators().install(language)
    report = make_valid_report()
    window, wizard, report_id = open_report(report)
    before = copy.deepcopy(wizard.report)
    changes = []
    wizard.report_changed.connect(lambda: changes.append(True))

    for page_id in PageId:
        wizard.show_page(page_id)
        page = wizard.pages[page_id]
        first = QApplication.focusWidget()
        assert first is not None and page.isAncestorOf(first), f"{page_id.name}: no field has the focus"

        forward = walk(qtbot, page, Qt.Key.Key_Tab)
        expected = editable_stops(page)
        reached = [s for s in forward if s in expected]
        assert sorted(reached) == sorted(expected), f"{page_id.name} ({language}): {set(expected) - set(reached)} not reached"
        assert len(reached) == len(set(reached)), f"{page_id.name}: a field reached twice: {forward}"
        assert not [s for s in forward if is_computed(s, page)], f"{page_id.name}: Tab stops on computed cells"
        assert wizard.currentId() == page_id

        # Back: Shift+Tab from what follows the page comes to its last stop, then the same stops
        # in the opposite order.
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        backward = walk(qtbot, page, Qt.Key.Key_Backtab)
        assert backward == forward[::-1], f"{page_id.name} ({language})"
        assert wizard.currentId() == page_id

    assert changes == [] and wizard.report == before
    window.saver.flush()
    assert stored(db_path, report_id) == before


def test_typing_in_the_list_of_parts_changes_nothing_and_it_shows_its_focus(qtbot, open_report, db_path):
    window, wizard, report_id = open_report(make_valid_report())
    before = copy.deepcopy(wizard.report)
    steps = wizard.steps
    wizard.show_page(PageId.IDENTIFICATION)
    unfocused = steps.grab().toImage()

    # After the last field of the page, Tab comes to the list of parts (as the issue found).
    child(wizard, "addMember").setFocus()
    passed = []
    for _ in range(6):
        if steps.hasFocus():
            break
        passed.append(stop(QApplication.focusWidget()))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert steps.hasFocus(), passed
    assert steps.grab().toImage() != unfocused, "the list of parts shows no focus"

    qtbot.keyClicks(steps, "123")
    qtbot.keyClicks(steps, "23")
    assert wizard.currentId() == PageId.IDENTIFICATION
    assert steps.hasFocus()

    # The arrow keys go from part to part, and the focus stays in the list.
    qtbot.keyClick(steps, Qt.Key.Key_Down)
    assert wizard.currentId() == PageId.NARRATIVE and steps.hasFocus()
    qtbot.keyClicks(steps, "4x")
    assert wizard.currentId() == PageId.NARRATIVE and steps.hasFocus()

    assert wizard.report == before
    window.saver.flush()
    assert stored(db_path, report_id).year == 2016


def test_enter_in_a_field_of_the_last_page_does_not_close_the_report(qtbot, open_report):
    window, wizard, _ = open_report(make_valid_report())
    wizard.show_page(PageId.CHECK_SIGN)
    for name in ("signatories.president", "signatories.place", "signatories.date"):
        field = child(wizard, name, QLineEdit)
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.keyClick(field, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
        assert window.wizard is wizard and wizard.isVisible()
    # Close, pressed on purpose, still closes.
    close = wizard.button(wizard.WizardButton.FinishButton)
    close.setFocus()
    qtbot.keyClick(close, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.wizard is None)


@pytest.mark.parametrize("page_id", list(PageId))
def test_escape_does_not_close_the_report(qtbot, open_report, page_id):
    window, wizard, _ = open_report(make_valid_report())
    wizard.show_page(page_id)
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    wizard.steps.setFocus()
    qtbot.keyClick(wizard.steps, Qt.Key.Key_Escape)
    assert window.wizard is wizard and wizard.isVisible() and wizard.currentId() == page_id


def mnemonics(window: QWidget) -> set[str]:
    """The letters of the mnemonics visible in ``window`` (``&x`` in a button, a label, a menu)."""
    letters = set()
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, (QAbstractButton, QLabel)):
            letters.update(m.lower() for m in re.findall(r"&(\w)", widget.text()))
    for action in window.menuBar().actions():
        letters.update(m.lower() for m in re.findall(r"&(\w)", action.text()))
    return letters


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_alt_letter_without_a_mnemonic_types_nothing(qtbot, open_report, db_path, compiled_translations, language):
    shared_translators().install(language)
    window, wizard, report_id = open_report(make_valid_report())
    wizard.show_page(PageId.CHECK_SIGN)
    field = child(wizard, "signatories.president", QLineEdit)
    field.setFocus()
    field.end(False)
    before = field.text()
    free = [letter for letter in "uqjzyxkg" if letter not in mnemonics(window)]
    assert free, mnemonics(window)
    # Through the window, as the keyboard sends them: the shortcuts first, then the window.
    handle = window.windowHandle()
    for letter in free:
        QTest.keyClick(handle, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
        QTest.keyClick(handle, getattr(Qt.Key, f"Key_{letter.upper()}"),
                       Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert field.text() == before
    QTest.keyClick(handle, Qt.Key.Key_U)  # without Alt it types
    assert field.text() == before + "u"
    field.backspace()
    # Ctrl+Alt is AltGr on Windows and still types: AltGr+E is € on a Belgian keyboard.
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(handle, QKeyEvent(kind, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                                                 | Qt.KeyboardModifier.AltModifier, "€"))
    assert field.text() == before + "€"
    # A mnemonic still works: Back's.
    back = re.search(r"&(\w)", wizard.button(wizard.WizardButton.BackButton).text()).group(1).lower()
    QTest.keyClick(handle, getattr(Qt.Key, f"Key_{back.upper()}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.COSTS, timeout=1000)  # an animated click


def test_grid_enter_goes_down_and_tab_in_the_last_cell_goes_on_to_the_next_field(qtbot, open_report, db_path):
    window, wizard, report_id = open_report(make_valid_report())
    wizard.show_page(PageId.COSTS)
    costs = child(wizard, "costs", GridView)
    model = costs.model()
    costs.setFocus()
    costs.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(costs, Qt.Key.Key_Return)  # not editing: down
    assert costs.currentIndex() == model.index(1, 1)
    qtbot.keyClick(costs, "7")  # typing opens the editor
    editor = QApplication.focusWidget()
    assert editor is not costs
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # ends it, and goes down
    qtbot.waitUntil(lambda: costs.state() != QAbstractItemView.State.EditingState)
    assert model.index(1, 1).data() in ("7,00", "7")
    assert costs.currentIndex() == model.index(2, 1)
    qtbot.keyClick(costs, Qt.Key.Key_Right)  # arrows move inside
    qtbot.keyClick(costs, Qt.Key.Key_Up)
    assert costs.currentIndex() == model.index(1, 2)

    # Typing in the last typed-in cell and Tab: the value is kept and the focus goes on.
    last = costs.typed_in_neighbour(QModelIndex(), False)
    costs.setCurrentIndex(last)
    qtbot.keyClick(costs, "5")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: costs.state() != QAbstractItemView.State.EditingState)
    assert model.index(last.row(), last.column()).data() in ("5,00", "5")
    assert QApplication.focusWidget() is child(wizard, "subsidyAmount")
    assert wizard.currentId() == PageId.COSTS


def test_a_table_without_the_focus_does_not_look_focused(qtbot, open_report):
    _window, wizard, _ = open_report(make_valid_report())
    wizard.show_page(PageId.COSTS)
    costs = child(wizard, "costs", GridView)
    costs.setFocus()
    costs.setCurrentIndex(costs.model().index(4, 3))
    cell = costs.visualRect(costs.currentIndex()).center()

    def colour():
        return costs.viewport().grab().toImage().pixelColor(cell)

    focused = colour()
    child(wizard, "subsidyAmount").setFocus()
    qtbot.waitUntil(lambda: not costs.hasFocus())
    assert costs.currentIndex() == costs.model().index(4, 3)
    unfocused = colour()
    assert focused != unfocused
    assert unfocused.lightness() > focused.lightness() + 60, (focused.name(), unfocused.name())
