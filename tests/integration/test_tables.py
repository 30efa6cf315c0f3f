"""One reader of tables for every import: the same file reads the same way in the register import,
questionnaire prefill and outcomes of enumeration — whatever its encoding, delimiter or format."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.app import AppContext
from desktop.domain.errors import FileProblem
from desktop.domain.iin import Sex
from desktop.domain.person import name_key
from desktop.models.entities import Person
from desktop.models.sheets import Sheet
from desktop.services import enumeration, questionnaires, tables
from desktop.services import register_import as imp
from tests.integration.test_register_import import iin_of

ZERO = iin_of(dt.date(2005, 3, 8), Sex.FEMALE, 21)  # starts with 0: a spreadsheet loses it
OTHER = iin_of(dt.date(1987, 3, 15), Sex.MALE, 22)

HEADER = ["ИИН", "Фамилия", "Имя", "Дата рождения", "Национальность", "Причина"]
PEOPLE = [
    [ZERO, "Жұмабаева", "Әлия", "08.03.2005", "001", "Болеет"],
    [OTHER, "Сүлейменов", "Ерлан", "15.03.1987", "002", "Уехал в отпуск"],
]


def _text(delimiter: str = ";", rows: list[list[str]] | None = None, title: bool = True) -> str:
    lines = (["Список на 01.06.2021" + delimiter * (len(HEADER) - 1)] if title else []) + [
        delimiter.join(row) for row in [HEADER, *(rows or PEOPLE)]
    ]
    return "\r\n".join(lines) + "\r\n"


def _register(ctx: AppContext) -> dict[str, int]:
    with ctx.uow() as uow:
        persons = [
            Person(
                surname=surname,
                name=name,
                patronymic="",
                name_key=name_key(surname, name, ""),
                iin=number,
                birth_date=dt.datetime.strptime(born, "%d.%m.%Y").date(),
                sex="F" if number == ZERO else "M",
                citizenship="KZ",
            )
            for number, surname, name, born, _n, _r in PEOPLE
        ]
        uow.session.add_all(persons)
        uow.commit()
        return {p.iin or "": p.id for p in persons}


def _import_preview(ctx: AppContext, path: Path) -> imp.ImportPreview:
    with ctx.uow() as uow:
        table = imp.read_table(path)
        return imp.preview_import(uow, table, imp.propose_mapping(uow, table), campaign=ctx.campaign)


def _prefill(ctx: AppContext, path: Path, tmp_path: Path) -> questionnaires.PrefillReport:
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"columns": {"Национальность": "nationality"}}), "utf-8")
    with ctx.uow() as uow:
        return questionnaires.prefill_from_file(uow, path, mapping_path=mapping, campaign=ctx.campaign)


def _nationalities(ctx: AppContext) -> dict[int | None, str]:
    with ctx.uow() as uow:
        return {s.person_id: s.answers.get("nationality") for s in uow.session.scalars(select(Sheet))}


def _refusals(ctx: AppContext) -> dict[str, str]:
    with ctx.uow() as uow:
        return {p.iin or "": p.status_reason for p in uow.session.scalars(select(Person)) if p.status == "refused"}


# -- the finding: a cp1251 CSV read three ways ----------------------------------------------------


def test_a_cp1251_csv_is_read_right_by_the_register_import(context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "cp1251.csv"
    path.write_bytes(_text(rows=[[ZERO, "Жумабаева", "Алия", "08.03.2005", "001", "Болеет"]]).encode("cp1251"))
    preview = _import_preview(context, path)
    assert [(r.data.surname, r.data.name, r.data.iin) for r in preview.of("new") if r.data] == [
        ("Жумабаева", "Алия", ZERO)
    ]


def test_a_cp1251_csv_prefills_sheets_with_its_headers_intact(context: AppContext, tmp_path: Path) -> None:
    ids = _register(context)
    path = tmp_path / "cp1251.csv"
    rows = [[ZERO, "Жумабаева", "Алия", "08.03.2005", "001", ""], [OTHER, "Сулейменов", "Ерлан", "", "002", ""]]
    path.write_bytes(_text(rows=rows).encode("cp1251"))
    report = _prefill(context, path, tmp_path)
    assert report.matched == 2 and report.unmatched == []
    assert _nationalities(context) == {ids[ZERO]: "001", ids[OTHER]: "002"}


def test_a_cp1251_csv_of_refusals_is_recorded(context: AppContext, tmp_path: Path) -> None:
    _register(context)
    path = tmp_path / "cp1251.csv"
    rows = [[ZERO, "Жумабаева", "Алия", "", "", "Болеет"], [OTHER, "Сулейменов", "Ерлан", "", "", "Уехал"]]
    path.write_bytes(_text(rows=rows).encode("cp1251"))
    _record_refusals(context, path)
    assert _refusals(context) == {ZERO: "Болеет", OTHER: "Уехал"}


# -- every encoding and delimiter -----------------------------------------------------------------


ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8 with BOM": lambda text: text.encode("utf-8-sig"),
    "utf-16 with BOM": lambda text: text.encode("utf-16"),
    "utf-16-le without BOM": lambda text: text.encode("utf-16-le"),
    "cp1251": lambda text: text.encode("cp1251"),
}


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"], ids=["semicolon", "comma", "tab", "bar"])
@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_every_encoding_and_delimiter_reads_the_same_cells(tmp_path: Path, encoding: str, delimiter: str) -> None:
    rows = [[ZERO, "Жумабаева", "Алия", "08.03.2005", "001", "Болеет, уехал"], [OTHER, "Ким", "Ерлан", "", "", ""]]
    text = _text(delimiter, rows)
    if delimiter == ",":
        text = text.replace("Болеет, уехал", '"Болеет, уехал"')
    path = tmp_path / "t.csv"
    path.write_bytes(ENCODINGS[encoding](text))
    table = tables.read_table(path)
    start = tables.header_row(table.rows)
    assert start == 1  # the title row above the header is passed over
    assert table.rows[start] == HEADER
    assert [row for row in table.rows[start + 1 :] if any(row)] == rows


def test_an_ods_workbook_is_read_by_every_import(context: AppContext, tmp_path: Path) -> None:
    ids = _register(context)
    path = _write_ods(tmp_path / "list.ods", [HEADER, [int(ZERO), "Жумабаева", "Алия", "08.03.2005", "001", "Болеет"]])
    table = tables.read_table(path)
    assert table.rows[0] == HEADER and table.rows[1][1:3] == ["Жумабаева", "Алия"]

    preview = _import_preview(context, path)
    assert [r.person_id for r in preview.rows if r.kind in ("unchanged", "update")] == [ids[ZERO]]
    report = _prefill(context, path, tmp_path)
    assert report.matched == 1 and _nationalities(context) == {ids[ZERO]: "001"}
    _record_refusals(context, path)
    assert _refusals(context) == {ZERO: "Болеет"}


def _write_ods(path: Path, rows: list[list[object]]) -> Path:
    """An OpenDocument spreadsheet as LibreOffice saves it (odfpy): numbers as numbers."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    sheet = Table(name="Тізім")
    for row in rows:
        line = TableRow()
        for value in row:
            number = isinstance(value, int | float)
            cell = TableCell(valuetype="float", value=value) if number else TableCell(valuetype="string")
            cell.addElement(P(text=str(value)))
            line.addElement(cell)
        sheet.addElement(line)
    document.spreadsheet.addElement(sheet)
    document.save(str(path))
    return path


