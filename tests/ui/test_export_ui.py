"""The final export from the check page: refused while errors remain, both files written and
bound, recorded after the latest save, the report's state in the list, the earlier exports and
what can be done with their PDF. Qt's folder and message dialogs answer as the user would."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView

from desktop_app.domain.model import Report
from desktop_app.export.files import export_basename
from desktop_app.storage import ReportStore
from desktop_app.ui.export_panel import ExportPanel
from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import add_report, cell_text, child, row_count, type_text

FOLDER_DIALOG = "PySide6.QtWidgets.QFileDialog.getExistingDirectory"


class Answers:
    """What Qt's static dialogs were asked, and what they answer."""

    def __init__(self, monkeypatch, folder: Path | None, replace: bool = True):
        self.folder = folder
        self.replace = replace
        self.folder_asks: list[tuple] = []
        self.warnings: list[tuple[str, str]] = []
        self.questions: list[str] = []
        monkeypatch.setattr(FOLDER_DIALOG, self._folder)
        monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", self._warning)
        monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", self._question)

    def _folder(self, *args, **kwargs):
        self.folder_asks.append(args)
        return str(self.folder) if self.folder else ""

    def _warning(self, _parent, title, text, *args):
        self.warnings.append((title, text))
        return QMessageBox.StandardButton.Ok

    def _question(self, _parent, _title, text, *args):
        self.questions.append(text)
        return QMessageBox.StandardButton.Yes if self.replace else QMessageBox.StandardButton.No


def export_panel(window) -> ExportPanel:
    return child(window, "exportPanel", ExportPanel)


def click_export(qtbot, window, wizard) -> ExportPanel:
    wizard.show_page(PageId.CHECK_SIGN)
    panel = export_panel(window)
    assert panel.isVisible()
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    return panel


def list_state(window, report_id: int) -> str:
    table = child(window, "reportList", QTableView)
    for row in range(row_count(table)):
        if table.model().index(row, 0).data(Qt.ItemDataRole.UserRole + 1) == report_id:
            return cell_text(table, row, 2)
    raise AssertionError(f"report {report_id} is not listed")


