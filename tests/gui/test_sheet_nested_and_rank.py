"""Forms written elsewhere in the sheet window: a repeat inside a repeat (a row opens its inner table),
choices picked from their list inside a table, and a rank put in order — all with the keyboard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain import forms
from desktop.domain.sheet_session import SheetSession
from desktop.views.sheet_widget import ClassifierEditor, PickList, RankEditor, RepeatEditor, SheetWidget
from tests.helpers import press, type_text
from tests.unit.test_forms_xlsform import book

# The offscreen platform cannot raise a completer's list or grab the keyboard for it; it says so.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)", r"This plugin does not support grabbing the keyboard"
)


def load(survey: list[list[Any]], choices: list[list[Any]]) -> forms.Form:
    return forms.load_form(book(survey, choices), name="test")


def shown(qtbot, form: forms.Form, answers: dict[str, Any]) -> tuple[SheetWidget, SheetSession]:  # type: ignore[no-untyped-def]
    """A sheet window with the form and its answers, as the sheet page shows it."""
    widget = SheetWidget()
    qtbot.addWidget(widget)
    session = SheetSession(form, answers, lang="en")
    widget.load(session, {})
    widget.show()
    return widget, session


def households() -> forms.Form:
    return load(
        [
            ["type", "name", "label", "calculation"],
            ["begin_repeat", "household", "Households", ""],
            ["text", "head", "Head of the household", ""],
            ["begin_repeat", "member", "Members", ""],
            ["text", "first_name", "First name", ""],
            ["select_one sex", "sex", "Sex", ""],
            ["select_multiple lang", "speaks", "Speaks", ""],
            ["end_repeat", "", "", ""],
            ["end_repeat", "", "", ""],
            ["calculate", "people", "", "count(${first_name})"],
        ],
        [
            ["list_name", "name", "label"],
            ["sex", "1", "Male"],
            ["sex", "2", "Female"],
            ["lang", "kk", "Kazakh"],
            ["lang", "ru", "Russian"],
            ["lang", "en", "English"],
        ],
    )


def focused(near: QWidget) -> QWidget:
    """The widget that has the keyboard in ``near``'s window (an open cell editor, say)."""
    widget = near.window().focusWidget()
    assert widget is not None
    return widget


def shows(table: RepeatEditor, row: int, column: int, text: str) -> bool:
    cell = table.item(row, column)
    return cell is not None and cell.text() == text


