"""Saving as the user types, without a Save button.

The first change after a save starts a short timer; when it fires, the report is saved in one
transaction (a few milliseconds). The timer is not restarted by later changes, so a user who
types without a pause still has her text in the database within :data:`SAVE_DELAY_MS` plus the
time of one save. Changing page and closing save at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.model import Report
from ..storage import ReportStore, StorageError

SAVE_DELAY_MS = 300
RETRY_DELAY_MS = 2000

SAVED, PENDING, FAILED = "saved", "pending", "failed"


class AutoSaver(QObject):
    """Saves one report of a store soon after every change."""

    state_changed = Signal(str)  # SAVED, PENDING or FAILED

    def __init__(self, store: ReportStore, report_id: int, report: Callable[[], Report], parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.report_id = report_id
        self._report = report
        self.state = SAVED
        self.last_error: StorageError | None = None
        self.last_save_seconds = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_now)

    def schedule(self) -> None:
        """Note a change; it is saved within SAVE_DELAY_MS."""
        if self.state != FAILED:
            self._set_state(PENDING)
        if not self._timer.isActive():
            self._timer.start(SAVE_DELAY_MS)

    def flush(self) -> bool:
        """Save now if anything is waiting; True when everything is saved."""
        if self.state == SAVED:
            return True
        return self.save_now()

    def save_now(self) -> bool:
        """Save the report now; True on success. On failure retry later and say so."""
        self._timer.stop()
        started = time.perf_counter()
        try:
            self.store.save(self.report_id, self._report())
        except StorageError as error:
            self.last_error = error
            self._set_state(FAILED)
            self._timer.start(RETRY_DELAY_MS)
            return False
        self.last_save_seconds = time.perf_counter() - started
        self.last_error = None
        self._set_state(SAVED)
        return True

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
