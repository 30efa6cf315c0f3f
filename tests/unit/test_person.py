"""The person's rules: names, keys, the messy cells of registers, validation and derived facts."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain import person as rules
from desktop.domain.campaign import default_campaign
from desktop.domain.enums import CitizenshipKind, Residence
from desktop.domain.iin import Sex, make_iin
from desktop.domain.person import PersonData, Problem, Severity


def test_capitals_become_title_case_and_kazakh_letters_stay() -> None:
    assert rules.normalize_name_part("  СҮЛЕЙМЕНОВА ") == "Сүлейменова"
    assert rules.normalize_name_part("ИВАНОВА - ПЕТРОВА") == "Иванова-Петрова"
    assert rules.normalize_name_part("мария") == "мария"  # typed by the user: kept
    assert rules.normalize_name_part("Әйгерім\u00a0 ") == "Әйгерім"


def test_latin_lookalikes_inside_cyrillic_names_are_repaired() -> None:
    assert rules.normalize_name_part("Cулейменов") == "Сулейменов"  # Latin C
    assert rules.normalize_name_part("John") == "John"


def test_name_key_matches_kazakh_and_russian_spellings() -> None:
    assert rules.name_key("Сүлейменова", "Әйгерім", "") == rules.name_key("СУЛЕЙМЕНОВА", "Айгерим", "")
    assert rules.name_key("Ёлкин", "Пётр", "") == rules.name_key("Елкин", "Петр", "")


def test_full_name_cell_is_split_with_two_word_patronymics() -> None:
    assert rules.split_full_name("НҰРЛАНОВ ЕРҒАЛИ СӘКЕН ҰЛЫ") == ("Нұрланов", "Ерғали", "Сәкен Ұлы")
    assert rules.split_full_name("Иванов Иван Иванович") == ("Иванов", "Иван", "Иванович")
    assert rules.split_full_name("Smith John") == ("Smith", "John", "")


@pytest.mark.parametrize(
    "cell",
    [
        "15.03.1987",
        "15.03.1987 г.",
        "15.03.1987г",
        " 15/03/1987 ",
        "1987-03-15",
        "15 марта 1987 г.",
        31851,
        31851.0,
        dt.datetime(1987, 3, 15),
        "15.03.87",
        "15 наурыз 1987 ж.",
    ],
)
def test_dates_as_registers_write_them(cell: object) -> None:
    assert rules.parse_date(cell) == dt.date(1987, 3, 15)


@pytest.mark.parametrize("cell", ["31.02.2001", "вчера", "15.15.2001", True, -4])
def test_not_a_date_is_refused(cell: object) -> None:
    with pytest.raises(ValueError):
        rules.parse_date(cell)


def test_empty_cells_are_empty() -> None:
    assert rules.parse_date(None) is None
    assert rules.parse_date(float("nan")) is None
    assert rules.parse_sex("  ") is None
    assert rules.parse_citizenship("") is None


@pytest.mark.parametrize(
    ("cell", "sex"),
    [
        ("М", Sex.MALE),
        ("муж.", Sex.MALE),
        ("Мужской", Sex.MALE),
        ("ер", Sex.MALE),
        ("M", Sex.MALE),
        ("Ж", Sex.FEMALE),
        ("жен.", Sex.FEMALE),
        ("әйел", Sex.FEMALE),
        ("F", Sex.FEMALE),
        ("женский", Sex.FEMALE),
    ],
)
def test_sex_words(cell: str, sex: Sex) -> None:
    assert rules.parse_sex(cell) is sex


def test_unknown_sex_is_refused() -> None:
    with pytest.raises(ValueError):
        rules.parse_sex("неизвестно")


@pytest.mark.parametrize(
    ("cell", "kind", "code"),
    [
        ("РК", CitizenshipKind.KAZAKHSTAN, None),
        ("Қазақстан", CitizenshipKind.KAZAKHSTAN, None),
        ("гражданин РФ", CitizenshipKind.FOREIGN, "643"),
        ("Өзбекстан", CitizenshipKind.FOREIGN, "860"),
        ("Кыргызстан", CitizenshipKind.FOREIGN, "417"),
        ("без гражданства", CitizenshipKind.STATELESS, None),
    ],
)
def test_citizenship_in_words(cell: str, kind: CitizenshipKind, code: str | None) -> None:
    assert rules.parse_citizenship(cell) == rules.Citizenship(kind, code)


@pytest.mark.parametrize(
    ("cell", "residence"),
    [
        ("Постоянно проживает", Residence.USUAL),
        ("Тұрақты тұрады", Residence.USUAL),
        ("Временно отсутствует", Residence.TEMPORARILY_ABSENT),
        ("Уақытша болмаған", Residence.TEMPORARILY_ABSENT),
        ("Временно находится", Residence.TEMPORARILY_PRESENT),
        ("Уақытша тұрып жатыр", Residence.TEMPORARILY_PRESENT),
    ],
)
def test_the_residence_as_the_lists_print_it_reads_back(cell: str, residence: Residence) -> None:
    assert rules.parse_residence(cell) is residence


def test_unknown_country_is_refused() -> None:
    with pytest.raises(ValueError):
        rules.parse_citizenship("Атлантида")


def _codes(data: PersonData) -> dict[str, Severity]:
    return {
        (i.problem.value if i.problem else i.field): i.severity
        for i in rules.check(data.cleaned(), default_campaign(), today=dt.date(2021, 9, 1))
    }


def test_a_complete_record_has_no_issue() -> None:
    born = dt.date(2010, 5, 15)
    data = PersonData(
        "Иванова", "Мария", "Петровна", iin=make_iin(born, Sex.FEMALE, 1), birth_date=born, sex=Sex.FEMALE
    )
    assert _codes(data) == {}


def test_iin_contradictions_are_warnings_and_a_bad_check_digit_an_error() -> None:
    born = dt.date(2010, 5, 15)
    number = make_iin(born, Sex.FEMALE, 1)
    assert number is not None
    data = PersonData("Иванова", "Мария", iin=number, birth_date=dt.date(2010, 5, 16), sex=Sex.MALE)
    assert _codes(data) == {"birth_date_mismatch": Severity.WARNING, "sex_mismatch": Severity.WARNING}
    wrong = number[:11] + str((int(number[11]) + 1) % 10)
    assert _codes(PersonData("Иванова", "Мария", iin=wrong, birth_date=born, sex=Sex.FEMALE)) == {
        "iin_invalid": Severity.ERROR
    }


def test_lost_leading_zeros_are_restored_before_checking() -> None:
    born = dt.date(2005, 1, 2)
    number = make_iin(born, Sex.MALE, 7)
    assert number is not None and number.startswith("0")
    data = PersonData("Ахметов", "Серік", iin=str(int(number)), birth_date=born, sex=Sex.MALE).cleaned()
    assert data.iin == number
    assert _codes(data) == {}


def test_missing_iin_is_a_warning_for_everyone_and_never_a_refusal() -> None:
    born = dt.date(1990, 1, 1)
    foreigner = PersonData(
        "Smith", "John", birth_date=born, sex=Sex.MALE, citizenship=CitizenshipKind.FOREIGN, country_code="840"
    )
    assert _codes(foreigner) == {"iin_missing": Severity.WARNING}
    citizen = PersonData("Ахметов", "Серік", birth_date=born, sex=Sex.MALE)
    assert _codes(citizen) == {"iin_missing": Severity.WARNING}


def test_foreigner_needs_a_country_and_surname_is_required() -> None:
    data = PersonData("", "John", birth_date=dt.date(1990, 1, 1), sex=Sex.MALE, citizenship=CitizenshipKind.FOREIGN)
    codes = _codes(data)
    assert codes["surname"] is Severity.ERROR
    assert codes["country_code"] is Severity.ERROR


def test_missing_data_is_a_problem() -> None:
    assert _codes(PersonData("Ахметов", iin=None)) == {
        "iin_missing": Severity.WARNING,
        "missing_data": Severity.WARNING,
    }


def test_problems_round_trip_through_storage() -> None:
    stored = rules.encode_problems([Problem.IIN_INVALID, Problem.DUPLICATE])
    assert " duplicate " in stored
    assert rules.decode_problems(stored) == (Problem.IIN_INVALID, Problem.DUPLICATE)
    assert rules.decode_problems("") == ()


def test_age_list_and_residence_at_the_census_dates() -> None:
    campaign = default_campaign()  # list 1 June 2021, reference moment 1 September 2021
    born = dt.date(2010, 9, 1)
    derived = rules.derive(campaign, birth_date=born, admitted_on=dt.date(2021, 7, 1), left_on=None)
    assert derived.age == 11
    assert not derived.on_list  # admitted after the list date
    assert derived.resident
    assert rules.derive(campaign, birth_date=born, admitted_on=dt.date(2021, 9, 1), left_on=None).resident is False
    gone = rules.derive(campaign, birth_date=born, admitted_on=None, left_on=dt.date(2021, 8, 1))
    assert gone.on_list and not gone.resident
    assert rules.derive(campaign, birth_date=dt.date(2010, 9, 2), admitted_on=None, left_on=None).age == 10


@pytest.mark.parametrize(
    ("sex", "born", "expected"),
    [
        (
            Sex.MALE,
            dt.date(2010, 5, 15),
            {("sex", "The sex is male, but the IIN 100515601236 is a woman's (its 7th digit).")},
        ),
        (Sex.FEMALE, dt.date(2010, 5, 15), set()),
        (
            Sex.FEMALE,
            dt.date(2010, 5, 16),
            {("birth_date", "The birth date 16.05.2010 contradicts the IIN 100515601236, which gives 15.05.2010.")},
        ),
    ],
)
def test_the_iin_is_read_both_ways_in_the_register(
    sex: Sex, born: dt.date, expected: set[tuple[str, str]]
) -> None:
    data = PersonData("Жанова", "Айым", iin="100515601236", birth_date=born, sex=sex).cleaned()
    issues = rules.check(data, default_campaign(), today=dt.date(2021, 10, 5))
    mismatches = (Problem.SEX_MISMATCH, Problem.BIRTH_DATE_MISMATCH)
    found = {(i.field, str(i.message)) for i in issues if i.problem in mismatches}
    assert found == expected
    stored = rules.stored_problems(
        iin_value="100515601236", birth_date=born, sex=sex.value, citizenship="KZ", name="Айым"
    )
    for problem in stored:
        if problem in (Problem.SEX_MISMATCH, Problem.BIRTH_DATE_MISMATCH):
            shown = str(rules.problem_message(problem, iin_value="100515601236", birth_date=born))
            assert "100515601236" in shown  # the listing's sentence names the IIN next to the held value
