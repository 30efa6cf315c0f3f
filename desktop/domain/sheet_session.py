"""One sheet being filled: the answers in memory, evaluated by the form engine at every change.

Pure Python and fast (the engine evaluates a whole form in well under a millisecond), so the sheet
screen asks it what to show after every keystroke without touching the database.  Saving is done
elsewhere, from :meth:`SheetSession.answers`.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.forms.engine import Context, Evaluation, IssueKind, evaluate, is_blank
from desktop.domain.forms.model import INPUT_TYPES, MEDIA_TYPES, Form, Question
from desktop.domain.text import Message

SHOWN_TYPES = (*INPUT_TYPES, "note", "begin_repeat")
#: The one choice of an acknowledgement (``acknowledge``, ``trigger``): the stored value is "OK".
ACKNOWLEDGED = "OK"


@dataclass(frozen=True)
class ChoiceItem:
    value: str
    label: str


@dataclass(frozen=True)
class Item:
    """A question as the screen shows it, in one language."""

    name: str
    number: str
    kind: str
    label: str
    hint: str
    choices: tuple[ChoiceItem, ...] = ()
    section: str = ""
    read_only: bool = False
    #: For a repeat (kind ``begin_repeat``): the questions of each row (a repeat inside is one of them,
    #: a table in each row), and whether the form fixes the number of rows (``repeat_count``).
    columns: tuple[Item, ...] = ()
    fixed_rows: bool = False


@dataclass(frozen=True)
class ItemState:
    relevant: bool
    required: bool
    errors: list[Message] = field(default_factory=list)
    #: Warnings not yet confirmed.
    warnings: list[Message] = field(default_factory=list)
    #: The question has a warning (confirmed or not): the screen offers a reason field.
    warned: bool = False
    #: The reason given when the warning was confirmed.
    reason: str = ""
    #: The label with ``${name}`` references filled in, when it has any (else None: unchanged).
    label: str | None = None
    #: Required and not answered yet (its only error is then "needs an answer").
    missing: bool = False


_CACHE: dict[tuple[int, str, str], tuple[Form, Any]] = {}


def _cached(form: Form, what: str, lang: str, build: Any) -> Any:
    """Per-form results kept while the form lives in the cache (forms are not hashable)."""
    key = (id(form), what, lang)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is form:
        return hit[1]
    if len(_CACHE) > 64:
        _CACHE.clear()
    value = build()
    _CACHE[key] = (form, value)
    return value


def numbers(form: Form) -> dict[str, str]:
    """Questions numbered 1, 2, … in form order (inputs only; notes and calculations have none)."""
    return dict(_cached(form, "numbers", "", lambda: _numbers(form)))


def _numbers(form: Form) -> dict[str, str]:
    result: dict[str, str] = {}
    count = 0
    for question in form.questions:
        if question.type in SHOWN_TYPES and question.type not in ("note", "begin_repeat") and question.repeat is None:
            count += 1
            result[question.name] = str(count)
    return result


def section_of(form: Form, question: Question, lang: str) -> str:
    if not question.groups:
        return ""
    group = form.groups.get(question.groups[-1])
    if group is None or not group.label:
        return ""
    return group.label.get(lang, form.default_language)


def items(form: Form, lang: str) -> tuple[Item, ...]:
    """The shown questions of a form in one language (built once per form and language)."""
    return tuple(_cached(form, "items", lang, lambda: _items(form, lang)))


def _items(form: Form, lang: str) -> tuple[Item, ...]:
    numbered = numbers(form)
    return tuple(
        _item(form, question, lang, numbered.get(question.name, ""))
        for question in form.questions
        if question.type in SHOWN_TYPES and question.repeat is None
    )


def _item(form: Form, question: Question, lang: str, number: str) -> Item:
    choices: tuple[ChoiceItem, ...] = ()
    if question.type == "acknowledge":
        choices = (ChoiceItem(ACKNOWLEDGED, ACKNOWLEDGED),)
    if question.is_select:
        choices = tuple(
            ChoiceItem(c.name, c.label.get(lang, form.default_language) or c.name) for c in form.choice_list(question)
        )
    columns: tuple[Item, ...] = ()
    if question.type == "begin_repeat":
        columns = tuple(
            _item(form, m, lang, "") for m in form.members(question.name) if m.is_input or m.type == "begin_repeat"
        )
    return Item(
        name=question.name,
        number=number,
        kind=question.type,
        label=question.title().get(lang, form.default_language),
        hint=question.hint.get(lang, form.default_language),
        choices=choices,
        section=section_of(form, question, lang),
        read_only=question.read_only,
        columns=columns,
        fixed_rows=question.repeat_count is not None,
    )


def display(form: Form, name: str, value: Any, lang: str) -> str:
    """An answer as a person reads it: choice labels instead of codes, dates as DD.MM.YYYY."""
    if is_blank(value):
        return ""
    question = form.by_name.get(name)
    if question is None:
        return str(value)
    if question.is_select:
        if isinstance(value, list | tuple):
            codes = list(value)
        else:
            codes = str(value).split() if question.type in ("select_multiple", "rank") else [value]
        return "; ".join(form.choice_label(name, str(code), lang) for code in codes)
    if question.type in MEDIA_TYPES and isinstance(value, dict):
        return str(value.get("file", ""))  # the file's name, never its content
    if question.type == "begin_repeat" and isinstance(value, list):
        return "; ".join(
            ", ".join(display(form, m.name, row.get(m.name), lang) for m in form.members(name) if row.get(m.name))
            for row in value
            if isinstance(row, dict)
        )
    if question.type == "date":
        text = str(value)
        if len(text) >= 10 and text[4] == "-" and text[7] == "-":
            return f"{text[8:10]}.{text[5:7]}.{text[0:4]}"
        return text
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class SheetSession:
    """The answers of one sheet and their evaluation."""

    def __init__(
        self,
        form: Form,
        answers: Mapping[str, Any],
        *,
        lang: str,
        context: Context | None = None,
        confirmed: Mapping[str, str] | None = None,
    ) -> None:
        self.form = form
        self.lang = lang
        self.context = context or Context()
        self._answers: dict[str, Any] = copy.deepcopy(dict(answers))
        self._confirmed: dict[str, str] = dict(confirmed or {})
        self.evaluation: Evaluation = self._evaluate()

    @classmethod
    def open(cls, data: Any, *, lang: str, context: Context | None = None) -> SheetSession:
        """From a :class:`desktop.services.entry.SheetData` (or anything with form, answers,
        confirmed_warnings)."""
        return cls(data.form, data.answers, lang=lang, context=context, confirmed=data.confirmed_warnings)

    @property
    def form_id(self) -> str:
        return self.form.form_id

    @property
    def form_version(self) -> str:
        return self.form.version

    def _evaluate(self) -> Evaluation:
        return evaluate(self.form, self._answers, self.context, self._confirmed)

    def items(self) -> tuple[Item, ...]:
        return items(self.form, self.lang)

    def value(self, name: str) -> Any:
        """The answer, or the form's default while the question has none; a repeat's rows (as many as
        the form fixes, when it does)."""
        answer = self._answers.get(name)
        rows = self.evaluation.rows.get(name)
        if rows is not None:
            given = [dict(r) for r in answer if isinstance(r, dict)] if isinstance(answer, list) else []
            question = self.form.by_name[name]
            return (given + [{}] * len(rows))[: len(rows)] if question.repeat_count is not None else given
        if is_blank(answer):
            return self.evaluation.defaulted.get(name, answer)
        return answer

    def set(self, name: str, value: Any) -> None:
        """Change an answer; a confirmation given for the old answer no longer holds."""
        if is_blank(value):
            self._answers.pop(name, None)
        else:
            self._answers[name] = value
        self._confirmed.pop(name, None)
        self.evaluation = self._evaluate()

    def confirm(self, name: str, reason: str | None) -> None:
        """Confirm (with a reason) or take back the confirmation of a warning."""
        reason = " ".join((reason or "").split())
        if reason:
            self._confirmed[name] = reason
        else:
            self._confirmed.pop(name, None)
        self.evaluation = self._evaluate()

    @property
    def confirmed(self) -> dict[str, str]:
        return dict(self._confirmed)

    def state(self, name: str) -> ItemState:
        evaluation = self.evaluation
        soft = [i for i in evaluation.warnings if i.name == name]
        return ItemState(
            relevant=name in evaluation.relevant,
            required=name in evaluation.required,
            errors=[i.message for i in evaluation.errors if i.name == name],
            warnings=[i.message for i in soft if not i.confirmed],
            warned=bool(soft),
            reason=next((i.reason for i in soft if i.confirmed), ""),
            label=self._live_label(name),
            missing=name in evaluation.missing,
        )

    def _live_label(self, name: str) -> str | None:
        question = self.form.by_name.get(name)
        if question is None or "${" not in question.title().get(self.lang, self.form.default_language):
            return None
        return self.evaluation.label(name, self.lang)

    def order(self) -> list[str]:
        return list(self.evaluation.order)

    def problems(self) -> list[tuple[str, str, Message]]:
        """Errors ("missing" for an unanswered required question, else "error") and unconfirmed
        warnings, in the order of the form."""
        position = {name: i for i, name in enumerate(self.evaluation.order)}
        found: list[tuple[int, int, str, str, Message]] = []
        for issue in self.evaluation.errors:
            level = "missing" if issue.kind is IssueKind.REQUIRED else "error"
            found.append((position.get(issue.name, 10**6), 0, issue.name, level, issue.message))
        for issue in self.evaluation.warnings:
            if not issue.confirmed:
                found.append((position.get(issue.name, 10**6), 1, issue.name, "warning", issue.message))
        found.sort(key=lambda item: (item[0], item[1]))
        return [(name, level, message) for _p, _k, name, level, message in found]

    @property
    def completion(self) -> str:
        return self.evaluation.state.value

    def answers(self) -> dict[str, Any]:
        """The answers to save: relevant or not (a draft keeps what was typed), blanks dropped; the
        form's defaults stand for questions not answered."""
        saved = {k: copy.deepcopy(v) for k, v in self._answers.items() if not is_blank(v)}
        return {**copy.deepcopy(self.evaluation.defaulted), **saved}