# -- IINs that spreadsheets turned into numbers ---------------------------------------------------


@pytest.mark.parametrize(
    "cell",
    [
        ZERO.lstrip("0"),  # the leading zero lost
        ZERO.lstrip("0") + ".0",  # a number written with its decimal
        ZERO + ".0",  # "000515601236.0"
        f"{float(ZERO):.10E}",  # 5.0308540021E+11
        f"{ZERO[:6]} {ZERO[6:]}",
    ],
)
def test_an_iin_stored_as_a_number_finds_its_person_in_every_import(
    context: AppContext, tmp_path: Path, cell: str
) -> None:
    ids = _register(context)
    path = tmp_path / "numbers.csv"
    path.write_bytes(_text(rows=[[cell, "Жұмабаева", "Әлия", "", "001", "Болеет"]]).encode("utf-8"))
    preview = _import_preview(context, path)
    assert [(r.kind, r.person_id) for r in preview.rows if r.kind != "skipped"] == [("unchanged", ids[ZERO])]
    assert _prefill(context, path, tmp_path).matched == 1
    _record_refusals(context, path)
    assert _refusals(context) == {ZERO: "Болеет"}


# -- what is not a table --------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("photo.xlsx", PNG * 20, "file.unreadable"),
        ("photo.csv", PNG * 20, "file.unreadable"),
        ("empty.xlsx", b"", "file.empty"),
        ("empty.csv", b"", "file.empty"),
        ("blank.csv", b";;;\r\n;;;\r\n", "file.empty"),
        ("broken.xlsx", b"PK\x03\x04 not really a workbook", "file.unreadable"),
        ("broken.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "file.unreadable"),
        ("letter.pdf", b"%PDF-1.4 a letter", "file.unreadable"),
    ],
    ids=["image-xlsx", "image-csv", "empty-xlsx", "empty-csv", "blank-csv", "broken-xlsx", "broken-xls", "pdf"],
)
def test_what_is_not_a_table_is_refused_with_a_clear_message(
    context: AppContext, tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    for read in (_import_preview, lambda ctx, p: _prefill(ctx, p, tmp_path), _record_refusals):
        with pytest.raises(FileProblem) as error:
            read(context, path)
        assert error.value.code == code
        text = error.value.render(context.translate)  # in Russian: the context speaks Russian
        assert name in text and ("таблиц" in text or "пуст" in text)


def _record_refusals(ctx: AppContext, path: Path) -> None:
    with ctx.uow() as uow:
        enumeration.record_file(uow, path, mode="refused")


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileProblem) as error:
        tables.read_table(tmp_path / "absent.xlsx")
    assert error.value.code == "file.missing" and "absent.xlsx" in error.value.render()


