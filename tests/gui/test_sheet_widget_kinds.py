"""The sheet widget's inputs for forms written elsewhere: typed location and times, an acknowledgement,
and a file attached from disk — filled with the keyboard, kept in the sheet's answers."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from desktop.domain import forms
from desktop.domain.sheet_session import SheetSession
from desktop.views.sheet_widget import AttachmentEditor, ChoiceEditor, LineEditor, SheetWidget
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
