"""Evaluation of a form against answers: relevance, required, constraints, calculations, order, state."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import math
import re
from collections import ChainMap
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from desktop.domain.forms.expressions import NodeSet, Scope, selection, to_bool, to_number, to_string
from desktop.domain.forms.model import (
    LOCATION_TYPES,
    MAX_ATTACHMENT_BYTES,
    MEDIA_TYPES,
    Choice,
    Form,
    FormMessage,
    Question,
    Texts,
)
from desktop.domain.text import QT_TRANSLATE_NOOP


class Completion(StrEnum):
    EMPTY = "empty"
    DRAFT = "draft"
    COMPLETE = "complete"


class IssueKind(StrEnum):
    REQUIRED = "required"
    TYPE = "type"  # not a number, not a date, not one of the choices
    CONSTRAINT = "constraint"  # the hard constraint is broken
    SOFT = "soft"  # the soft constraint is broken: a warning that may be confirmed with a reason


@dataclass(frozen=True)
class Issue:
    """An error or warning about one question; ``message`` names the question."""

    name: str
    kind: IssueKind
    message: FormMessage
    #: For warnings: confirmed by the employee, with the reason.
    confirmed: bool = False
    reason: str = ""
    #: For a question of a repeat (``name`` is then the repeat's): the row, from 1, and the question.
    row: int | None = None
    member: str | None = None


def _shipped_reference_date() -> dt.date:
    from desktop.domain.campaign import default_campaign

    return default_campaign().reference_date


@dataclass(frozen=True)
class Context:
    """What the evaluation needs besides the answers."""

    #: Ages are computed at this date: the campaign's reference date (the newest shipped campaign's by default).
    reference_date: dt.date = field(default_factory=lambda: _shipped_reference_date())
    today: dt.date | None = None
    #: The values of metadata questions (``username``, ``email``, ``deviceid``, …): who fills the sheet
    #: and on which computer.
    metadata: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def for_campaign(
        cls, campaign: Any, today: dt.date | None = None, metadata: Mapping[str, str] | None = None
    ) -> Context:
        """From a :class:`desktop.domain.campaign.Campaign` (ages at its reference moment)."""
        return cls(reference_date=campaign.reference_date, today=today, metadata=dict(metadata or {}))


@dataclass
class Evaluation:
    form: Form
    #: Names of relevant questions, notes and calculations.
    relevant: set[str]
    #: Names of relevant input questions that are required now.
    required: set[str]
    #: Values as expressions see them: answers of relevant questions and calculated values.
    values: dict[str, Any]
    calculated: dict[str, Any]
    errors: list[Issue]
    warnings: list[Issue]
    #: Relevant input questions and notes in form order: the keyboard order of the sheet.
    order: list[str]
    #: Required questions still without an answer.
    missing: list[str]
    #: Answered questions that are no longer relevant (kept in a draft, dropped on completion).
    stale: list[str]
    state: Completion
    _context: Context = field(default_factory=Context)
    #: Relevant questions not answered whose ``default`` stands as their answer (name → value).
    defaulted: dict[str, Any] = field(default_factory=dict)
    #: Each repeat's rows as expressions see them, and the questions relevant in each row.  A repeat
    #: inside a repeat has a table in each row of the outer one, at ``outer.<row from 1>.inner``.
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    row_relevant: dict[str, list[set[str]]] = field(default_factory=dict)

    @property
    def can_complete(self) -> bool:
        return self.state is Completion.COMPLETE

    @property
    def unconfirmed_warnings(self) -> list[Issue]:
        return [w for w in self.warnings if not w.confirmed]

    def issues_of(self, name: str) -> list[Issue]:
        return [i for i in (*self.errors, *self.warnings) if i.name == name]

    def is_relevant(self, name: str) -> bool:
        return name in self.relevant

    def choices(self, name: str) -> list[Choice]:
        """The choices of a select question that its choice filter lets through now."""
        question = self.form.by_name[name]
        return _filtered(self.form, question, _scope(self.values, self._context, self.form))

    def label(self, name: str, lang: str) -> str:
        """The question's label in ``lang`` with ``${name}`` references replaced by current values."""
        return self._interpolate(self.form.by_name[name].title().get(lang, self.form.default_language), lang)

    def hint(self, name: str, lang: str) -> str:
        return self._interpolate(self.form.by_name[name].hint.get(lang, self.form.default_language), lang)

    def _interpolate(self, text: str, lang: str) -> str:
        if "${" not in text:
            return text

        def value_of(match: re.Match[str]) -> str:
            ref = match.group(1)
            value = self.values.get(ref, "")
            question = self.form.by_name.get(ref)
            if question is not None and question.is_select and not is_blank(value):
                codes = value if isinstance(value, list) else [value]
                return ", ".join(self.form.choice_label(ref, str(code), lang) for code in codes)
            return to_string(value)

        return _OUTPUT.sub(value_of, text)

    def next_name(self, name: str | None) -> str | None:
        """The question after ``name`` in keyboard order (the first one for ``None``)."""
        if name is None:
            return self.order[0] if self.order else None
        if name in self.order:
            index = self.order.index(name) + 1
            return self.order[index] if index < len(self.order) else None
        position = self.form.by_name[name].row if name in self.form.by_name else 0
        for candidate in self.order:
            if self.form.by_name[candidate].row > position:
                return candidate
        return None


