"""XLSForms as others write them: old spellings, defaults, metadata, lookups — read as pyxform reads them."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import forms

CONTEXT = forms.Context(reference_date=dt.date(2021, 9, 1), today=dt.date(2021, 10, 5))


def book(
    survey: list[list[Any]],
    choices: list[list[Any]] | None = None,
    settings: list[list[Any]] | None = None,
) -> bytes:
    """A workbook whose first row of each list is the header row, exactly as given."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "survey"
    for row in survey:
        sheet.append(row)
    if choices is not None:
        table = workbook.create_sheet("choices")
        for row in choices:
            table.append(row)
    if settings is not None:
        table = workbook.create_sheet("settings")
        for row in settings:
            table.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


SETTINGS = [["form_id", "version"], ["f", "1"]]
YES_NO = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]


def load(content: bytes, **kwargs: Any) -> forms.Form:
    return forms.load_form(content, **kwargs)


# ---------------------------------------------------------------- accepted but wrong


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("round(49 div 2, 0)", 25.0),
        ("round(0.125, 2)", 0.13),
        ("round(2.5)", 3.0),
        ("round(-2.5)", -2.0),
        ("round(1.005, 2)", 1.01),
        ("round(-1.25, 1)", -1.2),
        ("round(123.456, -1)", 120.0),
    ],
)
def test_round_takes_halves_up_as_xpath_and_odk_do(text: str, expected: float) -> None:
    assert forms.evaluate_text(text) == expected


def test_the_default_answer_holds_until_it_is_changed() -> None:
    form = load(
        book(
            [
                ["type", "name", "label", "default", "relevant"],
                ["select_one yn", "smoker", "Smokes?", "no", ""],
                ["integer", "quit_age", "Age when quit", "", "${smoker} = 'no'"],
                ["integer", "n", "Number", "3", ""],
            ],
            YES_NO,
            SETTINGS,
        )
    )
    evaluation = forms.evaluate(form, {}, CONTEXT)
    assert "quit_age" in evaluation.relevant
    assert evaluation.values["smoker"] == "no" and evaluation.values["n"] == 3
    changed = forms.evaluate(form, {"smoker": "yes"}, CONTEXT)
    assert "quit_age" not in changed.relevant


def test_bind_columns_with_one_or_two_colons_are_read() -> None:
    form = load(
        book(
            [
                ["type", "name", "label:english", "bind:relevant", "bind:constraint", "bind:jr:constraintMsg:english"],
                ["select_one yn", "female", "Female?", "", "", ""],
                ["integer", "pregnancies", "Pregnancies", "${female} = 'yes'", ". <= 20", "At most 20"],
            ],
            YES_NO,
            SETTINGS,
        )
    )
    assert form.label("pregnancies", "en") == "Pregnancies"
    assert "pregnancies" not in forms.evaluate(form, {"female": "no"}, CONTEXT).relevant
    evaluation = forms.evaluate(form, {"female": "yes", "pregnancies": 30}, CONTEXT)
    assert [e.message.text("en") for e in evaluation.errors] == ["“Pregnancies”: At most 20"]
    double = load(
        book(
            [
                ["type", "name", "label::English (en)", "bind::constraint", "constraint message::English (en)"],
                ["integer", "age", "Age", ". <= 72", "Not over 72"],
            ],
            settings=SETTINGS,
        )
    )
    errors = forms.evaluate(double, {"age": 80}, CONTEXT).errors
    assert [e.message.text("en") for e in errors] == ["“Age”: Not over 72"]


def test_a_readonly_note_is_never_a_missing_answer() -> None:
    form = load(
        book(
            [
                ["type", "name", "label", "readonly", "required", "calculation"],
                ["text", "shown", "Shown value", "yes", "yes", ""],
                ["integer", "age", "Age", "", "yes", ""],
            ],
            settings=SETTINGS,
        )
    )
    evaluation = forms.evaluate(form, {"age": 5}, CONTEXT)
    assert evaluation.missing == [] and evaluation.can_complete


