"""Typing never waits for the disk: saves are written by the store's writer thread, the latest
snapshot only and in order, "saved" is shown only once committed, failures are still shown, and
closing waits for the write."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from desktop_app.domain.text import Text
from desktop_app.storage import ReportStore, StorageError
from desktop_app.ui.main_window import DISCARD
from desktop_app.ui.wizard import PageId
from ui_helpers import child, stored

SLOW_SECONDS = 0.8  # a save on a very slow disk


class Ticks:
    """A timer of the window's thread; the gaps between its ticks show whether it froze."""

    def __init__(self):
        self.times = [time.monotonic()]
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(lambda: self.times.append(time.monotonic()))
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self.times.append(time.monotonic())
        return max(b - a for a, b in zip(self.times, self.times[1:]))


def slow_saves(monkeypatch, fail_with: Exception | None = None) -> list[tuple[str, str]]:
    """Make every save of a store take SLOW_SECONDS; return (thread name, narrative) per save."""
    real_save = ReportStore.save
    saves: list[tuple[str, str]] = []

    def save(self, report_id, report, **kwargs):
        saves.append((threading.current_thread().name, report.narrative))
        time.sleep(SLOW_SECONDS)
        if fail_with is not None:
            raise fail_with
        return real_save(self, report_id, report, **kwargs)

    monkeypatch.setattr(ReportStore, "save", save)
    return saves


def type_narrative(qtbot, wizard, text: str, every_ms: int = 30) -> None:
    """Type ``text`` into the narrative one key at a time, letting the window run in between."""
    wizard.show_page(PageId.NARRATIVE)
    editor = child(wizard, "narrative")
    editor.setFocus()
    for character in text:
        qtbot.keyClicks(editor, character)
        qtbot.wait(every_ms)


def test_typing_goes_on_while_a_slow_save_is_written(qtbot, open_report, db_path, monkeypatch):
    window, wizard, report_id = open_report()
    saves = slow_saves(monkeypatch)
    status = child(window, "saveStatus", QLabel)
    ticks = Ticks()
    type_narrative(qtbot, wizard, "Het project liep goed.")
    longest_gap = ticks.stop()
    assert saves, "nothing was saved while typing"
    # A save on the window's thread would stop it for the whole save; a loaded machine may
    # still pause it for a tenth of a second now and then.
    assert longest_gap < SLOW_SECONDS / 2, f"the window stopped for {longest_gap:.2f} s while saving"
    assert all(name != threading.main_thread().name for name, _ in saves)
    # "Saved" only once the last snapshot is committed, and then it is in the file.
    qtbot.waitUntil(lambda: status.text() == "All changes saved", timeout=5000)
    assert stored(db_path, report_id).narrative == "Het project liep goed."


def test_only_the_latest_snapshot_is_written_and_in_order(qtbot, open_report, db_path, monkeypatch):
    window, wizard, report_id = open_report()
    saves = slow_saves(monkeypatch)
    text = "Taallessen en intakes werkten goed samen."
    type_narrative(qtbot, wizard, text, every_ms=20)
    qtbot.waitUntil(lambda: window.saver.state == "saved", timeout=5000)
    written = [narrative for _, narrative in saves]
    # Typing took about a second: with saves of 0.4 s, a handful of snapshots, each longer
    # than the one before, the last one whole.
    assert len(written) < len(text) // 3
    assert all(text.startswith(n) for n in written)
    assert [len(n) for n in written] == sorted(len(n) for n in written)
    assert written[-1] == text == stored(db_path, report_id).narrative


def test_the_state_is_saving_while_the_write_is_under_way(qtbot, open_report, monkeypatch):
    window, wizard, _ = open_report()
    slow_saves(monkeypatch)
    status = child(window, "saveStatus", QLabel)
    type_narrative(qtbot, wizard, "x")
    qtbot.wait(350)  # the timer fired: the save is being written
    assert status.text() == "Saving…"
    qtbot.waitUntil(lambda: status.text() == "All changes saved", timeout=3000)


def test_a_failure_on_the_writer_thread_is_shown(qtbot, open_report, monkeypatch):
    window, wizard, _ = open_report()
    slow_saves(monkeypatch, StorageError("locked", Text("Het bestand is in gebruik.", "Le fichier est utilisé.")))
    monkeypatch.setattr(window, "ask_unsaved", lambda _reason: DISCARD)  # at the test's end
    status = child(window, "saveStatus", QLabel)
    type_narrative(qtbot, wizard, "abc")
    qtbot.waitUntil(lambda: status.text().startswith("Not saved"), timeout=3000)
    assert window.save_banner.isVisible()
    assert "in gebruik" in child(window, "saveBannerText", QLabel).text()


def test_closing_waits_for_the_write_and_says_when_it_failed(qtbot, open_report, db_path, monkeypatch):
    window, wizard, report_id = open_report()
    slow_saves(monkeypatch, StorageError("io-error", Text("Schijffout.", "Erreur du disque.")))
    asked = []
    monkeypatch.setattr(window, "ask_unsaved", lambda reason: asked.append(reason) or DISCARD)
    type_narrative(qtbot, wizard, "ab")
    qtbot.wait(350)  # a save of "ab" is being written
    assert window.close_report()
    assert asked and "Schijffout" in asked[0]
    assert stored(db_path, report_id).narrative == ""


def test_closing_waits_for_the_write_and_keeps_it(qtbot, open_report, db_path, monkeypatch):
    window, wizard, report_id = open_report()
    slow_saves(monkeypatch)
    type_narrative(qtbot, wizard, "tekst")
    assert window.close_report()
    assert stored(db_path, report_id).narrative == "tekst"
