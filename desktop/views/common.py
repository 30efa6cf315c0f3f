"""Small pieces every page uses: translating domain messages, showing errors, progress dialogs, dates."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.domain.errors import SanaqError
from desktop.domain.text import Message
from desktop.services.jobs import Cancelled
from desktop.views.jobs import Job, JobRunner, Work

log = logging.getLogger(__name__)


def qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def tr_message(message: Message) -> str:
    """A domain message in the language of the window."""
    return message.render(qt_translate)


def error_text(error: BaseException) -> str:
    if isinstance(error, SanaqError):
        return error.render(qt_translate)
    return QCoreApplication.translate(
        "common",
        "Something went wrong and nothing was changed. If it happens again, tell the administrator; "
        "details are in the log.",
    )


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """The default failure handler: a clear dialog in the user's language, never a traceback."""
    if isinstance(error, Cancelled):
        return
    QMessageBox.warning(parent, title or QCoreApplication.translate("common", "Sanaq Desktop"), error_text(error))


def run_with_progress(
    parent: QWidget,
    runner: JobRunner,
    work: Work,
    title: str,
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    kind: str = "db",
) -> Job:
    """Run long work with a progress dialog that can cancel it; errors go to ``show_error``."""
    dialog = QProgressDialog(title, QCoreApplication.translate("common", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def finished(result: Any) -> None:
        dialog.close()
        dialog.deleteLater()
        if on_done is not None:
            on_done(result)

    def failed(error: BaseException) -> None:
        dialog.close()
        dialog.deleteLater()
        if on_error is not None:
            on_error(error)
        else:
            show_error(parent, error, title)

    job = runner.submit(work, on_done=finished, on_error=failed, on_progress=progress, kind=kind)
    dialog.canceled.connect(job.cancel)
    return job


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> dt.date | None:
    return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None


def local_datetime(value: dt.datetime | None) -> str:
    """A stored UTC time as the user's local time (DD.MM.YYYY HH:MM, as documents in Kazakhstan write it)."""
    if value is None:
        return ""
    return value.astimezone().strftime("%d.%m.%Y %H:%M")


def local_date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""