def test_every_column_not_understood_is_a_warning_with_its_place() -> None:
    form = load(
        book(
            [
                ["type", "name", "label", "colour", "guidance_hint"],
                ["integer", "age", "Age", "red", "Ask the mother"],
            ],
            settings=[["form_id", "version", "style"], ["f", "1", "pages"]],
        )
    )
    where = {(w.sheet, w.row, w.column) for w in form.warnings}
    assert ("survey", 1, "D (colour)") in where
    assert ("survey", 1, "E (guidance_hint)") in where
    assert ("settings", 1, "C (style)") in where


def test_a_calculation_that_does_not_parse_is_reported_once() -> None:
    with pytest.raises(forms.FormInvalid) as caught:
        load(book([["type", "name", "calculation"], ["calculate", "c", "1 +"]], settings=SETTINGS))
    assert len(caught.value.problems) == 1
    assert "ends too early" in caught.value.problems[0].message.render()


# ---------------------------------------------------------------- refused though valid


def test_form_id_and_version_default_as_pyxform_does_with_a_notice() -> None:
    content = book([["type", "name", "label"], ["integer", "age", "Age"]])
    form = load(content, name="household")
    assert form.form_id == "household"
    assert form.version and form.version == load(content, name="household").version
    other = load(book([["type", "name", "label"], ["integer", "age", "Age?"]]), name="household")
    assert other.version != form.version
    assert {w.column for w in form.warnings} >= {"form_id", "version"}


def test_curly_quotes_in_expressions_are_straightened() -> None:
    form = load(
        book(
            [
                ["type", "name", "label", "relevant"],
                ["text", "a", "A", ""],
                ["text", "b", "B", "${a} = ‘x’ or ${a} = “y”"],
            ],
            settings=SETTINGS,
        )
    )
    assert "b" in forms.evaluate(form, {"a": "y"}, CONTEXT).relevant


@pytest.mark.parametrize(
    ("spelling", "kind"),
    [
        ("select one from yn", "select_one"),
        ("select all that apply from yn", "select_multiple"),
        ("select one yn", "select_one"),
        ("select_one yn or_other", "select_one"),
        ("int", "integer"),
        ("string", "text"),
        ("time", "time"),
        ("dateTime", "dateTime"),
        ("barcode", "barcode"),
        ("acknowledge", "acknowledge"),
        ("trigger", "acknowledge"),
        ("range", "range"),
    ],
)
def test_old_and_alternative_type_spellings(spelling: str, kind: str) -> None:
    form = load(book([["type", "name", "label"], [spelling, "q", "Q"]], YES_NO, SETTINGS))
    assert form.by_name["q"].type == kind


def test_or_other_adds_the_other_choice_and_its_text() -> None:
    form = load(book([["type", "name", "label"], ["select_one yn or_other", "q", "Q"]], YES_NO, SETTINGS))
    assert [c.name for c in form.choice_list(form.by_name["q"])] == ["yes", "no", "other"]
    assert "q_other" not in forms.evaluate(form, {"q": "yes"}, CONTEXT).relevant
    assert "q_other" in forms.evaluate(form, {"q": "other"}, CONTEXT).relevant


def test_time_datetime_range_and_acknowledge_answers_are_checked() -> None:
    form = load(
        book(
            [
                ["type", "name", "label", "parameters"],
                ["time", "t", "Time", ""],
                ["dateTime", "dt", "When", ""],
                ["range", "r", "Score", "start=1 end=5 step=1"],
                ["acknowledge", "ok", "Read it?", ""],
            ],
            settings=SETTINGS,
        )
    )
    good = forms.evaluate(form, {"t": "09:30", "dt": "2021-09-01T10:00", "r": 4, "ok": "OK"}, CONTEXT)
    assert good.errors == [] and good.values["t"] == "09:30:00"
    bad = forms.evaluate(form, {"t": "25:00", "dt": "yesterday", "r": 7, "ok": "maybe"}, CONTEXT)
    assert {e.name for e in bad.errors} == {"t", "dt", "r", "ok"}