def fill_cell(qtbot, table: RepeatEditor, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Go to a cell, type into it and press Enter, as a person does (the cell takes it a moment later)."""
    table.setCurrentCell(row, column)
    table.setFocus()
    type_text(table, text[0])  # the first key opens the cell's editor, which takes the rest
    type_text(focused(table), text[1:])
    press(focused(table), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shows(table, row, column, text), timeout=2000)


def test_a_row_opens_its_inner_table_and_choices_in_it_are_picked_from_their_lists(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    widget, session = shown(qtbot, households(), {})
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)
    outer = widget.rows["household"].editor
    assert isinstance(outer, RepeatEditor)
    assert [outer.horizontalHeaderItem(i).text() for i in range(outer.columnCount())] == [
        "Head of the household",
        "Members",
    ]
    outer.setFocus()
    press(outer, Qt.Key.Key_Insert)
    fill_cell(qtbot, outer, 0, 0, "Абай")
    outer.setCurrentCell(0, 1)
    press(outer, Qt.Key.Key_Space)  # the row's table of members opens
    dialog = outer.inner
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    inner = dialog.table
    assert inner.path == "household.1.member"
    inner.setFocus()
    press(inner, Qt.Key.Key_Insert)
    press(inner, Qt.Key.Key_Insert)
    fill_cell(qtbot, inner, 0, 0, "Дана")
    fill_cell(qtbot, inner, 1, 0, "Ерлан")
    inner.setCurrentCell(0, 1)
    inner.setFocus()
    type_text(inner, "F")  # the sex is picked from its list by a few letters of the label
    combo = focused(inner)
    assert isinstance(combo, ClassifierEditor)
    type_text(combo, "em")
    press(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shows(inner, 0, 1, "Female"), timeout=2000)
    inner.setCurrentCell(1, 2)
    inner.setFocus()
    press(inner, Qt.Key.Key_F2)  # the languages open as a list of ticks
    ticks = focused(inner)
    assert isinstance(ticks, PickList)
    type_text(ticks, "1")
    type_text(ticks, "2")
    press(ticks, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shows(inner, 1, 2, "Kazakh; Russian"), timeout=2000)
    inner.setFocus()
    press(inner, Qt.Key.Key_Return)  # Enter keeps the inner table and closes its window
    assert not dialog.isVisible()
    assert outer.item(0, 1).text() == "2 row(s)…"
    answers = widget.answers()["household"]
    assert answers == [
        {
            "head": "Абай",
            "member": [{"first_name": "Дана", "sex": "2"}, {"first_name": "Ерлан", "speaks": ["kk", "ru"]}],
        }
    ]
    assert session.evaluation.values["people"] == 2 and session.evaluation.errors == []


def test_escape_leaves_the_inner_table_as_it_was(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    widget, _session = shown(qtbot, households(), {"household": [{"head": "Абай", "member": [{"first_name": "Дана"}]}]})
    outer = widget.rows["household"].editor
    assert isinstance(outer, RepeatEditor) and outer.item(0, 1).text() == "1 row(s)…"
    outer.setCurrentCell(0, 1)
    press(outer, Qt.Key.Key_F2)
    dialog = outer.inner
    assert dialog is not None and dialog.table.rowCount() == 1
    press(dialog.table, Qt.Key.Key_Delete)
    assert dialog.table.rowCount() == 0
    press(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert widget.answers()["household"][0]["member"] == [{"first_name": "Дана"}]


def ranking() -> forms.Form:
    return load(
        [["type", "name", "label", "required"], ["rank food", "liked", "Order the meals", "yes"]],
        [["list_name", "name", "label"], ["food", "soup", "Soup"], ["food", "salad", "Salad"], ["food", "tea", "Tea"]],
    )


def test_a_rank_is_put_in_order_with_the_keyboard(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    widget, session = shown(qtbot, ranking(), {})
    editor = widget.rows["liked"].editor
    assert isinstance(editor, RankEditor)
    items = editor.list
    assert [items.item(i).text() for i in range(items.count())] == ["1  Soup", "2  Salad", "3  Tea"]
    assert "liked" in session.evaluation.missing  # the order the list shows is not an answer yet
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)
    with qtbot.waitSignal(widget.moved, timeout=2000) as moved:  # the list takes the keyboard: the sheet knows
        items.setFocus(Qt.FocusReason.TabFocusReason)
    assert moved.args == ["liked"] and widget.current == "liked"
    press(items, Qt.Key.Key_Down)
    press(items, Qt.Key.Key_Down)
    press(items, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # tea goes up one place
    assert widget.answers()["liked"] == ["soup", "tea", "salad"]
    type_text(items, "1")  # and then to the first place
    assert widget.answers()["liked"] == ["tea", "soup", "salad"]
    assert [items.item(i).text() for i in range(items.count())] == ["1  Tea", "2  Soup", "3  Salad"]
    assert session.evaluation.can_complete
    press(items, Qt.Key.Key_Delete)  # the order is taken back
    assert "liked" not in widget.answers() and "liked" in session.evaluation.missing
    press(items, Qt.Key.Key_Space)  # the order as it stands is the answer
    assert widget.answers()["liked"] == ["soup", "salad", "tea"]


def test_a_rank_answered_earlier_shows_in_its_order(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    widget, _session = shown(qtbot, ranking(), {"liked": ["tea", "salad", "soup"]})
    editor = widget.rows["liked"].editor
    assert isinstance(editor, RankEditor)
    assert editor.list.codes() == ["tea", "salad", "soup"] and editor.answered
