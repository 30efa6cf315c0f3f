"""Reading XLSForm workbooks: valid forms load, invalid ones are refused at sheet/row/column; versions."""

from __future__ import annotations

import io
from typing import Any

import openpyxl
import pytest

from desktop.domain import forms
from desktop.services import forms as form_service

SURVEY = [
    "type",
    "name",
    "label::Русский (ru)",
    "label::Қазақша (kk)",
    "relevant",
    "constraint",
    "calculation",
    "choice_filter",
    "required",
    "soft_constraint",
]
CHOICES = ["list_name", "name", "label::Русский (ru)", "label::Қазақша (kk)", "region"]


def workbook(survey: list[list[Any]], choices: list[list[Any]] | None = None, version: str = "1") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    sheet.append(SURVEY)
    for row in survey:
        sheet.append(row)
    table = book.create_sheet("choices")
    table.append(CHOICES)
    for row in choices or [["yn", "1", "Да", "Иә", ""], ["yn", "2", "Нет", "Жоқ", ""]]:
        table.append(row)
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version", "default_language"])
    settings.append(["test_form", version, "Русский (ru)"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def problems(content: bytes) -> list[tuple[str, int | None, str | None, str]]:
    with pytest.raises(forms.FormInvalid) as caught:
        forms.load_form(content)
    return [(p.sheet, p.row, p.column, p.message.render()) for p in caught.value.problems]


def test_a_valid_form_loads_and_pyxform_agrees() -> None:
    content = workbook([["integer", "age", "Возраст", "Жасы", "", ". >= 0", "", "", "yes", ""]])
    form = forms.load_form(content)
    assert form.form_id == "test_form" and [q.name for q in form.inputs] == ["age"]
    assert form_service.check_bytes(content).ok


def test_a_malformed_expression_names_the_question_and_the_cell() -> None:
    content = workbook(
        [
            ["integer", "age", "Возраст", "Жасы", "", ". >= ", "", "", "", ""],
            ["text", "name", "Имя", "Аты", "${agee} > 1", "", "", "", "", ""],
        ]
    )
    found = problems(content)
    assert found[0][:3] == ("survey", 2, "F (constraint)")
    assert "“age”" in found[0][3] and ". >=" in found[0][3]
    assert found[1][:3] == ("survey", 3, "E (relevant)")
    assert "${agee}" in found[1][3]


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        (["hologram", "where", "Где", "Қайда", "", "", "", "", "", ""], "A (type)", "not supported"),
        (["select_one nolist", "x", "X", "X", "", "", "", "", "", ""], "A (type)", "nolist"),
        (["integer", "1bad", "X", "X", "", "", "", "", "", ""], "B (name)", "Latin letter"),
        (["integer", "", "X", "X", "", "", "", "", "", ""], "B (name)", "empty"),
        (["integer", "x", "", "", "", "", "", "", "", ""], "C (label::Русский (ru))", "no label"),
        (["calculate", "c", "", "", "", "", "", "", "", ""], "G (calculation)", "no formula"),
        (["begin_group", "g", "G", "G", "", "", "", "", "", ""], "A (type)", "never closed"),
        (["end_group", "", "", "", "", "", "", "", "", ""], "A (type)", "without a matching"),
    ],
)
def test_invalid_rows_are_located(row: list[Any], column: str, words: str) -> None:
    found = problems(workbook([row]))
    assert found[0][0] == "survey" and found[0][1] == 2 and found[0][2] == column
    assert words in found[0][3]


def test_duplicates_and_cycles_are_refused() -> None:
    found = problems(
        workbook(
            [
                ["integer", "a", "A", "A", "", "", "", "", "", ""],
                ["integer", "a", "A", "A", "", "", "", "", "", ""],
            ]
        )
    )
    assert found[0][:3] == ("survey", 3, "B (name)") and "row 2" in found[0][3]
    found = problems(
        workbook(
            [
                ["calculate", "x", "", "", "", "", "${y} + 1", "", "", ""],
                ["calculate", "y", "", "", "", "", "${x} + 1", "", "", ""],
            ]
        )
    )
    assert "depends on itself" in found[0][3]


