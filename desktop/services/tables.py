"""The one reader of tabular files: every import (the register, questionnaire prefill, outcomes of
enumeration) reads its file here.

* Workbooks — .xlsx, .xlsm, .xlsb, .xls, .ods — through python-calamine, one sheet (the first, or the
  one asked for): every cell as read (text, float for numbers, date or datetime, "" for an empty cell).
* Text tables — .csv, .tsv, .txt — in UTF-8 with or without BOM, UTF-16 (with a BOM, or recognised by
  its zero bytes) or cp1251, with whichever delimiter (``;`` ``,`` tab ``|``) splits the first lines
  into the most consistent columns. Every cell is text.
* A file whose name says workbook but whose content is text (as some accounting programs save) is read
  as text; an image or any other non-table is refused with :class:`FileProblem`, as is an empty file.

Limits, checked before a file is read into memory (a crafted file must not exhaust the computer): at
most :data:`MAX_ROWS` rows, :data:`MAX_COLUMNS` columns, :data:`MAX_CELL` characters a cell and
:data:`MAX_BYTES` bytes — the file itself, and for a workbook (a zip archive) its contents unpacked.
A workbook's sheet is scanned for the cells it places before the sheet is read, so that one cell
placed at XFD1048576 is refused instead of making the reader allocate the whole sheet.

Cells are not reinterpreted here; IINs that a spreadsheet turned into numbers (lost leading zeros,
``5.15601236E+11``, ``000515601236.0``) are repaired by :func:`desktop.domain.iin.normalize`, which
every import applies to its IIN column. :func:`header_row` finds the header under title rows.
"""

from __future__ import annotations

import codecs
import csv
import gc
import io
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.errors import FileProblem
from desktop.domain.text import QT_TRANSLATE_NOOP, Message

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
SUFFIXES = WORKBOOK_SUFFIXES + TEXT_SUFFIXES

# How workbooks start: a zip archive (.xlsx, .ods) or an OLE compound file (.xls).
_WORKBOOK_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
_DELIMITERS = (";", ",", "\t", "|")
_SAMPLE_LINES = 50

#: The most a table file may hold (see the module's description).
MAX_ROWS = 1_000_000
MAX_COLUMNS = 200
MAX_CELL = 32_767  # what a spreadsheet program holds in one cell
MAX_BYTES = 500 * 1024 * 1024


def _t(template: str, **params: Any) -> Message:
    return Message("tables", template, params)


