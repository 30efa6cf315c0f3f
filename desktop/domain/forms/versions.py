"""What changed between two versions of a form, for a sheet started on the older one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.domain.forms.engine import is_blank, normalize
from desktop.domain.forms.model import Form, FormMessage, Question
from desktop.domain.text import QT_TRANSLATE_NOOP


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    TYPE = "type"
    LABEL = "label"
    CHOICES = "choices"
    RULES = "rules"  # relevant, required, constraints or calculation
    ANSWER_DROPPED = "answer_dropped"  # the stored answer no longer fits the question


@dataclass(frozen=True)
class Change:
    name: str
    kind: ChangeKind
    message: FormMessage


_TEMPLATES = {
    ChangeKind.ADDED: QT_TRANSLATE_NOOP("forms", "New question “{label}”."),
    ChangeKind.REMOVED: QT_TRANSLATE_NOOP("forms", "The question “{label}” was removed; its answer is kept aside."),
    ChangeKind.TYPE: QT_TRANSLATE_NOOP("forms", "The question “{label}” takes another kind of answer now."),
    ChangeKind.LABEL: QT_TRANSLATE_NOOP("forms", "The wording of “{label}” changed."),
    ChangeKind.CHOICES: QT_TRANSLATE_NOOP("forms", "The answers to choose from in “{label}” changed."),
    ChangeKind.RULES: QT_TRANSLATE_NOOP("forms", "When “{label}” is asked or what it accepts changed."),
    ChangeKind.ANSWER_DROPPED: QT_TRANSLATE_NOOP(
        "forms", "The answer to “{label}” no longer fits the question; answer it again."
    ),
}


def _change(kind: ChangeKind, question: Question) -> Change:
    return Change(question.name, kind, FormMessage("forms", _TEMPLATES[kind], {"label": question.title()}))


def _choice_signature(form: Form, question: Question) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    return tuple((c.name, tuple(sorted(c.label.as_dict().items()))) for c in form.choice_list(question))


def changes_between(old: Form, new: Form, answers: Mapping[str, Any] | None = None) -> list[Change]:
    """Changes from ``old`` to ``new`` in the order of the new form, then the removed questions.

    With ``answers`` (given on ``old``), also the answers that no longer fit the new question.
    """
    changes: list[Change] = []
    for question in new.questions:
        before = old.by_name.get(question.name)
        if before is None:
            if question.is_input or question.type == "note":
                changes.append(_change(ChangeKind.ADDED, question))
            continue
        if before.type != question.type or (before.list_name or before.file) != (question.list_name or question.file):
            if before.type != question.type:
                changes.append(_change(ChangeKind.TYPE, question))
            else:
                changes.append(_change(ChangeKind.CHOICES, question))
        elif question.is_select and _choice_signature(old, before) != _choice_signature(new, question):
            changes.append(_change(ChangeKind.CHOICES, question))
        if before.label != question.label or before.hint != question.hint:
            changes.append(_change(ChangeKind.LABEL, question))
        if before.raw != question.raw:
            changes.append(_change(ChangeKind.RULES, question))
        if answers is not None and question.is_input and not is_blank(answers.get(question.name)):
            value, ok = normalize(question, answers.get(question.name))
            fits = ok
            if ok and question.is_select:
                codes = value if isinstance(value, list) else [value]
                fits = all(new.choice(question, code) is not None for code in codes)
            if not fits:
                changes.append(_change(ChangeKind.ANSWER_DROPPED, question))
    for question in old.questions:
        if question.name not in new.by_name and (question.is_input or question.type == "note"):
            changes.append(_change(ChangeKind.REMOVED, question))
    return changes


def carry_answers(new: Form, answers: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split answers given on an older version into those the new version keeps and those set aside."""
    kept: dict[str, Any] = {}
    aside: dict[str, Any] = {}
    for name, value in answers.items():
        question = new.by_name.get(name)
        if question is None or not question.is_input:
            aside[name] = value
            continue
        normalized, ok = normalize(question, value)
        if ok and question.is_select and not is_blank(value):
            codes = normalized if isinstance(normalized, list) else [normalized]
            ok = all(new.choice(question, code) is not None for code in codes)
        (kept if ok else aside)[name] = value
    return kept, aside
