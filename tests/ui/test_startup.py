"""What the program loads when it starts (issue 17): only what the first screen needs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from factories import make_valid_report
from ui_helpers import add_report

REPOSITORY = Path(__file__).resolve().parents[2]


def _modules_after_start(db_path: Path, report_id: int | None, names: tuple[str, ...]) -> list[str]:
    program = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.ui import create_main_window\n"
        f"window = create_main_window({str(db_path)!r}, {report_id!r})\n"
        "window.show(); app.processEvents()\n"
        f"print(sorted(m for m in {names!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60,
                            cwd=REPOSITORY, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return eval(result.stdout.strip().splitlines()[-1])  # noqa: S307 - our own child's list of names


def test_start_loads_no_socket_hash_or_html_library(db_path):
    """The computer's name comes from ``os.uname``, the content fingerprint loads hashlib when a
    report is first saved, the guide loads html when opened: none costs the start its ms."""
    report_id = add_report(db_path, make_valid_report())
    for opened in (None, report_id):
        assert _modules_after_start(db_path, opened, ("socket", "hashlib", "_hashlib", "html")) == []


# Loaded when first used, not by the start on the list of reports: a report loaded or saved,
# a count shown, a backup taken (issue 17: about 9 ms of the start).
NOT_FOR_THE_LIST = ("json", "dataclasses", "desktop_app.domain.model", "desktop_app.domain.money",
                    "desktop_app.storage.backups")


def test_the_list_of_reports_loads_no_report_model_json_or_backups(db_path):
    add_report(db_path, make_valid_report())
    assert _modules_after_start(db_path, None, NOT_FOR_THE_LIST) == []


def test_what_the_list_does_without_is_loaded_when_a_report_is_opened(db_path):
    """The same names are real modules of the program (the test above cannot pass by a typo)."""
    report_id = add_report(db_path, make_valid_report())
    assert _modules_after_start(db_path, report_id, NOT_FOR_THE_LIST[:4]) == sorted(NOT_FOR_THE_LIST[:4])


# -- pages built after the first paint (issue 17) ------------------------------------------------

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget  # noqa: E402

from desktop_app.domain.model import COST_CATEGORIES, CostLine  # noqa: E402
from desktop_app.ui import create_main_window  # noqa: E402
from desktop_app.ui.widgets.marking import PROBLEM_ROLE  # noqa: E402
from desktop_app.ui.wizard import PageId  # noqa: E402
from ui_helpers import type_text  # noqa: E402


@pytest.fixture
def from_the_list(qtbot, db_path):
    """The window as the program starts, on its list; ``open_(report)`` opens a report as Enter
    on the list does and returns ``(window, wizard, report_id)`` before any event is handled."""

    def open_(report=None):
        report_id = add_report(db_path, report or make_valid_report())
        window = create_main_window(db_path)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        wizard = window.open_report(report_id)
        return window, wizard, report_id

    return open_


def built(wizard) -> list[PageId]:
    """The pages built (``made``: asking ``wizard.pages`` for a page would make it)."""
    return [page_id for page_id, page in wizard.pages.made().items() if page.is_built()]


def test_opening_a_report_builds_the_page_shown_and_the_rest_after_the_first_paint(qtbot, from_the_list):
    window, wizard, _ = from_the_list()
    assert built(wizard) == [PageId.IDENTIFICATION]
    assert window.findChild(QLineEdit, "promoter.name") is not None
    assert window.findChild(QPlainTextEdit, "narrative") is None  # not yet
    assert list(wizard.pages.made()) == [PageId.IDENTIFICATION]  # the others are not even made
    assert [wizard.steps.item(row).text() for row in range(1, len(PageId))] == [
        "2. Narrative", "3. Partnerships", "4. Training", "5. Costs", "6. Check and sign"]  # the list of parts has them
    window.show()
    qtbot.waitUntil(lambda: len(built(wizard)) == len(PageId), timeout=5000)
    for name in ("narrative", "partnerships", "training", "costs", "signatories.president", "exportPanel"):
        assert window.findChild(QWidget, name) is not None, name
    assert window.export_panel is not None


def test_create_main_window_gives_every_field_of_the_report(qtbot, db_path):
    """Other tools find each field by its objectName right after create_main_window."""
    window = create_main_window(db_path, add_report(db_path, make_valid_report()))
    qtbot.addWidget(window)
    assert built(window.wizard) == list(PageId)
    for name in ("reportingYear", "narrative", "partnerships", "training", "costs", "signatories.date", "exportPanel"):
        assert window.findChild(QWidget, name) is not None, name


def test_a_page_built_late_shows_the_report_its_marks_and_computed_totals(qtbot, from_the_list):
    report = make_valid_report()
    report.costs[COST_CATEGORIES[0]] = CostLine(-5_00, 0, 0, 0)  # a negative amount: marked, left out
    report.narrative = "Wat we deden."
    window, wizard, report_id = from_the_list(report)
    assert not wizard.pages[PageId.COSTS].is_built()
    # A change on the first page before the others exist reaches them when they are built.
    type_text(qtbot, wizard, PageId.IDENTIFICATION, "promoter.name", "OCMW Laat Gebouwd")
    wizard.show_page(PageId.TRAINING)  # turning to a page builds it
    training = wizard.pages[PageId.TRAINING]
    assert training.is_built()
    assert training.model.headerData(0, Qt.Orientation.Horizontal) == "OCMW Laat Gebouwd"
    costs = wizard.pages[PageId.COSTS]  # asking for a page's widget builds it
    assert costs.table.model().index(0, 0).data(PROBLEM_ROLE) is not None
    assert "*" in costs.table.model().index(len(COST_CATEGORIES), 0).data()  # the total says a cell is left out
    assert wizard.pages[PageId.NARRATIVE].editor.toPlainText() == "Wat we deden."
    problems = wizard.check_page.problems  # built: the list of every problem is there
    assert problems.count() == len([p for p in wizard.problems])


def test_a_page_built_late_is_read_only_in_a_read_only_view(qtbot, from_the_list):
    window, wizard, _ = from_the_list()
    wizard.set_read_only()
    page = wizard.pages[PageId.CHECK_SIGN]
    page.ensure_built()
    assert page.fields["president"].isReadOnly()
    assert not wizard.pages[PageId.PARTNERSHIPS].add_button.isEnabled()


def test_a_page_built_after_a_language_switch_speaks_the_new_language(qtbot, from_the_list, compiled_translations):
    window, wizard, _ = from_the_list()
    window.switch_language("fr")
    QApplication.processEvents()
    assert wizard.pages[PageId.TRAINING].title().startswith("Formation")
    wizard.pages[PageId.CHECK_SIGN].ensure_built()
    assert wizard.pages[PageId.CHECK_SIGN].sign_box.title() == "Signature"
    french = QCoreApplication.translate("CheckSignPage", "&President:")
    assert french != "&President:" and wizard.pages[PageId.CHECK_SIGN].labels["president"].text() == french


def test_undo_before_a_page_is_built_reaches_it(qtbot, from_the_list):
    window, wizard, report_id = from_the_list()
    original = make_valid_report().promoter.name
    type_text(qtbot, wizard, PageId.IDENTIFICATION, "promoter.name", "Eerst")
    assert wizard.report.promoter.name == "Eerst"
    while wizard.undo_stack.canUndo():
        wizard.undo()
    assert wizard.report.promoter.name == original
    training = wizard.pages[PageId.TRAINING]  # built after the undo
    assert training.model.headerData(0, Qt.Orientation.Horizontal) == original


def test_going_to_a_problem_on_a_page_not_built_puts_the_focus_on_its_field(qtbot, from_the_list):
    report = make_valid_report()
    report.signatories.date = dt.date(2030, 1, 1)  # in the future: a problem at signatories.date
    window, wizard, _ = from_the_list(report)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    wizard.go_to_field("signatories.date")
    assert wizard.currentId() == PageId.CHECK_SIGN
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.pages[PageId.CHECK_SIGN].date)


def test_the_tab_order_of_pages_built_late_is_that_of_pages_built_at_once(qtbot, from_the_list, db_path):
    def chain(window) -> list[str]:
        names, widget = [], window.wizard.steps
        for _ in range(2000):
            widget = widget.nextInFocusChain()
            if widget is window.wizard.steps:
                break
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and window.wizard.isAncestorOf(widget) and widget.objectName():
                names.append(widget.objectName())
        return names

    late, wizard, report_id = from_the_list()
    late.show()
    qtbot.waitUntil(lambda: len(built(wizard)) == len(PageId), timeout=5000)
    at_once = create_main_window(db_path, add_report(db_path, make_valid_report()))
    qtbot.addWidget(at_once)
    assert chain(late)[-1] == "verifyButton"  # after the last field, the list of parts
    assert chain(late) == chain(at_once)


def test_a_report_closed_before_its_pages_are_built_builds_no_more(qtbot, from_the_list):
    window, wizard, _ = from_the_list()
    window.show()
    qtbot.waitUntil(lambda: wizard._building_rest, timeout=5000)  # painted: the building began
    built_when_closed = len(built(wizard))
    assert window.close_report()
    for _ in range(10):
        QApplication.processEvents()
    assert window.wizard is None
    assert len(built(wizard)) == built_when_closed < len(PageId)  # nothing built for a closed report
    assert window.findChild(QWidget, "exportPanel") is None


# -- Qt's namespace made after the list has painted (issue 17) -----------------------------------

from desktop_app.ui import qt_namespace  # noqa: E402

# The real program (app.run) and create_main_window, shown: the window's make_now is replaced by
# one that notes whether PySide6 had made its Qt namespace by then, and quits.
_FIRST_PAINT = """
import sys
import PySide6.QtCore as QtCore
import PySide6.QtGui as QtGui
import PySide6.QtWidgets as QtWidgets
from PySide6.QtWidgets import QApplication
from desktop_app.ui import qt_namespace
seen = []
real_make_now = qt_namespace.make_now
def make_now():
    # Loaded by the methods that ask, for a report without a name (italics), and for the icon
    # app.run gives the program (the window itself needs no QIcon):
    print("made:", "QMessageBox" in vars(QtWidgets), "QFont" in vars(QtGui), "QIcon" in vars(QtGui))
    # Nor the backups' strptime (app.run looks for the newest backup), dataclasses or json:
    print("loaded:", sorted(m for m in ("_strptime", "dataclasses", "json") if m in sys.modules))
    seen.append("Qt" in vars(QtCore))
    real_make_now()
    seen.append("Qt" in vars(QtCore))
    QApplication.instance().quit()