def _scope(values: Mapping[str, Any], context: Context, form: Form) -> Scope:
    return Scope(values, context.reference_date, context.today or dt.date.today(), lookups=form)


def is_blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | set | frozenset | dict):
        return len(value) == 0
    if isinstance(value, float):
        return math.isnan(value)
    return False


_OUTPUT = re.compile(r"\$\{\s*([A-Za-z_][A-Za-z0-9_\-.]*)\s*\}")
_INTEGER = re.compile(r"^[+-]?\d{1,15}$")
_DECIMAL = re.compile(r"^[+-]?(\d{1,15}([.,]\d{0,10})?|[.,]\d{1,10})$")


def normalize(question: Question, value: Any) -> tuple[Any, bool]:
    """The answer as expressions see it and whether it has the question's type."""
    if is_blank(value):
        return "", True
    kind = question.type
    if kind == "integer":
        if isinstance(value, bool):
            return "", False
        if isinstance(value, int):
            return value, abs(value) < 10**15
        if isinstance(value, float):
            return (int(value), True) if value.is_integer() and abs(value) < 1e15 else ("", False)
        text = str(value).strip().replace(" ", "")
        return (int(text), True) if _INTEGER.match(text) else ("", False)
    if kind == "decimal":
        if isinstance(value, bool):
            return "", False
        if isinstance(value, int | float):
            number = float(value)
            return (number, True) if math.isfinite(number) else ("", False)
        text = str(value).strip().replace(" ", "")
        return (float(text.replace(",", ".")), True) if _DECIMAL.match(text) else ("", False)
    if kind == "date":
        if isinstance(value, dt.datetime):
            return value.date().isoformat(), True
        if isinstance(value, dt.date):
            return value.isoformat(), True
        text = str(value).strip()
        try:
            return dt.date.fromisoformat(text[:10]).isoformat(), len(text) in (10, 19) or "T" in text
        except ValueError:
            return "", False
    if kind in _NORMALIZERS:
        return _NORMALIZERS[kind](question, value)
    if kind in ("select_multiple", "rank"):
        codes = selection(value)
        return codes, True
    if kind == "select_one":
        if isinstance(value, list | tuple):
            return ("", False) if len(value) != 1 else (str(value[0]), True)
        if isinstance(value, float) and value.is_integer():
            return str(int(value)), True
        return str(value).strip(), True
    if isinstance(value, dict | list | tuple):
        return "", False
    return str(value), True


_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?$")


