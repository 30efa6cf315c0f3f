"""The 2021 person sheet driven through real cases: what is asked, what is refused, when it completes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import forms
from desktop.domain.campaign import default_campaign
from desktop.resources import resource


@pytest.fixture(scope="module")
def form() -> forms.Form:
    content = resource("forms", "census2021_person.xlsx").read_bytes()
    return forms.load_form(content, media=forms.media_from_dirs(Path(resource("classifiers"))))


@pytest.fixture(scope="module")
def context() -> forms.Context:
    return forms.Context.for_campaign(default_campaign(), today=dt.date(2021, 10, 5))


def adult(**changes: Any) -> dict[str, Any]:
    """A complete sheet of a 40-year-old Kazakh man living in the institution."""
    answers: dict[str, Any] = {
        "surname": "Сейітқали",
        "first_name": "Ерлан",
        "citizenship": "1",
        "iin": "810315300125",
        "sex": "1",
        "birth_date": "1981-03-15",
        "residence": "1",
        "birth_place": "1",
        "birth_region": "31",
        "lived_since_birth": "2",
        "arrival_year": 2015,
        "previous_residence": "2",
        "previous_region": "75",
        "residence_year_ago": "1",
        "nationality": "001",
        "native_language": "kaz",
        "languages_spoken": ["kaz", "rus"],
        "kazakh_level": ["understand", "speak", "read", "write"],
        "russian_level": ["understand", "speak", "read"],
        "religion": "1",
        "marital_status": "1",
        "literate": "1",
        "school_attendance": "1",
        "education_level": "3",
        "worked_last_week": "2",
        "job_absent": "2",
        "looked_for_work": "2",
        "livelihood": ["disability", "state"],
        "livelihood_main": "state",
        "income_bracket": "1",
        "pandemic_income": "2",
        "plans_to_leave": "1",
        "wg_seeing": "1",
        "wg_hearing": "1",
        "wg_walking": "3",
        "wg_remembering": "1",
        "wg_selfcare": "2",
        "wg_communicating": "1",
        "disability_group": "2",
        "covid_ill": "3",
        "covid_vaccinated": "1",
    }
    answers.update(changes)
    return {k: v for k, v in answers.items() if v is not None}


def test_the_sheet_says_it_is_a_reconstruction(form: forms.Form) -> None:
    first = form.questions[0]
    assert first.type == "note"
    assert "РЕКОНСТРУКЦИЯ" in first.label.get("ru")
    assert "ҚАЛПЫНА" in first.label.get("kk").upper()
    assert form.settings["status"] == "reconstruction"
    assert "reconstruction" in form.title.get("en")


def test_every_question_speaks_russian_and_kazakh(form: forms.Form) -> None:
    for question in form.questions:
        if question.type in ("calculate",):
            continue
        assert question.label.as_dict().keys() >= {"ru", "kk", "en"}, question.name
        for choice in form.choice_list(question):
            assert choice.label.get("ru") and choice.label.get("kk"), (question.name, choice.name)


def test_a_complete_adult_sheet_completes(form: forms.Form, context: forms.Context) -> None:
    evaluation = forms.evaluate(form, adult(), context)
    assert [i.message.render() for i in evaluation.errors] == []
    assert evaluation.state is forms.Completion.COMPLETE
    assert evaluation.calculated["age"] == 40


def test_a_three_year_old_is_not_asked_marital_status_nor_work(form: forms.Form, context: forms.Context) -> None:
    answers = {
        "surname": "Ахметова",
        "first_name": "Айару",
        "citizenship": "1",
        "iin": "180501600123",
        "sex": "2",
        "birth_date": "2018-05-01",
        "residence": "1",
        "birth_place": "1",
        "birth_region": "31",
        "lived_since_birth": "2",
        "arrival_year": 2019,
        "previous_residence": "2",
        "previous_region": "31",
        "residence_year_ago": "1",
        "nationality": "001",
        "native_language": "kaz",
        "languages_spoken": ["kaz"],
        "school_attendance": "2",
        "covid_ill": "3",
        "disability_group": "4",
        "livelihood": ["state"],  # a child in an institution lives on state support: asked at every age
    }
    evaluation = forms.evaluate(form, answers, context)
    assert evaluation.calculated["age"] == 3
    assert "livelihood" in evaluation.required
    for name in ("marital_status", "worked_last_week", "religion", "children_born", "education_level"):
        assert name not in evaluation.relevant, name
        assert name not in evaluation.order
    assert "wg_seeing" not in evaluation.relevant  # the Washington Group set starts at 5
    assert "covid_vaccinated" not in evaluation.relevant
    assert evaluation.errors == []
    assert evaluation.state is forms.Completion.COMPLETE


def test_a_ninety_year_old_woman_is_asked_about_children(form: forms.Form, context: forms.Context) -> None:
    answers = adult(
        sex="2",
        birth_date="1931-03-10",
        iin="310310400129",
        marital_status="4",
        marriage_order="2",  # widowed from a second marriage: the results count repeat marriages
        arrival_year=1950,
        children_born=6,
        children_living=4,
    )
    evaluation = forms.evaluate(form, answers, context)
    assert evaluation.calculated["age"] == 90
    assert {"children_born", "children_living"} <= evaluation.relevant
    assert evaluation.warnings == []  # 90 is not beyond the soft limit of 100
    assert evaluation.state is forms.Completion.COMPLETE

    more = forms.evaluate(form, {**answers, "children_living": 7}, context)
    assert [e.name for e in more.errors] == ["children_living"]
    assert "Не больше" in more.errors[0].message.text("ru")
    assert more.state is forms.Completion.DRAFT


def test_a_foreigner_without_iin_completes(form: forms.Form, context: forms.Context) -> None:
    answers = adult(citizenship="2", citizenship_country="860", iin=None, nationality="003", native_language="uzb")
    evaluation = forms.evaluate(form, answers, context)
    assert "iin" not in evaluation.required
    assert evaluation.state is forms.Completion.COMPLETE
    # The same person as a citizen of Kazakhstan without an IIN is a warning confirmed with a reason,
    # not a wall: the act counts everyone.
    citizen = forms.evaluate(form, {**answers, "citizenship": "1"}, context)
    assert "iin" not in citizen.missing
    assert [w.name for w in citizen.unconfirmed_warnings] == ["citizenship"]
    assert citizen.state is forms.Completion.DRAFT
    confirmed = forms.evaluate(form, {**answers, "citizenship": "1"}, context, {"citizenship": "документы утеряны"})
    assert confirmed.state is forms.Completion.COMPLETE
    # A foreign citizenship cannot be Kazakhstan.
    wrong = forms.evaluate(form, {**answers, "citizenship_country": "398"}, context)
    assert [e.name for e in wrong.errors] == ["citizenship_country"]


def test_refusing_to_state_religion_is_an_answer(form: forms.Form, context: forms.Context) -> None:
    evaluation = forms.evaluate(form, adult(religion="9"), context)
    assert "religion_other" not in evaluation.relevant
    assert evaluation.state is forms.Completion.COMPLETE
    other = forms.evaluate(form, adult(religion="7"), context)
    assert other.missing == ["religion_other"]


def test_a_temporarily_absent_person_needs_the_reason(form: forms.Form, context: forms.Context) -> None:
    answers = adult(residence="2")
    evaluation = forms.evaluate(form, answers, context)
    assert evaluation.missing == ["absence_reason"]
    absent = forms.evaluate(form, {**answers, "absence_reason": "1", "absence_months": 14}, context)
    assert [w.name for w in absent.warnings] == ["absence_months"]
    assert absent.state is forms.Completion.DRAFT
    confirmed = forms.evaluate(
        form, {**answers, "absence_reason": "1", "absence_months": 14}, context, {"absence_months": "в больнице"}
    )
    assert confirmed.warnings[0].confirmed and confirmed.warnings[0].reason == "в больнице"
    assert confirmed.state is forms.Completion.COMPLETE


def test_answers_that_lost_relevance_are_stale(form: forms.Form, context: forms.Context) -> None:
    evaluation = forms.evaluate(form, adult(worked_last_week="2", occupation="2"), context)
    assert evaluation.stale == ["occupation"]
    assert evaluation.state is forms.Completion.COMPLETE


def test_wrong_types_and_unknown_codes_are_errors(form: forms.Form, context: forms.Context) -> None:
    evaluation = forms.evaluate(
        form, adult(arrival_year="две тысячи", nationality="777", birth_date="31.02.1980"), context
    )
    assert {e.name for e in evaluation.errors} == {"arrival_year", "nationality", "birth_date"}
    assert all(e.kind is forms.IssueKind.TYPE for e in evaluation.errors)


@pytest.mark.parametrize(
    ("born", "refused"),
    [("2021-08-31", False), ("2021-09-01", True), ("2021-09-02", True), ("2020-02-29", False)],
)
def test_born_at_or_after_the_census_moment_is_refused(
    form: forms.Form, context: forms.Context, born: str, refused: bool
) -> None:
    evaluation = forms.evaluate(form, adult(birth_date=born, iin=None, citizenship="3"), context)
    assert ("birth_date" in {e.name for e in evaluation.errors}) is refused


def test_the_iin_is_read_both_ways(form: forms.Form, context: forms.Context) -> None:
    """100515601236 is a woman born on 15 May 2010: a sheet saying "male" or another birth date is warned,
    and the note shows what the IIN says next to what the sheet says."""
    girl = adult(iin="100515601236", birth_date="2010-05-15", sex="2", marital_status=None, worked_last_week=None,
                 looked_for_work=None, education_level="2")
    agrees = forms.evaluate(form, girl, context)
    assert not [w for w in agrees.warnings if w.name in ("sex", "birth_date")]
    assert not {"iin_sex_female", "iin_birth_note"} & agrees.relevant
    male = forms.evaluate(form, {**girl, "sex": "1"}, context)
    assert [w.name for w in male.unconfirmed_warnings if w.name in ("sex", "birth_date")] == ["sex"]
    assert male.label("iin_sex_female", "ru") == "По ИИН 100515601236 пол женский, в листе — мужской"
    other_day = forms.evaluate(form, {**girl, "birth_date": "2010-05-16"}, context)
    assert [w.name for w in other_day.unconfirmed_warnings if w.name in ("sex", "birth_date")] == ["birth_date"]
    note = other_day.label("iin_birth_note", "ru")
    assert "2010-05-15" in note and "2010-05-16" in note


def test_age_limits_live_in_the_form(form: forms.Form, context: forms.Context) -> None:
    assert form.by_name["limit_adult"].raw["calculation"] == "15"
    fourteen = forms.evaluate(
        form, adult(birth_date="2007-03-15", iin=None, citizenship="2", citizenship_country="643")
    )
    assert "marital_status" not in fourteen.relevant


def test_keyboard_order_follows_the_form(form: forms.Form, context: forms.Context) -> None:
    evaluation = forms.evaluate(form, adult(), context)
    rows = [form.by_name[name].row for name in evaluation.order]
    assert rows == sorted(rows)
    assert evaluation.next_name(None) == "reconstruction_note"
    assert evaluation.next_name("surname") == "first_name"


def test_prefill_from_the_register(form: forms.Form) -> None:
    answers = forms.prefill_from_person(
        form,
        {
            "surname": "Иванова",
            "name": "Анна",
            "patronymic": "",
            "iin": "100515601236",
            "sex": "F",
            "birth_date": dt.date(2010, 5, 15),
            "citizenship": "KZ",
            "country_code": None,
            "residence": "absent",
        },
    )
    assert answers == {
        "surname": "Иванова",
        "first_name": "Анна",
        "citizenship": "1",
        "iin": "100515601236",
        "sex": "2",
        "birth_date": "2010-05-15",
        "residence": "2",
    }


def test_messages_are_in_the_windows_language(form: forms.Form, context: forms.Context) -> None:
    evaluation = forms.evaluate(form, {"surname": "Х"}, context)
    issue = next(i for i in evaluation.errors if i.name == "birth_date")
    catalogue = {("forms", "en"): "kk", ("forms", "“{label}” needs an answer."): "«{label}» сұрағына жауап керек."}
    text = issue.message.render(lambda c, s: catalogue.get((c, s), s))
    assert text == "«Туған күні» сұрағына жауап керек."
    assert issue.message.render() == "“Date of birth” needs an answer."


def test_labels_show_current_values(form: forms.Form, context: forms.Context) -> None:
    evaluation = forms.evaluate(form, adult(), context)
    assert evaluation.label("age_note", "ru") == "Возраст на момент переписи: 40"
    assert evaluation.label("age_note", "kk") == "Санақ сәтіндегі жасы: 40"
    assert "age_note" in evaluation.order


def test_a_form_problem_renders_whole_in_the_users_language() -> None:
    problem = forms.FormProblem("survey", 7, "A (type)", forms.FormMessage("forms", "The type is empty."))
    catalogue = {
        ("forms", "sheet “{sheet}”, row {row}, column “{column}”"): "лист «{sheet}», строка {row}, столбец «{column}»",
        ("forms", "The type is empty."): "Тип не указан.",
    }
    assert (
        problem.render(lambda c, s: catalogue.get((c, s), ""))
        == "лист «survey», строка 7, столбец «A (type)»: Тип не указан."
    )


_ANY = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(),
    st.text(max_size=20),
    st.sampled_from(["1", "2", "3", "9", "001", "kaz", "398", "2021-09-01", "1900-01-01", "31.12.2000", "0"]),
    st.lists(st.sampled_from(["kaz", "rus", "none", "other", "x", ""]), max_size=4),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_no_answers_crash_the_person_sheet(form: forms.Form, context: forms.Context, data: st.DataObject) -> None:
    names = [q.name for q in form.questions] + ["unknown", "age"]
    answers = data.draw(st.dictionaries(st.sampled_from(names), _ANY, max_size=40))
    confirmed = data.draw(
        st.dictionaries(st.sampled_from(names), st.one_of(st.none(), st.text(max_size=5)), max_size=5)
    )
    evaluation = forms.evaluate(form, answers, context, confirmed)
    assert evaluation.state in set(forms.Completion)
    for issue in (*evaluation.errors, *evaluation.warnings):
        assert issue.message.render() and issue.message.text("kk")
    for name in evaluation.order:
        evaluation.label(name, "ru")


def test_records_may_answer_not_known_where_the_form_allows_it(form: forms.Form, context: forms.Context) -> None:
    """A sheet filled from records completes with "Не известно" where the form's allow_unknown column
    allows it, and nowhere else."""
    answers = adult(nationality=forms.UNKNOWN, marital_status=forms.UNKNOWN, wg_seeing=forms.UNKNOWN,
                    livelihood=[forms.UNKNOWN])
    evaluation = forms.evaluate(form, answers, context)
    assert evaluation.errors == []
    assert evaluation.state is forms.Completion.COMPLETE
    marital = form.by_name["marital_status"]
    assert form.choice_list(marital)[-1].name == forms.UNKNOWN
    assert form.choice_label("marital_status", forms.UNKNOWN, "ru") == "Не известно"
    assert form.choice_label("marital_status", forms.UNKNOWN, "kk") == "Белгісіз"
    assert forms.UNKNOWN in [c.name for c in evaluation.choices("nationality")]
    # Sex and religion (voluntary, with its own refusal) do not offer it.
    assert forms.UNKNOWN not in [c.name for c in form.choice_list(form.by_name["sex"])]
    refused = forms.evaluate(form, adult(religion=forms.UNKNOWN), context)
    assert [e.name for e in refused.errors] == ["religion"]


def test_place_of_birth_and_previous_residence_down_to_the_region(form: forms.Form, context: forms.Context) -> None:
    """Inter-regional flows can be tabulated: the region of birth and the region arrived from, from the
    2021 division (14 regions and 3 cities of republican significance)."""
    regions = [c.name for c in form.choice_list(form.by_name["birth_region"]) if c.name != forms.UNKNOWN]
    assert len(regions) == 17 and {"31", "71", "75", "79"} <= set(regions)
    assert form.choice_label("birth_region", "71", "kk") == "Нұр-Сұлтан қаласы"
    answers = adult()
    assert forms.evaluate(form, answers, context).state is forms.Completion.COMPLETE
    without = {k: v for k, v in answers.items() if k not in ("birth_region", "previous_region")}
    assert set(forms.evaluate(form, without, context).missing) == {"birth_region", "previous_region"}
    abroad = forms.evaluate(form, {**without, "birth_place": "2", "birth_country": "860", "arrival_kz_year": 2000,
                                   "previous_residence": "3", "previous_country": "860"}, context)
    assert not {"birth_region", "previous_region"} & abroad.relevant


def test_every_language_known_and_the_level_of_kazakh_russian_english(
    form: forms.Form, context: forms.Context
) -> None:
    spoken = {c.name for c in form.choice_list(form.by_name["languages_spoken"])}
    assert {"kaz", "rus", "eng", "uzb", "uig", "deu", "kor", "dng", "sgn", "none", "other"} <= spoken
    polyglot = forms.evaluate(form, adult(languages_spoken=["kaz", "rus", "eng", "uig"]), context)
    assert {"kazakh_level", "russian_level", "english_level"} <= polyglot.relevant
    assert polyglot.missing == ["english_level"]
    four = forms.evaluate(form, adult(birth_date="2017-01-10", iin=None, citizenship="3"), context)
    assert "languages_spoken" not in four.relevant  # asked from age 5, as the results were tabulated


@pytest.mark.parametrize(("status", "asked"), [("1", False), ("2", True), ("5", True), (forms.UNKNOWN, False)])
def test_first_or_repeat_marriage_is_asked_of_the_ever_married(
    form: forms.Form, context: forms.Context, status: str, asked: bool
) -> None:
    evaluation = forms.evaluate(form, adult(marital_status=status), context)
    assert ("marriage_order" in evaluation.relevant) is asked


def test_pyxform_accepts_the_shipped_person_sheet() -> None:
    from tests.unit.test_forms_corpus import pyxform_accepts

    assert pyxform_accepts(Path(resource("forms", "census2021_person.xlsx")))
    content = resource("forms", "census2021_person.xlsx").read_bytes()
    shipped = forms.load_form(content, media=forms.media_from_dirs(Path(resource("classifiers"))))
    assert shipped.warnings == []  # every column of the sheet is one the program reads (allow_unknown too)


def employed(**changes: Any) -> dict[str, Any]:
    """The adult, working in the reference week as a teacher at a school."""
    job: dict[str, Any] = {"worked_last_week": "1", "job_absent": None, "looked_for_work": None,
                           "employment_status": "1", "occupation": "23", "industry": "P", "livelihood": ["work"],
                           "livelihood_main": None}
    return adult(**{**job, **changes})


@pytest.mark.parametrize(
    ("worked", "absent", "asked_job", "asked_search"),
    [
        ("1", None, True, False),  # worked at least an hour in 25–31 August
        ("2", "1", True, False),  # had a job, on leave that week: employed too
        ("2", "2", False, True),  # no job: asked whether looking for one
        (forms.UNKNOWN, None, False, False),  # records do not know: nothing more is asked
    ],
)
def test_occupation_and_industry_are_asked_of_the_employed(
    form: forms.Form, context: forms.Context, worked: str, absent: str | None, asked_job: bool, asked_search: bool
) -> None:
    evaluation = forms.evaluate(form, adult(worked_last_week=worked, job_absent=absent), context)
    assert {"employment_status", "occupation", "industry"} <= evaluation.relevant if asked_job else not (
        {"employment_status", "occupation", "industry"} & evaluation.relevant
    )
    assert ("looked_for_work" in evaluation.relevant) is asked_search


def test_occupation_by_isco_sub_major_group_and_industry_by_oked_section(
    form: forms.Form, context: forms.Context
) -> None:
    occupations = [c.name for c in form.choice_list(form.by_name["occupation"]) if c.name != forms.UNKNOWN]
    assert len(occupations) == 43 and all(len(code) == 2 for code in occupations)
    assert {"11", "23", "53", "96", "01", "03"} <= set(occupations)
    industries = [c.name for c in form.choice_list(form.by_name["industry"]) if c.name != forms.UNKNOWN]
    assert industries == [chr(c) for c in range(ord("A"), ord("U") + 1)]
    assert form.choice_label("industry", "P", "ru") == "Образование"
    assert form.choice_label("industry", "P", "kk") == "Білім беру"
    assert form.choice_label("occupation", "23", "kk") == "Білім беру саласындағы мамандар"
    for lang, week in (("ru", "25–31 августа 2021"), ("kk", "2021 жылғы 25–31 тамыз"), ("en", "25–31 August 2021")):
        assert week in form.label("occupation", lang) and week in form.label("industry", lang)
    assert forms.evaluate(form, employed(), context).state is forms.Completion.COMPLETE
    missing = forms.evaluate(form, employed(industry=None), context)
    assert missing.missing == ["industry"]
    records = forms.evaluate(form, employed(occupation=forms.UNKNOWN, industry=forms.UNKNOWN), context)
    assert records.state is forms.Completion.COMPLETE  # records may not know the job


@pytest.mark.parametrize(
    ("born", "income_asked"),
    [("2020-03-01", False), ("2011-05-20", False), ("2006-09-01", True), ("2006-09-02", False), ("1940-01-01", True)],
)
def test_sources_of_livelihood_have_no_age_limit_and_income_from_15(
    form: forms.Form, context: forms.Context, born: str, income_asked: bool
) -> None:
    """A child in an orphanage lives on state support: the sources are asked at every age; the income
    bracket from 15 (a limit of the form)."""
    answers = adult(birth_date=born, iin=None, citizenship="3", livelihood=["state"], livelihood_main=None,
                    income_bracket=None)
    evaluation = forms.evaluate(form, answers, context)
    assert "livelihood" in evaluation.relevant
    assert ("income_bracket" in evaluation.relevant) is income_asked
    assert ("income_bracket" in evaluation.missing) is income_asked
    assert "livelihood_main" not in evaluation.relevant  # one source is the main one


def test_the_main_source_is_chosen_among_the_sources_marked(form: forms.Form, context: forms.Context) -> None:
    evaluation = forms.evaluate(form, adult(livelihood=["pension", "family"], livelihood_main=None), context)
    assert evaluation.missing == ["livelihood_main"]
    wrong = forms.evaluate(form, adult(livelihood=["pension", "family"], livelihood_main="work"), context)
    assert [e.name for e in wrong.errors] == ["livelihood_main"]
    assert wrong.errors[0].message.text("ru").endswith("Выберите один из источников, отмеченных выше")
    assert wrong.errors[0].message.text("kk").endswith("Жоғарыда белгіленген көздердің бірін таңдаңыз")
    right = forms.evaluate(form, adult(livelihood=["pension", "family"], livelihood_main="family"), context)
    assert right.state is forms.Completion.COMPLETE
    none_and_some = forms.evaluate(form, adult(livelihood=["none", "family"], livelihood_main="family"), context)
    assert [e.name for e in none_and_some.errors] == ["livelihood"]
    assert form.choice_label("income_bracket", "1", "ru") == "До 42 500"
    assert form.choice_label("income_bracket", "6", "kk") == "500 000-нан астам"
    assert "42 500" in form.by_name["income_bracket"].hint.get("kk")


def test_nationality_holds_the_124_groups_of_the_results_and_not_stated(form: forms.Form) -> None:
    codes = [c.name for c in form.choice_list(form.by_name["nationality"]) if c.name != forms.UNKNOWN]
    groups = [c for c in codes if c not in ("998", "999")]
    assert len(groups) == 124 and len(set(codes)) == len(codes)
    assert "998" in codes  # not stated, an answer of its own since 2021
    names = {form.choice_label("nationality", c, "ru") for c in codes}
    assert not {"американец", "пакистанец"} & names  # citizenships, not ethnic groups
    for code in codes:
        assert form.choice_label("nationality", code, "ru") and form.choice_label("nationality", code, "kk")
    assert {"нганасан", "крымчак", "ижорец", "гагауз", "лезгин"} <= names
    assert form.choice_label("nationality", "110", "kk") == "қырымшақ"
