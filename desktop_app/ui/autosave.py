"""Saving as the user types, without a Save button.

The first change after a save starts a short timer; when it fires, the report is saved in one
transaction (a few milliseconds). The timer is not restarted by later changes, so a user who
types without a pause still has her text in the database within :data:`SAVE_DELAY_MS` plus the
time of one save. Changing page and closing save at once.

The state is :data:`SAVED` only once the store has confirmed a commit of everything typed.
Any failure on the way (a page that cannot take its widgets' text into the report, the store,
a full disk, a lock, an I/O error, a bug) makes it :data:`FAILED` with the error kept in
``last_error`` and written to the log; the typed text stays in the widgets and the report in
memory, and the save is tried again after :data:`RETRY_DELAY_MS` (doubling after each failure
up to :data:`MAX_RETRY_DELAY_MS`: a locked file makes every try wait for the lock, and the
window must stay usable), at the next change, and on :meth:`AutoSaver.save_now` (Retry).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.model import Report
from ..logfile import logger
from ..storage import ReportStore

SAVE_DELAY_MS = 300
RETRY_DELAY_MS = 2000
MAX_RETRY_DELAY_MS = 16000

SAVED, PENDING, FAILED = "saved", "pending", "failed"

_log = logger("autosave")


class AutoSaver(QObject):
    """Saves one report of a store soon after every change.

    ``prepare`` is called before every save to take into the report whatever could not be
    taken before (the wizard's pages whose ``store`` failed); it raises when it still cannot.
    """

    state_changed = Signal(str)  # SAVED, PENDING or FAILED (also emitted when the error changes)

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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_now)

    def schedule(self) -> None:
        """Note a change; it is saved within SAVE_DELAY_MS."""
        if self.state != FAILED:
            self._set_state(PENDING)
        # After a failure the next change tries again soon, not only when the retry is due.
        if not self._timer.isActive() or self._timer.remainingTime() > SAVE_DELAY_MS:
            self._timer.start(SAVE_DELAY_MS)

    def flush(self) -> bool:
        """Save now if anything is waiting; True when everything is saved."""
        if self.state == SAVED:
            return True
        return self.save_now()

    def save_now(self) -> bool:
        """Save the report now; True once the store confirmed it. On failure say so, log it
        and try again later."""
        self._timer.stop()
        started = time.perf_counter()
        unprepared: Exception | None = None
        if self._prepare is not None:
            try:
                self._prepare()
            except Exception as error:  # noqa: BLE001 - the rest of the report is still saved below
                unprepared = error
        try:
            self.store.save(self.report_id, self._report())
        except Exception as error:  # noqa: BLE001 - whatever it is, the user must see it and keep her text
            self.fail(error)
            return False
        if unprepared is not None:
            self.fail(unprepared)
            return False
        self.last_save_seconds = time.perf_counter() - started
        if self.last_error is not None:
            _log.info("report %s saved again after the failure", self.report_id)
        self.last_error = None
        self._logged_failure = None
        self.retry_delay_ms = RETRY_DELAY_MS
        self._set_state(SAVED)
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
        self._timer.start(self.retry_delay_ms)
        self.retry_delay_ms = min(self.retry_delay_ms * 2, MAX_RETRY_DELAY_MS)
        if self.state != FAILED or changed:
            self.state = FAILED
            self.state_changed.emit(FAILED)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

