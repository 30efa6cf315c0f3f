"""The form model: an XLSForm workbook (survey, choices, settings) read into plain objects.

Reading is strict: every problem is a :class:`FormProblem` naming the sheet, the row and the column
as the spreadsheet shows them, so that whoever edits the form in Excel finds it at once.  The
program's two additions to XLSForm are ordinary extra columns, which other XLSForm tools ignore:

* ``soft_constraint`` / ``soft_constraint_message::…`` — a warning the employee may confirm with a
  reason, beside the hard ``constraint``;
* ``default_source`` — ``interview``, ``proxy`` or ``records``: where the answer usually comes from;
* ``prefill`` — the register field that fills the question (``surname``, ``name``, ``patronymic``,
  ``full_name``, ``iin``, ``sex``, ``birth_date``, ``citizenship``, ``country_code``); a choices
  sheet column ``register`` maps register codes to choice codes;
* ``allow_unknown`` — ``yes`` on a select question that records or a proxy may not know: it then also
  offers the answer :data:`UNKNOWN` ("Не известно" / "Белгісіз"), which is counted apart from a real
  answer.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.forms.expressions import Expression, ExpressionError, compile_expression
from desktop.domain.text import QT_TRANSLATE_NOOP, Message, Translate, english

LANGUAGES = ("ru", "kk", "en")
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
#: The translation of this source text in the ``forms`` catalogue is the catalogue's language code;
#: it lets a Message pick the form's own text in the language the window speaks.
LANGUAGE_MARK = QT_TRANSLATE_NOOP("forms", "en")

INPUT_TYPES = ("integer", "decimal", "text", "date", "select_one", "select_multiple")
SUPPORTED_TYPES = (*INPUT_TYPES, "note", "calculate", "begin_group", "end_group")
META_TYPES = ("start", "end", "today", "deviceid", "username", "audit", "phonenumber", "simserial", "subscriberid")
SOURCES = ("interview", "proxy", "records")
#: The code of the "not known" answer of questions with ``allow_unknown``.
UNKNOWN = "unknown"
PREFILL_FIELDS = (
    "surname",
    "name",
    "patronymic",
    "full_name",
    "iin",
    "sex",
    "birth_date",
    "citizenship",
    "country_code",
    "residence",
    "institution_name",
    "institution_type",
    "institution_kato",
    "institution_address",
    "institution_capacity",
)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-.]*$")


class Texts:
    """One text in several languages (``{"ru": ..., "kk": ..., "en": ...}``)."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, str] | None = None) -> None:
        self._values = {k: v for k, v in (values or {}).items() if v}

    def get(self, lang: str, *fallbacks: str) -> str:
        for code in (lang, *fallbacks, "ru", "kk", "en"):
            text = self._values.get(code)
            if text:
                return text
        return next(iter(self._values.values()), "")

    def as_dict(self) -> dict[str, str]:
        return dict(self._values)

    def __bool__(self) -> bool:
        return bool(self._values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Texts) and other._values == self._values

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._values.items())))

    def __repr__(self) -> str:
        return f"Texts({self._values!r})"

    def __str__(self) -> str:
        return self.get("en")


def language_of(translate: Translate) -> str:
    code = (translate("forms", LANGUAGE_MARK) or "en").strip().lower()
    return code if code in LANGUAGES else "en"


@dataclass(frozen=True)
class FormMessage(Message):
    """A Message whose parameters may be :class:`Texts` (the form's own words in each language) or
    other Messages (translated with the same translator).

    ``render(translate)`` picks each text in the language of ``translate`` (see :data:`LANGUAGE_MARK`).
    """

    def render(self, translate: Translate = english) -> str:
        lang = language_of(translate)
        params = {
            k: (v.get(lang) if isinstance(v, Texts) else v.render(translate) if isinstance(v, Message) else v)
            for k, v in self.params.items()
        }
        return Message(self.context, self.template, params).render(translate)

    def text(self, lang: str) -> str:
        """The message in ``lang`` without a translator (the form's texts only; the frame in English)."""
        params = {k: (v.get(lang) if isinstance(v, Texts) else v) for k, v in self.params.items()}
        return Message(self.context, self.template, params).render()


