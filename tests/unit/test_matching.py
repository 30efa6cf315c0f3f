"""The one rule of "the same person" and "nearly the same", on the cases registers really contain."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain import iin as iin_rules
from desktop.domain.iin import Sex, make_iin
from desktop.domain.matching import (
    SIMILARITY,
    Identity,
    Index,
    identity_key,
    nearly_same,
    nearly_same_pairs,
    same_person,
    same_person_pairs,
    similarity,
)

BORN = dt.date(2005, 3, 8)
OTHER_DAY = dt.date(2005, 3, 9)


def _iin(serial: int, born: dt.date = BORN) -> str:
    number = make_iin(born, Sex.MALE, serial)
    while number is None:
        serial += 1
        number = make_iin(born, Sex.MALE, serial)
    return number


IIN_A, IIN_B = _iin(1), _iin(40)


def who(name: str, born: dt.date | None = BORN, iin: object = None) -> Identity:
    return Identity(iin_rules.normalize(iin), identity_key(name), born)


# (first, second, same person?, nearly the same?)
CASES = [
    ("Kazakh and Russian spelling", who("Жұмабаев Нұрсұлтан"), who("Жумабаев Нурсултан"), True, False),
    ("Kazakh letters in a first name", who("Сейткали Әлия"), who("СЕЙТКАЛИ Алия"), True, False),
    ("ө ү қ ғ ң һ і", who("Өмірзақ Ғалымжан Үшкөң Һ"), who("Омирзак Галымжан Ушкон Х"), True, False),
    ("ё and е, й and и", who("Королёв Сергей"), who("Королев Сергеи"), True, False),
    ("swapped surname and name", who("Болат Оманов"), who("Оманов Болат"), True, False),
    ("a hyphen or a space", who("Ахметова-Ким Дана"), who("Ахметова Ким Дана"), True, False),
    ("surname changed, same IIN", who("Иванова Мария", iin=IIN_A), who("Петрова Мария", iin=IIN_A), True, False),
    ("leading zeros lost", who("Иванова Мария", iin=IIN_A), who("Иванова Мария", iin=int(IIN_A)), True, False),
    ("IIN as a float", who("Иванова Мария", iin=IIN_A), who("", None, iin=f"{float(IIN_A):.11e}"), True, False),
    ("same name, two IINs", who("Иванова Мария", iin=IIN_A), who("Иванова Мария", iin=IIN_B), False, True),
    ("one-letter typo in the surname", who("Оманов Болат"), who("Аманов Болат"), False, True),
    ("typo and swapped parts", who("Болат Оманов"), who("Аманов Болат"), False, True),
    ("twins: different first names", who("Ахметов Арман"), who("Ахметов Айдос"), False, False),
    ("twins with close names", who("Ахметова Дана"), who("Ахметова Данна"), False, True),
    ("same name, another birth date", who("Иванова Мария"), who("Иванова Мария", OTHER_DAY), False, False),
    ("no birth date, no IIN", who("Иванова Мария", None), who("Иванова Мария", None), False, False),
    ("nothing alike", who("Ким Виктор"), who("Сүлейменов Ерлан"), False, False),
]


@pytest.mark.parametrize(("first", "second", "same", "nearly"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_hard_cases(first: Identity, second: Identity, same: bool, nearly: bool) -> None:
    assert same_person(first, second) is same
    assert same_person(second, first) is same
    assert (nearly_same(first, second) is not None) is nearly
    assert (nearly_same(second, first) is not None) is nearly


def test_one_scorer_whether_the_other_is_in_the_register_or_in_the_same_file() -> None:
    """The finding: "Оманов Болат" and "Аманов Болат" born the same day scored 91.7 against the
    register and 50 between two rows of one file. One scorer gives one answer."""
    first, second = who("Оманов Болат"), who("Аманов Болат")
    assert similarity(first.key, second.key) == similarity(second.key, first.key) == pytest.approx(91.67, abs=0.01)
    register: Index[str] = Index()
    register.add(first, "in the register")
    found = register.nearly(second)
    assert found is not None and found[0] == "in the register" and found[1] == pytest.approx(91.67, abs=0.01)
    assert nearly_same_pairs([(1, first), (2, second)]) == {(1, 2): pytest.approx(91.67, abs=0.01)}


def test_the_index_finds_by_iin_then_by_name_and_birth_and_never_across_two_iins() -> None:
    index: Index[int] = Index()
    index.add(who("Иванова Мария", iin=IIN_A), 1)
    index.add(who("Ахметов Арман"), 2)
    assert index.same(who("Петрова Мария", iin=int(IIN_A))) == [1]
    assert index.same(who("Мария Иванова")) == [1]
    assert index.same(who("Иванова Мария", iin=IIN_B)) == []  # two IINs: two persons
    assert index.same(who("Ахметов Айдос")) == []
    assert index.nearly(who("Ахметов Айдос")) is None
    assert index.nearly(who("Ахмeтов Арманн")) == (2, pytest.approx(similarity("арман ахметов", "арманн ахметов")))


def test_pairs_for_the_screening_of_the_whole_register() -> None:
    records = [
        (1, who("Иванова Мария", iin=IIN_A)),
        (2, who("Петрова Мария", OTHER_DAY, iin=IIN_A)),
        (3, who("Мария Иванова")),
        (4, who("Иванова Мария", iin=IIN_B)),
        (5, who("Ахметов Айдос")),
    ]
    assert same_person_pairs(records) == {(1, 2): "same_iin", (1, 3): "same_name_birth", (3, 4): "same_name_birth"}
    near = nearly_same_pairs(records)
    assert set(near) == {(1, 4)} and near[(1, 4)] >= SIMILARITY  # same name, two IINs: shown to a person
