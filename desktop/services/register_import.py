"""Import of the administration's own registers (.xlsx, .xls, .ods, .csv) into the register.

The steps, each a plain function so that the window and ``sanaq register import`` share them:

1. :func:`desktop.services.tables.read_table` reads every cell of one sheet (the reader every import
   shares: python-calamine for workbooks; CSV in UTF-8, UTF-16 or cp1251 with any delimiter);
2. :func:`propose_mapping` finds the header row (title rows above it, headers of one or two rows,
   merged cells, Kazakh and Russian words) and proposes which column holds which field — or the
   mapping the user confirmed before for files of the same layout;
3. :func:`preview_import` validates every row and reconciles it with the register: new, to update
   (field by field, old → new), unchanged, duplicates, errors with their reasons, and the persons
   of the register that the file no longer lists;
4. :func:`apply_import` writes what the user accepted in one transaction;
   :func:`write_error_report` saves the refused rows as .xlsx with a reason column.

A mapping file for the command line (``--mapping MAPPING.json``) is a JSON object from field to
column: ``{"surname": "Фамилия", "iin": "C", "birth_date": 6, "header_row": 4}`` — a header text,
a column letter or a 1-based column number; ``header_row`` (1-based) is optional.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnDefault, Connection, literal, literal_column, select
from sqlalchemy import Table as DbTable

from desktop.domain import collation
from desktop.domain import iin as iin_rules
from desktop.domain import person as rules
from desktop.domain.accounts import Permission
from desktop.domain.audit import Event, Kind
from desktop.domain.campaign import Campaign
from desktop.domain.enums import CitizenshipKind, CoverageStatus, LeftReason, Residence
from desktop.domain.errors import FileProblem, ValidationError
from desktop.domain.matching import Identity, Index, identity_key
from desktop.domain.person import PersonData, Problem, Severity
from desktop.domain.text import QT_TRANSLATE_NOOP, Message, Translate, english
from desktop.models.base import utcnow
from desktop.models.db import UnitOfWork
from desktop.models.entities import Person, Unit
from desktop.models.register import ImportMapping, PersonEvent
from desktop.services import accounts, after_close, register
from desktop.services.jobs import Progress, no_progress
from desktop.services.tables import Table, blank, bulk, header_row, read_table


def _t(template: str, **params: Any) -> Message:
    return Message("register", template, params)


# -- fields and header words --------------------------------------------------------------------

#: The fields a column can hold, in the order the mapping dialog lists them.
FIELDS = (
    "surname",
    "name",
    "patronymic",
    "full_name",
    "iin",
    "birth_date",
    "sex",
    "citizenship",
    "residence",
    "unit",
    "admitted_on",
    "left_on",
    "left_reason",
    "note",
)

FIELD_LABELS: dict[str, str] = {
    "surname": QT_TRANSLATE_NOOP("register", "Surname"),
    "name": QT_TRANSLATE_NOOP("register", "Name"),
    "patronymic": QT_TRANSLATE_NOOP("register", "Patronymic"),
    "full_name": QT_TRANSLATE_NOOP("register", "Full name (surname, name, patronymic in one cell)"),
    "iin": QT_TRANSLATE_NOOP("register", "IIN"),
    "birth_date": QT_TRANSLATE_NOOP("register", "Birth date"),
    "sex": QT_TRANSLATE_NOOP("register", "Sex"),
    "citizenship": QT_TRANSLATE_NOOP("register", "Citizenship"),
    "residence": QT_TRANSLATE_NOOP("register", "Residence category"),
    "unit": QT_TRANSLATE_NOOP("register", "Unit (group, ward, department)"),
    "admitted_on": QT_TRANSLATE_NOOP("register", "Admission date"),
    "left_on": QT_TRANSLATE_NOOP("register", "Leaving date"),
    "left_reason": QT_TRANSLATE_NOOP("register", "Leaving reason"),
    "note": QT_TRANSLATE_NOOP("register", "Note"),
}

# Patterns on the folded header text (see rules.fold: Kazakh letters folded to Russian ones),
# tried in this order: the first field whose pattern matches wins.
_HEADER_PATTERNS: list[tuple[str, tuple[str, ...]]] = [
    ("_skip", (r"^(№|n|no|#)$", r"^№", r"\bп п\b", r"реттик", r"порядков", r"^nn?$")),
    ("full_name", (r"\bфио\b", r"\bф и о\b", r"аты жони", r"теги аты", r"фамилия имя", r"full name", r"фамилия и имя")),
    ("left_reason", (r"причин", r"себеб", r"reason")),
    ("left_on", (r"выбыт", r"выписк", r"шыккан", r"кеткен", r"дата отчисл", r"left", r"leaving")),
    (
        "admitted_on",
        (r"поступ", r"прибыт", r"зачисл", r"дата при[её]м", r"туск", r"кабылдан", r"келген", r"admi", r"дата заезд"),
    ),
    ("birth_date", (r"рожд", r"туган", r"туылган", r"birth", r"^д р$", r"\bдр\b")),
    ("patronymic", (r"отчеств", r"акесинин аты", r"patronym", r"middle name")),
    ("surname", (r"фамил", r"\bтеги\b", r"surname", r"last name")),
    ("name", (r"\bимя\b", r"\bаты\b", r"first name", r"^name$", r"^имя")),
    ("iin", (r"\bиин\b", r"\bжсн\b", r"\biin\b", r"индивидуальн\w* идентиф", r"жеке сакестенд")),
    ("sex", (r"^пол\b", r"\bпол$", r"\bпол\b", r"жынысы", r"\bsex\b", r"gender", r"жыныс")),
    ("citizenship", (r"граждан", r"азамат", r"citizen")),
    ("residence", (r"категор", r"прожива", r"туру санат", r"residen", r"пребыван")),
    (
        "unit",
        (
            r"отделен",
            r"групп",
            r"палат",
            r"класс",
            r"\bтоп\b",
            r"\bтобы\b",
            r"болим",
            r"корпус",
            r"\bunit\b",
            r"\bward\b",
            r"подразделен",
            r"сынып",
        ),
    ),
    ("note", (r"примеч", r"ескерт", r"\bnote", r"comment", r"^прим")),
]
_COMPILED = [(name, [re.compile(p) for p in patterns]) for name, patterns in _HEADER_PATTERNS]
_PUNCT = re.compile(r"[.,/()\-:;_\"'«»*]+")


@lru_cache(maxsize=4096)
def match_header(text: str) -> str | None:
    """The field a header cell names, ``_skip`` for a row-number column, None when unknown."""
    folded = _PUNCT.sub(" ", rules.fold(text)).strip()
    folded = re.sub(r"\s+", " ", folded)
    if not folded:
        return None
    for name, patterns in _COMPILED:
        if any(p.search(folded) for p in patterns):
            return name
    return None


# -- header and mapping -------------------------------------------------------------------------


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y") if value.time() == dt.time() else value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if hasattr(value, "to_pydatetime"):
        return _text(value.to_pydatetime())
    return rules.clean_text(value)


def _row_fields(row: Sequence[Any]) -> dict[int, str]:
    found: dict[int, str] = {}
    for index, value in enumerate(row):
        if isinstance(value, str) and len(value) < 120:
            name = match_header(value)
            if name is not None and name != "_skip":
                found[index] = name
    return found


def _named_fields(row: Sequence[Any]) -> int:
    return len(set(_row_fields(row).values()))


def _looks_like_data(row: list[Any]) -> bool:
    for value in row:
        if isinstance(value, dt.date | int) or hasattr(value, "to_pydatetime"):
            if not isinstance(value, bool) and not (isinstance(value, int) and value < 1000):
                return True
        if isinstance(value, float) and value == value and value >= 1000:
            return True
        if isinstance(value, str) and re.fullmatch(r"\s*\d[\d\s]{7,14}\s*|\s*\d{1,2}\.\d{1,2}\.\d{2,4}.*", value):
            return True
    return False


@dataclass
class MappingProposal:
    """Where the header is and which column holds which field (column index → field)."""

    header_row: int  # 0-based index of the last header row; data starts below it
    headers: list[str]  # the header text of each column (rows of a two-row header joined)
    mapping: dict[int, str]
    layout: str  # the signature of the header, to remember the mapping
    remembered: bool = False


def _signature(headers: list[str]) -> str:
    text = "|".join(rules.fold(h) for h in headers)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def detect_header(table: Table) -> MappingProposal:
    """Find the header (the row among the first 40 that names most fields; a row above or below
    it that also names fields makes a two-row header) and map its columns."""
    found = header_row(table.rows, _named_fields)
    width = table.width
    if found is None or _named_fields(table.rows[found]) < 2:
        return MappingProposal(header_row=-1, headers=[""] * width, mapping={}, layout="")
    block = [found]
    if found > 0 and _row_fields(table.rows[found - 1]) and not _looks_like_data(table.rows[found - 1]):
        block.insert(0, found - 1)
    below = found + 1
    if below < len(table.rows) and _row_fields(table.rows[below]) and not _looks_like_data(table.rows[below]):
        block.append(below)
    levels: list[list[str]] = []
    for index in block:
        row = list(table.rows[index]) + [None] * (width - len(table.rows[index]))
        levels.append([_text(v) for v in row])
    # A merged cell keeps its text in its first column only: carry it right over the columns that
    # have a lower header of their own.
    for level in levels[:-1]:
        carry = ""
        for c in range(width):
            if level[c]:
                carry = level[c]
            elif carry and any(lower[c] for lower in levels[levels.index(level) + 1 :]):
                level[c] = carry
            else:
                carry = ""
    headers = [" ".join(t for t in (lvl[c] for lvl in levels) if t) for c in range(width)]
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for c in range(width):
        choice = None
        for level in reversed(levels):  # the most specific (lowest) header text first
            if level[c]:
                choice = match_header(level[c])
                if choice is not None:
                    break
        if choice is None and headers[c]:
            choice = match_header(headers[c])
        if choice and choice != "_skip" and choice not in used:
            mapping[c] = choice
            used.add(choice)
    if "full_name" in used and {"surname", "name"} <= used:
        mapping = {c: f for c, f in mapping.items() if f != "full_name"}
    return MappingProposal(header_row=block[-1], headers=headers, mapping=mapping, layout=_signature(headers))


def mapping_for_header_row(table: Table, header_row: int) -> MappingProposal:
    """The user says the header is row ``header_row`` (0-based): map that row's words."""
    if header_row == detect_header(table).header_row:
        return detect_header(table)
    row = table.rows[header_row] if 0 <= header_row < len(table.rows) else []
    headers = [_text(v) for v in row] + [""] * (table.width - len(row))
    mapping: dict[int, str] = {}
    for index, text in enumerate(headers):
        name = match_header(text) if text else None
        if name and name != "_skip" and name not in mapping.values():
            mapping[index] = name
    return MappingProposal(header_row=header_row, headers=headers, mapping=mapping, layout=_signature(headers))


