"""Reading an XLSForm workbook (.xlsx or the older .xls) into a :class:`Form`, as pyxform reads it.

Forms are written by statisticians with whatever spelling their tool or their habit gives:
``label:english`` with one colon, ``bind::constraint``, ``constraint message``, ``select one from
list``, ``int``.  Each sheet's headers and each type are first brought to one spelling (pyxform's alias
tables are the reference); what the program does not understand is a warning at its sheet, row and
column, never dropped in silence.  Reading then goes in named steps: the settings, the choices, each
survey row (type, name, texts, expressions, the program's own columns), the groups, the references
between questions and the evaluation plan.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.forms.expressions import Expression, ExpressionError, compile_expression
from desktop.domain.forms.model import (
    INPUT_TYPES,
    LANGUAGES,
    META_TYPES,
    PREFILL_FIELDS,
    SOURCES,
    Choice,
    Form,
    FormInvalid,
    FormProblem,
    MediaLoader,
    Question,
    Texts,
    _problem,
)
from desktop.domain.text import QT_TRANSLATE_NOOP

_LANGUAGE_NAMES = {
    "русский": "ru",
    "russian": "ru",
    "орыс": "ru",
    "орыс тілі": "ru",
    "қазақша": "kk",
    "казахский": "kk",
    "kazakh": "kk",
    "қазақ тілі": "kk",
    "english": "en",
    "английский": "en",
    "ағылшын": "en",
}
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-.]*$")
_YES = ("yes", "true", "true()", "1")
_NO = ("no", "false", "false()", "0")
_SMART_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})

# ---------------------------------------------------------------- spellings (pyxform's aliases.py)

_SURVEY_ALIASES = {
    "readonly": "read_only",
    "relevance": "relevant",
    "constraining_message": "constraint_message",
    "calculate": "calculation",
    "requiredmsg": "required_message",
    "caption": "label",
    "count": "repeat_count",
    "jr:count": "repeat_count",
    "command": "type",
    "tag": "name",
    "value": "name",
}
# ``bind::…`` and ``control::…`` headers name the XForm attribute the column becomes.
_NAMESPACED = {
    ("bind", "relevant"): "relevant",
    ("bind", "constraint"): "constraint",
    ("bind", "required"): "required",
    ("bind", "calculate"): "calculation",
    ("bind", "readonly"): "read_only",
    ("bind", "jr:constraintmsg"): "constraint_message",
    ("bind", "jr:requiredmsg"): "required_message",
    ("control", "appearance"): "appearance",
    ("control", "jr:count"): "repeat_count",
}
_SURVEY_COLUMNS = frozenset(
    {
        "repeat_count",
        "type",
        "name",
        "label",
        "hint",
        "required",
        "required_message",
        "relevant",
        "constraint",
        "constraint_message",
        "soft_constraint",
        "soft_constraint_message",
        "calculation",
        "choice_filter",
        "appearance",
        "read_only",
        "default",
        "default_source",
        "prefill",
        "parameters",
        "allow_unknown",
    }
)
_CHOICE_ALIASES = {"caption": "label", "value": "name"}
_CHOICE_COLUMNS = frozenset({"list_name", "name", "label", "register"})
_SETTINGS_ALIASES = {"set_form_title": "form_title", "set_form_id": "form_id", "id_string": "form_id"}
_SETTINGS_COLUMNS = frozenset(
    {"form_id", "form_title", "version", "default_language", "kind", "status", "allow_choice_duplicates"}
)

_TYPE_ALIASES = {
    "integer": "integer",
    "int": "integer",
    "add integer prompt": "integer",
    "q int": "integer",
    "decimal": "decimal",
    "add decimal prompt": "decimal",
    "q decimal": "decimal",
    "text": "text",
    "string": "text",
    "add text prompt": "text",
    "q string": "text",
    "date": "date",
    "add date prompt": "date",
    "q date": "date",
    "time": "time",
    "datetime": "dateTime",
    "date time": "dateTime",
    "add date time prompt": "dateTime",
    "add datetime prompt": "dateTime",
    "q date time": "dateTime",
    "q datetime": "dateTime",
    "note": "note",
    "add note prompt": "note",
    "q note": "note",
    "calculate": "calculate",
    "add calculate prompt": "calculate",
    "q calculate": "calculate",
    "hidden": "hidden",
    "range": "range",
    "acknowledge": "acknowledge",
    "add acknowledge prompt": "acknowledge",
    "q acknowledge": "acknowledge",
    "trigger": "acknowledge",
    "barcode": "barcode",
    "add barcode prompt": "barcode",
    "q barcode": "barcode",
    "geopoint": "geopoint",
    "gps": "geopoint",
    "location": "geopoint",
    "add location prompt": "geopoint",
    "q geopoint": "geopoint",
    "q location": "geopoint",
    "geotrace": "geotrace",
    "q geotrace": "geotrace",
    "geoshape": "geoshape",
    "q geoshape": "geoshape",
    "image": "image",
    "photo": "image",
    "add image prompt": "image",
    "add photo prompt": "image",
    "q image": "image",
    "q picture": "image",
    "audio": "audio",
    "add audio prompt": "audio",
    "q audio": "audio",
    "video": "video",
    "add video prompt": "video",
    "q video": "video",
    "file": "file",
    "add file prompt": "file",
    "osm": "file",
    # metadata
    "start": "start",
    "start time": "start",
    "get start time": "start",
    "end": "end",
    "end time": "end",
    "get end time": "end",
    "today": "today",
    "get today": "today",
    "deviceid": "deviceid",
    "device id": "deviceid",
    "get device id": "deviceid",
    "imei": "deviceid",
    "uri:deviceid": "deviceid",
    "username": "username",
    "uri:username": "username",
    "email": "email",
    "uri:email": "email",
    "phonenumber": "phonenumber",
    "phone number": "phonenumber",
    "get phone number": "phonenumber",
    "uri:phonenumber": "phonenumber",
    "simserial": "simserial",
    "sim id": "simserial",
    "get sim id": "simserial",
    "uri:simserial": "simserial",
    "subscriberid": "subscriberid",
    "subscriber id": "subscriberid",
    "get subscriber id": "subscriberid",
    "uri:subscriberid": "subscriberid",
    "audit": "audit",
    "start-geopoint": "start-geopoint",
    "background-geopoint": "background-geopoint",
    "background-audio": "background-audio",
}
_SELECT_SPELLINGS = {
    "select_one": "select_one",
    "select one": "select_one",
    "select one from": "select_one",
    "select one using": "select_one",
    "select1": "select_one",
    "select_one_external": "select_one",
    "select one external": "select_one",
    "q select1": "select_one",
    "add select one prompt using": "select_one",
    "select_multiple": "select_multiple",
    "select all that apply": "select_multiple",
    "select all that apply from": "select_multiple",
    "select multiple from": "select_multiple",
    "select multiple using": "select_multiple",
    "q select": "select_multiple",
    "add select multiple prompt using": "select_multiple",
}
_FILE_SELECT_SPELLINGS = {
    "select_one_from_file": "select_one",
    "select one from file": "select_one",
    "select_multiple_from_file": "select_multiple",
    "select multiple from file": "select_multiple",
}
# pyxform stops reading a sheet after this many empty rows in a row.
_EMPTY_ROWS_END = 60
_CONTROL = re.compile(r"^(begin|end)[ _](group|repeat|lgroup|looped group|loop)$")
_EXTERNAL = ("csv-external", "xml-external")
_OTHER_LABEL = Texts({"en": "Other", "ru": "Другое", "kk": "Басқа"})
_SPECIFY_OTHER = Texts({"en": "Specify other.", "ru": "Укажите другое.", "kk": "Басқасын көрсетіңіз."})


# ---------------------------------------------------------------- the workbook as text tables


@dataclass
class SheetTable:
    """One sheet as text: the headers as written, the rows keyed by each column's one spelling."""

    name: str
    headers: list[str]
    # (spreadsheet row number, {column: text})
    rows: list[tuple[int, dict[str, str]]]
    header_row: int = 1
    # column (one spelling) → the header as written
    written: dict[str, str] = field(default_factory=dict)

    def column_letter(self, column: str) -> str:
        """``"C (label::English)"`` for a column, as the spreadsheet shows it."""
        originals = {v: k for k, v in self.written.items()}
        for index, header in enumerate(self.headers):
            key = originals.get(header, header)
            if key == column or key.split("::", 1)[0].strip().lower() == column:
                return f"{_letters(index + 1)} ({header})"
        return column