def test_metadata_is_filled_from_the_employee_and_the_computer() -> None:
    form = load(
        book(
            [
                ["type", "name", "label", "calculation"],
                ["username", "user", "", ""],
                ["email", "mail", "", ""],
                ["deviceid", "device", "", ""],
                ["calculate", "who", "", "concat(${user}, '@', ${device})"],
            ],
            settings=SETTINGS,
        )
    )
    context = forms.Context(metadata={"username": "aigerim", "email": "a@example.kz", "deviceid": "pc-7"})
    evaluation = forms.evaluate(form, {}, context)
    assert evaluation.calculated["who"] == "aigerim@pc-7" and evaluation.values["mail"] == "a@example.kz"
    assert form.inputs == []


def test_a_note_without_a_name_is_shown() -> None:
    form = load(
        book([["type", "name", "label"], ["note", "", "Read this first"], ["integer", "a", "A"]], None, SETTINGS)
    )
    assert [q.type for q in form.questions] == ["note", "integer"]
    assert forms.evaluate(form, {}, CONTEXT).order[0] == form.questions[0].name


def test_duplicate_choices_pass_when_the_settings_allow_them() -> None:
    choices = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "yes", "Sure"]]
    with pytest.raises(forms.FormInvalid):
        load(book([["type", "name", "label"], ["select_one yn", "q", "Q"]], choices, SETTINGS))
    allowed = [["form_id", "version", "allow_choice_duplicates"], ["f", "1", "yes"]]
    form = load(book([["type", "name", "label"], ["select_one yn", "q", "Q"]], choices, allowed))
    assert len(form.choice_list(form.by_name["q"])) == 2


def test_a_choice_with_only_an_image_shows_its_name() -> None:
    choices = [["list_name", "name", "media::image"], ["pic", "cat", "cat.png"], ["pic", "dog", "dog.png"]]
    form = load(book([["type", "name", "label"], ["select_one pic", "q", "Q"]], choices, SETTINGS))
    assert form.choice_label("q", "dog", "ru") == "dog"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sqrt(16)", 4.0),
        ("pow(2, 10)", 1024.0),
        ("abs(-3)", 3.0),
        ("floor(2.7) + ceiling(2.1)", 5.0),
        ("round(cos(0) + sin(0) + tan(0), 3)", 1.0),
        ("round(atan2(1, 1) * 4, 5)", 3.14159),
        ("round(acos(1) + asin(0) + atan(0), 1)", 0.0),
        ("log10(1000)", 3.0),
        ("round(exp(log(5)), 6)", 5.0),
        ("exp10(2)", 100.0),
        ("round(pi(), 2)", 3.14),
        ("max(1, 5, 3)", 5.0),
        ("min(4, 2, 8)", 2.0),
        ("substring-before('a-b', '-')", "a"),
        ("substring-after('a-b', '-')", "b"),
        ("normalize-space('  a   b ')", "a b"),
        ("translate('abc', 'ab', 'AB')", "ABc"),
        ("ends-with('abc', 'bc')", True),
        ("boolean-from-string('true')", True),
        ("format-date('2021-09-01', '%d.%m.%Y')", "01.09.2021"),
        ("once(3)", 3.0),
        ("string-length(uuid())", 36.0),
    ],
)
def test_the_functions_of_the_odk_specification(text: str, expected: Any) -> None:
    assert forms.evaluate_text(text) == expected


def test_random_is_between_zero_and_one() -> None:
    value = forms.evaluate_text("random()")
    assert isinstance(value, float) and 0 <= value < 1


def test_once_keeps_the_first_value() -> None:
    form = load(
        book([["type", "name", "label", "calculation"], ["calculate", "draw", "", "once(random())"]], settings=SETTINGS)
    )
    first = forms.evaluate(form, {}, CONTEXT).calculated["draw"]
    again = forms.evaluate(form, {"draw": first}, CONTEXT).calculated["draw"]
    assert again == first


