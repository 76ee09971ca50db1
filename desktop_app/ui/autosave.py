"""Saving as the user types, without a Save button, and without the window waiting for the disk.

The first change after a save starts a short timer; when it fires, a copy of the report is
taken on the window's thread (a snapshot: later typing cannot change what is being written)
and handed to the store's writer thread (``storage/writer.py``), which saves it in one
transaction with its own connection while the window goes on. The timer is not restarted by
later changes, so a user who types without a pause still has her text in the database within
:data:`SAVE_DELAY_MS` plus the time of one save. A snapshot still waiting for the writer is
replaced by a newer one (only the latest is written), and saves are written in order.

Changing page hands what is waiting to the writer at once and goes on (:meth:`AutoSaver.save_soon`):
on a slow or network disk a page change must not wait for the commit. An export hands its save
to the writer the same way and waits for the commit in its own worker (:meth:`AutoSaver.submit_now`).
Closing and Retry save at once and wait for the commit (:meth:`AutoSaver.save_now`,
:meth:`AutoSaver.flush`): there the answer is needed before going on.

The state is :data:`SAVED` only once the store has confirmed a commit of everything typed (the
outcome of a save comes back to the window's thread; a save of a snapshot older than the last
change leaves the state :data:`PENDING`). Any failure on the way (a page that cannot take its
widgets' text into the report, the store, a full disk, a lock, an I/O error, a bug) makes it
:data:`FAILED` with the error kept in ``last_error`` and written to the log; the typed text stays
in the widgets and the report in memory, and the save is tried again after
:data:`RETRY_DELAY_MS` (doubling after each failure up to :data:`MAX_RETRY_DELAY_MS`), at the
next change, and on :meth:`AutoSaver.save_now` (Retry).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..logfile import logger
from ..storage import ReportStore
from ..storage.writer import Job
from .qt_namespace import Qt

if TYPE_CHECKING:
    from ..domain.model import Report

SAVE_DELAY_MS = 300
RETRY_DELAY_MS = 2000
MAX_RETRY_DELAY_MS = 16000

SAVED, PENDING, FAILED = "saved", "pending", "failed"

_log = logger("autosave")


class AutoSaver(QObject):
    """Saves one report of a store soon after every change, on the store's writer thread.

    ``prepare`` is called before every save to take into the report whatever could not be
    taken before (the wizard's pages whose ``store`` failed); it raises when it still cannot.
    """

    state_changed = Signal(str)  # SAVED, PENDING or FAILED (also emitted when the error changes)
    _written = Signal(object)  # a save's Job, emitted on the writer's thread, taken in on this one

    def __init__(self, store: ReportStore, report_id: int, report: Callable[[], Report],
                 parent: QObject | None = None, *, prepare: Callable[[], None] | None = None):
        super().__init__(parent)
        self.store = store
        self.report_id = report_id
        self._report = report
        self._prepare = prepare
        self.state = SAVED
        self.last_error: BaseException | None = None
        self.last_save_seconds = 0.0
        self._logged_failure: tuple[str, str] | None = None
        self.retry_delay_ms = RETRY_DELAY_MS
        self._changes = 0  # changes noted so far; a save covers those made before its snapshot
        self._sequence = 0  # saves handed to the writer
        self._answered = 0  # the newest save whose outcome was taken in
        self._last_job: Job | None = None
        self._closed = False
        self._written.connect(self._take_outcome, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._save_in_background)

    def schedule(self) -> None:
        """Note a change; it is saved within SAVE_DELAY_MS."""
        self._changes += 1
        if self.state != FAILED:
            self._set_state(PENDING)
        # After a failure the next change tries again soon, not only when the retry is due.
        if not self._timer.isActive() or self._timer.remainingTime() > SAVE_DELAY_MS:
            self._timer.start(SAVE_DELAY_MS)

    def flush(self) -> bool:
        """Save now if anything is waiting, and wait for the commit; True when everything is
        saved."""
        if self.state == SAVED:
            return True
        return self.save_now()

    def save_soon(self) -> None:
        """Hand what is waiting to the writer now, without waiting for its commit (a page
        change); its outcome is shown when it comes, as for a save made while typing."""
        if self.state == SAVED or self._closed:
            return
        self._submit(backup_if_due=True)

    def submit_now(self) -> Job:
        """Hand the report to the writer now and return its job without waiting: an export
        waits for it in its worker, then shows its outcome (:meth:`take_outcome`). No later
        save replaces it before it runs (they queue behind it)."""
        return self._submit(backup_if_due=False, replaceable=False)

    def take_outcome(self, job: Job) -> bool:
        """Show the outcome of a finished ``job`` of :meth:`submit_now`; True when committed."""
        return self._take_outcome(job)

    def save_now(self) -> bool:
        """Save the report now and wait until the writer has committed it; True once the store
        confirmed it. On failure say so, log it and try again later. A ten-minute backup due
        now waits for the next save made while typing: the window waits for this one, and a
        backup started right behind it would hold up what comes next (closing the window waits
        for a backup being written; the next start takes one when the file changed)."""
        job = self._submit(backup_if_due=False)
        job.wait()
        return self._take_outcome(job)

    def close(self) -> None:
        """Stop saving: no timer, and wait for a save still being written (its outcome is no
        longer shown). Called when the report is closed."""
        self._timer.stop()
        self._closed = True
        if self._last_job is not None:
            self._last_job.wait()

    def _save_in_background(self) -> None:
        if not self._closed:
            self._submit(backup_if_due=True)

    def _submit(self, *, backup_if_due: bool, replaceable: bool = True) -> Job:
        """Take a snapshot of the report on this thread and hand it to the writer."""
        self._timer.stop()
        started = time.perf_counter()
        unprepared: Exception | None = None
        if self._prepare is not None:
            try:
                self._prepare()
            except Exception as error:  # noqa: BLE001 - the rest of the report is still saved below
                unprepared = error
        self._sequence += 1
        sequence, changes = self._sequence, self._changes
        store, report_id = self.store, self.report_id
        try:
            snapshot = self._report().copy()
        except Exception as error:  # noqa: BLE001 - shown like any failed save
            copy_error = error

            def work():
                raise copy_error
        else:
            def work():
                # Looked up when it runs: the store's ``save`` as it is then.
                if backup_if_due:
                    return store.save(report_id, snapshot)
                with store.backup_deferred():
                    return store.save(report_id, snapshot)

        def done(job: Job) -> None:
            if not self._closed:
                self._written.emit(job)

        job = store.writer.submit(work, key=("save", report_id) if replaceable else None, on_done=done)
        job.sequence, job.changes, job.unprepared, job.started = sequence, changes, unprepared, started
        self._last_job = job
        return job

    def _take_outcome(self, job: Job) -> bool:
        """Show the outcome of a save (on the window's thread); True when it was committed."""
        if self._closed:
            return self.state == SAVED  # the report is closed: nothing to show any more
        if job.superseded or job.sequence <= self._answered:
            return self.state == SAVED  # a newer save's outcome is already shown
        self._answered = job.sequence
        if job.error is not None:
            self.fail(job.error)
            return False
        if job.unprepared is not None:
            self.fail(job.unprepared)
            return False
        self.last_save_seconds = time.perf_counter() - job.started
        if self.last_error is not None:
            _log.info("report %s saved again after the failure", self.report_id)
        self.last_error = None
        self._logged_failure = None
        self.retry_delay_ms = RETRY_DELAY_MS
        if job.changes == self._changes:
            self._set_state(SAVED)
        else:
            # Typed while it was being written: the newer text is still to be saved.
            self._set_state(PENDING)
            if not self._timer.isActive():
                self._timer.start(SAVE_DELAY_MS)
        return True

    def fail(self, error: BaseException) -> None:
        """Note that the latest changes did not reach the file because of ``error``: the state
        becomes FAILED, the error goes to the log, and the save is tried again later."""
        key = (type(error).__name__, str(error))
        if key != self._logged_failure:  # the same failure every two seconds would fill the log
            self._logged_failure = key
            _log.error("report %s: the changes could not be saved", self.report_id,
                       exc_info=(type(error), error, error.__traceback__))
        else:
            _log.debug("report %s: still not saved (%s)", self.report_id, key[0])
        changed = error is not self.last_error
        self.last_error = error
        # Tried again after the delay, unless a change made while this save was under way
        # already asked for a sooner try (schedule): that one is kept.
        if not self._closed and not (self._timer.isActive() and self._timer.remainingTime() <= self.retry_delay_ms):
            self._timer.start(self.retry_delay_ms)
        self.retry_delay_ms = min(self.retry_delay_ms * 2, MAX_RETRY_DELAY_MS)
        if self.state != FAILED or changed:
            self.state = FAILED
            self.state_changed.emit(FAILED)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
