"""Small pieces every page uses: translating domain messages, showing errors, progress dialogs, dates."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.errors import SanaqError
from desktop.domain.text import Message
from desktop.services.jobs import Cancelled

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


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> QMessageBox | None:
    """The one failure message: a box in the user's language, never a traceback.

    The box does not block (the work of the page goes on behind it), and a second failure with the
    same words while the first box is still open does not stack another box on it.
    """
    if isinstance(error, Cancelled):
        return None
    text = error_text(error)
    window = parent.window() if parent is not None else None
    for box in window.findChildren(QMessageBox) if window is not None else []:
        if box.isVisible() and box.text() == text:
            return box
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("common", "Sanaq Desktop"),
        text,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


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