@dataclass(frozen=True)
class Choice:
    name: str
    label: Texts
    #: All other columns of the choices row (or of the classifier file), for choice filters.
    columns: Mapping[str, str] = field(default_factory=dict)


UNKNOWN_CHOICE = Choice(UNKNOWN, Texts({"ru": "Не известно", "kk": "Белгісіз", "en": "Not known"}))


@dataclass
class Question:
    """One row of the survey sheet (questions, notes, calculations and group markers)."""

    type: str  # one of SUPPORTED_TYPES
    name: str
    row: int
    label: Texts = field(default_factory=Texts)
    hint: Texts = field(default_factory=Texts)
    list_name: str | None = None
    file: str | None = None  # select_*_from_file: the classifier file name
    required: Expression | None = None
    required_message: Texts = field(default_factory=Texts)
    relevant: Expression | None = None
    constraint: Expression | None = None
    constraint_message: Texts = field(default_factory=Texts)
    soft_constraint: Expression | None = None
    soft_constraint_message: Texts = field(default_factory=Texts)
    calculation: Expression | None = None
    choice_filter: Expression | None = None
    appearance: str = ""
    read_only: bool = False
    default_source: str | None = None
    prefill: str | None = None
    #: The question also offers the answer "not known" (:data:`UNKNOWN`): column ``allow_unknown``.
    allow_unknown: bool = False
    #: Names of the enclosing groups, outermost first.
    groups: tuple[str, ...] = ()
    #: Raw expression texts by column (for change lists and the command line).
    raw: dict[str, str] = field(default_factory=dict)

    @property
    def is_input(self) -> bool:
        return self.type in INPUT_TYPES and not self.read_only

    @property
    def is_select(self) -> bool:
        return self.type in ("select_one", "select_multiple")

    def title(self) -> Texts:
        return self.label if self.label else Texts({"en": self.name})


@dataclass
class Form:
    form_id: str
    version: str
    title: Texts
    default_language: str
    questions: list[Question]
    choices: dict[str, list[Choice]]
    settings: dict[str, str]
    #: "person" or "institution" (settings column ``kind``).
    kind: str = "person"
    by_name: dict[str, Question] = field(default_factory=dict)
    choice_index: dict[str, dict[str, Choice]] = field(default_factory=dict)
    #: Evaluation order of questions and groups (dependencies first), computed at load.
    plan: list[Question] = field(default_factory=list)
    groups: dict[str, Question] = field(default_factory=dict)

    def question(self, name: str) -> Question:
        return self.by_name[name]

    @property
    def inputs(self) -> list[Question]:
        return [q for q in self.questions if q.is_input]

    def choice_list(self, question: Question) -> list[Choice]:
        key = question.list_name or question.file or ""
        items = self.choices.get(key, [])
        return [*items, UNKNOWN_CHOICE] if question.allow_unknown else items

    def choice(self, question: Question, code: str) -> Choice | None:
        if question.allow_unknown and code == UNKNOWN:
            return UNKNOWN_CHOICE
        key = question.list_name or question.file or ""
        return self.choice_index.get(key, {}).get(code)

    def label(self, name: str, lang: str) -> str:
        return self.by_name[name].title().get(lang, self.default_language)

    def hint(self, name: str, lang: str) -> str:
        return self.by_name[name].hint.get(lang, self.default_language)

    def choice_label(self, name: str, code: str, lang: str) -> str:
        choice = self.choice(self.by_name[name], code)
        return choice.label.get(lang, self.default_language) if choice else code


# ---------------------------------------------------------------- problems


