"""Prefill of a sheet: from the register person, and from a row of an administration file."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any

from desktop.domain.forms.model import PREFILL_FIELDS, Form, Question

#: Register fields a form may prefill (the ``prefill`` column of the survey sheet).
REGISTER_FIELDS = PREFILL_FIELDS[: PREFILL_FIELDS.index("residence") + 1]


def _plain(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return int(value) if value.is_integer() else value
    if hasattr(value, "value") and isinstance(value.value, str):  # an Enum
        return value.value
    text = " ".join(str(value).split())
    return text or None


def choice_code(form: Form, question: Question, raw: Any) -> str | None:
    """The choice code for a raw value: the code itself, a ``register`` column value, or a label."""
    value = _plain(raw)
    if value is None:
        return None
    text = str(value)
    if form.choice(question, text) is not None:
        return text
    folded = text.casefold()
    for choice in form.choice_list(question):
        register = choice.columns.get("register", "")
        if register and folded in {part.strip().casefold() for part in register.split("|")}:
            return choice.name
    for choice in form.choice_list(question):
        if folded in {label.casefold() for label in choice.label.as_dict().values()}:
            return choice.name
    return None


def convert(form: Form, question: Question, raw: Any) -> Any:
    """A raw value (from the register or a spreadsheet cell) as the answer to ``question``.

    Returns ``None`` when the value cannot be an answer (it is then left for the employee).
    """
    value = _plain(raw)
    if value is None:
        return None
    if question.type == "select_one":
        return choice_code(form, question, value)
    if question.type in ("select_multiple", "rank"):
        parts = [p for p in str(value).replace(";", ",").split(",") if p.strip()]
        if len(parts) == 1 and " " in parts[0] and choice_code(form, question, parts[0]) is None:
            parts = parts[0].split()
        codes = [choice_code(form, question, p) for p in parts]
        return [c for c in codes if c] if codes and all(codes) else None
    if question.type == "integer":
        try:
            number = float(str(value).replace(" ", "").replace(",", "."))
        except ValueError:
            return None
        return int(number) if number.is_integer() else None
    if question.type == "decimal":
        try:
            return float(str(value).replace(" ", "").replace(",", "."))
        except ValueError:
            return None
    if question.type == "date":
        text = str(value)
        for parse in (dt.date.fromisoformat, lambda t: dt.datetime.strptime(t, "%d.%m.%Y").date()):
            try:
                return parse(text[:10]).isoformat()
            except ValueError:
                continue
        return None
    return str(value)


def prefill_from_person(form: Form, person: Mapping[str, Any]) -> dict[str, Any]:
    """Answers taken from a register person (``surname``, ``name``, ``iin``, ``sex`` "M"/"F",
    ``birth_date``, ``citizenship``, ``country_code``, …) for the questions with a ``prefill``."""
    data = dict(person)
    if "full_name" not in data:
        data["full_name"] = " ".join(str(data.get(k) or "") for k in ("surname", "name", "patronymic")).strip()
    answers: dict[str, Any] = {}
    for question in form.questions:
        if not question.prefill or not question.is_input:
            continue
        value = convert(form, question, data.get(question.prefill))
        if value is not None and value != "":
            answers[question.name] = value
    return answers


def prefill_from_row(
    form: Form, row: Mapping[str, Any], columns: Mapping[str, str]
) -> tuple[dict[str, Any], list[str]]:
    """Answers from one row of an administration file; ``columns`` maps a header to a question name.

    Returns the answers and the names of questions whose cell could not be understood.
    """
    answers: dict[str, Any] = {}
    rejected: list[str] = []
    for header, name in columns.items():
        question = form.by_name.get(name)
        if question is None or not question.is_input:
            continue
        raw = row.get(header)
        if _plain(raw) is None:
            continue
        value = convert(form, question, raw)
        if value is None or value == "":
            rejected.append(name)
        else:
            answers[name] = value
    return answers, rejected


def guess_columns(form: Form, headers: list[str]) -> dict[str, str]:
    """A mapping header → question name by question name or label (any language), ignoring case."""
    keys: dict[str, str] = {}
    for question in form.inputs:
        keys.setdefault(question.name.casefold(), question.name)
        for label in question.label.as_dict().values():
            keys.setdefault(" ".join(label.split()).casefold().rstrip(":"), question.name)
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for header in headers:
        name = keys.get(" ".join(str(header).split()).casefold().rstrip(":"))
        if name and name not in used:
            mapping[header] = name
            used.add(name)
    return mapping