def propose_mapping(uow: UnitOfWork | None, table: Table) -> MappingProposal:
    """The detected header and mapping; the mapping the user confirmed for this layout before, if any."""
    proposal = detect_header(table)
    if uow is not None and proposal.layout:
        stored = uow.session.scalar(select(ImportMapping).where(ImportMapping.layout == proposal.layout))
        if stored is not None:
            mapping = {int(k): v for k, v in json.loads(stored.mapping).items() if v in FIELDS}
            if all(c < table.width for c in mapping):
                proposal.mapping = mapping
                proposal.remembered = True
    return proposal


def _column_of(spec: Any, headers: list[str]) -> int | None:
    if isinstance(spec, int):
        return spec - 1
    text = str(spec).strip()
    if re.fullmatch(r"[A-Za-z]{1,2}", text):
        number = 0
        for ch in text.upper():
            number = number * 26 + ord(ch) - 64
        return number - 1
    if text.isdigit():
        return int(text) - 1
    wanted = rules.fold(text)
    for index, header in enumerate(headers):
        if rules.fold(header) == wanted:
            return index
    for index, header in enumerate(headers):
        if wanted and wanted in rules.fold(header):
            return index
    return None


def mapping_from_file(path: Path, table: Table) -> MappingProposal:
    """A mapping written by hand (see the module documentation); ValidationError when it names an
    unknown field or a column the file does not have."""
    try:
        spec = json.loads(Path(path).read_text(encoding="utf-8-sig"))
        if not isinstance(spec, dict):
            raise ValueError("not an object")
    except (OSError, ValueError) as error:
        raise FileProblem(
            _t(
                QT_TRANSLATE_NOOP("register", "The mapping file “{file}” is not a JSON object of field → column."),
                file=Path(path).name,
            ),
            code="mapping.unreadable",
        ) from error
    proposal = detect_header(table)
    if "header_row" in spec and int(spec["header_row"]) - 1 != proposal.header_row:
        proposal.header_row = int(spec["header_row"]) - 1
        row = table.rows[proposal.header_row] if 0 <= proposal.header_row < len(table.rows) else []
        proposal.headers = [_text(v) for v in row] + [""] * (table.width - len(row))
    mapping: dict[int, str] = {}
    for name, column in spec.items():
        if name == "header_row":
            continue
        if name not in FIELDS:
            raise ValidationError(
                _t(QT_TRANSLATE_NOOP("register", "The mapping names an unknown field “{field}”."), field=name),
                code="mapping.field",
            )
        index = _column_of(column, proposal.headers)
        if index is None or not 0 <= index < table.width:
            raise ValidationError(
                _t(QT_TRANSLATE_NOOP("register", "The mapping's column “{column}” is not in the file."), column=column),
                code="mapping.column",
            )
        mapping[index] = name
    proposal.mapping = mapping
    proposal.layout = _signature(proposal.headers)
    return proposal