def _time(question: Question, value: Any) -> tuple[Any, bool]:
    """``HH:MM[:SS]`` → ``HH:MM:SS``."""
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S"), True
    found = _TIME.match(str(value).strip())
    if found is None:
        return "", False
    hours, minutes, seconds = int(found.group(1)), int(found.group(2)), int(found.group(3) or 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        return "", False
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}", True


def _date_time(question: Question, value: Any) -> tuple[Any, bool]:
    """``YYYY-MM-DD[T ]HH:MM[:SS]`` → ``YYYY-MM-DDTHH:MM:SS``."""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0, tzinfo=None).isoformat(), True
    text = str(value).strip().replace(" ", "T", 1)
    day, _sep, clock = text.partition("T")
    try:
        date = dt.date.fromisoformat(day)
    except ValueError:
        return "", False
    moment, ok = _time(question, clock or "00:00")
    return (f"{date.isoformat()}T{moment}", True) if ok else ("", False)


def _range(question: Question, value: Any) -> tuple[Any, bool]:
    """A number between the ``start`` and ``end`` parameters, on a ``step`` from the start."""
    number = to_number(value if not isinstance(value, str) else value.strip().replace(",", "."))
    if isinstance(value, bool) or not math.isfinite(number):
        return "", False
    start = to_number(question.parameters.get("start", "1"))
    end = to_number(question.parameters.get("end", "10"))
    step = to_number(question.parameters.get("step", "1"))
    low, high = (start, end) if start <= end else (end, start)
    if not low <= number <= high:
        return "", False
    if math.isfinite(step) and step > 0 and not math.isclose((number - start) / step, round((number - start) / step)):
        return "", False
    return (int(number) if number.is_integer() else number), True


def _acknowledge(question: Question, value: Any) -> tuple[Any, bool]:
    if value is True or str(value).strip().upper() == "OK":
        return "OK", True
    return "", False


def _point(text: str) -> str | None:
    """``latitude longitude [altitude [accuracy]]`` checked and written back with single spaces."""
    parts = text.split()
    if not 2 <= len(parts) <= 4:
        return None
    numbers = [to_number(p.replace(",", ".")) for p in parts]
    if any(not math.isfinite(n) for n in numbers):
        return None
    if not -90 <= numbers[0] <= 90 or not -180 <= numbers[1] <= 180:
        return None
    if len(numbers) == 4 and numbers[3] < 0:
        return None
    return " ".join(to_string(n) for n in numbers)


def _location(question: Question, value: Any) -> tuple[Any, bool]:
    """A point, or points separated by ``;`` for a trace (two or more) and a shape (closed, three or more)."""
    pieces = [p.strip() for p in str(value).split(";") if p.strip()]
    points = [_point(p) for p in pieces]
    if not points or any(p is None for p in points):
        return "", False
    if question.type == "geopoint":
        return (points[0], True) if len(points) == 1 else ("", False)
    if question.type == "geotrace":
        return "; ".join(p for p in points if p), len(points) >= 2
    if points[0] != points[-1]:
        points.append(points[0])
    return "; ".join(p for p in points if p), len({*points}) >= 3


def attachment(file_name: str, data: bytes) -> dict[str, Any]:
    """The answer of a media question: the file's name, size, SHA-256 and content (base64)."""
    return {
        "file": Path(file_name).name[:200],
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "content": base64.b64encode(data).decode("ascii"),
    }


def _attachment(question: Question, value: Any) -> tuple[Any, bool]:
    """A file attached from disk: its name is what expressions see (as ODK stores it).  The content
    must be whole (its SHA-256 holds) and within :data:`MAX_ATTACHMENT_BYTES`."""
    if not isinstance(value, Mapping):
        return "", False
    name = str(value.get("file") or "").strip()
    digest = str(value.get("sha256") or "")
    if not name or len(digest) != 64:
        return "", False
    content = value.get("content")
    if content is not None:
        text = str(content)
        if len(text) > (MAX_ATTACHMENT_BYTES + 2) // 3 * 4:
            return "", False
        try:
            data = base64.b64decode(text, validate=True)
        except ValueError:
            return "", False
        if len(data) > MAX_ATTACHMENT_BYTES or hashlib.sha256(data).hexdigest() != digest:
            return "", False
    return name, True


