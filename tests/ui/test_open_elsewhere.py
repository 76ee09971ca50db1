"""One writer per report in the window (issue 11, item 2): a report open in another program is
shown read-only under a banner saying where; a save refused because the report changed
elsewhere offers to keep what was typed as a copy."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView

from desktop_app.domain.model import Report
from desktop_app.storage import ReportStore
from desktop_app.ui.main_window import DISCARD
from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import add_report, child, stored, type_text


def _other_window(db_path, report_id: int) -> subprocess.Popen:
    """Another program holding the report open for writing, as a second window does."""
    code = textwrap.dedent(f"""
        import sys
        from desktop_app.storage import ReportStore
        store = ReportStore.open({str(db_path)!r})
        assert store.claim({report_id}) is None
        print("open", flush=True)
        sys.stdin.readline()
    """)
    process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "open"
    return process


def test_a_report_open_in_another_program_is_shown_read_only_with_where(qtbot, show_window, db_path, monkeypatch):
    report_id = add_report(db_path, make_valid_report())
    other = _other_window(db_path, report_id)
    try:
        window = show_window(report_id)
        assert window.read_only_view is not None and window.saver is None
        banner = child(window, "readOnlyBanner")
        assert banner.isVisible()
        note = child(window, "readOnlyNote", QLabel).text()
        assert socket.gethostname() in note and f"process {other.pid}" in note
        assert "open in another window" in child(window, "readOnlyTitle", QLabel).text()
        assert window.save_status.text() == "Read-only: nothing is saved"
        # The fields cannot be typed into, so nothing can be lost by typing.
        name = child(window, "promoter.name")
        assert name.isReadOnly()

        # Keep as a copy: a new report, open for writing here; the other one stays as it is.
        qtbot.mouseClick(child(window, "importShown", QPushButton), Qt.MouseButton.LeftButton)
        assert window.read_only_view is None and window.report_id not in (None, report_id)
        copy_id = window.report_id
        type_text(qtbot, window.wizard, PageId.NARRATIVE, "narrative", "Verder in de kopie.")
        window.close_report()
        assert "Verder in de kopie." in stored(db_path, copy_id).narrative
        assert stored(db_path, report_id) == make_valid_report()
    finally:
        other.kill()
        other.wait()


def test_the_report_is_free_again_once_the_other_program_has_closed_it(qtbot, show_window, db_path):
    report_id = add_report(db_path, make_valid_report())
    other = _other_window(db_path, report_id)
    other.kill()
    other.wait()
    window = show_window(report_id)
    assert window.read_only_view is None and window.saver is not None
    # And while this window has it open, another store is told so; closing gives it free.
    probe = ReportStore.open(db_path)
    try:
        assert probe.claim(report_id).pid == os.getpid()
        window.close_report()
        assert probe.claim(report_id) is None
    finally:
        probe.close()


def test_a_save_over_a_newer_revision_offers_a_copy_and_keeps_the_typed_text(qtbot, open_report, db_path, monkeypatch):
    window, wizard, report_id = open_report(make_valid_report())
    asked = []
    monkeypatch.setattr(window, "confirm", lambda title, text: asked.append((title, text)) or True)
    # Another program saves the report without asking for it (an older version, say).
    other = ReportStore.open(db_path)
    changed = other.load(report_id)
    changed.promoter.phone = "02 999 99 99"
    assert other.save(report_id, changed)
    other.close()

    type_text(qtbot, wizard, PageId.NARRATIVE, "narrative", " Hier getypt.", replace=False)
    window.saver.flush()
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert asked[0][0] == "Changed in another window"
    qtbot.waitUntil(lambda: window.report_id not in (None, report_id), timeout=3000)
    copy = stored(db_path, window.report_id)
    assert "Hier getypt." in copy.narrative and copy.promoter.phone != "02 999 99 99"
    original = stored(db_path, report_id)
    assert original.promoter.phone == "02 999 99 99" and "Hier getypt." not in original.narrative
    assert len(asked) == 1
    assert child(window, "reportList", QTableView) is not None


def test_refusing_the_copy_keeps_the_text_in_the_window(qtbot, open_report, db_path, monkeypatch):
    window, wizard, report_id = open_report(Report(year=2016))
    asked = []
    monkeypatch.setattr(window, "confirm", lambda title, text: asked.append(title) or False)
    other = ReportStore.open(db_path)
    changed = other.load(report_id)
    changed.narrative = "Van elders."
    other.save(report_id, changed)
    other.close()
    type_text(qtbot, wizard, PageId.NARRATIVE, "narrative", "Van hier.")
    assert not window.saver.flush()
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert window.report_id == report_id and wizard.report.narrative == "Van hier."
    assert window.saver.last_error.code == "stale-revision"
    assert stored(db_path, report_id).narrative == "Van elders."
    # Closing now asks what to do with the unsaved text; the test's end gives it up.
    monkeypatch.setattr(window, "ask_unsaved", lambda reason: DISCARD)


def test_a_file_replaced_under_the_window_offers_to_keep_the_text_in_the_file_now_there(qtbot, open_report, db_path,
                                                                                        monkeypatch):
    window, wizard, report_id = open_report(make_valid_report())
    asked = []
    monkeypatch.setattr(window, "confirm", lambda title, text: asked.append(title) or True)
    # Another program puts another database in its place (a backup restored in another window).
    old = db_path.with_name("old.sqlite")
    db_path.rename(old)
    other = ReportStore.open(db_path)
    other.create(Report(year=2020))
    other.close()

    type_text(qtbot, wizard, PageId.NARRATIVE, "narrative", "Niet verloren. ", replace=False)
    assert not window.saver.flush()
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert asked == ["The file was replaced"]
    qtbot.waitUntil(lambda: window.saver is not None and window.saver.state == "saved", timeout=3000)
    kept = stored(db_path, window.report_id)
    assert kept.narrative.startswith("Niet verloren. ") and kept.promoter.name == "OCMW Voorbeeld"
    now_there = ReportStore.open(db_path)
    try:
        assert {s.year for s in now_there.list_reports()} == {2016, 2020}
    finally:
        now_there.close()