def test_lookups_in_choice_lists_and_shipped_csv_files() -> None:
    choices = [
        ["list_name", "name", "label", "price"],
        ["fruit", "apple", "Apple", "120"],
        ["fruit", "pear", "Pear", "200"],
    ]
    survey = [
        ["type", "name", "label", "calculation"],
        ["select_one fruit", "f", "Fruit", ""],
        ["calculate", "price", "", "instance('fruit')/root/item[name = ${f}]/price"],
        ["calculate", "label", "", "jr:choice-name(${f}, '${f}')"],
        ["calculate", "count", "", "count(instance('fruit')/root/item[price > 150])"],
        ["calculate", "stock", "", "pulldata('stock', 'amount', 'fruit', ${f})"],
    ]

    def media(file: str) -> list[dict[str, str]] | None:
        return [{"fruit": "apple", "amount": "7"}, {"fruit": "pear", "amount": "0"}] if file == "stock.csv" else None

    form = load(book(survey, choices, SETTINGS), media=media)
    calculated = forms.evaluate(form, {"f": "apple"}, CONTEXT).calculated
    # Values read from lists and files are text, as in ODK; a count is a number.
    assert calculated == {"price": "120", "label": "Apple", "count": 1, "stock": "7"}


def test_pulldata_without_its_file_is_refused_at_the_cell() -> None:
    survey = [["type", "name", "label", "calculation"], ["calculate", "x", "", "pulldata('absent', 'a', 'b', 1)"]]
    with pytest.raises(forms.FormInvalid) as caught:
        load(book(survey, settings=SETTINGS))
    problem = caught.value.problems[0]
    assert (problem.row, problem.column) == (2, "D (calculation)") and "absent.csv" in problem.message.render()


# ---------------------------------------------------------------- location and media


def test_location_is_typed_and_checked() -> None:
    form = load(
        book(
            [
                ["type", "name", "label"],
                ["geopoint", "point", "Point"],
                ["geotrace", "trace", "Trace"],
                ["geoshape", "shape", "Shape"],
                ["barcode", "code", "Code"],
            ],
            settings=SETTINGS,
        )
    )
    good = forms.evaluate(
        form,
        {"point": "43,2567 76.9286 850 5", "trace": "43 76; 44 77", "shape": "43 76; 44 77; 44 76", "code": "487"},
        CONTEXT,
    )
    assert good.errors == [] and good.values["point"] == "43.2567 76.9286 850 5"
    assert good.values["shape"] == "43 76; 44 77; 44 76; 43 76"  # closed, as ODK keeps a shape
    bad = forms.evaluate(form, {"point": "91 10", "trace": "43 76", "shape": "43 76; 44 77", "code": "x"}, CONTEXT)
    assert {e.name for e in bad.errors} == {"point", "trace", "shape"}
    assert "latitude and longitude" in next(e for e in bad.errors if e.name == "point").message.text("en")
    assert forms.evaluate(form, {"point": "43 76 800 -1"}, CONTEXT).errors  # a negative accuracy


def test_a_file_is_attached_whole_and_small() -> None:
    form = load(book([["type", "name", "label"], ["image", "scan", "Scan of the record"]], settings=SETTINGS))
    attached = forms.attachment("C:/scans/record 7.jpg", b"\xff\xd8 scan")
    evaluation = forms.evaluate(form, {"scan": attached}, CONTEXT)
    assert evaluation.errors == [] and evaluation.values["scan"] == "record 7.jpg"
    tampered = {**attached, "content": forms.attachment("x", b"other")["content"]}
    assert forms.evaluate(form, {"scan": tampered}, CONTEXT).errors
    too_large = forms.attachment("big.jpg", b"0" * (forms.model.MAX_ATTACHMENT_BYTES + 1))
    assert forms.evaluate(form, {"scan": too_large}, CONTEXT).errors


def test_the_sheet_shows_and_saves_the_default_until_it_is_changed() -> None:
    from desktop.domain.sheet_session import SheetSession

    form = load(book([["type", "name", "label", "default"], ["integer", "rooms", "Rooms", "2"]], settings=SETTINGS))
    session = SheetSession(form, {}, lang="en", context=CONTEXT)
    assert session.value("rooms") == 2 and session.answers() == {"rooms": 2}
    session.set("rooms", 5)
    assert session.value("rooms") == 5 and session.answers() == {"rooms": 5}