_NORMALIZERS: dict[str, Callable[[Question, Any], tuple[Any, bool]]] = {
    "time": _time,
    "dateTime": _date_time,
    "range": _range,
    "acknowledge": _acknowledge,
    **{kind: _location for kind in LOCATION_TYPES},
    **{kind: _attachment for kind in MEDIA_TYPES},
}


def _label(question: Question) -> Texts:
    return question.title()


def _message(template: str, question: Question, detail: Texts | None = None) -> FormMessage:
    params: dict[str, Any] = {"label": _label(question), "name": question.name}
    if detail is not None:
        params["detail"] = detail
    return FormMessage("forms", template, params)


_TYPE_TEMPLATES = {
    "integer": QT_TRANSLATE_NOOP("forms", "“{label}”: enter a whole number."),
    "decimal": QT_TRANSLATE_NOOP("forms", "“{label}”: enter a number."),
    "date": QT_TRANSLATE_NOOP("forms", "“{label}”: enter a date."),
    "select_one": QT_TRANSLATE_NOOP("forms", "“{label}”: choose one of the answers in the list."),
    "select_multiple": QT_TRANSLATE_NOOP("forms", "“{label}”: choose answers from the list only."),
    "rank": QT_TRANSLATE_NOOP("forms", "“{label}”: put every answer of the list in order, each once."),
    "text": QT_TRANSLATE_NOOP("forms", "“{label}”: enter text."),
    "barcode": QT_TRANSLATE_NOOP("forms", "“{label}”: enter text."),
    "time": QT_TRANSLATE_NOOP("forms", "“{label}”: enter a time as HH:MM."),
    "dateTime": QT_TRANSLATE_NOOP("forms", "“{label}”: enter a date and a time."),
    "range": QT_TRANSLATE_NOOP("forms", "“{label}”: enter a number of the range shown."),
    "acknowledge": QT_TRANSLATE_NOOP("forms", "“{label}”: the answer can only be “OK”."),
    "geopoint": QT_TRANSLATE_NOOP(
        "forms", "“{label}”: enter latitude and longitude (degrees), then altitude and accuracy (metres) if known."
    ),
    "geotrace": QT_TRANSLATE_NOOP("forms", "“{label}”: enter two or more points separated by “;”."),
    "geoshape": QT_TRANSLATE_NOOP("forms", "“{label}”: enter three or more points separated by “;”."),
    **{
        kind: QT_TRANSLATE_NOOP("forms", "“{label}”: attach a file from the disk.")
        for kind in ("image", "audio", "video", "file")
    },
}


@dataclass
class _Level:
    """The questions outside repeats, or those of one repeat row, as they are evaluated."""

    answers: Mapping[str, Any]
    scope: Scope
    #: This level's own values (a row's values are seen before the sheet's).
    values: dict[str, Any]
    group_relevant: dict[str, bool]
    relevant: set[str] = field(default_factory=set)
    typed: dict[str, bool] = field(default_factory=dict)
    #: The answers as the sheet holds them, with the defaults of questions not answered.
    given: dict[str, Any] = field(default_factory=dict)
    defaulted: set[str] = field(default_factory=set)


@dataclass
class _Findings:
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    required: set[str] = field(default_factory=set)
    missing: list[str] = field(default_factory=list)
    answered: bool = False


