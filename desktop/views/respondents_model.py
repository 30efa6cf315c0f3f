"""The table model of the Respondents page: windowed over the ids of the matching persons
(see :mod:`desktop.views.windowed`); here is only what each column shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.domain import enums
from desktop.domain import person as rules
from desktop.domain.enums import COVERAGE_LABELS, CoverageStatus
from desktop.domain.iin import Sex
from desktop.services.register import PersonRow
from desktop.views import theme
from desktop.views.common import local_date, local_datetime, tr_message
from desktop.views.windowed import ID_ROLE, Fetch, WindowedModel

#: The service's sort key of each column, in the order of the columns.
COLUMNS: list[str] = [
    "name",
    "iin",
    "birth_date",
    "age",
    "sex",
    "status",
    "problems",
    "unit",
    "citizenship",
    "residence",
    "admitted_on",
    "left_on",
    "sync",
]

PERSON_ID_ROLE = ID_ROLE


def sync_text(row: PersonRow) -> str:
    """Where the person's record stands with the Department, with the date and time of its receipt."""
    translate = QCoreApplication.translate
    when = local_datetime(row.synced_at) if row.synced_at else ""
    if row.sync == "sent":
        return translate("PersonTableModel", "Sent {when}").format(when=when)
    if row.sync == "changed":
        return translate("PersonTableModel", "Changed since sent {when}").format(when=when)
    return translate("PersonTableModel", "Not sent")


def _tr(text: str) -> str:
    return QCoreApplication.translate("register", text)


def headers() -> list[str]:
    """The translated column headers (kept here so that lupdate sees each literal)."""
    translate = QCoreApplication.translate
    return [
        translate("PersonTableModel", "Full name"),
        translate("PersonTableModel", "IIN"),
        translate("PersonTableModel", "Birth date"),
        translate("PersonTableModel", "Age"),
        translate("PersonTableModel", "Sex"),
        translate("PersonTableModel", "Coverage status"),
        translate("PersonTableModel", "Problems"),
        translate("PersonTableModel", "Unit"),
        translate("PersonTableModel", "Citizenship"),
        translate("PersonTableModel", "Residence"),
        translate("PersonTableModel", "Admitted"),
        translate("PersonTableModel", "Left"),
        translate("PersonTableModel", "Sent to the Department"),
    ]


def citizenship_text(row: PersonRow, lang: str) -> str:
    if row.citizenship == "foreign":
        return rules.countries().label(row.country_code, lang) or _tr("Another country")
    try:
        return _tr(rules.CITIZENSHIP_LABELS[enums.CitizenshipKind(row.citizenship)])
    except ValueError:
        return row.citizenship


def status_text(status: str) -> str:
    try:
        return QCoreApplication.translate("coverage", COVERAGE_LABELS[CoverageStatus(status)])
    except ValueError:
        return status


def sex_text(sex: str | None) -> str:
    return _tr(rules.SEX_LABELS[Sex(sex)]) if sex else ""


def problems_text(row: PersonRow) -> str:
    return ", ".join(_tr(rules.PROBLEM_LABELS[p]) for p in row.problems)


class PersonTableModel(WindowedModel):
    """Rows of persons, read by windows through ``fetch(ids, deliver)`` (an operation of the page)."""

    #: The user asked to sort: (service sort key, descending).  The page recomputes the ids.
    sort_requested = Signal(str, bool)

    def __init__(self, fetch: Fetch, lang: str = "ru", parent: QObject | None = None) -> None:
        super().__init__(fetch, len(COLUMNS), parent)
        self._lang = lang
        self._headers = headers()

    def person(self, row: int) -> PersonRow | None:
        return self.item(row)  # the rows of this model are PersonRows

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(COLUMNS):
                return self._headers[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def extra(self, row: PersonRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            # the Problems column says which in words; the colour only draws the eye to the row
            return QBrush(theme.status_colour(theme.Status.ERROR, background=True)) if row.problems else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(theme.colours().muted)) if row.left_on else None
        if role == Qt.ItemDataRole.ToolTipRole and row.problems:
            return "\n".join(tr_message(m) for _p, m in row.problem_messages())
        return None

    def display(self, row: PersonRow, column: int) -> str:
        return self._display(row, COLUMNS[column])

    def _display(self, row: PersonRow, key: str) -> str:
        if key == "name":
            return row.full_name
        if key == "iin":
            return row.iin or ""
        if key == "birth_date":
            return local_date(row.birth_date)
        if key == "age":
            return "" if row.age is None else str(row.age)
        if key == "sex":
            return sex_text(row.sex)
        if key == "citizenship":
            return citizenship_text(row, self._lang)
        if key == "unit":
            return row.unit
        if key == "residence":
            try:
                return _tr(rules.RESIDENCE_LABELS[enums.Residence(row.residence)])
            except ValueError:
                return row.residence
        if key == "admitted_on":
            return local_date(row.admitted_on)
        if key == "left_on":
            if row.left_on is None:
                return ""
            reason = rules.LEFT_REASON_LABELS.get(enums.LeftReason(row.left_reason or "other"))
            return f"{local_date(row.left_on)} ({_tr(reason)})" if reason else local_date(row.left_on)
        if key == "status":
            text = status_text(row.status)
            return f"{text} · {row.online_code}" if row.online_code else text
        if key == "problems":
            return problems_text(row)
        if key == "sync":
            return sync_text(row)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sort_requested.emit(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