# ---------------------------------------------------------------- repeats


ROSTER = [
    ["type", "name", "label", "relevant", "constraint", "calculation", "repeat_count", "required"],
    ["integer", "size", "Household size", "", "", "", "", "yes"],
    ["begin_repeat", "member", "Members", "", "", "", "${size}", ""],
    ["text", "first_name", "First name", "", "", "", "", "yes"],
    ["integer", "age", "Age", "", ". < 120", "", "", "yes"],
    ["calculate", "number", "", "", "", "position(..)", "", ""],
    ["calculate", "older", "", "", "", "indexed-repeat(${age}, ${member}, position(..) - 1)", "", ""],
    ["integer", "school", "Years at school", "${age} >= 7", "", "", "", ""],
    ["end_repeat", "", "", "", "", "", "", ""],
    ["calculate", "total_age", "", "", "", "sum(${age})", "", ""],
    ["calculate", "people", "", "", "", "count(${first_name})", "", ""],
    ["calculate", "oldest", "", "", "", "max(${age})", "", ""],
    ["calculate", "youngest", "", "", "", "min(${age})", "", ""],
    ["calculate", "names", "", "", "", "join(', ', ${first_name})", "", ""],
]


def test_a_repeat_is_answered_row_by_row_and_read_as_a_whole() -> None:
    form = load(book(ROSTER, settings=SETTINGS))
    assert [q.name for q in form.members("member")] == ["first_name", "age", "number", "older", "school"]
    rows = [{"first_name": "Асқар", "age": 40, "school": 11}, {"first_name": "Дана", "age": 5}]
    evaluation = forms.evaluate(form, {"size": 2, "member": rows}, CONTEXT)
    assert evaluation.errors == [] and evaluation.can_complete
    assert evaluation.calculated["total_age"] == 45 and evaluation.calculated["people"] == 2
    assert (evaluation.calculated["oldest"], evaluation.calculated["youngest"]) == (40, 5)
    assert evaluation.calculated["names"] == "Асқар, Дана"
    assert [r["number"] for r in evaluation.rows["member"]] == [1, 2]
    assert [r["older"] for r in evaluation.rows["member"]] == ["", 40]
    assert ["school" in names for names in evaluation.row_relevant["member"]] == [True, False]


def test_repeat_count_fixes_the_rows_and_each_row_is_checked() -> None:
    form = load(book(ROSTER, settings=SETTINGS))
    evaluation = forms.evaluate(form, {"size": 3, "member": [{"first_name": "Асқар", "age": 130}]}, CONTEXT)
    assert len(evaluation.rows["member"]) == 3
    assert {e.name for e in evaluation.errors} == {"member"}  # told at the repeat, with the row
    problems = {(e.member, e.row, e.kind) for e in evaluation.errors}
    assert ("age", 1, forms.IssueKind.CONSTRAINT) in problems
    assert ("first_name", 2, forms.IssueKind.REQUIRED) in problems and ("age", 3, forms.IssueKind.REQUIRED) in problems
    assert not evaluation.can_complete and evaluation.missing == ["member"]
    assert (
        next(e for e in evaluation.errors if e.row == 1).message.text("en")
        == "Row 1: “Age”: the answer is not allowed."
    )


KINDS = [
    ["type", "name", "label", "repeat_count", "default", "calculation"],
    ["integer", "size", "Size", "", "2", ""],
    ["time", "t", "Time", "", "", ""],
    ["dateTime", "when", "When", "", "", ""],
    ["range", "r", "Score", "", "", ""],
    ["acknowledge", "ok", "OK?", "", "", ""],
    ["geopoint", "point", "Point", "", "", ""],
    ["geoshape", "shape", "Shape", "", "", ""],
    ["image", "scan", "Scan", "", "", ""],
    ["begin_repeat", "member", "Members", "${size}", "", ""],
    ["integer", "age", "Age", "", "", ""],
    ["calculate", "previous", "", "", "", "indexed-repeat(${age}, ${member}, position(..) - 1)"],
    ["end_repeat", "", "", "", "", ""],
    ["calculate", "total", "", "", "", "sum(${age}) + count(${member}) + max(${age})"],
]
ANYTHING = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from([row[1] for row in KINDS[1:] if row[1]] + ["x"]), ANYTHING))
def test_evaluation_never_fails_whatever_the_answers(answers: dict[str, Any]) -> None:
    """Found by it: a household size of ten billion once asked for as many rows (memory ran out)."""
    evaluation = forms.evaluate(KINDS_FORM, answers, CONTEXT)
    assert evaluation.state in set(forms.Completion)
    for issue in evaluation.errors:
        assert issue.message.render()


