import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import iin
from desktop.domain.iin import IinProblem, Sex


def test_worked_example_from_census_notes() -> None:
    assert iin.check_digit("10051560123") == 6
    info = iin.parse("100515601236")
    assert info.birth_date == dt.date(2010, 5, 15)
    assert info.sex is Sex.FEMALE


def test_eleven_digits_without_any_valid_check_digit() -> None:
    assert iin.check_digit("05031540096") is None
    assert all(iin.problem("05031540096" + str(d)) is not None for d in range(10))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (515601236, "000515601236"),  # an Excel number that lost its leading zeros
        (515601236.0, "000515601236"),
        ("515601236", "000515601236"),
        ("5.15601236E8", "000515601236"),
        ("1005 1560 1236", "100515601236"),
        ("100515-601236", "100515601236"),
        ("\u00a0100515601236 ", "100515601236"),
        ("", None),
        (None, None),
        (float("nan"), None),
        ("ИИН нет", "ИИНнет"),
    ],
)
def test_normalize_restores_what_registers_do_to_iins(raw: object, expected: str | None) -> None:
    assert iin.normalize(raw) == expected


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        ("100515601237", IinProblem.CHECKSUM),
        ("10051560123", IinProblem.LENGTH),
        ("10051560123X", IinProblem.NOT_DIGITS),
        ("100515701236", IinProblem.CENTURY),
        ("101315601236", IinProblem.DATE),
    ],
)
def test_problems_are_named(number: str, problem: IinProblem) -> None:
    assert iin.problem(number) is problem
    assert number in iin.problem_message(number, problem).render()


def test_centuries_and_sexes() -> None:
    for born, sex in [
        (dt.date(1899, 12, 31), Sex.MALE),
        (dt.date(1931, 2, 28), Sex.FEMALE),
        (dt.date(2005, 7, 1), Sex.MALE),
        (dt.date(2020, 2, 29), Sex.FEMALE),
    ]:
        number = next(n for s in range(1, 50) if (n := iin.make_iin(born, sex, s)))
        info = iin.parse(number)
        assert (info.birth_date, info.sex) == (born, sex)


def test_bin_uses_the_same_check_digit_without_a_birth_date() -> None:
    assert iin.bin_problem("100540012349") is None
    assert iin.bin_problem("100540012342") is IinProblem.CHECKSUM
    assert iin.bin_problem("10054001234") is IinProblem.LENGTH


@given(st.text(max_size=20))
def test_normalize_and_problem_never_crash(text: str) -> None:
    value = iin.normalize(text)
    if value is not None:
        iin.problem(value)


@given(st.from_regex(r"[0-9]{11}", fullmatch=True))
def test_a_computed_check_digit_always_validates(first11: str) -> None:
    digit = iin.check_digit(first11)
    if digit is None:
        assert not any(iin.has_valid_check_digit(first11 + str(d)) for d in range(10))
    else:
        assert iin.has_valid_check_digit(first11 + str(digit))
        wrong = (digit + 1) % 10
        assert not iin.has_valid_check_digit(first11 + str(wrong))
