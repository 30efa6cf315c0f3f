"""The one helper for long work: a function runs on a worker thread, its progress, result or error
come back to the GUI thread as signals.

Database work goes to one single-thread pool, so writes never race each other; network work has a
pool of its own and may run beside it.  A job never touches a widget; a widget never waits for a job.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from desktop.services.jobs import Cancelled

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None]], Any]


class Job(QObject):
    """A running piece of work; lives on the GUI thread, its public signals are emitted there.

    The worker emits the private signals; as the Job lives on the GUI thread, Qt queues them to
    the Job's slots there, which emit the public ones.  Whatever is connected to ``progress``,
    ``finished``, ``failed`` and ``ended`` therefore always runs on the GUI thread.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    ended = Signal()

    _worker_progress = Signal(int, int)
    _worker_finished = Signal(object)
    _worker_failed = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        #: Set by the worker when it has let go of this job (after its last emit): only then may the
        #: job be deleted, or the worker would be inside an emit of a deleted object.
        self._released = threading.Event()
        self.done = False
        self._worker_progress.connect(self._on_progress)
        self._worker_finished.connect(self._on_finished)
        self._worker_failed.connect(self._on_failed)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self.done:
            self.progress.emit(done, total)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.done = True
        self.finished.emit(result)
        self.ended.emit()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.done = True
        self.failed.emit(error)
        self.ended.emit()

    def cancel(self) -> None:
        """Ask the work to stop: the next progress call raises Cancelled and the transaction rolls back."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._worker_progress.emit(done, total)

    def run_here(self) -> None:
        """Run the work in the calling thread (the pool calls this on a worker thread)."""
        try:
            if self._cancel.is_set():
                raise Cancelled()
            result = self._work(self._report)
        except BaseException as error:  # noqa: BLE001 - every error goes back to the GUI thread
            if not isinstance(error, Cancelled):
                log.error("job failed: %s", describe(error))
            self._worker_failed.emit(error)
        else:
            self._worker_finished.emit(result)


def describe(error: BaseException) -> str:
    """An error for the log: its type and the places it passed through, never its text (the text of
    a database or file error may quote a person's name or IIN)."""
    from desktop.domain.errors import SanaqError

    kind = type(error).__name__
    if isinstance(error, SanaqError):
        return f"{kind} ({error.code})"
    frames = traceback.extract_tb(error.__traceback__)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames[-6:]))
    return f"{kind} at {where}" if where else kind


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job: Job | None = job
        self.setAutoDelete(True)

    def run(self) -> None:
        job, self.job = self.job, None
        assert job is not None, "a runnable runs once"
        released = job._released
        try:
            job.run_here()
        finally:
            del job  # the runner still holds the job: it is never deleted on this thread
            released.set()


class JobRunner(QObject):
    """Submit work; get a Job whose signals arrive on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_pool = QThreadPool(self)
        self.db_pool.setMaxThreadCount(1)
        self.net_pool = QThreadPool(self)
        self.net_pool.setMaxThreadCount(2)
        self._jobs: set[Job] = set()

    def submit(
        self,
        work: Work,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        kind: str = "db",
    ) -> Job:
        job = Job(work)
        if on_done is not None:
            job.finished.connect(on_done)
        if on_error is not None:
            job.failed.connect(on_error)
        if on_progress is not None:
            job.progress.connect(on_progress)
        self._jobs.add(job)
        was_idle = len(self._jobs) == 1
        job.ended.connect(lambda job=job: self._forget(job))
        (self.net_pool if kind == "net" else self.db_pool).start(_Runnable(job))
        if was_idle:
            self.busy_changed.emit(True)
        return job

    def _forget(self, job: Job) -> None:
        if not job._released.is_set():  # the worker is still returning from its last emit
            QTimer.singleShot(5, self, lambda job=job: self._forget(job))
            return
        self._jobs.discard(job)
        job.deleteLater()
        if not self._jobs:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job has ended (used when the window closes and in tests)."""
        return self.db_pool.waitForDone(msecs) and self.net_pool.waitForDone(msecs)
