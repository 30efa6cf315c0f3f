"""The windowed model under the Respondents page and the Census sheets list: rows are read by
windows off the GUI thread and shown as they arrive, with the selection kept."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer

from desktop.services import entry
from desktop.views.sheet_page import PersonListModel
from desktop.views.windowed import KEEP, WINDOW, WindowedModel


@dataclass
class Item:
    id: int
    name: str


class Names(WindowedModel):
    def display(self, item: Item, column: int) -> str:
        return item.name


class Later:
    """A fetch that answers on a later turn of the event loop, as the database thread does."""

    def __init__(self) -> None:
        self.asked: list[list[int]] = []

    def __call__(self, ids: Sequence[int], deliver: Callable[[list[Item]], None]) -> None:
        self.asked.append(list(ids))
        rows = [Item(i, f"№{i}") for i in ids]
        QTimer.singleShot(0, lambda: deliver(rows))


def test_the_models_are_valid_qt_models(qtmodeltester, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = Names(Later(), 2)
    model.set_ids(list(range(1, 1001)))
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: model.data(model.index(5, 0)) == "№6", timeout=5000)
    qtmodeltester.check(model)

    rows = [entry.PersonRow(7, "Әбенова Айгүл", None, None, "to_enumerate", "draft", "")]
    sheets = PersonListModel(lambda ids, deliver: QTimer.singleShot(0, lambda: deliver(rows)))
    sheets.set_ids([7])
    qtbot.waitUntil(lambda: bool(sheets.data(sheets.index(0, 0))), timeout=5000)
    assert sheets.data(sheets.index(0, 0)) == "◐ Әбенова Айгүл"
    qtmodeltester.check(sheets)


def test_rows_arrive_by_windows_and_the_selection_stays(qtbot) -> None:  # type: ignore[no-untyped-def]
    fetch = Later()
    model = Names(fetch, 1)
    model.set_ids(list(range(1, 100_001)))
    selection = QItemSelectionModel(model)
    selection.select(model.index(3, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert model.data(model.index(3, 0)) is None  # not read yet: an empty cell, no query on this thread
    with qtbot.waitSignal(model.rows_arrived, timeout=5000):
        pass
    assert model.data(model.index(3, 0)) == "№4"
    assert selection.isSelected(model.index(3, 0))
    assert fetch.asked == [list(range(1, WINDOW + 1))]  # one window of 100,000 asked for
    model.data(model.index(50_000, 0))
    model.data(model.index(50_001, 0))
    assert len(fetch.asked) == 2 and fetch.asked[1][0] == 50_000 // WINDOW * WINDOW + 1


def test_a_new_list_keeps_the_rows_already_read_and_memory_stays_bounded(qtbot) -> None:  # type: ignore[no-untyped-def]
    fetch = Later()
    model = Names(fetch, 1)
    model.set_ids(list(range(1, 10)), [Item(i, f"№{i}") for i in range(1, 10)])
    assert model.data(model.index(0, 0)) == "№1" and fetch.asked == []  # the first window came with the ids
    model.set_ids([9, 1])  # a search: the rows are known by their ids
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["№9", "№1"] and fetch.asked == []
    model.set_ids(list(range(1, 3 * KEEP)))
    for row in range(0, 3 * KEEP - 1, WINDOW):
        model.data(model.index(row, 0))
    qtbot.waitUntil(lambda: len(model._asked) == 0, timeout=10_000)
    assert len(model._rows) <= KEEP
    assert model.data(model.index(3 * KEEP - 2, 0), Qt.ItemDataRole.DisplayRole) == f"№{3 * KEEP - 1}"


def test_rows_read_before_a_change_are_not_shown_after_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A person renamed while their window was being read: the old name must not come back."""
    names = {1: "Ахметов", 2: "Бекова"}
    pending: list[Callable[[], None]] = []

    def fetch(ids: Sequence[int], deliver: Callable[[list[Item]], None]) -> None:
        rows = [Item(i, names[i]) for i in ids]  # read now, delivered later
        pending.append(lambda: deliver(rows))

    model = Names(fetch, 1)
    model.set_ids([1, 2])
    assert model.data(model.index(1, 0)) is None and len(pending) == 1
    names[2] = "Бекова-Ахметова"
    model.invalidate(2)  # the page learnt of the change before the old read arrived
    pending.pop(0)()
    assert model.data(model.index(1, 0)) is None  # the old name is dropped; the window is asked again
    pending.pop(-1)()
    assert model.data(model.index(1, 0)) == "Бекова-Ахметова"
