"""Operations: how a view runs work on the database thread and what it does with the result.

A view says *what* to run and *what to do with the result*; this module does the rest, the same way
for every page (in the spirit of Anki's ``CollectionOp``/``QueryOp``):

    self.op(call(register.cancel_left, person.id, campaign=self.ctx.campaign), done=self._changed)

- ``call(function, *args)`` evaluates the arguments *now*, on the GUI thread; the worker only ever
  sees these plain values and a fresh unit of work — never a widget, never ``self.ctx``.
- The work runs on the job runner's single database thread, inside ``with ctx.uow() as uow``.
- ``done(result)`` and ``failed(error)`` run on the GUI thread, and not at all once the widget that
  asked is gone (the window closed meanwhile).
- With ``progress="Exporting…"`` a progress dialog with a Cancel button follows the work; cancel
  rolls the unit of work back.
- Every error ends in one place: one message box in the user's language (a typed ``SanaqError``
  with its own message, anything else a plain "nothing was changed" message; the job runner logs
  the error's type and where it happened, never its text, which could hold a name or an IIN).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from desktop.services.after_close import ClosedOut
from desktop.services.jobs import Cancelled
from desktop.views.common import show_error
from desktop.views.jobs import Job, JobRunner

if TYPE_CHECKING:
    from desktop.app import AppContext
    from desktop.models.db import UnitOfWork

T = TypeVar("T")
Progress = Callable[[int, int], None]
# Work on the database: a function of a fresh unit of work and a progress callable.
OpWork = Callable[["UnitOfWork", Progress], Any]
# Work without the database (files, network): a function of a progress callable.
TaskWork = Callable[[Progress], Any]
# What ``failed`` returns: True when it showed the error itself (no message box then).
Failed = Callable[[BaseException], bool | None]


def call(function: Callable[..., T], *args: Any, **kwargs: Any) -> OpWork:
    """``function(uow, *args, **kwargs)`` as an operation; the arguments are taken now."""

    def work(uow: UnitOfWork, _progress: Progress) -> T:
        return function(uow, *args, **kwargs)

    return work


def call_with_progress(function: Callable[..., T], *args: Any, **kwargs: Any) -> OpWork:
    """Like :func:`call`, for a service that reports ``progress(done, total)``."""

    def work(uow: UnitOfWork, progress: Progress) -> T:
        return function(uow, *args, progress=progress, **kwargs)

    return work


def run_task(
    parent: QWidget | None,
    runner: JobRunner,
    work: TaskWork,
    *,
    done: Callable[[Any], Any] | None = None,
    failed: Failed | None = None,
    progress: str | None = None,
    kind: str = "db",
) -> Job:
    """Run ``work(progress)`` on the runner; the result and errors come back as described above."""
    dialog = _progress_dialog(parent, progress) if progress else None

    def alive() -> bool:
        return parent is None or isValid(parent)

    def close_dialog() -> None:
        if dialog is not None and isValid(dialog):
            dialog.close()
            dialog.deleteLater()

    def finished(result: Any) -> None:
        close_dialog()
        if alive() and done is not None:
            done(result)

    def went_wrong(error: BaseException) -> None:
        close_dialog()
        if not alive():
            return
        handled = failed(error) if failed is not None else False
        if not handled and not isinstance(error, Cancelled):
            show_error(parent, error, progress)

    job = runner.submit(work, on_done=finished, on_error=went_wrong, kind=kind)
    if dialog is not None:

        def show_progress(done_: int, total: int) -> None:
            if isValid(dialog):
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done_, total) if total else 0)

        job.progress.connect(show_progress)
        dialog.canceled.connect(job.cancel)
    return job


def run_op(
    parent: QWidget | None,
    ctx: AppContext,
    runner: JobRunner,
    work: OpWork,
    *,
    done: Callable[[Any], Any] | None = None,
    failed: Failed | None = None,
    progress: str | None = None,
) -> Job:
    """Run ``work(uow, progress)`` with a fresh unit of work on the database thread.

    After the close-out a change is refused until it is confirmed with a reason: the person is asked
    for it (:func:`ask_change_reason`) and the same work runs again with it, or nothing changes."""
    new_uow = ctx.uow  # taken here, on the GUI thread

    def task_with(reason: str | None) -> TaskWork:
        def task(report: Progress) -> Any:
            with new_uow() as uow:
                if reason:
                    uow.change_reason = reason
                return work(uow, report)

        return task

    def went_wrong(error: BaseException) -> bool | None:
        if isinstance(error, ClosedOut) and (parent is None or isValid(parent)):
            reason = ask_change_reason(parent)
            if reason:
                run_task(parent, runner, task_with(reason), done=done, failed=failed, progress=progress)
            return True
        return failed(error) if failed is not None else None

    return run_task(parent, runner, task_with(None), done=done, failed=went_wrong, progress=progress)


def ask_change_reason(parent: QWidget | None) -> str:
    """Ask why a closed-out institution's data is changed; empty when the person cancels."""
    from PySide6.QtWidgets import QInputDialog

    text, accepted = QInputDialog.getMultiLineText(
        parent,
        QCoreApplication.translate("operations", "Change after the close-out"),
        QCoreApplication.translate(
            "operations",
            "The census work of the institution is closed out. To make this change, write its reason: "
            "it is recorded under your name and the Department is told of it at the next sending.",
        ),
    )
    return " ".join(text.split()) if accepted else ""


def _progress_dialog(parent: QWidget | None, title: str) -> QProgressDialog:
    dialog = QProgressDialog(title, QCoreApplication.translate("common", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


class RunsOperations:
    """``self.op(...)`` for a widget (page or dialog) that has ``ctx`` and ``runner``."""

    ctx: AppContext
    runner: JobRunner

    def op(
        self,
        work: OpWork,
        *,
        done: Callable[[Any], Any] | None = None,
        failed: Failed | None = None,
        progress: str | None = None,
    ) -> Job:
        """Run ``work(uow, progress)`` on the database thread; see the module's description."""
        assert isinstance(self, QWidget)
        return run_op(self, self.ctx, self.runner, work, done=done, failed=failed, progress=progress)


class SaveQueue:
    """Writes of one page, one at a time and in the order they were asked for.

    A page's drafts must reach the database in order (a later save carries the revision the earlier
    one returned), so each write starts only when the previous one has ended, successfully or not.
    ``prepare`` runs on the GUI thread when the write's turn comes: it reads the widgets then and
    returns the operation (or None when there is nothing left to write).
    """

    def __init__(self, parent: QWidget, ctx: AppContext, runner: JobRunner) -> None:
        self._parent = parent
        self._ctx = ctx
        self._runner = runner
        self.writing = False
        self._waiting: list[Callable[[], None]] = []

    def run(
        self,
        prepare: Callable[[], OpWork | None],
        *,
        done: Callable[[Any], Any] | None = None,
        failed: Failed | None = None,
    ) -> None:
        def start() -> None:
            work = prepare()
            if work is None:
                self._ended()
                return

            def finished(result: Any) -> None:
                try:
                    if done is not None:
                        done(result)
                finally:
                    self._ended()

            def went_wrong(error: BaseException) -> bool | None:
                try:
                    return failed(error) if failed is not None else None
                finally:
                    self._ended()

            run_op(self._parent, self._ctx, self._runner, work, done=finished, failed=went_wrong)

        if self.writing:
            self._waiting.append(start)
            return
        self.writing = True
        start()

    def _ended(self) -> None:
        self.writing = False
        if self._waiting:
            self.writing = True
            self._waiting.pop(0)()