@dataclass(frozen=True)
class FormProblem:
    """One thing wrong with a form file, located as the spreadsheet shows it."""

    sheet: str
    row: int | None
    column: str | None
    message: Message

    def render(self, translate: Translate = english) -> str:
        return self.as_message().render(translate)

    def as_message(self) -> FormMessage:
        """The whole problem (where and what) as one translatable message."""
        where = Message(
            "forms",
            QT_TRANSLATE_NOOP("forms", "sheet “{sheet}”, row {row}, column “{column}”"),
            {"sheet": self.sheet, "row": self.row if self.row is not None else "-", "column": self.column or "-"},
        )
        return FormMessage("forms", "{where}: {what}", {"where": where, "what": self.message})

    def to_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "message": self.message.render()}


class FormInvalid(ValueError):
    """A form file that cannot be used; ``problems`` says where and why."""

    def __init__(self, problems: list[FormProblem]) -> None:
        super().__init__("; ".join(p.render() for p in problems[:5]))
        self.problems = problems


def _problem(sheet: str, row: int | None, column: str | None, template: str, **params: Any) -> FormProblem:
    return FormProblem(sheet, row, column, Message("forms", template, params))


# ---------------------------------------------------------------- reading the workbook


@dataclass
class SheetTable:
    name: str
    headers: list[str]
    #: (spreadsheet row number, {header: text})
    rows: list[tuple[int, dict[str, str]]]

    def column_letter(self, header: str) -> str:
        for index, name in enumerate(self.headers):
            if name == header or name.split("::", 1)[0].strip().lower() == header:
                return f"{_letters(index + 1)} ({name})"
        return header


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