def _letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    return str(value).strip()


def _not_a_workbook(detail: str) -> FormInvalid:
    return FormInvalid(
        [
            _problem(
                "-",
                None,
                None,
                QT_TRANSLATE_NOOP("forms", "The file is not an Excel workbook (.xlsx or .xls): {detail}"),
                detail=detail,
            )
        ]
    )


def _sheets_of_xlsx(content: bytes) -> Iterable[tuple[str, Iterable[Iterable[Any]]]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, TypeError, IndexError) as exc:
        raise _not_a_workbook(type(exc).__name__) from None
    try:
        for worksheet in book.worksheets:
            yield worksheet.title, worksheet.iter_rows(values_only=True)
    finally:
        book.close()


def _sheets_of_xls(content: bytes) -> Iterable[tuple[str, Iterable[Iterable[Any]]]]:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=content)
    except Exception as exc:  # noqa: BLE001 - xlrd raises many kinds of errors on broken files
        raise _not_a_workbook(type(exc).__name__) from None
    for sheet in book.sheets():
        rows = []
        for index in range(sheet.nrows):
            values: list[Any] = []
            for cell in sheet.row(index):
                if cell.ctype == xlrd.XL_CELL_DATE:
                    values.append(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    values.append(bool(cell.value))
                else:
                    values.append(cell.value if cell.value != "" else None)
            rows.append(values)
        yield sheet.name, rows


def read_workbook(content: bytes) -> dict[str, SheetTable]:
    """The sheets of an .xlsx or .xls as text tables; raises :class:`FormInvalid` when it is not a workbook."""
    sheets = _sheets_of_xls(content) if content[:4] == b"\xd0\xcf\x11\xe0" else _sheets_of_xlsx(content)
    tables: dict[str, SheetTable] = {}
    for title, rows in sheets:
        headers: list[str] = []
        header_row = 1
        body: list[tuple[int, dict[str, str]]] = []
        empty_run = 0
        for number, values in enumerate(rows, start=1):
            texts = [_cell_text(v) for v in values]
            empty_run = 0 if any(texts) else empty_run + 1
            if empty_run > _EMPTY_ROWS_END:
                break  # a run of empty rows ends the sheet, as for pyxform (formatting may reach row 1048576)
            if not headers:
                if any(texts):
                    headers, header_row = texts, number
                continue
            cells = {h: t for h, t in zip(headers, texts, strict=False) if h and t}
            if not cells:
                continue
            body.append((number, cells))
            if len(body) > 20_000:
                break
        name = title.strip().lower()
        if name not in tables:
            tables[name] = SheetTable(name, headers, body, header_row)
    return tables


# ---------------------------------------------------------------- one spelling per column


def _snake(text: str) -> str:
    return "_".join(text.split()).lower()


def _spelling(header: str, double_colon: bool, aliases: Mapping[str, str], known: frozenset[str]) -> str:
    """The one spelling of a header (``bind:relevant`` → ``relevant``; ``label:English`` → ``label::English``);
    a header the program does not know is kept as written (choice filters name such columns)."""
    text = header.strip()
    if double_colon or "::" in text:
        tokens = [t.strip() for t in text.split("::")]
    else:
        tokens = [t.strip() for t in text.split(":")]
        if "jr" in tokens[:-1]:
            at = tokens.index("jr")
            tokens = [*tokens[:at], f"jr:{tokens[at + 1]}", *tokens[at + 2 :]]
    first, rest = _snake(tokens[0]), tokens[1:]
    if first in ("bind", "control") and rest:
        column = _NAMESPACED.get((first, rest[0].lower()))
        if column is None:
            return text
        rest = rest[1:]
    elif first == "media" and rest:
        column, rest = _snake(rest[0]), rest[1:]
    else:
        column = aliases.get(first, first)
    if column not in known and column not in ("image", "big-image", "audio", "video", "guidance_hint"):
        return text if first not in aliases else column
    return "::".join([column, *rest])


def _respell(table: SheetTable, aliases: Mapping[str, str], known: frozenset[str]) -> SheetTable:
    double_colon = any("::" in h for h in table.headers)
    spelled = {h: _spelling(h, double_colon, aliases, known) for h in table.headers if h}
    rows = [(number, {spelled.get(h, h): text for h, text in row.items()}) for number, row in table.rows]
    return SheetTable(table.name, table.headers, rows, table.header_row, {v: k for k, v in spelled.items()})


def _unused_columns(table: SheetTable, understood: Iterable[str]) -> list[FormProblem]:
    """A warning for each column with something written in it that the program does not use."""
    known = set(understood)
    used = {column for _number, row in table.rows for column in row}
    problems = []
    for column in sorted(used, key=lambda c: table.headers.index(table.written.get(c) or c)):
        base = column.split("::", 1)[0]
        if base in known or (table.name == "settings" and base.startswith("form_title_")):
            continue
        problems.append(
            _problem(
                table.name,
                table.header_row,
                table.column_letter(column),
                QT_TRANSLATE_NOOP(
                    "forms", "The column “{header}” is not used by the census sheets; what it holds is ignored."
                ),
                header=table.written.get(column, column),
            )
        )
    return problems


def split_header(header: str, default_language: str) -> tuple[str, str | None]:
    """``"label::Русский (ru)"`` → ``("label", "ru")``; ``"label"`` → ``("label", default)``."""
    if "::" in header:
        column, language = header.split("::", 1)
        return column.strip().lower(), language_code(language)
    return header.strip().lower(), None


def language_code(name: str) -> str:
    text = name.strip()
    found = re.search(r"\(([A-Za-z]{2,3})\)\s*$", text)
    if found:
        return found.group(1).lower()
    lowered = text.lower()
    if lowered in LANGUAGES:
        return lowered
    return _LANGUAGE_NAMES.get(lowered, lowered)


def _texts(row: Mapping[str, str], column: str, default_language: str) -> Texts:
    values: dict[str, str] = {}
    for header, text in row.items():
        name, lang = split_header(header, default_language)
        if name == column:
            values[lang or default_language] = text
    return Texts(values)


def _yes(text: str) -> bool:
    return text.strip().lower() in _YES


# ---------------------------------------------------------------- loading


def load_form(
    content: bytes,
    *,
    media: MediaLoader | None = None,
    name: str | None = None,
    data: MediaLoader | None = None,
) -> Form:
    """Read a form from the bytes of an .xlsx or .xls; raise :class:`FormInvalid` listing every problem.

    ``media`` gives the lists of ``select_*_from_file``; ``data`` the CSV files that ``pulldata()`` and
    ``instance()`` read (``media`` when not given).  ``name`` is the file name without its extension:
    the form_id when the settings give none."""
    tables = read_workbook(content)
    return build_form(tables, media=media, name=name, digest=hashlib.sha256(content).hexdigest(), data=data)


@dataclass
class _Reading:
    """What the steps of reading one form share."""

    survey: SheetTable
    default_language: str
    choices: dict[str, list[Choice]]
    media: MediaLoader | None
    data: MediaLoader | None = None
    files: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    problems: list[FormProblem] = field(default_factory=list)
    warnings: list[FormProblem] = field(default_factory=list)

    def problem(self, number: int | None, column: str | None, template: str, **params: Any) -> None:
        letter = self.survey.column_letter(column) if column else None
        self.problems.append(_problem("survey", number, letter, template, **params))


def build_form(
    tables: Mapping[str, SheetTable],
    *,
    media: MediaLoader | None = None,
    name: str | None = None,
    digest: str = "",
    data: MediaLoader | None = None,
) -> Form:
    raw_survey = tables.get("survey")
    if raw_survey is None and len(tables) == 1:
        raw_survey = next(iter(tables.values()))  # a workbook of one sheet is its survey, as for pyxform
    if raw_survey is None:
        raise FormInvalid(
            [_problem("survey", None, None, QT_TRANSLATE_NOOP("forms", "The workbook has no “survey” sheet."))]
        )
    survey = _respell(raw_survey, _SURVEY_ALIASES, _SURVEY_COLUMNS)
    settings, settings_warnings = _read_settings(tables.get("settings"), name, digest)
    default_language = language_code(settings.get("default_language", "ru") or "ru")
    duplicates = _yes(settings.get("allow_choice_duplicates", ""))
    raw_choices = tables.get("choices")
    choice_table = _respell(raw_choices, _CHOICE_ALIASES, _CHOICE_COLUMNS) if raw_choices is not None else None
    choices, choice_problems = _read_choices(choice_table, default_language, duplicates=duplicates)
    external = tables.get("external_choices")
    if external is not None:  # the lists of select_one_external, read with the others
        more, more_problems = _read_choices(
            _respell(external, _CHOICE_ALIASES, _CHOICE_COLUMNS), default_language, duplicates=duplicates
        )
        choices = {**more, **choices}
        choice_problems += more_problems
    reading = _Reading(survey, default_language, choices, media, data or media, problems=choice_problems)
    questions = _read_survey(reading)
    _check_references(reading, questions)
    warnings = [*settings_warnings, *_unused_columns(survey, _SURVEY_COLUMNS)]
    if choice_table is not None:
        warnings += _unused_columns(choice_table, _CHOICE_COLUMNS | _filter_columns(questions))
    form = _assemble(settings, default_language, questions, choices, reading, warnings)
    if not reading.problems:
        _plan_or_cycle(form, reading, questions)
    if reading.problems:
        raise FormInvalid(reading.problems)
    return form


def _read_settings(table: SheetTable | None, name: str | None, digest: str) -> tuple[dict[str, str], list[FormProblem]]:
    """The settings row, with form_id and version given pyxform's defaults (and a notice) when absent."""
    settings: dict[str, str] = {}
    warnings: list[FormProblem] = []
    if table is not None and table.rows:
        spelled = _respell(table, _SETTINGS_ALIASES, _SETTINGS_COLUMNS)
        settings = {k.strip().lower(): v for k, v in spelled.rows[0][1].items()}
        warnings += _unused_columns(spelled, _SETTINGS_COLUMNS)
    if not settings.get("form_id"):
        settings["form_id"] = (name or "data").strip() or "data"
        warnings.append(
            _problem(
                "settings",
                2,
                "form_id",
                QT_TRANSLATE_NOOP("forms", "The settings give no form_id; the file name “{form_id}” is used."),
                form_id=settings["form_id"],
            )
        )
    if not settings.get("version"):
        settings["version"] = f"sha-{digest[:12]}" if digest else "1"
        warnings.append(
            _problem(
                "settings",
                2,
                "version",
                QT_TRANSLATE_NOOP(
                    "forms", "The settings give no version; “{version}”, taken from the file's content, is used."
                ),
                version=settings["version"],
            )
        )
    return settings, warnings


def _read_choices(
    table: SheetTable | None, default_language: str, *, duplicates: bool = False
) -> tuple[dict[str, list[Choice]], list[FormProblem]]:
    choices: dict[str, list[Choice]] = {}
    problems: list[FormProblem] = []
    if table is None:
        return choices, problems
    seen: dict[tuple[str, str], int] = {}
    for number, row in table.rows:
        list_name = row.get("list_name", "")
        name = row.get("name", "")
        if not list_name or not name:
            problems.append(
                _problem(
                    "choices",
                    number,
                    table.column_letter("list_name" if not list_name else "name"),
                    QT_TRANSLATE_NOOP("forms", "A choice needs both a list_name and a name."),
                )
            )
            continue
        if (list_name, name) in seen and not duplicates:
            problems.append(
                _problem(
                    "choices",
                    number,
                    table.column_letter("name"),
                    QT_TRANSLATE_NOOP(
                        "forms",
                        "The choice “{name}” is already in the list “{list}” (row {other}); "
                        "allow_choice_duplicates in the settings permits it.",
                    ),
                    name=name,
                    list=list_name,
                    other=seen[(list_name, name)],
                )
            )
            continue
        seen.setdefault((list_name, name), number)
        label = _texts(row, "label", default_language)
        columns = {k: v for k, v in row.items() if "::" not in k and k not in ("list_name", "name", "label")}
        choices.setdefault(list_name, []).append(Choice(name, label, columns))
    return choices, problems


def _filter_columns(questions: Iterable[Question]) -> set[str]:
    """Columns of the choices sheet that choice filters and list lookups read."""
    return {column for q in questions for _c, expression in _expressions(q) for column in expression.columns}


# ---------------------------------------------------------------- the survey, row by row


def _read_survey(reading: _Reading) -> list[Question]:
    """Every survey row as a question, with the groups and the repeat it stands in; group markers stay
    in the list."""
    survey = reading.survey
    questions: list[Question] = []
    names: dict[str, int] = {}
    stack: list[Question] = []
    for number, row in survey.rows:
        raw_type = " ".join(row.get("type", "").split())
        if not raw_type:
            if any(split_header(h, reading.default_language)[0] in ("name", "label") for h in row):
                reading.problem(number, "type", QT_TRANSLATE_NOOP("forms", "The type is empty."))
            continue
        for question in _read_question(reading, number, row, raw_type):
            if question.type == "end_group":
                _close(reading, stack, number)
                continue
            _place(reading, question, stack)
            if question.name in names and question.groups:
                # pyxform lets two groups hold a question of the same name; the later one is known
                # as "group.name" (a reference ${name} reads the first).
                other = next(q for q in questions if q.name == question.name)
                if other.groups != question.groups and f"{question.groups[-1]}.{question.name}" not in names:
                    question.name = f"{question.groups[-1]}.{question.name}"
            if question.name in names:
                reading.problem(
                    number,
                    "name",
                    QT_TRANSLATE_NOOP("forms", "The name “{name}” is already used in row {other}."),
                    name=question.name,
                    other=names[question.name],
                )
                continue
            names[question.name] = number
            questions.append(question)
    for group in stack:
        reading.problem(
            group.row,
            "type",
            QT_TRANSLATE_NOOP("forms", "The group “{name}” is never closed with “end_group”."),
            name=group.name,
        )
    return questions


def _place(reading: _Reading, question: Question, stack: list[Question]) -> None:
    """The groups and the repeat around a question; a group or a repeat opens for the rows after it."""
    question.groups = tuple(group.name for group in stack)
    question.repeat = next((g.name for g in reversed(stack) if g.type == "begin_repeat"), None)
    if question.type == "begin_repeat" and question.repeat is not None:
        reading.problem(
            question.row,
            "type",
            QT_TRANSLATE_NOOP(
                "forms", "The repeat “{name}” is inside another repeat; the census sheets take one level."
            ),
            name=question.name,
        )
    if question.type in ("begin_group", "begin_repeat"):
        stack.append(question)


def _close(reading: _Reading, stack: list[Question], number: int) -> None:
    if not stack:
        reading.problem(number, "type", QT_TRANSLATE_NOOP("forms", "“end_group” without a matching “begin_group”."))
    else:
        stack.pop()


@dataclass(frozen=True)
class _Type:
    """A survey row's type in one spelling."""

    kind: str
    list_name: str | None = None
    file: str | None = None
    or_other: bool = False
    meta: str | None = None


def _read_question(reading: _Reading, number: int, row: Mapping[str, str], raw_type: str) -> list[Question]:
    """One survey row: its type, name, texts, expressions and the program's own columns.  A row may give
    two questions (``or_other`` adds the text of the other answer) or none (metadata files, problems)."""
    spec = _parse_type(reading, number, raw_type)
    if spec is None:
        return []
    if spec.kind == "end_group":
        return [Question(type="end_group", name=row.get("name", "") or f"end_{number}", row=number)]
    name = _question_name(reading, number, row, spec)
    if name is None:
        return []
    question = _new_question(reading, number, row, spec, name)
    _compile_columns(reading, question, row)
    _read_program_columns(reading, question, row)
    if spec.or_other:
        return [question, _other_text(reading, question)]
    return [question]


def _parse_type(reading: _Reading, number: int, raw_type: str) -> _Type | None:
    lowered = raw_type.lower()
    control = _CONTROL.match(lowered)
    if control is not None:
        if control.group(2) == "loop":
            _unsupported(reading, number, raw_type)
            return None
        if control.group(1) == "end":
            return _Type("end_group")
        return _Type("begin_group" if control.group(2) == "group" else "begin_repeat")
    for spellings in (_FILE_SELECT_SPELLINGS, _SELECT_SPELLINGS):
        for spelling in sorted(spellings, key=len, reverse=True):
            if lowered.startswith(spelling + " ") or lowered == spelling:
                rest = raw_type[len(spelling) :].split()
                return _select_type(
                    reading, number, raw_type, spellings[spelling], rest, spellings is _SELECT_SPELLINGS
                )
    if lowered in _EXTERNAL:
        return None
    if lowered.startswith("osm "):
        lowered = raw_type = "osm"
    canonical = _TYPE_ALIASES.get(lowered) or _TYPE_ALIASES.get(raw_type)
    if canonical in META_TYPES:
        return _Type("meta", meta=canonical)
    if canonical is None:
        _unsupported(reading, number, raw_type)
        return None
    return _Type(canonical)


def _unsupported(reading: _Reading, number: int, raw_type: str) -> None:
    reading.problem(
        number,
        "type",
        QT_TRANSLATE_NOOP("forms", "The type “{type}” is not supported by the census sheets."),
        type=raw_type,
    )


def _select_type(
    reading: _Reading, number: int, raw_type: str, kind: str, rest: list[str], from_sheet: bool
) -> _Type | None:
    or_other = from_sheet and " ".join(rest[1:]).lower() in ("or_other", "or specify other")
    if or_other:
        rest = rest[:1]
    if from_sheet:
        if len(rest) != 1:
            reading.problem(
                number,
                "type",
                QT_TRANSLATE_NOOP("forms", "“{type}” needs the name of a choice list after it."),
                type=raw_type,
            )
            return None
        if rest[0] not in reading.choices:
            reading.problem(
                number,
                "type",
                QT_TRANSLATE_NOOP("forms", "The choice list “{list}” is not in the choices sheet."),
                list=rest[0],
            )
        return _Type(kind, list_name=rest[0], or_other=or_other)
    if len(rest) != 1 or not rest[0].lower().endswith(".csv"):
        reading.problem(
            number, "type", QT_TRANSLATE_NOOP("forms", "“{type}” needs a .csv file name after it."), type=raw_type
        )
        return None
    file = rest[0]
    if file not in reading.choices and not _load_list_file(reading, file):
        reading.problem(
            number,
            "type",
            QT_TRANSLATE_NOOP("forms", "The list file “{file}” is not among the classifiers."),
            file=file,
        )
    return _Type(kind, file=file)


def _load_list_file(reading: _Reading, file: str) -> bool:
    """The choices of a ``select_*_from_file`` (``code, name_ru, name_kk[, …]`` or XLSForm's ``name, label``)."""
    rows = reading.media(file) if reading.media is not None else None
    if rows is None:
        return False
    items: list[Choice] = []
    for item in rows:
        code = (item.get("code") or item.get("name") or "").strip()
        if not code:
            continue
        label = Texts(
            {
                "ru": item.get("name_ru") or item.get("label::ru") or "",
                "kk": item.get("name_kk") or item.get("label::kk") or "",
                "en": item.get("name_en") or item.get("label") or "",
            }
        )
        items.append(Choice(code, label, {k: v or "" for k, v in item.items() if k}))
    reading.choices[file] = items
    reading.files[file.removesuffix(".csv")] = [dict(r) for r in rows]
    return True


def _question_name(reading: _Reading, number: int, row: Mapping[str, str], spec: _Type) -> str | None:
    name = row.get("name", "")
    if not name and spec.kind == "note":
        return f"note_row{number}"  # pyxform lets a note go without a name
    if not name:
        reading.problem(number, "name", QT_TRANSLATE_NOOP("forms", "The name is empty."))
        return None
    if not _NAME.match(name) or len(name) > 64:
        reading.problem(
            number,
            "name",
            QT_TRANSLATE_NOOP(
                "forms",
                "The name “{name}” must start with a Latin letter and hold only Latin letters, digits and _ - .",
            ),
            name=name,
        )
        return None
    return name


def _new_question(reading: _Reading, number: int, row: Mapping[str, str], spec: _Type, name: str) -> Question:
    language = reading.default_language
    kind = "calculate" if spec.kind == "hidden" else spec.kind
    list_name = spec.list_name
    if spec.or_other and list_name is not None:
        list_name = _with_other(reading, list_name)
    question = Question(
        type=kind,
        name=name,
        row=number,
        meta=spec.meta,
        label=_texts(row, "label", language),
        hint=_texts(row, "hint", language),
        list_name=list_name,
        file=spec.file,
        required_message=_texts(row, "required_message", language),
        constraint_message=_texts(row, "constraint_message", language),
        soft_constraint_message=_texts(row, "soft_constraint_message", language),
        appearance=row.get("appearance", ""),
        read_only=_yes(row.get("read_only", "")),
        allow_unknown=kind in ("select_one", "select_multiple") and _yes(row.get("allow_unknown", "")),
    )
    if spec.kind == "hidden":
        question.raw["hidden"] = "yes"
    if kind in INPUT_TYPES and not question.label and not question.hint:
        reading.problem(number, "label", QT_TRANSLATE_NOOP("forms", "The question “{name}” has no label."), name=name)
    return question


def _with_other(reading: _Reading, list_name: str) -> str:
    """The list with “Other” at its end, as ``or_other`` asks (kept apart from the list itself)."""
    key = f"{list_name} or_other"
    if key not in reading.choices:
        items = list(reading.choices.get(list_name, []))
        if not any(c.name == "other" for c in items):
            items.append(Choice("other", _OTHER_LABEL))
        reading.choices[key] = items
    return key


def _other_text(reading: _Reading, question: Question) -> Question:
    """The text question pyxform adds after an ``or_other`` select: asked when “other” is chosen."""
    test = f"selected(${{{question.name}}}, 'other')"
    return Question(
        type="text",
        name=f"{question.name}_other",
        row=question.row,
        label=_SPECIFY_OTHER,
        relevant=compile_expression(test),
        raw={"relevant": test},
    )


_EXPRESSION_COLUMNS = (
    "relevant",
    "constraint",
    "soft_constraint",
    "calculation",
    "choice_filter",
    "required",
    "repeat_count",
)


def _compile_columns(reading: _Reading, question: Question, row: Mapping[str, str]) -> None:
    """The expression columns, compiled; each one that does not parse is one problem at its cell."""
    for column in _EXPRESSION_COLUMNS:
        text = row.get(column, "").strip().translate(_SMART_QUOTES)
        if not text:
            continue
        if column == "required":
            if text.lower() in _NO:
                continue
            if text.lower() in _YES:
                text = "true()"
        question.raw[column] = text
        compiled = _compile(reading, question, column, text)
        if compiled is not None:
            setattr(question, column, compiled)
    if question.type == "calculate" and "calculation" not in question.raw and "hidden" not in question.raw:
        reading.problem(
            question.row,
            "calculation",
            QT_TRANSLATE_NOOP("forms", "The calculation “{name}” has no formula."),
            name=question.name,
        )


def _compile(reading: _Reading, question: Question, column: str, text: str) -> Expression | None:
    try:
        expression = compile_expression(text, allow_columns=column == "choice_filter")
    except ExpressionError as exc:
        reading.problem(
            question.row,
            column,
            QT_TRANSLATE_NOOP("forms", "“{name}”: {detail}"),
            name=question.name,
            detail=exc.message,
        )
        return None
    for file in sorted(expression.files):
        if file not in reading.files and not _load_data_file(reading, file):
            reading.problem(
                question.row,
                column,
                QT_TRANSLATE_NOOP("forms", "“{name}”: the file “{file}” that pulldata() reads is not with the form."),
                name=question.name,
                file=f"{file}.csv",
            )
    return expression


def _load_data_file(reading: _Reading, file: str) -> bool:
    rows = reading.data(f"{file}.csv") if reading.data is not None else None
    if rows is None:
        return False
    reading.files[file] = [dict(r) for r in rows]
    return True


def _read_program_columns(reading: _Reading, question: Question, row: Mapping[str, str]) -> None:
    """``default``, ``parameters`` and the program's own ``default_source`` and ``prefill``."""
    default = row.get("default", "").strip()
    if default:
        question.default = default
        if "${" in default or re.search(r"[A-Za-z][\w:-]*\s*\(", default):
            question.raw["default"] = default.translate(_SMART_QUOTES)
            question.default_expression = _compile(reading, question, "default", question.raw["default"])
    for pair in row.get("parameters", "").replace(";", " ").replace(",", " ").split():
        key, _sep, value = pair.partition("=")
        question.parameters[key.strip().lower()] = value.strip()
    question.default_source = _one_of(
        reading,
        question.row,
        row.get("default_source", "").strip().lower(),
        SOURCES,
        "default_source",
        QT_TRANSLATE_NOOP("forms", "The default source “{value}” is not interview, proxy or records."),
    )
    question.prefill = _one_of(
        reading,
        question.row,
        row.get("prefill", "").strip(),
        PREFILL_FIELDS,
        "prefill",
        QT_TRANSLATE_NOOP("forms", "“{value}” is not a register field that can fill a question."),
    )


def _one_of(
    reading: _Reading, number: int, value: str, allowed: tuple[str, ...], column: str, template: str
) -> str | None:
    """``value`` when it is one of ``allowed``; else a problem at the cell, and nothing."""
    if value and value not in allowed:
        reading.problem(number, column, template, value=value)
        return None
    return value or None


def _expressions(question: Question) -> Iterable[tuple[str, Expression]]:
    for column in (*_EXPRESSION_COLUMNS, "default_expression"):
        expression = getattr(question, column)
        if expression is not None:
            yield column.removesuffix("_expression"), expression


# ---------------------------------------------------------------- the whole form


def _check_references(reading: _Reading, questions: list[Question]) -> None:
    """Every ``${name}`` names a question; every ``instance('list')`` a choice list or a file of the form."""
    by_name = {q.name: q for q in questions}
    for question in questions:
        for column, expression in _expressions(question):
            for ref in sorted(expression.refs):
                if ref not in by_name or by_name[ref].type == "begin_group":
                    reading.problem(
                        question.row,
                        column,
                        QT_TRANSLATE_NOOP(
                            "forms", "“{name}”: the expression refers to ${{{ref}}}, which is not a question."
                        ),
                        name=question.name,
                        ref=ref,
                    )
            for list_name in sorted(expression.instances):
                known = list_name in reading.choices or list_name in reading.files
                if not known and not _load_data_file(reading, list_name):
                    reading.problem(
                        question.row,
                        column,
                        QT_TRANSLATE_NOOP(
                            "forms", "“{name}”: instance('{list}') is neither a choice list nor a file of the form."
                        ),
                        name=question.name,
                        list=list_name,
                    )


def _assemble(
    settings: dict[str, str],
    default_language: str,
    questions: list[Question],
    choices: dict[str, list[Choice]],
    reading: _Reading,
    warnings: list[FormProblem],
) -> Form:
    # pyxform wants one form_title; the other languages are in form_title_<lang> columns.
    title_values = {default_language: settings.get("form_title", "")}
    for header, text in settings.items():
        if header.startswith("form_title_") and text:
            title_values[header.removeprefix("form_title_")] = text
    title = Texts(title_values) or Texts({default_language: settings["form_id"]})
    form = Form(
        form_id=settings["form_id"],
        version=settings["version"],
        title=title,
        default_language=default_language,
        questions=[q for q in questions if q.type != "begin_group"],
        choices=choices,
        settings=settings,
        kind=(settings.get("kind") or "person").strip().lower(),
        by_name={q.name: q for q in questions if q.type != "begin_group"},
        choice_index={key: {c.name: c for c in items} for key, items in choices.items()},
        groups={q.name: q for q in questions if q.type == "begin_group"},
        warnings=warnings,
        files=reading.files,
    )
    if form.kind not in ("person", "institution"):
        reading.problems.append(
            _problem(
                "settings",
                2,
                "kind",
                QT_TRANSLATE_NOOP("forms", "The kind “{kind}” is neither “person” nor “institution”."),
                kind=form.kind,
            )
        )
    return form


def _plan_or_cycle(form: Form, reading: _Reading, questions: list[Question]) -> None:
    plan, cycle = _plan(questions)
    for repeat in (q for q in questions if q.type == "begin_repeat"):
        if cycle is None:
            form.row_plans[repeat.name], cycle = _plan(questions, repeat.name)
    if cycle is not None:
        reading.problem(
            cycle.row,
            None,
            QT_TRANSLATE_NOOP("forms", "“{name}” depends on itself through its expressions."),
            name=cycle.name,
        )
    form.plan = plan


def _reads(question: Question) -> set[str]:
    names: set[str] = set(question.groups)
    for expression in (question.relevant, question.calculation, question.default_expression, question.repeat_count):
        if expression is not None:
            names.update(expression.refs)
    return names


def _plan(questions: list[Question], repeat: str | None = None) -> tuple[list[Question], Question | None]:
    """The questions outside repeats (``repeat`` None), or those of one repeat's row, in an order where
    everything an expression reads comes first.  Outside, a repeat stands for all its questions: it
    comes after what any of them reads, and before whatever reads any of them."""
    owner = {q.name: q.repeat for q in questions if q.repeat is not None}
    nodes = [q for q in questions if q.repeat == repeat]
    by_name = {q.name: q for q in nodes}

    def node(name: str) -> str:
        return name if repeat is not None else owner.get(name) or name

    def dependencies(question: Question) -> list[str]:
        names = _reads(question)
        if repeat is None and question.type == "begin_repeat":
            for member in questions:
                if member.repeat == question.name:
                    names |= _reads(member)
        found = {node(n) for n in names} - {question.name}
        return sorted(n for n in found if n in by_name)

    order: list[Question] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done
    for start in nodes:
        if state.get(start.name) == 2:
            continue
        stack: list[tuple[Question, list[str]]] = [(start, dependencies(start))]
        state[start.name] = 1
        while stack:
            current, pending = stack[-1]
            if pending:
                name = pending.pop()
                mark = state.get(name)
                if mark == 1:
                    return order, by_name[name]
                if mark is None:
                    state[name] = 1
                    stack.append((by_name[name], dependencies(by_name[name])))
                continue
            stack.pop()
            state[current.name] = 2
            order.append(current)
    return order, None


def media_from_dirs(*folders: Path) -> MediaLoader:
    """A media loader that reads ``code,name_ru,name_kk[,…]`` CSV files from the first folder having it."""
    import csv

    cache: dict[str, list[dict[str, str]] | None] = {}

    def load(file: str) -> list[dict[str, str]] | None:
        if file in cache:
            return cache[file]
        result: list[dict[str, str]] | None = None
        if "/" not in file and "\\" not in file and not file.startswith("."):
            for folder in folders:
                path = folder / file
                if path.is_file():
                    with path.open(encoding="utf-8-sig", newline="") as handle:
                        result = [dict(row) for row in csv.DictReader(handle)]
                    break
        cache[file] = result
        return result

    return load