qt_namespace.make_now = make_now
if sys.argv[2] == "run":
    from desktop_app.ui.app import run
    run(sys.argv[1], [])
else:
    from desktop_app.ui import create_main_window
    app = QApplication([])
    window = create_main_window(sys.argv[1])
    window.show()
    app.exec()
print(seen)
"""


@pytest.mark.parametrize("start", ["run", "create_main_window"])
def test_the_qt_namespace_is_made_just_after_the_list_has_painted(db_path, tmp_path, start):
    """Not before: PySide6 takes about 15 ms to make it (qt_namespace.py); nor never."""
    add_report(db_path, make_valid_report())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c")}
    result = subprocess.run([sys.executable, "-c", _FIRST_PAINT, str(db_path), start], capture_output=True,
                            text=True, timeout=60, cwd=REPOSITORY, env=env)
    assert result.returncode == 0, result.stderr
    made = f"made: False False {start == 'run'}"
    assert result.stdout.strip().splitlines()[-3:] == [made, "loaded: []", "[False, True]"], result.stderr


def test_the_roles_the_list_uses_are_qts():
    assert qt_namespace.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole
    assert qt_namespace.FONT_ROLE == Qt.ItemDataRole.FontRole
    assert qt_namespace.ACCESSIBLE_TEXT_ROLE == Qt.ItemDataRole.AccessibleTextRole
    assert qt_namespace.USER_ROLE == Qt.ItemDataRole.UserRole
    assert qt_namespace.Qt.ItemDataRole is Qt.ItemDataRole  # the namespace itself, once made


def test_shortcuts_are_those_setshortcut_gives(qtbot, db_path):
    from PySide6.QtGui import QAction, QKeySequence

    from desktop_app.ui.main_window import set_shortcut

    window = create_main_window(db_path)
    qtbot.addWidget(window)
    keys = [*QKeySequence.StandardKey, QKeySequence("Ctrl+Shift+N"), QKeySequence()]
    for key in keys:
        ours, qts = QAction(), QAction()
        set_shortcut(ours, key)
        qts.setShortcut(key)
        assert ours.shortcuts() == qts.shortcuts(), key
    assert window.delete_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert window.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)


def test_the_save_banners_buttons_come_before_the_reports_fields_in_the_tab_order(qtbot, from_the_list):
    """As when the window built them: the banner and the undo note are built before the first
    report is shown, not after its fields."""
    window, wizard, _ = from_the_list()
    chain, widget = [], window
    for _ in range(5000):
        widget = widget.nextInFocusChain()
        if widget is window:
            break
        chain.append(widget)
    first_field = window.findChild(QLineEdit, "promoter.name")
    assert chain.index(window.retry_button) < chain.index(window.save_copy_button) < chain.index(first_field)


# -- the checks run after the first paint (issue 17) --------------------------------------------


def _marked(window) -> list[str]:
    """The objectNames of the widgets that show a problem (its ``problem`` property)."""
    return [widget.objectName() for widget in window.findChildren(QWidget) if widget.property("problem")]


def _nothing_claimed(wizard) -> None:
    """Nothing in the wizard says anything about the report's problems: no mark, no count in a
    title or the list of parts, no summary or problem on the check page."""
    assert _marked(wizard.window()) == []
    for page_id in PageId:
        assert wizard.steps.item(page_id).text() == f"{page_id + 1}. {wizard.page_heading(page_id)}"
    for page in wizard.pages.made().values():
        assert page.title() == page.heading(), page.title()
        assert page.problem_count() == 0
    if wizard.check_page.is_built():
        assert wizard.check_page.summary.text() == ""
        assert wizard.check_page.problems.count() == 0


@pytest.mark.parametrize("valid", [True, False], ids=["without problems", "with problems"])
def test_before_the_checks_ran_nothing_shows_a_state_of_the_report(qtbot, from_the_list, valid):
    """Trust first: the checks run after the first paint, and until they have run no mark, no
    count and no "no problems" shows, not even on a page built before them."""
    report = make_valid_report()
    if not valid:
        report.promoter.enterprise_number = "0123.456.789"  # malformed: an error at its field
    window, wizard, _ = from_the_list(report)
    painted = []

    class Watcher(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                # Whether something showed a problem's state at this paint, and whether it was known.
                painted.append((wizard.checked, bool(_marked(window)) or any(
                    page.problem_count() for page in wizard.pages.made().values())))
            return False

    watcher = Watcher()
    wizard.currentPage().installEventFilter(watcher)
    assert not wizard.checked
    _nothing_claimed(wizard)
    wizard.check_page.ensure_built()  # a page built before the checks: neutral too
    _nothing_claimed(wizard)
    window.show()
    qtbot.waitUntil(lambda: wizard.checked, timeout=5000)
    assert painted and painted[0] == (False, False)  # the first paint came before the checks
    assert all(known for known, shown in painted if shown)  # nothing shown before it was known
    summary = wizard.check_page.summary.text()
    if valid:
        assert summary == "No problems: the report is complete."
        assert _marked(window) == []
    else:
        assert summary.startswith("Errors: 1.")
        assert "promoter.enterpriseNumber" in _marked(window)
        assert wizard.pages[PageId.IDENTIFICATION].title() .startswith("Identification (1 ")
        qtbot.waitUntil(lambda: painted[-1] == (True, True), timeout=5000)  # the marks painted


def test_the_checks_and_the_other_pages_load_after_the_report_has_painted(db_path):
    """The report's first page paints before the checks' modules and the other pages' modules
    are even imported; the checks run in the event loop's next turn."""
    report_id = add_report(db_path, make_valid_report())
    program = (
        "import sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.ui import create_main_window\n"
        f"window = create_main_window({str(db_path)!r})\n"
        f"wizard = window.open_report({report_id!r})\n"
        "seen = []\n"
        "class Watcher(QObject):\n"
        "    def eventFilter(self, watched, event):\n"
        "        if event.type() == QEvent.Type.Paint and not seen:\n"
        "            seen.append(sorted(m for m in sys.modules if m.startswith(\n"
        "                ('desktop_app.domain.check', 'desktop_app.ui.pages.'))))\n"
        "        return False\n"
        "watcher = Watcher()\n"
        "wizard.currentPage().installEventFilter(watcher)\n"
        "window.show()\n"
        "while not seen or not wizard.checked:\n"
        "    app.processEvents()\n"
        "print(seen[0], wizard.checked)\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60,
                            cwd=REPOSITORY, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == (
        "['desktop_app.ui.pages.base', 'desktop_app.ui.pages.identification'] True")


def test_next_and_back_go_through_pages_not_made_yet(qtbot, from_the_list):
    """Only the first page is made when a report opens: Next (Enter in a field), Back, the list
    of parts and the last page's Close work as when every page existed."""
    window, wizard, _ = from_the_list()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert list(wizard.pages.made()) == [PageId.IDENTIFICATION]
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert next_button.isVisible() and next_button.isEnabled()  # a following page, though not made
    year = wizard.findChild(QLineEdit, "reportingYear")
    year.setFocus()
    qtbot.keyClick(year, Qt.Key.Key_Return)  # Enter in a field turns to the next page
    assert wizard.currentId() == PageId.NARRATIVE
    assert wizard.currentPage() is wizard.pages[PageId.NARRATIVE] and wizard.currentPage().is_built()
    # Back's mnemonic, through the window as the keyboard sends it (the shortcuts first).
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.IDENTIFICATION, timeout=1000)  # an animated click
    wizard.steps.setCurrentRow(PageId.CHECK_SIGN)  # the list of parts, straight to the last part
    assert wizard.currentId() == PageId.CHECK_SIGN
    assert not wizard.button(wizard.WizardButton.NextButton).isVisible()
    assert wizard.button(wizard.WizardButton.FinishButton).isVisible()  # Close
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.COSTS, timeout=1000)
    assert wizard.findChild(QWidget, "exportPanel") is not None  # the check page was built: its export buttons