def read_workbook(content: bytes) -> dict[str, SheetTable]:
    """The sheets of an .xlsx as text tables; raises :class:`FormInvalid` when it is not a workbook."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, TypeError, IndexError) as exc:
        raise FormInvalid(
            [
                _problem(
                    "-",
                    None,
                    None,
                    QT_TRANSLATE_NOOP("forms", "The file is not an Excel workbook (.xlsx): {detail}"),
                    detail=type(exc).__name__,
                )
            ]
        ) from None
    tables: dict[str, SheetTable] = {}
    try:
        for worksheet in book.worksheets:
            rows = worksheet.iter_rows(values_only=True)
            headers: list[str] = []
            body: list[tuple[int, dict[str, str]]] = []
            for number, values in enumerate(rows, start=1):
                if not headers:
                    headers = [_cell_text(v) for v in values]
                    if not any(headers):
                        headers = []
                        continue
                    continue
                texts = [_cell_text(v) for v in values]
                if not any(texts):
                    continue
                body.append((number, {h: t for h, t in zip(headers, texts, strict=False) if h and t}))
                if len(body) > 20_000:
                    break
            tables[worksheet.title.strip().lower()] = SheetTable(worksheet.title.strip().lower(), headers, body)
    finally:
        book.close()
    return tables


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


MediaLoader = Callable[[str], list[dict[str, str]] | None]


def load_form(content: bytes, *, media: MediaLoader | None = None) -> Form:
    """Read a form from the bytes of an .xlsx; raise :class:`FormInvalid` listing every problem."""
    tables = read_workbook(content)
    return build_form(tables, media=media)


def build_form(tables: Mapping[str, SheetTable], *, media: MediaLoader | None = None) -> Form:
    problems: list[FormProblem] = []
    survey = tables.get("survey")
    if survey is None:
        raise FormInvalid(
            [_problem("survey", None, None, QT_TRANSLATE_NOOP("forms", "The workbook has no “survey” sheet."))]
        )
    settings_table = tables.get("settings")
    settings: dict[str, str] = {}
    if settings_table is not None and settings_table.rows:
        settings = {k.strip().lower(): v for k, v in settings_table.rows[0][1].items()}
    default_language = language_code(settings.get("default_language", "ru") or "ru")
    form_id = settings.get("form_id", "")
    version = settings.get("version", "")
    if not form_id:
        problems.append(
            _problem(
                "settings", 2, "form_id", QT_TRANSLATE_NOOP("forms", "The form needs a form_id in the settings sheet.")
            )
        )
    if not version:
        problems.append(
            _problem(
                "settings", 2, "version", QT_TRANSLATE_NOOP("forms", "The form needs a version in the settings sheet.")
            )
        )
    # pyxform wants one form_title; the other languages are in form_title_<lang> columns.
    title_values = {default_language: settings.get("form_title", "")}
    for header, text in settings.items():
        if header.startswith("form_title_") and text:
            title_values[header.removeprefix("form_title_")] = text
    title = Texts(title_values or {default_language: form_id})

    choices, choice_problems = _read_choices(tables.get("choices"), default_language)
    problems.extend(choice_problems)

    questions: list[Question] = []
    names: dict[str, int] = {}
    stack: list[tuple[str, int]] = []
    for number, row in survey.rows:
        raw_type = " ".join(row.get("type", "").split())
        if not raw_type:
            if any(split_header(h, default_language)[0] in ("name", "label") for h in row):
                problems.append(
                    _problem(
                        "survey", number, survey.column_letter("type"), QT_TRANSLATE_NOOP("forms", "The type is empty.")
                    )
                )
            continue
        question, row_problems = _read_question(survey, number, row, raw_type, default_language, choices, media)
        problems.extend(row_problems)
        if question is None:
            continue
        if question.type == "begin_group":
            question.groups = tuple(name for name, _ in stack)
            stack.append((question.name, number))
        elif question.type == "end_group":
            if not stack:
                problems.append(
                    _problem(
                        "survey",
                        number,
                        survey.column_letter("type"),
                        QT_TRANSLATE_NOOP("forms", "“end_group” without a matching “begin_group”."),
                    )
                )
            else:
                stack.pop()
            continue
        else:
            question.groups = tuple(name for name, _ in stack)
        if question.name in names:
            problems.append(
                _problem(
                    "survey",
                    number,
                    survey.column_letter("name"),
                    QT_TRANSLATE_NOOP("forms", "The name “{name}” is already used in row {other}."),
                    name=question.name,
                    other=names[question.name],
                )
            )
            continue
        names[question.name] = number
        questions.append(question)
    for name, number in stack:
        problems.append(
            _problem(
                "survey",
                number,
                survey.column_letter("type"),
                QT_TRANSLATE_NOOP("forms", "The group “{name}” is never closed with “end_group”."),
                name=name,
            )
        )

    by_name = {q.name: q for q in questions}
    for question in questions:
        for column, expression in _expressions(question):
            for ref in sorted(expression.refs):
                if ref not in by_name or by_name[ref].type == "begin_group":
                    problems.append(
                        _problem(
                            "survey",
                            question.row,
                            survey.column_letter(column),
                            QT_TRANSLATE_NOOP(
                                "forms", "“{name}”: the expression refers to ${{{ref}}}, which is not a question."
                            ),
                            name=question.name,
                            ref=ref,
                        )
                    )

    form = Form(
        form_id=form_id,
        version=version,
        title=title,
        default_language=default_language,
        questions=[q for q in questions if q.type != "begin_group"],
        choices=choices,
        settings=settings,
        kind=(settings.get("kind") or "person").strip().lower(),
        by_name={q.name: q for q in questions if q.type != "begin_group"},
        choice_index={key: {c.name: c for c in items} for key, items in choices.items()},
        groups={q.name: q for q in questions if q.type == "begin_group"},
    )
    if form.kind not in ("person", "institution"):
        problems.append(
            _problem(
                "settings",
                2,
                "kind",
                QT_TRANSLATE_NOOP("forms", "The kind “{kind}” is neither “person” nor “institution”."),
                kind=form.kind,
            )
        )
    if not problems:
        plan, cycle = _plan(questions)
        if cycle is not None:
            problems.append(
                _problem(
                    "survey",
                    cycle.row,
                    None,
                    QT_TRANSLATE_NOOP("forms", "“{name}” depends on itself through its expressions."),
                    name=cycle.name,
                )
            )
        form.plan = plan
    if problems:
        raise FormInvalid(problems)
    return form


def _expressions(question: Question) -> Iterable[tuple[str, Expression]]:
    for column in ("relevant", "required", "constraint", "soft_constraint", "calculation", "choice_filter"):
        expression = getattr(question, column)
        if expression is not None:
            yield column, expression


def _read_choices(table: SheetTable | None, default_language: str) -> tuple[dict[str, list[Choice]], list[FormProblem]]:
    choices: dict[str, list[Choice]] = {}
    problems: list[FormProblem] = []
    if table is None:
        return choices, problems
    seen: dict[tuple[str, str], int] = {}
    for number, row in table.rows:
        list_name = row.get("list_name", row.get("list name", ""))
        name = row.get("name", row.get("value", ""))
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
        label = _texts(row, "label", default_language)
        if not label:
            problems.append(
                _problem(
                    "choices",
                    number,
                    table.column_letter("label"),
                    QT_TRANSLATE_NOOP("forms", "The choice “{name}” of the list “{list}” has no label."),
                    name=name,
                    list=list_name,
                )
            )
        if (list_name, name) in seen:
            problems.append(
                _problem(
                    "choices",
                    number,
                    table.column_letter("name"),
                    QT_TRANSLATE_NOOP("forms", "The choice “{name}” is already in the list “{list}” (row {other})."),
                    name=name,
                    list=list_name,
                    other=seen[(list_name, name)],
                )
            )
            continue
        seen[(list_name, name)] = number
        columns = {k: v for k, v in row.items() if "::" not in k and k not in ("list_name", "name", "label")}
        choices.setdefault(list_name, []).append(Choice(name, label, columns))
    return choices, problems


def _read_question(
    survey: SheetTable,
    number: int,
    row: Mapping[str, str],
    raw_type: str,
    default_language: str,
    choices: dict[str, list[Choice]],
    media: MediaLoader | None,
) -> tuple[Question | None, list[FormProblem]]:
    problems: list[FormProblem] = []
    parts = raw_type.split(" ")
    kind = parts[0].lower().replace("begin group", "begin_group")
    if raw_type.lower() in ("begin group", "end group"):
        kind = raw_type.lower().replace(" ", "_")
        parts = [kind]
    list_name: str | None = None
    file: str | None = None
    if kind in ("select_one", "select_multiple"):
        if len(parts) != 2:
            problems.append(
                _problem(
                    "survey",
                    number,
                    survey.column_letter("type"),
                    QT_TRANSLATE_NOOP("forms", "“{type}” needs the name of a choice list after it."),
                    type=raw_type,
                )
            )
            return None, problems
        list_name = parts[1]
        if list_name not in choices:
            problems.append(
                _problem(
                    "survey",
                    number,
                    survey.column_letter("type"),
                    QT_TRANSLATE_NOOP("forms", "The choice list “{list}” is not in the choices sheet."),
                    list=list_name,
                )
            )
    elif kind in ("select_one_from_file", "select_multiple_from_file"):
        if len(parts) != 2 or not parts[1].lower().endswith(".csv"):
            problems.append(
                _problem(
                    "survey",
                    number,
                    survey.column_letter("type"),
                    QT_TRANSLATE_NOOP("forms", "“{type}” needs a .csv file name after it."),
                    type=raw_type,
                )
            )
            return None, problems
        file = parts[1]
        kind = kind.replace("_from_file", "")
        if file not in choices:
            rows = media(file) if media is not None else None
            if rows is None:
                problems.append(
                    _problem(
                        "survey",
                        number,
                        survey.column_letter("type"),
                        QT_TRANSLATE_NOOP("forms", "The list file “{file}” is not among the classifiers."),
                        file=file,
                    )
                )
            else:
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
                choices[file] = items
    elif kind in META_TYPES:
        return None, problems
    elif kind not in SUPPORTED_TYPES or len(parts) != 1:
        problems.append(
            _problem(
                "survey",
                number,
                survey.column_letter("type"),
                QT_TRANSLATE_NOOP("forms", "The type “{type}” is not supported by the census sheets."),
                type=raw_type,
            )
        )
        return None, problems

    name = row.get("name", "")
    if kind == "end_group":
        return Question(type=kind, name=name or f"end_{number}", row=number), problems
    if not name:
        problems.append(
            _problem("survey", number, survey.column_letter("name"), QT_TRANSLATE_NOOP("forms", "The name is empty."))
        )
        return None, problems
    if not _NAME.match(name) or len(name) > 64:
        problems.append(
            _problem(
                "survey",
                number,
                survey.column_letter("name"),
                QT_TRANSLATE_NOOP(
                    "forms",
                    "The name “{name}” must start with a Latin letter and hold only Latin letters, digits and _ - .",
                ),
                name=name,
            )
        )
        return None, problems

    question = Question(
        type=kind,
        name=name,
        row=number,
        label=_texts(row, "label", default_language),
        hint=_texts(row, "hint", default_language),
        list_name=list_name,
        file=file,
        required_message=_texts(row, "required_message", default_language),
        constraint_message=_texts(row, "constraint_message", default_language),
        soft_constraint_message=_texts(row, "soft_constraint_message", default_language),
        appearance=row.get("appearance", ""),
        read_only=row.get("read_only", "").strip().lower() in ("yes", "true", "true()", "1"),
        allow_unknown=kind in ("select_one", "select_multiple")
        and row.get("allow_unknown", "").strip().lower() in ("yes", "true", "true()", "1"),
    )
    if kind in INPUT_TYPES and not question.label:
        problems.append(
            _problem(
                "survey",
                number,
                survey.column_letter("label"),
                QT_TRANSLATE_NOOP("forms", "The question “{name}” has no label."),
                name=name,
            )
        )
    for column in ("relevant", "constraint", "soft_constraint", "calculation", "choice_filter", "required"):
        text = row.get(column, "").strip()
        if not text:
            continue
        if column == "required":
            lowered = text.lower()
            if lowered in ("no", "false", "false()", "0"):
                continue
            if lowered in ("yes", "true", "true()", "1"):
                text = "true()"
        question.raw[column] = text
        try:
            compiled = compile_expression(text, allow_columns=column == "choice_filter")
        except ExpressionError as exc:
            problems.append(
                _problem(
                    "survey",
                    number,
                    survey.column_letter(column),
                    QT_TRANSLATE_NOOP("forms", "“{name}”: {detail}"),
                    name=name,
                    detail=exc.message,
                )
            )
            continue
        setattr(question, column, compiled)
    if kind == "calculate" and question.calculation is None:
        problems.append(
            _problem(
                "survey",
                number,
                survey.column_letter("calculation"),
                QT_TRANSLATE_NOOP("forms", "The calculation “{name}” has no formula."),
                name=name,
            )
        )
    source = row.get("default_source", "").strip().lower()
    if source:
        if source not in SOURCES:
            problems.append(
                _problem(
                    "survey",
                    number,
                    survey.column_letter("default_source"),
                    QT_TRANSLATE_NOOP("forms", "The default source “{source}” is not interview, proxy or records."),
                    source=source,
                )
            )
        else:
            question.default_source = source
    prefill = row.get("prefill", "").strip()
    if prefill:
        if prefill not in PREFILL_FIELDS:
            problems.append(
                _problem(
                    "survey",
                    number,
                    survey.column_letter("prefill"),
                    QT_TRANSLATE_NOOP("forms", "“{field}” is not a register field that can fill a question."),
                    field=prefill,
                )
            )
        else:
            question.prefill = prefill
    return question, problems


def _plan(questions: list[Question]) -> tuple[list[Question], Question | None]:
    """Questions and groups in an order where everything an expression reads comes first."""
    by_name = {q.name: q for q in questions}
    order: list[Question] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def dependencies(question: Question) -> list[str]:
        names: set[str] = set(question.groups)
        for expression in (question.relevant, question.calculation):
            if expression is not None:
                names.update(expression.refs)
        return sorted(n for n in names if n in by_name)

    for start in questions:
        if state.get(start.name) == 2:
            continue
        stack: list[tuple[Question, list[str]]] = [(start, dependencies(start))]
        state[start.name] = 1
        while stack:
            node, pending = stack[-1]
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
            state[node.name] = 2
            order.append(node)
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