def test_a_text_table_saved_under_a_workbook_name_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"  # as some accounting programs save their lists
    rows = [[ZERO, "Жумабаева", "Алия", "08.03.2005", "001", "Болеет"]]
    path.write_bytes(_text("\t", rows).encode("cp1251"))
    assert tables.read_table(path).rows[1] == HEADER


def test_every_import_finds_a_person_written_the_other_way(context: AppContext, tmp_path: Path) -> None:
    """The register has "Жұмабаев Нұрсұлтан"; a file writes "Нурсултан Жумабаев" (Russian letters,
    the parts swapped) with the same birth date and no IIN: the same person for every import."""
    with context.uow() as uow:
        person = Person(
            surname="Жұмабаев",
            name="Нұрсұлтан",
            patronymic="",
            birth_date=dt.date(2001, 2, 3),
            name_key=name_key("Жұмабаев", "Нұрсұлтан", ""),
            citizenship="KZ",
            sex="M",
        )
        uow.session.add(person)
        uow.commit()
        pid = person.id
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Дата рождения;Национальность\nНурсултан Жумабаев;03.02.2001;001\n", encoding="utf-8")
    preview = _import_preview(context, path)
    assert [(r.kind, r.person_id) for r in preview.rows if r.kind != "skipped"] == [("unchanged", pid)]
    report = _prefill(context, path, tmp_path)
    assert report.matched == 1 and _nationalities(context) == {pid: "001"}