def test_export_is_refused_while_errors_remain(qtbot, open_report, db_path, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    answers = Answers(monkeypatch, out)
    report = make_valid_report()
    report.promoter.email = "an.peeters@"
    report.signatories.president = ""
    window, wizard, report_id = open_report(report)

    panel = click_export(qtbot, window, wizard)

    assert list(out.iterdir()) == []
    assert answers.folder_asks == []  # refused before a folder is even asked
    ((title, text),) = answers.warnings
    assert title == "Not exported"
    assert "Nothing was written" in text
    expected = [p.message.nl for p in wizard.problems if p.is_error]
    assert len(expected) == 2
    for message in expected:
        assert message in text
    assert "Identification" in text and "Check and sign" in text  # each error after its page
    store = ReportStore.open(db_path)
    assert store.exports(report_id) == [] and store.state(report_id) == "draft"
    store.close()
    assert not panel.table.isVisible()
    assert panel.state_label.property("state") == "draft"


def test_a_long_list_of_errors_is_cut_short_in_the_message(qtbot, open_report, tmp_path, monkeypatch):
    answers = Answers(monkeypatch, tmp_path)
    window, wizard, _ = open_report(Report(year=2016))
    click_export(qtbot, window, wizard)
    ((_title, text),) = answers.warnings
    errors = [p for p in wizard.problems if p.is_error]
    assert len(errors) > 12
    assert re.search(rf"and {len(errors) - 12} more", text)
    assert text.count("• ") == 12


def test_export_writes_both_files_bound_and_records_it(qtbot, open_report, db_path, tmp_path, monkeypatch):
    out = tmp_path / "export folder"
    out.mkdir()
    answers = Answers(monkeypatch, out)
    window, wizard, report_id = open_report(make_valid_report())
    # A change typed just before the export, still waiting for the autosave timer.
    type_text(qtbot, wizard, PageId.CHECK_SIGN, "signatories.place", "Gent")
    assert window.saver.state == "pending"

    panel = click_export(qtbot, window, wizard)

    assert answers.warnings == [] and answers.questions == []
    base = export_basename(wizard.report)
    pdf, xml = out / f"{base}.pdf", out / f"{base}.xml"
    assert sorted(p.name for p in out.iterdir()) == sorted([pdf.name, xml.name])
    xml_bytes = xml.read_bytes()
    assert b"<place>Gent</place>" in xml_bytes
    embedded = PdfReader(pdf).attachments["clusterReport.xml"]
    assert embedded == [xml_bytes]
    sha = hashlib.sha256(xml_bytes).hexdigest()

    store = ReportStore.open(db_path)
    (record,) = store.exports(report_id)
    assert (record.sha256, Path(record.pdf_path), Path(record.xml_path)) == (sha, pdf, xml)
    assert store.state(report_id) == "exported"  # recorded after the pending change was saved
    assert store.load(report_id).signatories.place == "Gent"
    store.close()

    # The list of exports on the check page.
    assert panel.table.isVisible() and panel.table.rowCount() == 1
    cells = [panel.table.item(0, c).text() for c in range(4)]
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", cells[0])
    assert cells[1] == " ".join(sha[i:i + 4] for i in range(0, 16, 4))
    assert cells[2:] == [pdf.name, xml.name]
    assert panel.state_label.property("state") == "exported"
    assert "Exported" in window.statusBar().currentMessage()

    window.close_report()
    assert list_state(window, report_id) == "Exported"


def test_the_window_goes_on_while_the_export_waits_for_its_save(qtbot, open_report, db_path, tmp_path, monkeypatch):
    """On a slow or network disk the save an export starts with takes 250 ms: the window does
    not wait for it (the export's worker does), and nothing is written before it is committed."""
    import threading

    from PySide6.QtCore import QTimer

    out = tmp_path / "out"
    out.mkdir()
    answers = Answers(monkeypatch, out)
    window, wizard, report_id = open_report(make_valid_report())
    type_text(qtbot, wizard, PageId.CHECK_SIGN, "signatories.place", "Traag")
    disk = threading.Event()
    safety = threading.Timer(3.0, disk.set)  # the code of before waited here, window and all
    safety.start()
    real_save, released_by = window.store.save, []

    def slow_save(*args, **kwargs):
        disk.wait()
        assert list(out.iterdir()) == []  # nothing written before the save is committed
        return real_save(*args, **kwargs)

    def release():  # the window's thread is free while the save is held (else it runs late)
        released_by.append("late" if disk.is_set() else "window")
        disk.set()

    monkeypatch.setattr(window.store, "save", slow_save)
    QTimer.singleShot(200, release)
    click_export(qtbot, window, wizard)
    safety.cancel()
    assert released_by == ["window"]
    assert answers.warnings == []
    assert len(list(out.iterdir())) == 2
    store = ReportStore.open(db_path)
    assert store.state(report_id) == "exported" and store.load(report_id).signatories.place == "Traag"
    store.close()
    assert window.saver.state == "saved"


def test_an_export_whose_save_fails_writes_nothing_and_says_why(qtbot, open_report, db_path, tmp_path, monkeypatch):
    """The export's worker waits for its save: when that save fails, nothing is written and the
    window says the report could not be saved, and shows it as not saved."""
    import errno

    out = tmp_path / "out"
    out.mkdir()
    answers = Answers(monkeypatch, out)
    window, wizard, report_id = open_report(make_valid_report())
    type_text(qtbot, wizard, PageId.CHECK_SIGN, "signatories.place", "Vol")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    real_save = window.store.save
    monkeypatch.setattr(window.store, "save", full)
    click_export(qtbot, window, wizard)
    ((title, text),) = answers.warnings
    assert title == "Not exported" and "could not be saved, so it was not exported" in text
    assert list(out.iterdir()) == []
    assert window.saver.state == "failed"
    store = ReportStore.open(db_path)
    assert store.exports(report_id) == [] and store.load(report_id).signatories.place != "Vol"
    store.close()
    monkeypatch.setattr(window.store, "save", real_save)  # room again: Retry saves it
    assert window.retry_save()


def test_a_change_typed_after_the_export_shows_changed_since_export(qtbot, open_report, db_path, tmp_path, monkeypatch):
    Answers(monkeypatch, tmp_path)
    window, wizard, report_id = open_report(make_valid_report())
    panel = click_export(qtbot, window, wizard)
    assert panel.state_label.property("state") == "exported"

    type_text(qtbot, wizard, PageId.CHECK_SIGN, "signatories.place", "Brugge")
    qtbot.waitUntil(lambda: window.saver.state == "saved", timeout=3000)  # the autosave, no flush

    assert panel.state_label.property("state") == "changed"
    store = ReportStore.open(db_path)
    assert store.state(report_id) == "changed"
    store.close()
    window.close_report()
    assert list_state(window, report_id) == "Changed since export"


def test_existing_files_are_replaced_only_when_the_user_agrees(qtbot, open_report, db_path, tmp_path, monkeypatch):
    answers = Answers(monkeypatch, tmp_path)
    window, wizard, report_id = open_report(make_valid_report())
    panel = click_export(qtbot, window, wizard)
    base = export_basename(wizard.report)
    written = (tmp_path / f"{base}.pdf").read_bytes()

    answers.replace = False
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert len(answers.questions) == 1
    assert f"{base}.pdf" in answers.questions[0] and f"{base}.xml" in answers.questions[0]
    assert "loses its signatures" in answers.questions[0]
    assert (tmp_path / f"{base}.pdf").read_bytes() == written
    assert panel.table.rowCount() == 1

    answers.replace = True
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert len(answers.questions) == 2
    assert panel.table.rowCount() == 2  # the earlier export stays listed
    store = ReportStore.open(db_path)
    assert len(store.exports(report_id)) == 2
    store.close()
    # The folder chosen last is where the next choice starts.
    assert answers.folder_asks[-1][2] == str(tmp_path)


def test_cancelling_the_folder_writes_and_records_nothing(qtbot, open_report, db_path, tmp_path, monkeypatch):
    Answers(monkeypatch, None)
    window, wizard, report_id = open_report(make_valid_report())
    panel = click_export(qtbot, window, wizard)
    assert panel.table.rowCount() == 0
    store = ReportStore.open(db_path)
    assert store.exports(report_id) == []
    store.close()


class UrlCatcher(QObject):
    """Stands in for the system's handler of file URLs (the PDF viewer, the file manager)."""

    def __init__(self):
        super().__init__()
        self.paths: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.paths.append(url.toLocalFile())


@pytest.fixture
def url_catcher():
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "handle")
    yield catcher
    QDesktopServices.unsetUrlHandler("file")