def test_a_broken_file_is_refused_cleanly() -> None:
    found = problems(b"PK\x03\x04 not really a zip")
    assert found[0][0] == "-" and "not an Excel workbook" in found[0][3]
    assert not form_service.check_bytes(b"").ok


def test_groups_hide_their_questions_and_calculations_follow_dependencies() -> None:
    content = workbook(
        [
            ["calculate", "double", "", "", "", "", "${n} * 2", "", "", ""],
            ["integer", "n", "N", "N", "", "", "", "", "", ""],
            ["begin_group", "g", "G", "G", "${double} > 10", "", "", "", "", ""],
            ["text", "inside", "Внутри", "Ішінде", "", "", "", "", "yes", ""],
            ["end_group", "", "", "", "", "", "", "", "", ""],
        ]
    )
    form = forms.load_form(content)
    small = forms.evaluate(form, {"n": 3})
    assert small.calculated["double"] == 6 and "inside" not in small.relevant
    assert small.state is forms.Completion.COMPLETE
    big = forms.evaluate(form, {"n": 6})
    assert big.missing == ["inside"] and big.state is forms.Completion.DRAFT


def test_choice_filters_narrow_the_list() -> None:
    content = workbook(
        [
            ["select_one region", "region", "Область", "Облыс", "", "", "", "", "", ""],
            ["select_one district", "district", "Район", "Аудан", "", "", "", "region = ${region}", "", ""],
        ],
        [
            ["region", "31", "Жамбылская", "Жамбыл", ""],
            ["region", "19", "Алматинская", "Алматы", ""],
            ["district", "3148", "Кордайский", "Қордай", "31"],
            ["district", "1915", "Талгарский", "Талғар", "19"],
        ],
    )
    form = forms.load_form(content)
    evaluation = forms.evaluate(form, {"region": "31", "district": "1915"})
    assert [c.name for c in evaluation.choices("district")] == ["3148"]
    assert [e.name for e in evaluation.errors] == ["district"]


def test_a_later_version_lists_what_changed() -> None:
    old = forms.load_form(
        workbook(
            [
                ["integer", "age", "Возраст", "Жасы", "", "", "", "", "", ""],
                ["select_one yn", "works", "Работает?", "Жұмыс істей ме?", "", "", "", "", "", ""],
                ["text", "gone", "Убран", "Алынды", "", "", "", "", "", ""],
            ]
        )
    )
    new = forms.load_form(
        workbook(
            [
                ["integer", "age", "Полных лет", "Толық жасы", "", ". >= 0", "", "", "", ""],
                ["select_one yn", "works", "Работает?", "Жұмыс істей ме?", "", "", "", "", "", ""],
                ["text", "added", "Новый", "Жаңа", "", "", "", "", "", ""],
            ],
            [["yn", "1", "Да", "Иә", ""], ["yn", "3", "Иногда", "Кейде", ""]],
            version="2",
        )
    )
    changes = forms.changes_between(old, new, {"age": 30, "works": "2", "gone": "x"})
    kinds = [(c.name, c.kind.value) for c in changes]
    assert kinds == [
        ("age", "label"),
        ("age", "rules"),
        ("works", "choices"),
        ("works", "answer_dropped"),
        ("added", "added"),
        ("gone", "removed"),
    ]
    assert "Толық жасы" in changes[0].message.text("kk")
    kept, aside = forms.carry_answers(new, {"age": 30, "works": "2", "gone": "x"})
    assert kept == {"age": 30} and aside == {"works": "2", "gone": "x"}


def test_shipped_forms_are_what_the_generator_builds() -> None:
    """resources/forms/*.xlsx are reproducible from tools/build_forms.py, the reviewable source."""
    from desktop.resources import resource
    from tools import build_forms

    outputs = {
        "census2021_person.xlsx": (build_forms.PERSON_SURVEY, build_forms.PERSON_CHOICES, build_forms.PERSON_SETTINGS),
        "census2021_institution.xlsx": (
            build_forms.INSTITUTION_SURVEY,
            build_forms.INSTITUTION_CHOICES,
            build_forms.INSTITUTION_SETTINGS,
        ),
    }
    for name, (survey, choices, settings) in outputs.items():
        built = build_forms._deterministic(build_forms.workbook(survey, choices, settings))
        assert built == resource("forms", name).read_bytes(), f"run: python -m tools.build_forms ({name})"