def evaluate(
    form: Form,
    answers: Mapping[str, Any],
    context: Context | None = None,
    confirmed_warnings: Mapping[str, Any] | None = None,
) -> Evaluation:
    """Evaluate ``answers`` (``name → value``) on ``form``. Never raises on any answers.

    The answer of a repeat is its rows: a list of ``name → value`` mappings, one per row."""
    context = context or Context()
    confirmed = confirmed_warnings or {}
    values: dict[str, Any] = {}
    sheet = _Level(answers, _scope(values, context, form), values, {})
    calculated: dict[str, Any] = {}
    rows: dict[str, list[_Level]] = {}
    for question in form.plan:
        _visit(form, sheet, question, context, calculated)
        if question.type == "begin_repeat":
            _evaluate_rows(form, sheet, question, context, question.name, rows)

    found = _Findings()
    order: list[str] = []
    stale: list[str] = []
    for question in form.questions:
        name = question.name
        if question.repeat is not None:
            continue
        if name not in sheet.relevant:
            if question.is_input and not is_blank(answers.get(name)):
                stale.append(name)
            continue
        if question.type in ("note", "begin_repeat"):
            order.append(name)
        if question.type == "begin_repeat":
            for number in range(1, len(rows.get(name, [])) + 1):
                _check_row(form, question, name, rows, number, confirmed, found)
        if not question.is_input:
            continue
        order.append(name)
        _check(form, question, sheet, name, confirmed, found)
    sheet.scope.current = None

    if not found.answered:
        state = Completion.EMPTY
    elif found.errors or any(not w.confirmed for w in found.warnings):
        state = Completion.DRAFT
    else:
        state = Completion.COMPLETE
    return Evaluation(
        form=form,
        relevant=sheet.relevant,
        required=found.required,
        values=values,
        calculated=calculated,
        errors=found.errors,
        warnings=found.warnings,
        order=order,
        missing=found.missing,
        stale=stale,
        state=state,
        _context=context,
        defaulted=_defaulted(sheet),
        rows={name: [dict(level.values) for level in levels] for name, levels in rows.items()},
        row_relevant={name: [set(level.relevant) for level in levels] for name, levels in rows.items()},
    )


def _defaulted(level: _Level) -> dict[str, Any]:
    return {k: level.values[k] for k in level.defaulted if level.typed.get(k) and not is_blank(level.given[k])}


def _visit(form: Form, level: _Level, question: Question, context: Context, calculated: dict[str, Any]) -> None:
    """One question's relevance and value."""
    scope = level.scope
    on = True
    if question.groups:
        group_relevant = level.group_relevant
        on = all(group_relevant.get(g, True) for g in question.groups)
    if on and question.relevant is not None:
        on = question.relevant.truth(scope)
    name = question.name
    if question.type in ("begin_group", "begin_repeat"):
        level.group_relevant[name] = on
    elif question.type == "calculate":
        value = _calculated(question, level.answers, scope) if on else ""
        level.values[name] = value
        calculated[name] = value
    elif question.type == "meta":
        level.values[name] = _metadata(question, level.answers, context)
    elif question.type == "note":
        level.values[name] = ""
    elif on:
        raw = level.answers.get(name)
        if question.default is not None and is_blank(raw):
            raw = _default(question, scope)
            level.defaulted.add(name)
        level.given[name] = raw
        level.values[name], level.typed[name] = normalize(question, raw)
    else:
        level.values[name] = ""
    if on:
        level.relevant.add(name)


MAX_ROWS = 500