def test_the_pdf_of_an_export_opens_in_the_system_viewer(qtbot, open_report, tmp_path, monkeypatch, url_catcher):
    Answers(monkeypatch, tmp_path)
    window, wizard, _ = open_report(make_valid_report())
    panel = click_export(qtbot, window, wizard)
    pdf = tmp_path / f"{export_basename(wizard.report)}.pdf"

    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert url_catcher.paths == [str(pdf)]
    # Enter on the row opens it too.
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert url_catcher.paths == [str(pdf)] * 2


def test_sign_and_verify_open_their_dialogs_on_the_exported_pdf(qtbot, open_report, tmp_path, monkeypatch):
    Answers(monkeypatch, tmp_path)
    window, wizard, _ = open_report(make_valid_report())
    panel = click_export(qtbot, window, wizard)
    pdf = tmp_path / f"{export_basename(wizard.report)}.pdf"

    signing = panel.sign_pdf()
    assert signing.isVisible() and signing.pdf.path() == pdf
    signing.close()
    verify = panel.verify_pdf()
    assert verify.isVisible() and verify.path == pdf
    assert verify.result is not None and verify.result.file_matches
    verify.close()


def test_a_pdf_no_longer_there_is_marked_and_its_actions_disabled(qtbot, open_report, tmp_path, monkeypatch):
    Answers(monkeypatch, tmp_path)
    window, wizard, _ = open_report(make_valid_report())
    panel = click_export(qtbot, window, wizard)
    pdf = tmp_path / f"{export_basename(wizard.report)}.pdf"
    assert panel.open_button.isEnabled() and panel.print_button.isEnabled()

    pdf.unlink()
    panel.refresh()
    qtbot.waitUntil(panel.files_checked, timeout=3000)  # asked in a worker (a share may hang)
    assert panel.table.item(0, 2).text() == f"{pdf.name} (not found)"
    for button in (panel.open_button, panel.print_button, panel.sign_button, panel.verify_button):
        assert not button.isEnabled()
    assert panel.folder_button.isEnabled()


def test_the_export_panel_is_reached_from_the_keyboard(qtbot, open_report, tmp_path, monkeypatch):
    Answers(monkeypatch, tmp_path)
    window, wizard, _ = open_report(make_valid_report())
    panel = click_export(qtbot, window, wizard)
    problems = child(wizard, "problems")
    problems.setFocus()
    order = []
    for _ in range(9):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [panel.export_button, panel.print_draft_button, panel.export_draft_button, panel.table,
                     panel.open_button, panel.folder_button, panel.print_button, panel.sign_button,
                     panel.verify_button]
    assert panel.table.accessibleName() == "Exports of this report"
    for button in order[:3] + order[4:]:
        assert "&" in button.text()