# -- rows ---------------------------------------------------------------------------------------

_FOOTER_WORDS = re.compile(
    r"^\s*(итого|всего|барлыгы|жиыны|total)|подпис|\bколы\b|директор|руководител|басшы|исполнител|орындаган|"
    r"(^|\s)м\s?\.?\s?п\b|\bм\s?о\b|составил|бухгалтер|ответственн|жауапты|заведующ|мейирбике|медсестра|\bfio\b"
)


@dataclass(slots=True)
class RowOutcome:
    """One row of the file after validation and reconciliation.

    ``kind``: ``new`` (to import), ``update`` (matches a person whose fields differ), ``unchanged``,
    ``duplicate`` (a second occurrence in the file), ``error`` (refused: ``errors`` say why),
    ``skipped`` (not a person: a blank, totals or signature line, a repeated header).
    """

    line: int  # 1-based row number in the sheet
    kind: str
    raw: list[Any]  # the cells as read
    data: PersonData | None = None
    left_on: dt.date | None = None
    left_reason: str | None = None
    errors: list[Message] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    problems: tuple[Problem, ...] = ()
    counted: bool = True  # counted at the reference moment, by its dates (see :func:`rules.derive`)
    person_id: int | None = None
    changes: list[rules.FieldChange] = field(default_factory=list)
    key: str = ""  # the name key of the person

    @property
    def cells(self) -> list[str]:
        """The row's cells as text (for the report and the window)."""
        return [_text(v) for v in self.raw]

    @property
    def blank(self) -> bool:
        """A skipped row with nothing written in it."""
        return not any(self.cells)


@dataclass(frozen=True)
class MissingPerson:
    """A person of the register that the imported file no longer lists (proposed as left)."""

    id: int
    full_name: str
    birth_date: dt.date | None
    iin: str | None
    unit: str


@dataclass
class ImportPreview:
    file_name: str
    sheet: str
    proposal: MappingProposal
    rows: list[RowOutcome]
    missing: list[MissingPerson]
    reconciling: bool  # the register had persons before
    #: What the register was when the file was checked (:func:`register.register_stamp`): applying
    #: refuses when it changed meanwhile (another import or employee), not to write a person twice.
    register_stamp: tuple[Any, ...] = ()

    def of(self, kind: str) -> list[RowOutcome]:
        return [r for r in self.rows if r.kind == kind]

    def counts(self) -> dict[str, int]:
        counts = {k: 0 for k in ("new", "update", "unchanged", "duplicate", "error", "skipped")}
        for row in self.rows:
            counts[row.kind] += 1
        blank = sum(1 for row in self.rows if row.kind == "skipped" and row.blank)
        return {
            "read": len(self.rows) - counts["skipped"],
            "new": counts["new"],
            "update": counts["update"],
            "unchanged": counts["unchanged"],
            "duplicates": counts["duplicate"],
            "errors": counts["error"],
            # Lines with text that are not persons (totals, signatures, a repeated header), as listed
            # for the person to look at; blank lines apart.
            "skipped": counts["skipped"] - blank,
            "blank": blank,
            "no_longer_listed": len(self.missing),
            "warnings": sum(1 for r in self.rows if r.warnings and r.kind in ("new", "update", "unchanged")),
            "not_counted": sum(1 for r in self.rows if not r.counted and r.kind == "new"),
        }


@lru_cache(maxsize=262_144)
def _fold_part(part: str) -> str:
    return rules.fold(part)


@lru_cache(maxsize=65536)
def _key(surname: str, name: str, patronymic: str) -> str:
    """:func:`desktop.domain.person.name_key`, once per distinct name, each part folded once per
    distinct part."""
    return " ".join(_fold_part(p) for p in (surname, name, patronymic) if p)


@lru_cache(maxsize=65536)
def _name(value: str) -> str:
    return rules.normalize_name_part(value)


_DIGIT_RUNS = {6: re.compile(r"\d{6}|\d[\d\s-]{7,}\d"), 4: re.compile(r"\d{4}|\d{1,2}\D\d{1,2}\D\d{2}")}


def _has_digits(value: Any, count: int) -> bool:
    """Whether a cell can hold an IIN (``count`` 6) or a date (``count`` 4)."""
    if type(value) is str:
        return _DIGIT_RUNS[count].search(value) is not None
    if value is None or isinstance(value, bool):
        return False
    if isinstance(value, dt.date) or hasattr(value, "to_pydatetime"):
        return bool(value == value)  # NaT is not equal to itself
    if isinstance(value, int | float):
        return value == value and len(str(int(value))) >= count
    return _DIGIT_RUNS[count].search(str(value)) is not None


_REASON_TEXT = {
    "iin": QT_TRANSLATE_NOOP("register", "The IIN “{value}” cannot be read."),
    "birth_date": QT_TRANSLATE_NOOP("register", "The birth date “{value}” is not a date."),
    "admitted_on": QT_TRANSLATE_NOOP("register", "The admission date “{value}” is not a date."),
    "left_on": QT_TRANSLATE_NOOP("register", "The leaving date “{value}” is not a date."),
    "sex": QT_TRANSLATE_NOOP("register", "The sex “{value}” is not understood (write М/Ж, муж./жен., ер/әйел)."),
    "citizenship": QT_TRANSLATE_NOOP("register", "The citizenship “{value}” is not a known country."),
    "residence": QT_TRANSLATE_NOOP("register", "The residence category “{value}” is not understood."),
}


