"""Forms written by others (tests/data/xlsforms): whatever pyxform accepts loads, and a path through it evaluates."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path
from typing import Any

import pytest

from desktop.domain import forms

CORPUS = Path(__file__).parents[1] / "data" / "xlsforms"
FILES = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".xlsx", ".xls"))
CONTEXT = forms.Context(
    reference_date=dt.date(2021, 9, 1),
    today=dt.date(2021, 10, 5),
    metadata={"username": "operator", "deviceid": "pc-1", "email": "operator@example.kz"},
)

#: Forms pyxform accepts that the program refuses, each with the words of the refusal and why.
REFUSED = {
    # The calculation is an English sentence: pyxform does not parse expressions, ODK Validate refuses it.
    "bad_calc.xlsx": "Unexpected character",
    "bug_bad_calc.xlsx": "Unexpected character",
    # Its lists are CSV files the repository does not publish.
    "bug_UCL_Biomass_Plot_Form.xlsx": "not among the classifiers",
}


def pyxform_accepts(path: Path) -> bool:
    from pyxform.xls2xform import convert

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            convert(str(path), warnings=[])
    except Exception:  # noqa: BLE001 - pyxform refuses in many ways; any of them means "not a valid form"
        return False
    return True


def plausible(question: forms.Question, choices: list[forms.Choice]) -> Any:
    """An answer a person could give, of the question's type."""
    values: dict[str, Any] = {
        "integer": 3,
        "decimal": 2.5,
        "text": "Абай",
        "barcode": "4870001234567",
        "date": "2021-09-01",
        "time": "09:30",
        "dateTime": "2021-09-01T09:30",
        "acknowledge": "OK",
        "geopoint": "43.2567 76.9286 850 5",
        "geotrace": "43.25 76.92; 43.26 76.93",
        "geoshape": "43.25 76.92; 43.26 76.93; 43.27 76.92",
        "image": forms.attachment("scan.jpg", b"\xff\xd8 a scan"),
        "audio": forms.attachment("voice.m4a", b"a voice"),
        "video": forms.attachment("clip.mp4", b"a clip"),
        "file": forms.attachment("record.pdf", b"%PDF-1.4 a record"),
    }
    if question.type == "range":
        return forms.engine.normalize(question, question.parameters.get("start", "1"))[0]
    if question.type == "rank":
        return [choice.name for choice in reversed(choices)]
    if question.is_select:
        return [choices[0].name] if question.type == "select_multiple" else choices[0].name
    return values[question.type]


def one_row(form: forms.Form, repeat: str) -> dict[str, Any]:
    """A row of a repeat with each of its questions answered, and one row in each repeat inside it."""
    return {
        m.name: [one_row(form, m.name)] if m.type == "begin_repeat" else plausible(m, form.choice_list(m))
        for m in form.members(repeat)
        if m.type == "begin_repeat" or (m.is_input and (not m.is_select or form.choice_list(m)))
    }


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_form_pyxform_accepts_loads_and_a_path_through_it_evaluates(path: Path) -> None:
    if not pyxform_accepts(path):
        pytest.skip("pyxform refuses this form: it is one of its examples of an invalid form")
    content = path.read_bytes()
    media = forms.media_from_dirs(path.parent)
    if path.name in REFUSED:
        with pytest.raises(forms.FormInvalid) as caught:
            forms.load_form(content, media=media, name=path.stem)
        assert any(REFUSED[path.name] in p.render() for p in caught.value.problems)
        assert all(p.row is not None for p in caught.value.problems)
        return
    form = forms.load_form(content, media=media, name=path.stem)
    assert form.questions, "a form with questions loads with them"
    answers: dict[str, Any] = {}
    evaluation = forms.evaluate(form, answers, CONTEXT)
    answered: set[str] = set()
    while True:  # answer the next relevant input in keyboard order, as a person at the keyboard would
        evaluation = forms.evaluate(form, answers, CONTEXT)
        waiting = [
            n
            for n in evaluation.order
            if (form.by_name[n].is_input or form.by_name[n].type == "begin_repeat") and n not in answered
        ]
        if not waiting:
            break
        name = waiting[0]
        answered.add(name)
        question = form.by_name[name]
        if question.type == "begin_repeat":  # one row, each of its questions answered
            answers[name] = [one_row(form, name)]
            evaluation = forms.evaluate(form, answers, CONTEXT)
            assert not [e for e in evaluation.errors if e.row and e.kind is forms.IssueKind.TYPE], name
            continue
        choices = evaluation.choices(name) if question.is_select else []
        if question.is_select and not choices:
            continue
        answers[name] = plausible(question, choices)
        evaluation = forms.evaluate(form, answers, CONTEXT)
        assert not [e for e in evaluation.errors if e.name == name and e.kind is forms.IssueKind.TYPE], name
    assert evaluation.state is not forms.Completion.EMPTY or not answered
    for warning in form.warnings:
        assert warning.sheet in ("survey", "choices", "settings") and warning.column