KINDS_FORM = load(book(KINDS, settings=SETTINGS))


def test_two_groups_may_hold_questions_of_the_same_name() -> None:
    form = load(
        book(
            [
                ["type", "name", "label"],
                ["begin_group", "mother", "Mother"],
                ["integer", "age", "Age of the mother"],
                ["end_group", "", ""],
                ["begin_group", "father", "Father"],
                ["integer", "age", "Age of the father"],
                ["end_group", "", ""],
            ],
            settings=SETTINGS,
        )
    )
    assert [q.name for q in form.inputs] == ["age", "father.age"]
    assert forms.evaluate(form, {"age": 30, "father.age": 33}, CONTEXT).can_complete
    with pytest.raises(forms.FormInvalid):  # in one group, the same name twice is still a mistake
        load(book([["type", "name", "label"], ["integer", "age", "A"], ["integer", "age", "B"]], settings=SETTINGS))


def test_an_attachment_and_a_roster_read_as_a_person_reads_them() -> None:
    from desktop.domain.sheet_session import display

    form = load(book(ROSTER, settings=SETTINGS))
    rows = [{"first_name": "Асқар", "age": 40}, {"first_name": "Дана", "age": 5}]
    assert display(form, "member", rows, "en") == "Асқар, 40; Дана, 5"
    scans = load(book([["type", "name", "label"], ["image", "scan", "Scan"]], settings=SETTINGS))
    assert display(scans, "scan", forms.attachment("record.jpg", b"\xff\xd8" * 1000), "en") == "record.jpg"


# ---------------------------------------------------------------- loops over a list


def test_a_loop_over_a_list_asks_its_questions_once_per_choice_with_the_choice_in_the_label() -> None:
    form = load(
        book(
            [
                ["type", "name", "label::English (en)", "label::Русский (ru)", "constraint"],
                ["begin loop over vehicle", "vehicles", "", "", ""],
                ["integer", "total", "How many %(label)s?", "Сколько: %(label)s?", ""],
                ["integer", "working", "How many %(name)s work?", "Сколько исправны?", ". <= ../total"],
                ["end loop", "", "", "", ""],
            ],
            [
                ["list_name", "name", "label::English (en)", "label::Русский (ru)"],
                ["vehicle", "car", "Cars", "машин"],
                ["vehicle", "bus", "Buses", "автобусов"],
                ["vehicle", "none", "None", "нет"],
            ],
            SETTINGS,
        )
    )
    assert [q.name for q in form.inputs] == ["car.total", "car.working", "bus.total", "bus.working"]
    assert form.label("bus.total", "en") == "How many Buses?"
    assert form.label("bus.total", "ru") == "Сколько: автобусов?"
    assert form.label("car.working", "en") == "How many car work?"
    assert form.groups["bus"].label.get("ru") == "автобусов"
    evaluation = forms.evaluate(form, {"car.total": 2, "car.working": 3, "bus.total": 5, "bus.working": 3}, CONTEXT)
    assert [e.name for e in evaluation.errors] == ["car.working"]  # ../total is the total of the same choice


def test_a_loop_over_a_list_that_is_not_in_the_choices_sheet_is_refused_at_its_row() -> None:
    with pytest.raises(forms.FormInvalid) as caught:
        load(
            book([["type", "name", "label"], ["begin loop over nothing", "l", ""], ["integer", "n", "N"], ["end loop"]])
        )
    assert any(p.row == 2 and "nothing" in p.render() for p in caught.value.problems)


