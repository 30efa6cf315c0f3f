"""The table model of the Respondents page: windowed over the ids of the matching persons.

The page computes the ordered ids of the persons that match the search and filters (one cheap
query, on the job runner) and hands them to :meth:`PersonTableModel.set_ids`.  Rows are read by
blocks of :data:`BLOCK` when the view first shows them (a small read, well under 10 ms), and only
:data:`KEEP_BLOCKS` blocks are kept — so 100,000 persons cost a list of integers and a few hundred
rows in memory.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.domain import enums
from desktop.domain import person as rules
from desktop.domain.enums import COVERAGE_LABELS, CoverageStatus
from desktop.domain.iin import Sex
from desktop.services.register import PersonRow
from desktop.views.common import local_date

BLOCK = 200
KEEP_BLOCKS = 40

Index = QModelIndex | QPersistentModelIndex

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
]

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


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


class PersonTableModel(QAbstractTableModel):
    """Rows of persons, read lazily by blocks through ``load(ids) -> list[PersonRow]``."""

    #: The user asked to sort: (service sort key, descending).  The page recomputes the ids.
    sort_requested = Signal(str, bool)

    def __init__(self, load: Callable[[Sequence[int]], list[PersonRow]], lang: str = "ru", parent=None) -> None:
        super().__init__(parent)
        self._load = load
        self._lang = lang
        self._ids: list[int] = []
        self._blocks: OrderedDict[int, dict[int, PersonRow]] = OrderedDict()
        self._headers = headers()
        self._problem_brush = QBrush(QColor("#fdecea"))
        self._left_brush = QBrush(QColor("#7f8c8d"))

    # -- contents -----------------------------------------------------------------------------

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._blocks.clear()
        self.endResetModel()

    @property
    def ids(self) -> list[int]:
        return self._ids

    def person_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, person_id: int) -> int | None:
        try:
            return self._ids.index(person_id)
        except ValueError:
            return None

    def person(self, row: int) -> PersonRow | None:
        if not 0 <= row < len(self._ids):
            return None
        block_no = row // BLOCK
        block = self._blocks.get(block_no)
        if block is None:
            ids = self._ids[block_no * BLOCK : (block_no + 1) * BLOCK]
            block = {p.id: p for p in self._load(ids)}
            self._blocks[block_no] = block
            while len(self._blocks) > KEEP_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block_no)
        return block.get(self._ids[row])

    def invalidate(self, person_id: int | None = None) -> None:
        """Forget cached rows (one person's, or all) and repaint them."""
        if person_id is None:
            self._blocks.clear()
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))
            return
        row = self.row_of(person_id)
        if row is None:
            return
        self._blocks.pop(row // BLOCK, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(COLUMNS):
                return self._headers[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == PERSON_ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        row = self.person(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._problem_brush if row.problems else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._left_brush if row.left_on else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.problems:
                from desktop.views.common import tr_message

                return "\n".join(tr_message(m) for _p, m in row.problem_messages())
            return None
        return self._display(row, key)

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
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sort_requested.emit(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