def test_opening_a_report_loads_no_pdf_or_xml_library(db_path):
    """The export, printing and signing libraries load when first used, never at start-up."""
    report_id = add_report(db_path, make_valid_report())
    program = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.ui import create_main_window\n"
        f"window = create_main_window({str(db_path)!r}, {report_id})\n"
        "window.show(); app.processEvents()\n"
        "print(sorted(m for m in ('reportlab', 'pypdf', 'pypdfium2', 'lxml', 'pyhanko', "
        "'PySide6.QtPrintSupport') if m in sys.modules))\n"
    )
    repository = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60,
                            cwd=repository, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


# -- the history of exports (issue 13, item 8) -----------------------------------------------------


def test_each_export_shows_its_folder(qtbot, open_report, tmp_path, monkeypatch):
    first, second = tmp_path / "eerste map", tmp_path / "tweede map"
    first.mkdir()
    second.mkdir()
    answers = Answers(monkeypatch, first)
    window, wizard, _ = open_report(make_valid_report())
    panel = click_export(qtbot, window, wizard)
    answers.folder = second
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 2
    header = panel.table.horizontalHeaderItem(4).text()
    assert header == "Folder"
    assert [panel.table.item(row, 4).text() for row in range(2)] == [str(second), str(first)]
    # Same file names, told apart by their folder.
    assert panel.table.item(0, 2).text() == panel.table.item(1, 2).text()


def test_an_export_older_than_the_report_is_marked_and_print_and_sign_ask_first(qtbot, open_report, tmp_path,
                                                                                  monkeypatch):
    import desktop_app.ui.printing as printing

    answers = Answers(monkeypatch, tmp_path)
    printed = []
    monkeypatch.setattr(printing, "print_pdf", lambda _parent, pdf: printed.append(Path(pdf)) or None)
    window, wizard, _ = open_report(make_valid_report())
    panel = click_export(qtbot, window, wizard)
    pdf = tmp_path / f"{export_basename(wizard.report)}.pdf"

    # As exported: not marked, and Print does not ask.
    assert "older" not in panel.table.item(0, 0).text()
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert printed == [pdf] and answers.questions == []

    type_text(qtbot, wizard, PageId.CHECK_SIGN, "signatories.place", "Brugge")
    qtbot.waitUntil(lambda: window.saver.state == "saved", timeout=3000)
    assert panel.table.item(0, 0).text().endswith("older than the report")
    assert panel.table.item(0, 0).data(Qt.ItemDataRole.UserRole + 2) is True

    answers.replace = False  # "No"
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert printed == [pdf] and len(answers.questions) == 1
    assert "older than the report" in answers.questions[0] and "Print this older PDF" in answers.questions[0]
    assert panel.sign_pdf() is None and len(answers.questions) == 2
    assert "Sign this older PDF" in answers.questions[1]

    answers.replace = True  # "Yes"
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert printed == [pdf, pdf]
    signing = panel.sign_pdf()
    assert signing is not None and signing.isVisible()
    signing.close()

    # Typed back as it was: the export holds the report again.
    type_text(qtbot, wizard, PageId.CHECK_SIGN, "signatories.place", "Voorbeeld")
    qtbot.waitUntil(lambda: window.saver.state == "saved", timeout=3000)
    assert "older" not in panel.table.item(0, 0).text()


def test_the_newest_export_whose_files_exist_is_selected(qtbot, open_report, db_path, tmp_path, monkeypatch):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    answers = Answers(monkeypatch, first)
    window, wizard, report_id = open_report(make_valid_report())
    panel = click_export(qtbot, window, wizard)
    answers.folder = second
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    for path in second.iterdir():
        path.unlink()
    second.rmdir()

    window.close_report()
    window.open_report(report_id)
    panel = window.export_panel  # the new report's panel (the closed one's may still linger)
    qtbot.waitUntil(panel.files_checked, timeout=3000)  # asked in a worker (a share may hang)
    record = panel.selected_record()
    assert record is not None and Path(record.pdf_path).parent == first
    assert panel.table.selectionModel().selectedRows()[0].row() == 1
    for button in (panel.open_button, panel.print_button, panel.sign_button, panel.verify_button):
        assert button.isEnabled()


