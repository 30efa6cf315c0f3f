"""A table model windowed over the ids of a long list, its rows read on the database thread.

The page computes the ordered ids that match its search and filters (one cheap query, on the job
runner) and hands them to :meth:`WindowedModel.set_ids`.  When the view first paints a row, the
model asks for the rows of that row's window (:data:`WINDOW` ids) through ``fetch`` — an operation
on the database thread — and shows them when they arrive (``dataChanged``; the selection stays).
Until then the cells are simply empty: no "loading…" text, no query on the GUI thread.  Only the
last :data:`KEEP` rows read are kept, so 100,000 persons cost a list of integers and a few thousand
small rows in memory.

Subclasses say what a row shows: :meth:`display` and, optionally, :meth:`decoration`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from shiboken6 import isValid

from desktop.views.jobs import Job
from desktop.views.operations import OpWork, RunsOperations

WINDOW = 200
KEEP = 8000
#: How many rows the first step of a list reads with its ids: a tall screen's worth.
FIRST_ROWS = 60

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Row(Protocol):
    id: int


#: ``fetch(ids, deliver)``: read the rows of ``ids`` off the GUI thread and call ``deliver(rows)`` on it.
Fetch = Callable[[Sequence[int], Callable[[list[Any]], None]], None]


class WindowedModel(QAbstractTableModel):
    """Rows of a list of ids, read by windows through ``fetch``."""

    #: Rows of a window arrived and are shown (first row, last row).
    rows_arrived = Signal(int, int)

    def __init__(self, fetch: Fetch, columns: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._columns = columns
        self._ids: list[int] = []
        self._position: dict[int, int] | None = {}  # built when first needed
        self._rows: OrderedDict[int, Any] = OrderedDict()
        self._asked: set[int] = set()  # windows asked for and not yet arrived
        self._generation = 0  # the list: a new list makes the windows asked for stale
        self._epoch = 0  # the rows: rows read before an invalidation are not kept

    # -- contents -----------------------------------------------------------------------------

    def set_ids(self, ids: list[int], first: Sequence[Any] = ()) -> None:
        """A new list (search, filters, sort), with the rows of its first window when the page read them
        in the same job as the ids; rows already read stay known by their id."""
        self.beginResetModel()
        for row in first:
            self._rows[row.id] = row
        self._ids = list(ids)
        self._position = None
        self._asked.clear()
        self._generation += 1
        self.endResetModel()
        if first:
            self.rows_arrived.emit(0, min(len(first), len(self._ids)) - 1)

    def complete_ids(self, ids: list[int]) -> None:
        """The whole list, after :meth:`set_ids` showed its beginning: the rows after it are added
        (the view keeps its selection and scroll position); a list that changed meanwhile is replaced."""
        shown = len(self._ids)
        if ids[:shown] != self._ids:
            self.set_ids(ids)
            return
        if len(ids) == shown:
            return
        self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
        self._ids = list(ids)
        self._position = None
        self.endInsertRows()

    @property
    def ids(self) -> list[int]:
        return self._ids

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, row_id: int) -> int | None:
        if self._position is None:
            self._position = {item_id: row for row, item_id in enumerate(self._ids)}
        return self._position.get(row_id)

    def item(self, row: int) -> Any | None:
        """The row's data if it has arrived; otherwise None, and its window is asked for."""
        row_id = self.id_at(row)
        if row_id is None:
            return None
        found = self._rows.get(row_id)
        if found is None:
            self._ask(row // WINDOW)
            return None
        self._rows.move_to_end(row_id)
        return found

    def _ask(self, window: int) -> None:
        if window in self._asked:
            return
        self._asked.add(window)
        generation, epoch = self._generation, self._epoch
        ids = [i for i in self._ids[window * WINDOW : (window + 1) * WINDOW] if i not in self._rows]

        def deliver(rows: list[Any]) -> None:
            self._arrived(generation, epoch, window, rows)

        self._fetch(ids, deliver)

    def _arrived(self, generation: int, epoch: int, window: int, rows: list[Any]) -> None:
        if epoch == self._epoch:  # else read before a change: the view asks for them again
            for row in rows:
                self._rows[row.id] = row
                self._rows.move_to_end(row.id)
            while len(self._rows) > KEEP:
                self._rows.popitem(last=False)
        if generation != self._generation:
            return  # the list changed meanwhile; the rows stay known by their id
        self._asked.discard(window)
        first = window * WINDOW
        last = min(first + WINDOW, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self._columns - 1))
            self.rows_arrived.emit(first, last)

    def invalidate(self, row_id: int | None = None) -> None:
        """Forget rows read (one, or all) so that they are read again when shown."""
        self._epoch += 1
        if row_id is None:
            self._rows.clear()
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, self._columns - 1))
            return
        self._rows.pop(row_id, None)
        row = self.row_of(row_id)
        if row is not None:
            self._asked.discard(row // WINDOW)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self._columns - 1))

    # -- what a row shows ---------------------------------------------------------------------

    def display(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def extra(self, item: Any, column: int, role: int) -> Any:
        """Any other role of a cell (tooltip, colours); None by default."""
        return None

    # -- Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._columns

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        item = self.item(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, index.column())
        return self.extra(item, index.column(), role)


class ListLoader:
    """Loads the list of a windowed model in two steps, each an operation of the page:

    1. ``first``: the ids and the rows of the list's first window (a ``LIMIT`` query that stops as soon
       as it has them): the person sees the first rows at once, even for a list of 100,000;
    2. ``rest``: all the ids (and whatever else the page counts), which make the list whole.

    A newer request makes older ones stale: those not started yet are skipped, results of the others
    are dropped.
    """

    def __init__(self, page: RunsOperations, model: WindowedModel) -> None:
        self._page = page
        self._model = model
        self._generation = 0
        self._jobs: list[Job] = []

    def load(
        self,
        first: OpWork,
        rest: OpWork,
        *,
        first_shown: Callable[[], Any],
        complete: Callable[[Any], Any],
    ) -> None:
        """``first`` returns (ids, rows); ``rest`` returns (ids, extra); ``complete(extra)`` runs when the
        list is whole."""
        self._generation += 1
        generation = self._generation
        for job in self._jobs:
            if isValid(job):
                job.cancel()

        def got_first(result: tuple[list[int], list[Any]]) -> None:
            if generation == self._generation:
                ids, rows = result
                self._model.set_ids(ids, rows)
                first_shown()

        def got_all(result: tuple[list[int], Any]) -> None:
            if generation == self._generation:
                ids, extra = result
                self._model.complete_ids(ids)
                complete(extra)

        self._jobs = [self._page.op(first, done=got_first), self._page.op(rest, done=got_all)]