def _evaluate_rows(
    form: Form, sheet: _Level, repeat: Question, context: Context, path: str, tables: dict[str, list[_Level]]
) -> None:
    """Each row of a repeat (in ``tables`` at ``path``): its questions see their own row first, then the
    row around it (a repeat inside a repeat), then the rest of the sheet.  Outside the repeat, a question
    of it stands for its values in every row (``count()``, ``sum()``, ``join()``); a question of a repeat
    inside stands for its values in every inner row of every row."""
    stored = sheet.answers.get(repeat.name)
    given = [r for r in stored if isinstance(r, Mapping)] if isinstance(stored, list) else []
    on = repeat.name in sheet.relevant
    if on and repeat.repeat_count is not None:
        count = to_number(repeat.repeat_count.evaluate(sheet.scope))
        wanted = min(int(count), MAX_ROWS) if math.isfinite(count) and count > 0 else 0
        given = (given + [{}] * wanted)[:wanted]
    given = given[:MAX_ROWS] if on else []
    members = form.row_plans.get(repeat.name, [])
    every: dict[str, list[Any]] = {name: [] for name in _inside(form, repeat.name)}
    rows_seen: dict[str, NodeSet] = dict(sheet.scope.rows)
    sheet.scope.rows = rows_seen
    levels: list[_Level] = []
    for number, answers in enumerate(given, start=1):
        own: dict[str, Any] = {}
        scope = Scope(
            # The sheet's values are a dict, a row's a ChainMap: both mutable, as ChainMap wants.
            ChainMap(own, cast(MutableMapping[str, Any], sheet.scope.values)),
            sheet.scope.reference_date,
            sheet.scope.today,
            lookups=form,
            position=number,
            rows=rows_seen,
        )
        level = _Level(answers, scope, own, dict(sheet.group_relevant))
        for member in members:
            _visit(form, level, member, context, {})
            if member.type != "begin_repeat":
                every.setdefault(member.name, []).append(own.get(member.name, ""))
                rows_seen[member.name] = NodeSet(every[member.name])
                continue
            _evaluate_rows(form, level, member, context, f"{path}.{number}.{member.name}", tables)
            for name in (member.name, *_inside(form, member.name)):
                every.setdefault(name, []).extend(own.get(name, ()))
                rows_seen[name] = NodeSet(every[name])
        levels.append(level)
    for name, column in every.items():
        sheet.values[name] = NodeSet(column)
        rows_seen[name] = NodeSet(column)
    sheet.values[repeat.name] = NodeSet([""] * len(levels))
    tables[path] = levels


def _inside(form: Form, repeat: str) -> list[str]:
    """The questions asked in each row of ``repeat``, those of the repeats inside it included."""
    found: list[str] = []
    for question in form.questions:
        outer = question.repeat
        while outer is not None and outer != repeat:
            outer = form.by_name[outer].repeat if outer in form.by_name else None
        if outer == repeat:
            found.append(question.name)
    return found


def _check_row(
    form: Form,
    repeat: Question,
    path: str,
    tables: Mapping[str, list[_Level]],
    number: int,
    confirmed: Mapping[str, Any],
    found: _Findings,
) -> None:
    """The answers of one row (of the table at ``path``); what is wrong is told at the repeat, with the
    row's number, and for a repeat inside, with the row of the inner table too."""
    inner = _Findings()
    row = tables[path][number - 1]
    for question in form.members(repeat.name):
        if question.name not in row.relevant:
            continue
        if question.type == "begin_repeat":
            table = f"{path}.{number}.{question.name}"
            for inner_number in range(1, len(tables.get(table, [])) + 1):
                _check_row(form, question, table, tables, inner_number, confirmed, inner)
        elif question.is_input:
            _check(form, question, row, f"{path}.{number}.{question.name}", confirmed, inner)
    found.answered = found.answered or inner.answered
    if inner.missing and repeat.name not in found.missing:
        found.missing.append(repeat.name)
    for issues, into in ((inner.errors, found.errors), (inner.warnings, found.warnings)):
        for issue in issues:
            message = FormMessage(
                "forms", QT_TRANSLATE_NOOP("forms", "Row {row}: {what}"), {"row": number, "what": issue.message}
            )
            into.append(dataclasses.replace(issue, name=repeat.name, message=message, row=number, member=issue.name))


def _authored(question: Question, own: Texts, otherwise: str) -> FormMessage:
    """The form author's message for the question when the form gives one, else the program's."""
    if own:
        return _message(QT_TRANSLATE_NOOP("forms", "“{label}”: {detail}"), question, own)
    return _message(otherwise, question)