# -- the log's writer loaded after the list has painted ---------------------------------------------

_LOG_READY = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop_app.ui import qt_namespace
from desktop_app import logfile
real_make_now = qt_namespace.make_now
def make_now():
    print("at the first paint:", "logging.handlers" in sys.modules)
    real_make_now()
    QTimer.singleShot(200, lambda: (print("then:", "logging.handlers" in sys.modules, logfile.log_path().exists()),
                                    QApplication.instance().quit()))
qt_namespace.make_now = make_now
from desktop_app.ui.app import run
run(sys.argv[1], [])
"""


def test_the_log_writer_is_loaded_after_the_list_has_painted_and_no_file_made(db_path, tmp_path):
    """Importing logging.handlers costs about 5 ms; the first line written (opening a report) used
    to pay it while the secretary waited. Loaded in a turn of its own after the first paint; the
    file is still made only when a line is written."""
    add_report(db_path, make_valid_report())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c"),
           "XDG_DATA_HOME": str(tmp_path / "d"), "QT_LOGGING_RULES": "*=false"}
    result = subprocess.run([sys.executable, "-c", _LOG_READY, str(db_path)], capture_output=True,
                            text=True, timeout=60, cwd=REPOSITORY, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-2:] == ["at the first paint: False", "then: True False"], \
        result.stdout + result.stderr
