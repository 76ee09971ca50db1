"""A thread that writes for a store, so that the window never waits for the disk.

A durable save waits for the disk twice (``synchronous=EXTRA``: the journal, the file, the
folder); on a slow or network disk that is 50 ms or more, and typing on the window's thread
would stop for as long. The window hands its work (a save of a snapshot of the report, a
backup) to this thread instead and learns the outcome from a callback.

- **Its own connection and lock.** The thread opens its own SQLite connection and its own
  ``flock`` descriptor of the database lock (``ReportStore.attach_thread``): the store's
  transactions, revision check, same-file check and error translation all apply unchanged, and
  a read of the window's thread waits for a save of this thread exactly as it waits for one of
  another program.
- **In order, the latest only.** Jobs run one at a time in the order given. A job given with a
  ``key`` replaces a job of the same key that has not started yet (the older snapshot of a
  report is never written after a newer one, and never written when a newer one is waiting):
  the replaced job ends as ``superseded``.
- **Nothing lost on closing.** :meth:`Writer.close` runs what is still queued before the thread
  ends (a backup not yet started may be dropped: it is only a copy, and the next start takes
  it); :meth:`Job.wait` lets the caller wait for one job (closing a report, Retry).

A store without a file (in memory) cannot be opened twice, so its jobs run at once on the
caller's thread.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

_log = logging.getLogger(__name__)


class Job:
    """One piece of work for the writer, and its outcome once :attr:`done` is set."""

    def __init__(self, work: Callable[[], Any], key: object = None,
                 on_done: Callable[["Job"], None] | None = None):
        self.work = work
        self.key = key
        self.on_done = on_done
        self.result: Any = None
        self.error: BaseException | None = None
        self.superseded = False  # replaced by a newer job of the same key before it started
        self.done = threading.Event()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the job has run (or was replaced); False when ``timeout`` passed first."""
        return self.done.wait(timeout)

    def _finish(self) -> None:
        # The callback first: whoever waits for the job (closing a report, then deleting what
        # the callback reaches) must find it over.
        if self.on_done is not None:
            try:
                self.on_done(self)
            except Exception:  # noqa: BLE001 - a callback's bug must not stop the writer
                _log.exception("the callback of a write failed")
        self.done.set()


class Writer:
    """One thread running the jobs of one store, with the store's connection for that thread."""

    def __init__(self, attach: Callable[[], None] | None, detach: Callable[[], None] | None,
                 name: str = "report-writer"):
        self._attach, self._detach = attach, detach
        self._queue: deque[Job] = deque()
        self._condition = threading.Condition()
        self._closing = False
        self._thread: threading.Thread | None = None
        self._inline = attach is None  # a store in memory: run jobs on the caller's thread
        self._name = name
        self.attach_error: BaseException | None = None

    def submit(self, work: Callable[[], Any], *, key: object = None,
               on_done: Callable[[Job], None] | None = None) -> Job:
        """Queue ``work``; ``on_done(job)`` is called on the writer's thread when it has run.

        A queued job of the same ``key`` that has not started is replaced by this one.
        """
        job = Job(work, key, on_done)
        if self._inline:
            self._run(job)
            return job
        replaced = []
        with self._condition:
            if self._closing:
                raise RuntimeError("the writer is closed")
            if key is not None:
                for queued in list(self._queue):
                    if queued.key == key:
                        self._queue.remove(queued)
                        queued.superseded = True
                        replaced.append(queued)
            self._queue.append(job)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
                self._thread.start()
            self._condition.notify()
        for old in replaced:
            old._finish()
        return job

    def on_its_thread(self) -> bool:
        """Whether the caller is this writer's thread (a job running)."""
        return self._thread is not None and threading.current_thread() is self._thread

    def submit_after(self, work: Callable[[], Any], *, key: object = None) -> bool:
        """From a job of this writer: queue ``work`` to run after it (see :meth:`submit`).
        False when the writer is closing and takes no more work; the caller then does it."""
        try:
            self.submit(work, key=key)
        except RuntimeError:
            return False
        return True

    def close(self, *, dropping: object = None) -> None:
        """Run what is queued, then end the thread and close its connection. Queued jobs of
        the key ``dropping`` that have not started are not run (they end as superseded)."""
        dropped = []
        with self._condition:
            self._closing = True
            if dropping is not None:
                for queued in list(self._queue):
                    if queued.key == dropping:
                        self._queue.remove(queued)
                        queued.superseded = True
                        dropped.append(queued)
            self._condition.notify()
            thread = self._thread
        for job in dropped:
            job._finish()
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def _loop(self) -> None:
        attached = False
        try:
            if self._attach is not None:
                try:
                    self._attach()
                    attached = True
                except BaseException as error:  # noqa: BLE001 - every job then reports it
                    self.attach_error = error
            while True:
                with self._condition:
                    while not self._queue and not self._closing:
                        self._condition.wait()
                    if not self._queue:
                        return
                    job = self._queue.popleft()
                if self.attach_error is not None:
                    job.error = self.attach_error
                    job._finish()
                else:
                    self._run(job)
        finally:
            if attached and self._detach is not None:
                try:
                    self._detach()
                except Exception:  # noqa: BLE001 - closing a connection that is done
                    _log.exception("the writer's connection could not be closed")

    @staticmethod
    def _run(job: Job) -> None:
        try:
            job.result = job.work()
        except BaseException as error:  # noqa: BLE001 - handed to whoever waits for the job
            job.error = error
        job._finish()