def test_a_full_disk_at_the_second_file_says_so_and_keeps_the_older_pair(qtbot, open_report, db_path, tmp_path, monkeypatch):
    import errno

    from desktop_app.export import files

    out = tmp_path / "out"
    out.mkdir()
    answers = Answers(monkeypatch, out)
    window, wizard, report_id = open_report(make_valid_report())
    panel = click_export(qtbot, window, wizard)
    older = {p.name: p.read_bytes() for p in out.iterdir()}
    assert len(older) == 2
    type_text(qtbot, wizard, PageId.NARRATIVE, "narrative", "Nog een zin. ", replace=False)
    real_mkstemp, real_write, made = files.tempfile.mkstemp, files.os.write, []

    def mkstemp(*args, **kwargs):
        made.append(args)
        return real_mkstemp(*args, **kwargs)

    def write(handle, data):
        if len(made) == 2:  # writing the second file
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(handle, data)

    monkeypatch.setattr(files.tempfile, "mkstemp", mkstemp)
    monkeypatch.setattr(files.os, "write", write)
    wizard.show_page(PageId.CHECK_SIGN)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert answers.warnings and answers.warnings[-1][0] == "Not exported"
    assert "de schijf is vol" in answers.warnings[-1][1] and "No space left" not in answers.warnings[-1][1]
    assert {p.name: p.read_bytes() for p in out.iterdir()} == older
    assert panel.table.rowCount() == 1


def files_checked(panel) -> bool:
    """Whether the panel's workers have answered (the code before them answered at once)."""
    return getattr(panel, "files_checked", lambda: True)()


class HangingShare:
    """Every look at a path under ``folder`` (is it a file, a folder, there at all) waits until
    :meth:`answer`, as on a network share that stopped answering; at most ``patience`` seconds,
    so that the code before the workers fails instead of hanging. Who looked is noted."""

    def __init__(self, monkeypatch, folder: Path, patience: float = 3.0):
        import threading

        self.gate = threading.Event()
        self.lookers: list[str] = []
        for name in ("is_file", "is_dir", "exists"):
            real = getattr(Path, name)

            def look(path, *args, _real=real, **kwargs):
                if str(path).startswith(str(folder)) and not self.gate.is_set():
                    self.lookers.append(threading.current_thread().name)
                    self.gate.wait(patience)
                return _real(path, *args, **kwargs)

            monkeypatch.setattr(Path, name, look)

    def answer(self) -> None:
        self.gate.set()


def test_a_share_that_stops_answering_never_holds_up_the_window(qtbot, open_report, tmp_path, monkeypatch,
                                                                 url_catcher):
    """Issue 17: the panel asked, on the window's thread, whether each export's files are there,
    when the report opened, at each refresh and at each click; on a share that stopped answering
    each question froze the window. Workers ask now; until they answer, the PDF's buttons wait."""
    import time

    share = tmp_path / "share"
    share.mkdir()
    Answers(monkeypatch, share)
    window, wizard, report_id = open_report(make_valid_report())
    panel = click_export(qtbot, window, wizard)
    qtbot.waitUntil(lambda: files_checked(panel), timeout=3000)
    pdf = share / f"{export_basename(wizard.report)}.pdf"

    hanging = HangingShare(monkeypatch, share)
    started = time.monotonic()
    panel.open_pdf()  # found there a moment ago: opened without asking the share again
    window.close_report()
    window.open_report(report_id)
    panel = window.export_panel
    wizard = window.wizard
    wizard.show_page(PageId.CHECK_SIGN)
    assert time.monotonic() - started < 1.5
    assert url_catcher.paths == [str(pdf)]
    assert hanging.lookers and "MainThread" not in hanging.lookers
    assert not files_checked(panel)
    assert panel.table.item(0, 2).text() == pdf.name
    assert "checking whether it is still there" in panel.table.item(0, 2).toolTip()
    for button in (panel.open_button, panel.print_button, panel.sign_button, panel.verify_button,
                   panel.folder_button):
        assert not button.isEnabled()
    panel.refresh()  # the same folder is not asked by a second worker meanwhile
    assert hanging.lookers.count("export-files") == 1

    hanging.answer()
    qtbot.waitUntil(lambda: files_checked(panel), timeout=3000)
    assert panel.table.item(0, 2).toolTip() == str(pdf)
    for button in (panel.open_button, panel.print_button, panel.sign_button, panel.verify_button,
                   panel.folder_button):
        assert button.isEnabled()