@dataclass
class Table:
    """Every cell of one sheet (row 0 is the first row of the sheet), as read."""

    file_name: str
    sheet: str
    sheets: list[str]
    rows: list[list[Any]]

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@contextmanager
def bulk() -> Iterator[None]:
    """Hold the cyclic garbage collector while 100,000 rows of small objects are made: they form
    no cycles, and each collection would walk all of them again (it doubles the time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _not_a_table(path: Path, why: str) -> FileProblem:
    return FileProblem(
        _t(
            QT_TRANSLATE_NOOP(
                "tables",
                "The file “{file}” is not a table that can be read. Open it in a spreadsheet program and save "
                "it as .xlsx, .ods or .csv.",
            ),
            file=path.name,
        ),
        code="file.unreadable",
        reason=why,
    )


def read_table(path: Path, sheet: str | None = None) -> Table:
    """Read one sheet (the first, or ``sheet``) of a table file; :class:`FileProblem` when the file is
    missing, empty, damaged or not a table."""
    path = Path(path)
    if not path.is_file():
        raise FileProblem(
            _t(QT_TRANSLATE_NOOP("tables", "The file “{file}” does not exist."), file=path.name), code="file.missing"
        )
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise FileProblem(
            _t(
                QT_TRANSLATE_NOOP(
                    "tables", "The file “{file}” is not a table: choose an .xlsx, .xls, .ods or .csv file."
                ),
                file=path.name,
            ),
            code="file.unreadable",
            reason="suffix",
        )
    try:
        if path.stat().st_size > MAX_BYTES:
            raise _too_large(path, "size")
        raw = path.read_bytes()
    except OSError as error:
        raise _not_a_table(path, type(error).__name__) from error
    if not raw.strip():
        raise FileProblem(
            _t(QT_TRANSLATE_NOOP("tables", "The file “{file}” is empty."), file=path.name), code="file.empty"
        )
    if raw.startswith(_WORKBOOK_MAGIC):
        if raw.startswith(b"PK"):
            _check_archive(path)
        table = _read_workbook(path, sheet)
    else:
        text = decode(raw)
        if text is None:
            raise _not_a_table(path, "binary")
        if sheet is not None:
            raise FileProblem(
                _t(
                    QT_TRANSLATE_NOOP(
                        "tables", "The file “{file}” is a text table and has no sheets: leave out the sheet “{sheet}”."
                    ),
                    file=path.name,
                    sheet=sheet,
                ),
                code="file.sheet",
            )
        if text.count("\n") > MAX_ROWS + 1:
            raise _too_large(path, "rows")
        try:
            table = Table(path.name, "", [], split_text(text))
        except csv.Error as error:  # a field longer than the csv module's limit
            raise _too_large(path, "cell") from error
    _check_table(path, table)
    if not any(any(not blank(cell) for cell in row) for row in table.rows):
        raise FileProblem(
            _t(QT_TRANSLATE_NOOP("tables", "The file “{file}” is empty."), file=path.name), code="file.empty"
        )
    return table


_LIMITS = {
    "size": QT_TRANSLATE_NOOP("tables", "more than {mb} MB of data"),
    "rows": QT_TRANSLATE_NOOP("tables", "more than {rows} rows"),
    "columns": QT_TRANSLATE_NOOP("tables", "more than {columns} columns"),
    "cell": QT_TRANSLATE_NOOP("tables", "a cell of more than {chars} characters"),
    "cell_in_row": QT_TRANSLATE_NOOP("tables", "a cell of more than {chars} characters in row {row}"),
}


def _too_large(path: Path, limit: str, row: int = 0) -> FileProblem:
    what = Message(
        "tables",
        _LIMITS["cell_in_row" if limit == "cell" and row else limit],
        {"mb": MAX_BYTES // (1024 * 1024), "rows": MAX_ROWS, "columns": MAX_COLUMNS, "chars": MAX_CELL, "row": row},
    )
    return FileProblem(
        _t(
            QT_TRANSLATE_NOOP(
                "tables",
                "The file “{file}” is not read: it holds {what}, more than the program reads from one file. "
                "Check that it is the right file, or split it into smaller ones.",
            ),
            file=path.name,
            what=what,
        ),
        code="file.too_large",
        reason=limit,
    )


_CELL_REF = re.compile(rb"<(?:\w+:)?c\b[^>]*?\br=\"([A-Z]{1,3})([0-9]{1,7})\"")
_ROW_REF = re.compile(rb"<(?:\w+:)?row\b[^>]*?\br=\"([0-9]{1,7})\"")
_CHUNK = 1 << 20


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _check_archive(path: Path) -> None:
    """Refuse a workbook archive that unpacks to more than :data:`MAX_BYTES` (a zip bomb: the sizes
    are counted while unpacking, not taken from the archive's word), or whose sheets place cells
    beyond :data:`MAX_ROWS` rows or :data:`MAX_COLUMNS` columns."""
    import zipfile

    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise _not_a_table(path, type(error).__name__) from error
    total = 0
    with archive:
        entries = archive.infolist()
        if sum(entry.file_size for entry in entries) > MAX_BYTES:
            raise _too_large(path, "size")
        for entry in entries:
            sheet = entry.filename.startswith("xl/worksheets/") and entry.filename.endswith(".xml")
            tail = b""
            try:
                with archive.open(entry) as handle:
                    while chunk := handle.read(_CHUNK):
                        total += len(chunk)
                        if total > MAX_BYTES:
                            raise _too_large(path, "size")
                        if sheet:
                            _check_places(path, tail + chunk)
                            tail = chunk[-200:]
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
                raise _not_a_table(path, type(error).__name__) from error


def _check_places(path: Path, xml: bytes) -> None:
    for letters, row in _CELL_REF.findall(xml):
        if int(row) > MAX_ROWS + 1:
            raise _too_large(path, "rows")
        if _column_number(letters) > MAX_COLUMNS:
            raise _too_large(path, "columns")
    for row in _ROW_REF.findall(xml):
        if int(row) > MAX_ROWS + 1:
            raise _too_large(path, "rows")


def _check_table(path: Path, table: Table) -> None:
    """The limits on what was read (a text table, or a workbook format not scanned before)."""
    if len(table.rows) > MAX_ROWS + 1:
        raise _too_large(path, "rows")
    if table.width > MAX_COLUMNS:
        raise _too_large(path, "columns")
    for number, row in enumerate(table.rows, start=1):
        for cell in row:
            if isinstance(cell, str) and len(cell) > MAX_CELL:
                raise _too_large(path, "cell", number)


def _read_workbook(path: Path, sheet: str | None) -> Table:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        names = [str(n) for n in book.sheet_names]
    except Exception as error:  # noqa: BLE001 - any reader failure means: not a readable workbook
        raise _not_a_table(path, type(error).__name__) from error
    if sheet is not None and sheet not in names:
        raise FileProblem(
            _t(
                QT_TRANSLATE_NOOP("tables", "The file has no sheet “{sheet}”; its sheets: {sheets}."),
                sheet=sheet,
                sheets=", ".join(names),
            ),
            code="file.sheet",
        )
    if not names:
        raise _not_a_table(path, "no sheets")
    chosen = sheet if sheet is not None else names[0]
    try:
        with bulk():
            rows = book.get_sheet_by_name(chosen).to_python(skip_empty_area=False)
    except Exception as error:  # noqa: BLE001 - a damaged sheet raises whatever the zip/xml layer raises
        raise _not_a_table(path, type(error).__name__) from error
    return Table(path.name, chosen, names, rows)


# -- writing: cells a spreadsheet would run ---------------------------------------------------------

#: How a cell starts that a spreadsheet program runs instead of showing: a formula (= + - @, also in
#: their fullwidth forms), or a tab or line break before one.  HYPERLINK(...) and DDE (cmd|'...'!A0)
#: need one of these in front.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def formula_like(value: object) -> bool:
    """Whether a spreadsheet program would run this cell (see :data:`FORMULA_STARTS`)."""
    return isinstance(value, str) and value.lstrip(" ").startswith(FORMULA_STARTS)


def inert(value: Any) -> Any:
    """The value as a text table (.csv) must hold it so that no spreadsheet runs it: a cell that
    would start a formula gets an apostrophe in front (shown as text, the apostrophe hidden by
    spreadsheet programs); every other value unchanged.  Every .csv the program writes passes here."""
    return "'" + value if formula_like(value) else value


def workbook_cell(sheet: Any, value: Any) -> Any:
    """An openpyxl write-only cell holding ``value``; a text that looks like a formula is stored as
    text, never as a formula.  Every .xlsx the program writes makes its cells here."""
    from openpyxl.cell import WriteOnlyCell

    item = WriteOnlyCell(sheet, value=value)
    if formula_like(value):
        item.data_type = "s"
    return item


# -- text tables ---------------------------------------------------------------------------------


def decode(raw: bytes) -> str | None:
    """The text of a text table: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when
    every other byte is zero), else cp1251. None when the bytes are not text at all."""
    text: str | None
    if raw.startswith(codecs.BOM_UTF8):
        text = _try(raw[3:], "utf-8")
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _try(raw, "utf-16")
    elif _zero_bytes(raw, 1):
        text = _try(raw, "utf-16-le")
    elif _zero_bytes(raw, 0):
        text = _try(raw, "utf-16-be")
    else:
        text = _try(raw, "utf-8")
        if text is None:
            text = _try(raw, "cp1251")
    if text is None or not _looks_like_text(text):
        return None
    return text


def _try(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def _zero_bytes(raw: bytes, offset: int) -> bool:
    """Whether the start of the file has zero bytes only at ``offset``, ``offset + 2``, …: UTF-16
    without a BOM (digits, delimiters and Latin letters have a zero high byte; binary files have
    zeros anywhere; UTF-8 and cp1251 text has none)."""
    sample = raw[:4000]
    return len(sample) >= 4 and sample[offset::2].count(0) > 0 and sample[1 - offset :: 2].count(0) == 0


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _looks_like_text(text: str) -> bool:
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) * 100 <= len(sample)


def split_text(text: str) -> list[list[Any]]:
    """The rows of a text table, split with the delimiter that fits the first lines best."""
    delimiter = _delimiter(text)
    return [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _delimiter(text: str) -> str:
    """The delimiter under which most of the first lines have the same number (> 1) of cells, weighed
    by that number (quotes respected, unlike counting characters)."""
    sample = "\n".join(text[:65536].splitlines()[:_SAMPLE_LINES])
    best, best_score = _DELIMITERS[0], 0
    for delimiter in _DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if row]
        except csv.Error:
            continue
        common = Counter(w for w in widths if w > 1).most_common(1)
        if not common:
            continue
        width, lines = common[0]
        score = lines * width
        if score > best_score:
            best, best_score = delimiter, score
    return best


# -- the header ----------------------------------------------------------------------------------


def blank(value: Any) -> bool:
    """An empty cell: None, "", whitespace, NaN."""
    return (
        value is None or (isinstance(value, float) and value != value) or (isinstance(value, str) and not value.strip())
    )


_NOT_A_WORD = re.compile(r"[\d\s.,:/+\-]*")


def words_in(row: Sequence[Any]) -> int:
    """How many cells of a row are words (not blank, not a number or a date): a header row has most."""
    return sum(1 for cell in row if isinstance(cell, str) and not _NOT_A_WORD.fullmatch(cell))


def header_row(
    rows: Sequence[Sequence[Any]], score: Callable[[Sequence[Any]], int] = words_in, *, within: int = 40
) -> int | None:
    """The index of the header row: the first of the rows (among the first ``within``) that score
    highest, None when no row scores above zero. ``score`` says how many cells name a column."""
    best, best_score = None, 0
    for index, row in enumerate(rows[:within]):
        points = score(row)
        if points > best_score:
            best, best_score = index, points
    return best