def check_iins(numbers: set[str]) -> dict[str, tuple[iin_rules.IinProblem | None, iin_rules.IinInfo | None]]:
    """The rules of :mod:`desktop.domain.iin` applied to a whole column at once: the check digits of
    all twelve-digit numbers are computed together (numpy), the rest one by one with the same
    rules.  Returns, per number, its problem (or None) and its decoded birth date and sex."""
    import numpy as np

    facts: dict[str, tuple[iin_rules.IinProblem | None, iin_rules.IinInfo | None]] = {}
    twelve = [n for n in numbers if len(n) == 12 and n.isascii() and n.isdigit()]
    for number in numbers.difference(twelve):
        facts[number] = (iin_rules.problem(number), None)
    if not twelve:
        return facts
    digits = np.frombuffer("".join(twelve).encode("ascii"), dtype=np.uint8).reshape(-1, 12).astype(np.int64) - 48
    first = digits[:, :11] @ np.arange(1, 12) % 11
    second = digits[:, :11] @ np.array((3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)) % 11
    control = np.where(first == 10, second, first)
    checked = (control != 10) & (control == digits[:, 11])
    century_digit = digits[:, 6]
    good_century = (century_digit >= 1) & (century_digit <= 6)
    # The birth date of each distinct (century, YYMMDD): a real date or not.
    day_codes = (
        np.where(good_century, century_digit, 0) * 1_000_000
        + digits[:, :6] @ np.array((100_000, 10_000, 1_000, 100, 10, 1))
    ).tolist()
    born_of: dict[int, dt.date | None] = {}
    for code in set(day_codes):
        century, yymmdd = divmod(code, 1_000_000)
        if century == 0:
            born_of[code] = None
            continue
        try:
            born_of[code] = dt.date(
                1800 + 100 * ((century - 1) // 2) + yymmdd // 10_000, yymmdd // 100 % 100, yymmdd % 100
            )
        except ValueError:
            born_of[code] = None
    male, female = iin_rules.Sex.MALE, iin_rules.Sex.FEMALE
    century_problem, date_problem = iin_rules.IinProblem.CENTURY, iin_rules.IinProblem.DATE
    checksum_problem = iin_rules.IinProblem.CHECKSUM
    info = iin_rules.IinInfo
    for number, ok_century, ok_check, code in zip(
        twelve, good_century.tolist(), checked.tolist(), day_codes, strict=True
    ):
        if not ok_century:
            facts[number] = (century_problem, None)
            continue
        born = born_of[code]
        if born is None:
            facts[number] = (date_problem, None)
        elif not ok_check:
            facts[number] = (checksum_problem, None)
        else:
            facts[number] = (None, info(number, born, male if code // 1_000_000 % 2 == 1 else female))
    return facts


def _not_a_person(row: list[Any], mapping: dict[int, str], header_norm: dict[int, str]) -> bool:
    """A row without an IIN or a birth date that is column numbers, a repeated header, a totals or
    signature line, or a stray line of text."""
    cells = [_text(v) for v in row]
    nonblank = [c for c in cells if c]
    filled = sum(1 for c in mapping if cells[c])
    return bool(
        (len(nonblank) >= 3 and all(re.fullmatch(r"\d{1,2}", c) for c in nonblank))
        or sum(1 for c, h in header_norm.items() if c < len(cells) and cells[c] and rules.fold(cells[c]) == h) >= 2
        or _FOOTER_WORDS.search(rules.fold(" ".join(nonblank)))
        or (filled == 1 and len(mapping) >= 3)
    )


def preview_import(
    uow: UnitOfWork,
    table: Table,
    proposal: MappingProposal,
    *,
    campaign: Campaign,
    progress: Progress = no_progress,
) -> ImportPreview:
    """Validate every row below the header and reconcile it with the register; writes nothing.

    The work is done column by column where it can be (each distinct cell value is read once; the
    IINs are checked together), so that 100,000 rows take about as long as reading the file."""
    with bulk():
        return _preview(uow, table, proposal, campaign=campaign, progress=progress)


def _preview(
    uow: UnitOfWork,
    table: Table,
    proposal: MappingProposal,
    *,
    campaign: Campaign,
    progress: Progress,
) -> ImportPreview:
    """See :func:`preview_import`: find the persons' rows, read their columns, check each row,
    reconcile them with the register."""
    _require_surname(proposal.mapping)
    total = max(len(table.rows) - proposal.header_row - 1, 1)
    progress(0, total * 2)
    outcomes, candidates = _person_rows(table, proposal)
    columns = _Columns(proposal.mapping, [row for _index, _line, row in candidates])
    progress(total // 2, total * 2)
    checker = _RowChecker(columns, campaign)
    for k, (index, line, row) in enumerate(candidates):
        if k % 20000 == 0:
            progress(total // 2 + k // 2, total * 2)
        outcomes[index] = checker.outcome(k, line, row)
    final = [o for o in outcomes if o is not None]
    fields = set(proposal.mapping.values())
    _reconcile(uow, final, fields, progress=lambda d, t: progress(total + d * total // max(t, 1), total * 2))
    progress(total * 2, total * 2)
    existed = uow.session.scalar(select(Person.id).limit(1)) is not None
    missing = _missing(uow, final) if existed else []
    stamp = register.register_stamp(uow)
    return ImportPreview(table.file_name, table.sheet, proposal, final, missing, existed, stamp)


def _require_surname(mapping: dict[int, str]) -> None:
    if not ({"surname", "full_name"} & set(mapping.values())):
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("register", "Show which column holds the surname (or the full name).")),
            field="mapping",
            code="mapping.surname",
        )


def _person_rows(
    table: Table, proposal: MappingProposal
) -> tuple[list[RowOutcome | None], list[tuple[int, int, list[Any]]]]:
    """Which rows below the header are persons: the outcomes with the skipped rows filled in, and the
    candidates (index in the outcomes, line, row padded to the table's width)."""
    mapping = proposal.mapping
    col = {f: c for c, f in mapping.items()}
    iin_c, birth_c = col.get("iin"), col.get("birth_date")
    header_norm = {c: rules.fold(h) for c, h in enumerate(proposal.headers) if h}
    start, width = proposal.header_row + 1, table.width
    outcomes: list[RowOutcome | None] = []
    candidates: list[tuple[int, int, list[Any]]] = []
    for offset, row in enumerate(table.rows[start:]):
        line = start + offset + 1
        if len(row) < width:
            row = list(row) + [None] * (width - len(row))
        identified = (iin_c is not None and _has_digits(row[iin_c], 6)) or (
            birth_c is not None and _has_digits(row[birth_c], 4)
        )
        if not identified and all(blank(row[c]) for c in mapping):
            # Nothing in the mapped columns: kept with its text when other columns hold some.
            outcomes.append(RowOutcome(line, "skipped", row if any(not blank(v) for v in row) else []))
        elif not identified and _not_a_person(row, mapping, header_norm):
            outcomes.append(RowOutcome(line, "skipped", row))
        else:
            candidates.append((len(outcomes), line, row))
            outcomes.append(None)
    return outcomes, candidates


class _Columns:
    """The mapped columns of the persons' rows, each read whole: each distinct cell value once."""

    def __init__(self, mapping: dict[int, str], rows: list[list[Any]]) -> None:
        self.count = len(rows)
        self._col = {f: c for c, f in mapping.items()}
        self._cells = list(zip(*rows, strict=True)) if rows else []
        self.bad_rows: set[int] = set()  # rows with a cell that cannot be read
        nothing: list[Any] = [None] * self.count
        self.births = self._parsed("birth_date", rules.parse_date) or nothing
        self.sexes = self._parsed("sex", rules.parse_sex) or nothing
        self.citizenships = self._parsed("citizenship", rules.parse_citizenship) or nothing
        self.residences = self._parsed("residence", rules.parse_residence) or nothing
        self.admissions = self._parsed("admitted_on", rules.parse_date) or nothing
        self.leavings = self._parsed("left_on", rules.parse_date) or nothing
        self.reasons = self._parsed("left_reason", rules.parse_left_reason) or nothing
        self.numbers = self._parsed("iin", iin_rules.normalize) or nothing
        self.facts = check_iins({n for n in self.numbers if isinstance(n, str)})
        self.surnames, self.given, self.patronymics = self._names()
        self.units, self.notes = self._texts("unit"), self._texts("note")

    def _column(self, field_name: str) -> tuple[Any, ...] | None:
        index = self._col.get(field_name)
        return self._cells[index] if index is not None and self._cells else None

    def _parsed(self, field_name: str, parser: Callable[[Any], Any]) -> list[Any] | None:
        """The column read with ``parser``; an unreadable cell becomes an :class:`_Unreadable`."""
        cells = self._column(field_name)
        if cells is None:
            return None
        table_of: dict[Any, Any] = dict.fromkeys(cells)
        unreadable = False
        for value in table_of:
            if blank(value):
                continue
            try:
                table_of[value] = parser(value)
            except ValueError:
                table_of[value] = _Unreadable(field_name, _text(value))
                unreadable = True
        parsed = [table_of[v] for v in cells]
        if unreadable:
            self.bad_rows.update(k for k, v in enumerate(parsed) if type(v) is _Unreadable)
        return parsed

    def _mapped(self, field_name: str, convert: Callable[[Any], str]) -> list[str]:
        cells = self._column(field_name)
        if cells is None:
            return [""] * self.count
        table_of = {v: convert(v) for v in dict.fromkeys(cells)}
        return [table_of[v] for v in cells]

    def _texts(self, field_name: str) -> list[str]:
        return self._mapped(field_name, _text)

    def _names(self) -> tuple[list[str], list[str], list[str]]:
        """Surnames, names and patronymics: from their columns, or split from a full name (in its own
        column, or in the surname column when there is no name column)."""
        if "surname" in self._col:
            parts = [self._mapped(f, lambda v: _name(_text(v))) for f in ("surname", "name", "patronymic")]
        else:
            parts = [[""] * self.count for _ in range(3)]
        surnames, given, patronymics = parts
        full = self._column("full_name")
        if full is not None:
            split = {v: rules.split_full_name(v) for v in dict.fromkeys(full)}
            for k, value in enumerate(full):
                if not given[k] and not patronymics[k]:
                    surnames[k], given[k], patronymics[k] = split[value]
        elif "name" not in self._col:
            for k, surname in enumerate(surnames):
                if " " in surname and not patronymics[k]:
                    surnames[k], given[k], patronymics[k] = rules.split_full_name(surname)
        return surnames, given, patronymics


class _RowChecker:
    """One person's row, with its columns already read: its data, errors, warnings and problems."""

    def __init__(self, columns: _Columns, campaign: Campaign) -> None:
        self.columns = columns
        self.campaign = campaign
        self.today = dt.date.today()

    def outcome(self, k: int, line: int, row: list[Any]) -> RowOutcome:
        c = self.columns
        errors: list[Message] = []
        values = [c.births[k], c.sexes[k], c.citizenships[k], c.residences[k], c.admissions[k], c.leavings[k]]
        values += [c.reasons[k], c.numbers[k]]
        if k in c.bad_rows:
            errors = [v.message() for v in values if type(v) is _Unreadable]
            values = [None if type(v) is _Unreadable else v for v in values]
        birth, sex, citizenship, residence, admitted, left_on, reason, number = values
        fact = c.facts.get(number) if number is not None else None
        info = fact[1] if fact is not None else None
        if info is not None and not errors:
            birth = birth or info.birth_date  # the IIN gives what the register left out
            sex = sex or info.sex
        data = PersonData(
            c.surnames[k],
            c.given[k],
            c.patronymics[k],
            number,
            birth,
            sex,
            citizenship.kind if citizenship else CitizenshipKind.KAZAKHSTAN,
            citizenship.country_code if citizenship else None,
            residence or Residence.USUAL,
            c.units[k],
            admitted,
            c.notes[k],
        )
        warnings, problems = self._check(data, fact, errors, left_on)
        if left_on is not None and reason is None:
            reason = LeftReason.OTHER
        kind = "error" if errors else "new"
        outcome = RowOutcome(line, kind, row, data, left_on, reason.value if reason else None, errors, warnings)
        outcome.counted = Problem.NOT_COUNTED not in problems
        outcome.problems = tuple(p for p in problems if p is not Problem.NOT_COUNTED)  # derived, never stored
        return outcome

    def _check(
        self, data: PersonData, fact: Any, errors: list[Message], left_on: dt.date | None
    ) -> tuple[list[Message], tuple[Problem, ...]]:
        """The rules of a person: errors are added to ``errors``; returns the warnings and problems."""
        warnings: list[Message] = []
        problems: list[Problem] = []
        for issue in rules.check(data, self.campaign, today=self.today, iin_facts=fact, left_on=left_on):
            if issue.severity is Severity.ERROR:
                errors.append(issue.message)
            else:
                warnings.append(issue.message)
                if issue.problem and issue.problem not in problems:
                    problems.append(issue.problem)
        return warnings, tuple(problems)


@dataclass(frozen=True)
class _Unreadable:
    """A cell that cannot be read as what its column holds."""

    field: str
    text: str

    def message(self) -> Message:
        return _t(_REASON_TEXT[self.field], value=self.text)


_COMPARED = (
    "surname",
    "name",
    "patronymic",
    "iin",
    "birth_date",
    "sex",
    "citizenship",
    "country_code",
    "residence",
    "unit",
    "admitted_on",
    "note",
)
_FOLDED = ("surname", "name", "patronymic", "unit")  # compared as folded text
_TEXTS = (*_FOLDED, "note")  # None in the register is ""


def _reconcile(uow: UnitOfWork, outcomes: list[RowOutcome], fields: set[str], *, progress: Progress) -> None:
    """Match each valid row with the rows above it and with the register by the one rule of
    :mod:`desktop.domain.matching`; set ``kind`` to new / update / unchanged / duplicate and warn
    of persons nearly the same (in the register or in the file)."""
    compared = _compared_fields(fields)
    in_register = _register_index(uow)
    reconciling = bool(in_register)
    in_file: Index[RowOutcome] = Index()
    claimed: dict[int, int] = {}  # register person id → the line that matched it
    total = len(outcomes)
    for done, row in enumerate(outcomes):
        if done % 5000 == 0:
            progress(done, total)
        if row.kind != "new" or row.data is None:
            continue
        row.key = _key(row.data.surname, row.data.name, row.data.patronymic)
        who = Identity(row.data.iin, identity_key(row.key), row.data.birth_date)
        earlier = in_file.same(who)
        if earlier:
            _mark_duplicate(row, earlier[0].line)
            continue
        stored = in_register.same(who) if reconciling else []
        if stored:
            _compare_with_register(row, stored[0], compared, claimed)
        else:
            _warn_nearly_same(row, who, in_register if reconciling else None, in_file)
        in_file.add(who, row)


def _compared_fields(fields: set[str]) -> set[str]:
    """The person's fields the file's columns give (a full name gives the three name parts)."""
    mapped = set(fields)
    if "full_name" in mapped:
        mapped |= {"surname", "name", "patronymic"}
    if "citizenship" in mapped:
        mapped.add("country_code")
    return mapped & set(_COMPARED)


def _register_index(uow: UnitOfWork) -> Index[Any]:
    """Every person of the register, by identity, with the fields an import compares."""
    index: Index[Any] = Index()
    for values in uow.session.execute(
        select(
            Person.id,
            Person.iin,
            Person.name_key,
            Person.birth_date,
            Person.surname,
            Person.name,
            Person.patronymic,
            Person.sex,
            Person.citizenship,
            Person.country_code,
            Person.residence,
            Unit.name.label("unit"),
            Person.admitted_on,
            Person.note,
        ).outerjoin(Unit, Unit.id == Person.unit_id)
    ):
        index.add(Identity(values.iin, identity_key(values.name_key), values.birth_date), values)
    return index


def _mark_duplicate(row: RowOutcome, line: int) -> None:
    row.kind = "duplicate"
    row.errors.append(_t(QT_TRANSLATE_NOOP("register", "The same person as in row {line}."), line=line))


def _compare_with_register(row: RowOutcome, stored: Any, compared: set[str], claimed: dict[int, int]) -> None:
    """The row is a person of the register: ``unchanged``, or ``update`` with the changed fields; a
    ``duplicate`` when a row above already matched that person."""
    if stored.id in claimed:
        _mark_duplicate(row, claimed[stored.id])
        return
    claimed[stored.id] = row.line
    row.person_id = stored.id
    if identity_key(row.key) == identity_key(stored.name_key):
        compared = compared - {"surname", "name", "patronymic"}  # the same name, maybe in another order
    row.changes = _changes(row.data, stored, compared)
    row.kind = "update" if row.changes else "unchanged"


def _changes(data: PersonData | None, stored: Any, compared: set[str]) -> list[rules.FieldChange]:
    """The fields the file changes: an empty cell never erases what the register knows, and a name
    part whose case or Kazakh/Russian spelling alone differs is not a change."""
    assert data is not None
    changes = []
    for name in _COMPARED:
        if name not in compared:
            continue
        new = getattr(data, name)
        new = new.value if hasattr(new, "value") else new
        if new in (None, "") and name != "country_code":
            continue
        old = getattr(stored, name)
        if name in _TEXTS:
            old = old or ""
        if name in _FOLDED and rules.fold(str(old)) == rules.fold(str(new)):
            continue
        if old != new:
            changes.append(rules.FieldChange(name, old, new))
    return changes


def _warn_nearly_same(
    row: RowOutcome, who: Identity, in_register: Index[Any] | None, in_file: Index[RowOutcome]
) -> None:
    """Warn (the row is still imported) of a person born the same day whose name is nearly the same
    (``in_register`` None: the register is empty)."""
    stored = in_register.nearly(who) if in_register is not None else None
    if stored is not None:
        values = stored[0]
        row.warnings.append(
            _t(
                QT_TRANSLATE_NOOP("register", "Nearly the same as {name}, already in the register, born the same day."),
                name=rules.full_name(values.surname, values.name, values.patronymic),
            )
        )
    earlier = in_file.nearly(who)
    if earlier is not None:
        row.warnings.append(
            _t(QT_TRANSLATE_NOOP("register", "Nearly the same as row {line}, born the same day."), line=earlier[0].line)
        )


def _missing(uow: UnitOfWork, outcomes: list[RowOutcome]) -> list[MissingPerson]:
    matched = {r.person_id for r in outcomes if r.person_id is not None}
    result = []
    for pid, surname, name, patronymic, born, number, unit in uow.session.execute(
        select(Person.id, Person.surname, Person.name, Person.patronymic, Person.birth_date, Person.iin, Unit.name)
        .outerjoin(Unit, Unit.id == Person.unit_id)
        .where(Person.left_on.is_(None))
        .order_by(Person.sort_key, Person.id)
    ):
        if pid not in matched:
            result.append(MissingPerson(pid, rules.full_name(surname, name, patronymic), born, number, unit or ""))
    return result


# -- writing ------------------------------------------------------------------------------------


@dataclass
class Decisions:
    """What the user accepted.  ``updates``: lines whose changes to apply (None = all);
    ``rejected_changes``: (line, field) pairs to leave as they are; ``mark_left``: ids of persons
    no longer listed to mark as left on ``left_on``."""

    updates: set[int] | None = None
    rejected_changes: set[tuple[int, str]] = field(default_factory=set)
    mark_left: set[int] = field(default_factory=set)
    left_on: dt.date | None = None


@dataclass(frozen=True)
class ImportResult:
    imported: int
    updated: int
    marked_left: int
    duplicates: int
    errors: int
    unchanged: int

    def to_json(self) -> dict[str, int]:
        return dict(self.__dict__)


def _dump(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value.value if hasattr(value, "value") else value


def uuid4_many(count: int) -> list[str]:
    """``count`` random (version 4, RFC 4122) UUIDs as text, made in bulk: one read of the system's
    random source instead of one per UUID (:func:`uuid.uuid4` costs more than inserting the row)."""
    text = os.urandom(16 * count).hex()
    variant = "89ab"
    return [
        f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant[int(h[16], 16) & 3]}{h[17:20]}-{h[20:32]}"
        for h in (text[32 * i : 32 * i + 32] for i in range(count))
    ]


@contextmanager
def _bulk_load(connection: Connection, table: DbTable) -> Iterator[None]:
    """On SQLite, the settings of a bulk load into ``table`` for the current transaction, restored
    after: a larger page cache (the default 2 MB makes SQLite re-read index pages over and over), and,
    when the table is empty, its secondary indexes dropped and built again once the rows are in (one
    sort per index instead of 100,000 insertions).  The index definitions are replayed exactly as the
    database stores them, inside the same transaction: a failed import rolls them back with the rows."""
    if connection.dialect.name != "sqlite":
        yield
        return
    if not getattr(connection.connection.dbapi_connection, "in_transaction", True):
        # pysqlite opens its transaction only before a DML statement: open it before the DDL below
        connection.exec_driver_sql("BEGIN")
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql("PRAGMA cache_size=-131072")
    indexes: list[tuple[str, str]] = []
    if connection.execute(select(table.c.id).limit(1)).first() is None:
        indexes = [
            (str(name), str(sql))
            for name, sql in connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                (table.name,),
            )
        ]
    try:
        for name, _sql in indexes:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
        yield
        for _name, sql in indexes:
            connection.exec_driver_sql(sql)
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


def _insert_new(
    uow: UnitOfWork,
    rows: list[RowOutcome],
    unit_ids: dict[str, int | None],
    *,
    progress: Progress,
) -> int:
    """Insert the new persons through the person table (the ORM's per-object work would cost more
    than reading the file).  Each row holds what :func:`desktop.services.register.person_columns`
    gives, who and when, and the problems; every other column takes the model's default.  Their
    history starts with their creation (see :func:`desktop.services.register.history`)."""
    # In birth-date order, with the UUIDs in order too: most indexes then grow at their end.
    rows = sorted(rows, key=lambda r: (r.data.birth_date if r.data and r.data.birth_date else dt.date.min, r.key))
    now = utcnow()
    problem_text: dict[tuple[Problem, ...], str] = {}
    for row in rows:
        if row.problems not in problem_text:
            problem_text[row.problems] = rules.encode_problems(row.problems)
    records = []
    for row in rows:
        assert row.data is not None
        records.append(register.person_columns(row.data, unit_ids.get(row.data.unit), row.key).values())
    names = list(register.person_columns(rows[0].data, None, "")) if rows and rows[0].data else []
    columns: dict[str, Sequence[Any]] = dict(zip(names, zip(*records, strict=True), strict=True))
    columns["left_on"] = [row.left_on for row in rows]
    columns["left_reason"] = [row.left_reason for row in rows]
    columns["problems"] = [problem_text[row.problems] for row in rows]
    # Not there at the reference moment by the register's own dates: not to enumerate.
    columns["status"] = [
        (CoverageStatus.TO_ENUMERATE if row.counted else CoverageStatus.NOT_RESIDENT).value for row in rows
    ]
    count = len(records)
    columns["uuid"] = sorted(uuid4_many(count))
    same = {"created_at": now, "updated_at": now, "created_by": uow.actor, "updated_by": uow.actor}
    connection = uow.session.connection()
    table = register.person_table()
    with _bulk_load(connection, table):
        for start in range(0, count, _BATCH):
            batch = {name: values[start : start + _BATCH] for name, values in columns.items()}
            insert_columns(connection, table, batch, same)
            progress(start, count)
    return count


def insert_columns(
    connection: Connection, table: DbTable, columns: dict[str, Sequence[Any]], same: dict[str, Any] | None = None
) -> None:
    """INSERT rows given column by column (equal lengths) with the table's own Core statement, as
    :meth:`Connection.execute` would run it, a column at a time: each value goes through its column
    type's bind processor for this database; ``same`` holds the columns whose value is one for every
    row; the other columns take their defaults (a scalar, or a callable such as a new UUID).  A column
    whose value is one for every row is written into the statement as a literal (the dialect's own
    rendering of its type) instead of being bound again for each row."""
    count = len(next(iter(columns.values()), ()))
    if not count:
        return
    dialect = connection.dialect
    same = dict(same or {})
    data: dict[str, Sequence[Any]] = {}
    for column in table.columns:
        default = column.default if isinstance(column.default, ColumnDefault) else None
        if column.key in columns:
            values = columns[column.key]
            first = values[0]
            if _literal_ok(first) and values.count(first) == count:
                same[column.key] = first
            else:
                processor = column.type.dialect_impl(dialect).bind_processor(dialect)
                data[column.key] = _processed(values, processor) if processor is not None else values
        elif default is not None and default.is_callable and column.key not in same:
            values = [default.arg(None) for _ in range(count)]  # SQLAlchemy's wrapper takes a context
            processor = column.type.dialect_impl(dialect).bind_processor(dialect)
            data[column.key] = list(map(processor, values)) if processor is not None else values
        elif column.key not in same and default is not None and default.is_scalar:
            same[column.key] = default.arg
    fixed: dict[str, Any] = {
        key: literal_column(
            str(literal(value, table.c[key].type).compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
        )
        for key, value in same.items()
        if _literal_ok(value)
    }
    for key, value in same.items():
        if key not in fixed:
            processor = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
            data[key] = [processor(value) if processor is not None else value] * count
    compiled = table.insert().values(fixed).compile(dialect=dialect, column_keys=list(data))
    if compiled.positional and compiled.positiontup is not None:
        parameters: list[Any] = list(zip(*(data[key] for key in compiled.positiontup), strict=True))
    else:
        parameters = [dict(zip(data, values, strict=True)) for values in zip(*data.values(), strict=True)]
    connection.exec_driver_sql(compiled.string, parameters)


def _processed(values: Sequence[Any], processor: Callable[[Any], Any]) -> list[Any]:
    """``values`` through a bind processor, each distinct value once (dates repeat)."""
    try:
        table_of = {value: processor(value) for value in set(values)}
    except TypeError:  # a value that cannot be hashed
        return list(map(processor, values))
    return [table_of[value] for value in values]


def _literal_ok(value: Any) -> bool:
    """Whether a value is written as a literal into a statement: None, an integer, a date or a text
    without NUL characters (bound values stay bound, whatever their text)."""
    if value is None or type(value) in (int, dt.date, dt.datetime):
        return True
    return type(value) is str and "\x00" not in value


_BATCH = 20_000


def apply_import(
    uow: UnitOfWork,
    preview: ImportPreview,
    decisions: Decisions | None = None,
    *,
    progress: Progress = no_progress,
) -> ImportResult:
    """Write the new persons, the accepted changes and the confirmed leavings in ONE transaction,
    remember the mapping for this layout; nothing is written when anything fails or is cancelled."""
    accounts.require(uow, Permission.CENSUS_WORK)
    decisions = decisions or Decisions()
    after_close.guard(uow, "person")
    register.claim_unchanged(uow, preview.register_stamp)
    new_rows = preview.of("new")
    updates = [r for r in preview.of("update") if decisions.updates is None or r.line in decisions.updates]
    total = len(new_rows) + len(updates) + len(decisions.mark_left) + 1
    progress(0, total)

    unit_ids: dict[str, int | None] = {}
    for name in sorted({r.data.unit for r in new_rows + updates if r.data and r.data.unit}):
        unit_ids[name] = register.ensure_unit(uow, name)

    with bulk():
        return _apply(uow, preview, decisions, unit_ids, new_rows, updates, total, progress)


def _apply(
    uow: UnitOfWork,
    preview: ImportPreview,
    decisions: Decisions,
    unit_ids: dict[str, int | None],
    new_rows: list[RowOutcome],
    updates: list[RowOutcome],
    total: int,
    progress: Progress,
) -> ImportResult:
    """Insert the new persons, apply the accepted changes, mark the confirmed leavings, commit."""
    was_empty = uow.session.scalar(select(Person.id).limit(1)) is None
    imported = _insert_new(uow, new_rows, unit_ids, progress=lambda d, t: progress(d, total))
    updated = 0
    for done, row in enumerate(updates, start=len(new_rows)):
        updated += _update(uow, row, decisions, unit_ids, preview.file_name)
        if done % 500 == 0:
            progress(done, total)
    marked = _mark_left(uow, preview, decisions)
    if not was_empty:
        # Into an empty register no two new persons are one person: the preview marked every row
        # that repeats one above it (by the same rule) as a duplicate and left it out.
        register.refresh_duplicates(uow)
    _remember(uow, preview.proposal)
    progress(total, total)
    uow.record(
        Event(
            Kind.IMPORT,
            "register",
            changes={"file": preview.file_name, "added": imported, "changed": updated, "left": marked},
        )
    )
    uow.commit()
    counts = preview.counts()
    return ImportResult(imported, updated, marked, counts["duplicates"], counts["errors"], counts["unchanged"])


def _update(
    uow: UnitOfWork, row: RowOutcome, decisions: Decisions, unit_ids: dict[str, int | None], file_name: str
) -> bool:
    """Apply the accepted changes of one row to its person, with an event naming the file; False
    when the user rejected them all."""
    person = uow.session.get(Person, row.person_id)
    assert person is not None and row.data is not None
    changes: dict[str, list[Any]] = {}
    for change in row.changes:
        if (row.line, change.field) in decisions.rejected_changes:
            continue
        if change.field == "unit":
            person.unit_id = unit_ids.get(str(change.new)) if change.new else None
        else:
            setattr(person, change.field, change.new)
        changes[change.field] = [_dump(change.old), _dump(change.new)]
    if not changes:
        return False
    person.name_key = rules.name_key(person.surname, person.name, person.patronymic)
    person.sort_key = collation.sort_key(rules.full_name(person.surname, person.name, person.patronymic))
    person.problems = register.stored_problems(person, Problem.DUPLICATE in rules.decode_problems(person.problems))
    changes["_source"] = [None, file_name]
    uow.session.add(PersonEvent(person_id=person.id, kind="edited", changes=json.dumps(changes, ensure_ascii=False)))
    register.audit_person(uow, person, "edited", changes)
    return True


def _mark_left(uow: UnitOfWork, preview: ImportPreview, decisions: Decisions) -> int:
    """Mark the persons no longer listed that the user confirmed as left; returns how many."""
    marked = 0
    left_on = decisions.left_on or dt.date.today()
    note = preview.file_name
    reason = LeftReason.OTHER.value
    for pid in sorted(decisions.mark_left & {m.id for m in preview.missing}):
        gone = uow.session.get(Person, pid)
        if gone is None or gone.left_on is not None:
            continue
        gone.left_on, gone.left_reason, gone.left_note = left_on, reason, note
        changes = {"left_on": [None, left_on.isoformat()], "left_reason": [None, reason], "left_note": ["", note]}
        uow.session.add(PersonEvent(person_id=pid, kind="left", changes=json.dumps(changes, ensure_ascii=False)))
        register.audit_person(uow, gone, "left", changes)
        marked += 1
    return marked


def _remember(uow: UnitOfWork, proposal: MappingProposal) -> None:
    if not proposal.layout:
        return
    text = json.dumps({str(k): v for k, v in sorted(proposal.mapping.items())})
    stored = uow.session.scalar(select(ImportMapping).where(ImportMapping.layout == proposal.layout))
    if stored is None:
        uow.session.add(ImportMapping(layout=proposal.layout, mapping=text, header_row=proposal.header_row))
    elif stored.mapping != text or stored.header_row != proposal.header_row:
        stored.mapping, stored.header_row = text, proposal.header_row


def write_error_report(preview: ImportPreview, path: Path, translate: Translate = english) -> int:
    """The refused rows (errors and duplicates) as .xlsx: row number, reason, then the row's cells.
    Returns the number of rows written."""
    from desktop.services.register_export import save_workbook

    header = [
        _t(QT_TRANSLATE_NOOP("register", "Row")).render(translate),
        _t(QT_TRANSLATE_NOOP("register", "Reason")).render(translate),
        *preview.proposal.headers,
    ]
    rows: list[list[Any]] = []
    for row in preview.rows:
        if row.kind in ("error", "duplicate"):
            reasons = "; ".join(m.render(translate) for m in row.errors)
            rows.append([row.line, reasons, *row.cells])
    title = _t(QT_TRANSLATE_NOOP("register", "Rows not imported")).render(translate)
    save_workbook(path, title, header, rows, widths=[8, 60] + [18] * len(preview.proposal.headers))
    return len(rows)


def import_file(
    uow: UnitOfWork,
    path: Path,
    *,
    sheet: str | None = None,
    mapping_file: Path | None = None,
    dry_run: bool = False,
    report: Path | None = None,
    translate: Translate = english,
    campaign: Campaign,
    progress: Progress = no_progress,
) -> tuple[ImportPreview, ImportResult | None]:
    """Read, map (remembered or detected, or from ``mapping_file``), validate, reconcile and —
    unless ``dry_run`` — write; changed fields are accepted, nobody is marked as left (that needs
    a person's confirmation in the window).  The errors go to ``report`` when given."""
    table = read_table(path, sheet)
    proposal = mapping_from_file(mapping_file, table) if mapping_file else propose_mapping(uow, table)
    preview = preview_import(uow, table, proposal, campaign=campaign, progress=progress)
    if report is not None:
        write_error_report(preview, report, translate)
    if dry_run:
        return preview, None
    return preview, apply_import(uow, preview)
