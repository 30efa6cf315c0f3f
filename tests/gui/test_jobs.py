"""The job runner: work off the GUI thread, progress, cancel with rollback, errors back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from desktop.models.entities import Unit
from desktop.services.jobs import Cancelled
from desktop.views.jobs import JobRunner


def test_work_runs_off_the_gui_thread_and_results_come_back_on_it(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    runner = JobRunner()
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(progress):  # type: ignore[no-untyped-def]
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        progress(1, 2)
        return 42

    job = runner.submit(work, on_done=lambda r: seen.update(result=r, on_gui=QThread.currentThread() is gui))
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen == {"worker": True, "result": 42, "on_gui": True}


def test_a_cancelled_job_writes_nothing(qtbot, app, sqlite_context) -> None:  # type: ignore[no-untyped-def]
    runner = JobRunner()
    started = threading.Event()
    release = threading.Event()

    def work(progress):  # type: ignore[no-untyped-def]
        with sqlite_context.uow() as uow:
            for n in range(5):
                uow.session.add(Unit(name=f"Топ {n}"))
                if n == 2:
                    started.set()
                    release.wait(5)
                progress(n, 5)
            uow.commit()

    errors: list[BaseException] = []
    job = runner.submit(work, on_error=errors.append)
    assert started.wait(5)
    job.cancel()
    release.set()
    with qtbot.waitSignal(job.failed, timeout=5000):
        pass
    assert len(errors) == 1 and isinstance(errors[0], Cancelled)
    with sqlite_context.uow() as uow:
        assert uow.session.query(Unit).count() == 0


def test_database_jobs_run_one_after_another(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    runner = JobRunner()
    order: list[str] = []
    lock = threading.Lock()

    def make(name: str):  # type: ignore[no-untyped-def]
        def work(progress):  # type: ignore[no-untyped-def]
            with lock:
                order.append(f"{name}-start")
            QThread.msleep(30)
            with lock:
                order.append(f"{name}-end")

        return work

    jobs = [runner.submit(make(n)) for n in "abc"]
    with qtbot.waitSignal(jobs[-1].ended, timeout=5000):
        pass
    assert order == ["a-start", "a-end", "b-start", "b-end", "c-start", "c-end"]


def test_a_job_is_not_deleted_while_its_worker_still_holds_it(qtbot, app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The worker's last act is to emit the result; the window must not delete the job under it (a
    job deleted while its worker was still inside the emit crashed the program now and then)."""
    from shiboken6 import isValid

    from desktop.views import jobs

    still_in_worker = threading.Event()
    leave = threading.Event()
    original = jobs.Job.run_here

    def slow_to_let_go(self):  # type: ignore[no-untyped-def]
        original(self)  # emits the result
        still_in_worker.set()
        leave.wait(5)  # the worker has not yet let go of the job

    monkeypatch.setattr(jobs.Job, "run_here", slow_to_let_go)
    runner = JobRunner()
    job = runner.submit(lambda progress: 42)
    with qtbot.waitSignal(job.ended, timeout=5000):
        pass
    assert still_in_worker.wait(5)
    qtbot.wait(100)  # the window goes on handling events (deferred deletes included)
    assert isValid(job)
    leave.set()
    qtbot.waitUntil(lambda: not isValid(job) and not runner.busy, timeout=5000)