def _check(
    form: Form,
    question: Question,
    level: _Level,
    key: str,
    confirmed: Mapping[str, Any],
    found: _Findings,
) -> None:
    """Required, type, constraint and soft constraint of one answer; ``key`` names its confirmation."""
    name = question.name
    scope = level.scope
    value = level.values[name]
    raw = level.given.get(name)
    if not found.answered and not is_blank(level.answers.get(name)):
        found.answered = True
    if question.required is not None and question.required.truth(scope):
        found.required.add(name)
        if is_blank(raw):
            found.missing.append(name)
            message = _authored(
                question, question.required_message, QT_TRANSLATE_NOOP("forms", "“{label}” needs an answer.")
            )
            found.errors.append(Issue(name, IssueKind.REQUIRED, message))
            return
    if is_blank(raw):
        return
    if not level.typed.get(name, True) or not _choices_ok(form, question, value, scope):
        found.errors.append(Issue(name, IssueKind.TYPE, _message(_TYPE_TEMPLATES[question.type], question)))
        return
    scope.current = value
    if question.constraint is not None and not question.constraint.truth(scope):
        message = _authored(
            question, question.constraint_message, QT_TRANSLATE_NOOP("forms", "“{label}”: the answer is not allowed.")
        )
        found.errors.append(Issue(name, IssueKind.CONSTRAINT, message))
        return
    if question.soft_constraint is not None and not question.soft_constraint.truth(scope):
        message = _authored(
            question,
            question.soft_constraint_message,
            QT_TRANSLATE_NOOP("forms", "“{label}”: the answer is unusual; check it."),
        )
        reason = confirmed.get(key)
        ok = reason is not None and str(reason).strip() != ""
        found.warnings.append(Issue(name, IssueKind.SOFT, message, ok, str(reason).strip() if ok else ""))


def _calculated(question: Question, answers: Mapping[str, Any], scope: Scope) -> Any:
    """A calculation's value: NaN and infinities are blank, whole numbers are integers.  What the sheet
    already holds is what ``once()`` keeps; a ``hidden`` field without a formula holds its default."""
    if question.calculation is None:
        return _default(question, scope) if question.default is not None else answers.get(question.name, "")
    scope.previous = answers.get(question.name)
    value = question.calculation.evaluate(scope)
    scope.previous = None
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return int(value)
    return to_string(value) if isinstance(value, tuple) else value


def _metadata(question: Question, answers: Mapping[str, Any], context: Context) -> Any:
    """Who fills the sheet, on which computer, and when: kept once it is in the sheet."""
    stored = answers.get(question.name)
    if not is_blank(stored):
        return stored
    kind = question.meta or ""
    if kind in context.metadata:
        return context.metadata[kind]
    today = context.today or dt.date.today()
    if kind == "today":
        return today.isoformat()
    if kind in ("start", "end"):
        return dt.datetime.now().replace(microsecond=0).isoformat()
    return ""


def _default(question: Question, scope: Scope) -> Any:
    if question.default_expression is not None:
        value = question.default_expression.evaluate(scope)
        return "" if isinstance(value, float) and not math.isfinite(value) else to_string(value)
    if question.type in ("select_multiple", "rank"):
        return selection(question.default)
    return question.default


def _filtered(form: Form, question: Question, scope: Scope) -> list[Choice]:
    items = form.choice_list(question)
    if question.choice_filter is None:
        return list(items)
    result = []
    for choice in items:
        scope.row = choice.columns
        if to_bool(question.choice_filter.evaluate(scope)):
            result.append(choice)
    scope.row = {}
    return result


def _choices_ok(form: Form, question: Question, value: Any, scope: Scope) -> bool:
    if not question.is_select:
        return True
    codes = value if isinstance(value, list) else [value]
    if question.type == "select_one" and len(codes) != 1:
        return False
    if len(set(codes)) != len(codes):
        return False
    if question.type == "rank":  # every choice the filter lets through, each once, in the person's order
        return sorted(codes) == sorted(c.name for c in _filtered(form, question, scope))
    for code in codes:
        choice = form.choice(question, code)
        if choice is None:
            return False
        if question.choice_filter is not None:
            # A list may hold a name twice under different filters (a county of two states).
            namesakes = [c for c in form.choice_list(question) if c.name == code] or [choice]
            allowed = False
            for candidate in namesakes:
                scope.row = candidate.columns
                allowed = allowed or to_bool(question.choice_filter.evaluate(scope))
            scope.row = {}
            if not allowed:
                return False
    return True