# ---------------------------------------------------------------- rank


def test_a_rank_question_takes_every_choice_once_in_the_order_given_and_expressions_read_that_order() -> None:
    form = load(
        book(
            [
                ["type", "name", "label", "calculation", "choice_filter"],
                ["rank food", "liked", "Order the meals", "", ""],
                ["calculate", "best", "", "selected-at(${liked}, 0)", ""],
                ["calculate", "ranked", "", "count-selected(${liked})", ""],
                ["rank food", "hot", "Order the hot meals", "", "hot = 'yes'"],
            ],
            [
                ["list_name", "name", "label", "hot"],
                ["food", "soup", "Soup", "yes"],
                ["food", "salad", "Salad", "no"],
                ["food", "porridge", "Porridge", "yes"],
            ],
            SETTINGS,
        )
    )
    evaluation = forms.evaluate(form, {"liked": ["salad", "soup", "porridge"], "hot": "porridge soup"}, CONTEXT)
    assert not evaluation.errors
    assert evaluation.values["best"] == "salad" and evaluation.values["ranked"] == 3
    for partial in (["salad", "soup"], ["salad", "soup", "soup"], ["salad", "soup", "porridge", "tea"]):
        evaluation = forms.evaluate(form, {"liked": partial}, CONTEXT)
        assert [(e.name, e.kind) for e in evaluation.errors] == [("liked", forms.IssueKind.TYPE)], partial
    evaluation = forms.evaluate(form, {"hot": ["soup", "porridge", "salad"]}, CONTEXT)
    assert [e.name for e in evaluation.errors] == ["hot"]  # salad is not among the hot meals


# ---------------------------------------------------------------- a repeat inside a repeat


def nested_form() -> forms.Form:
    return load(
        book(
            [
                ["type", "name", "label", "calculation", "constraint", "relevant"],
                ["begin_repeat", "household", "Households", "", "", ""],
                ["text", "head", "Head", "", "", ""],
                ["begin_repeat", "member", "Members", "", "", ""],
                ["integer", "age", "Age", "", ". < 120", ""],
                ["calculate", "row", "", "position(..)", "", ""],
                ["end_repeat", "", "", "", "", ""],
                ["calculate", "size", "", "count(${age})", "", ""],
                ["integer", "rooms", "Rooms", "", "", "${size} > 0"],
                ["end_repeat", "", "", "", "", ""],
                ["calculate", "people", "", "count(${age})", "", ""],
                ["calculate", "years", "", "sum(${age})", "", ""],
            ],
            None,
            SETTINGS,
        )
    )


def test_a_repeat_inside_a_repeat_has_a_table_in_each_row_and_counts_within_its_row_and_overall() -> None:
    form = nested_form()
    answers = {
        "household": [
            {"head": "Абай", "member": [{"age": 40}, {"age": 12}, {"age": 7}], "rooms": 3},
            {"head": "Ержан", "member": []},
        ]
    }
    evaluation = forms.evaluate(form, answers, CONTEXT)
    assert not evaluation.errors
    assert [row["size"] for row in evaluation.rows["household"]] == [3, 0]
    assert [row["row"] for row in evaluation.rows["household.1.member"]] == [1, 2, 3]
    assert evaluation.rows["household.2.member"] == []
    assert [("rooms" in relevant) for relevant in evaluation.row_relevant["household"]] == [True, False]
    assert evaluation.values["people"] == 3 and evaluation.values["years"] == 59


def test_an_error_in_an_inner_row_is_told_with_both_row_numbers() -> None:
    answers = {"household": [{"head": "Абай"}, {"head": "Ержан", "member": [{"age": 30}, {"age": 130}]}]}
    evaluation = forms.evaluate(nested_form(), answers, CONTEXT)
    assert [(e.name, e.row, e.kind) for e in evaluation.errors] == [("household", 2, forms.IssueKind.CONSTRAINT)]
    assert evaluation.errors[0].message.render().startswith("Row 2: Row 2: ")
