"""The sheet widget's inputs for forms written elsewhere: typed location and times, an acknowledgement,
and a file attached from disk — filled with the keyboard, kept in the sheet's answers."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from desktop.domain import forms
from desktop.domain.sheet_session import SheetSession
from desktop.views.sheet_widget import AttachmentEditor, ChoiceEditor, LineEditor, RepeatEditor, SheetWidget
from tests.helpers import press, type_text


def form() -> forms.Form:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    for row in [
        ["type", "name", "label", "required"],
        ["geopoint", "where", "Where", "yes"],
        ["dateTime", "when", "When", ""],
        ["acknowledge", "read", "Read the rules?", "yes"],
        ["image", "scan", "Scan of the record", "yes"],
    ]:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return forms.load_form(buffer.getvalue(), name="kinds")


def test_location_time_acknowledgement_and_a_scan_are_answered(qtbot, app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    widget = SheetWidget()
    qtbot.addWidget(widget)
    context = forms.Context(reference_date=dt.date(2021, 9, 1), today=dt.date(2021, 10, 5))
    session = SheetSession(form(), {}, lang="en", context=context)
    widget.load(session, {})
    widget.show()
    rows = widget.rows
    assert isinstance(rows["where"].editor, LineEditor) and rows["where"].editor.placeholderText()
    assert isinstance(rows["read"].editor, ChoiceEditor) and isinstance(rows["scan"].editor, AttachmentEditor)

    widget.go_to("where")
    type_text(rows["where"].editor, "43.2567 76.9286")
    press(rows["where"].editor, Qt.Key.Key_Tab)
    type_text(rows["when"].editor, "01.09.2021 09:30")
    press(rows["when"].editor, Qt.Key.Key_Tab)
    type_text(rows["read"].editor, "1")  # the digit picks the one choice, “OK”
    scan = tmp_path / "record.jpg"
    scan.write_bytes(b"\xff\xd8 a scan of the record")
    assert rows["scan"].editor.attach(scan)

    answers = widget.answers()
    assert answers["where"] == "43.2567 76.9286" and answers["when"] == "2021-09-01T09:30:00"
    assert answers["read"] == "OK" and answers["scan"]["file"] == "record.jpg"
    assert session.evaluation.errors == [] and session.evaluation.can_complete


def roster(count: str) -> forms.Form:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    for row in [
        ["type", "name", "label", "required", "repeat_count"],
        ["integer", "size", "Household size", "", ""],
        ["begin_repeat", "member", "Members", "", count],
        ["text", "first_name", "First name", "yes", ""],
        ["integer", "age", "Age", "yes", ""],
        ["end_repeat", "", "", "", ""],
        ["calculate", "total", "", "", ""],
    ]:
        sheet.append(row)
    sheet.cell(1, 6).value = "calculation"
    sheet.cell(7, 6).value = "sum(${age})"
    buffer = io.BytesIO()
    book.save(buffer)
    return forms.load_form(buffer.getvalue(), name="roster")


def test_a_repeat_is_a_table_filled_with_the_keyboard(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    widget = SheetWidget()
    qtbot.addWidget(widget)
    session = SheetSession(roster(""), {}, lang="en")
    widget.load(session, {})
    widget.show()
    table = widget.rows["member"].editor
    assert isinstance(table, RepeatEditor) and table.columnCount() == 2
    table.setFocus()
    press(table, Qt.Key.Key_Insert)
    press(table, Qt.Key.Key_Insert)
    assert table.rowCount() == 2
    for row, (name, age) in enumerate([("Асқар", "40"), ("Дана", "5")]):
        table.setItem(row, 0, QTableWidgetItem(name))
        table.setItem(row, 1, QTableWidgetItem(age))
    assert session.evaluation.calculated["total"] == 45 and session.evaluation.errors == []
    table.setCurrentCell(0, 0)
    press(table, Qt.Key.Key_Delete)
    assert widget.answers()["member"] == [{"first_name": "Дана", "age": "5"}]
    assert session.evaluation.calculated["total"] == 5


def test_repeat_count_fixes_the_rows_of_the_table(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    widget = SheetWidget()
    qtbot.addWidget(widget)
    session = SheetSession(roster("${size}"), {}, lang="en")
    widget.load(session, {})
    table = widget.rows["member"].editor
    assert isinstance(table, RepeatEditor) and table.rowCount() == 0
    type_text(widget.rows["size"].editor, "3")
    assert table.rowCount() == 3
    press(table, Qt.Key.Key_Insert)
    assert table.rowCount() == 3
    assert [e.row for e in session.evaluation.errors] == [1, 1, 2, 2, 3, 3]  # every row is still empty
