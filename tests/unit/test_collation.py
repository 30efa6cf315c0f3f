"""Names sort in the Kazakh alphabet's order: Ә after А, Ғ after Г, Қ after К, Ң after Н, Ө after О,
Ұ and Ү after У, Һ after Х, І after Ы — whatever the case, the machine or the database."""

from __future__ import annotations

import pytest

from desktop.domain.collation import ALPHABET, sort_key


def test_the_alphabet_has_its_42_letters_once() -> None:
    assert len(ALPHABET) == len(set(ALPHABET)) == 42


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Ахметов", "Әбенов"),  # every А-name before the first Ә-name
        ("Әшімов", "Бекова"),
        ("Гусев", "Ғабит"),
        ("Ғалым", "Дана"),
        ("Кузнецов", "Қасымов"),
        ("Қасымов", "Лаптев"),
        ("Нурланов", "Ңаңқа"),
        ("Осипов", "Өмірзақов"),
        ("Өтегенов", "Петров"),
        ("Усенов", "Ұлықбек"),
        ("Ұлықбек", "Үсенов"),
        ("Үсенов", "Федоров"),
        ("Хасанов", "Һақназар"),
        ("Һақназар", "Цой"),
        ("Ыбыраев", "Ілиясов"),
        ("Ілиясов", "Эльдаров"),
        ("Ерлан", "Ёлкин"),
        ("Ёлкин", "Жанна"),
        ("Ким", "Кім"),
        ("Smith", "Абаев"),  # Latin before Cyrillic
        ("Ан Б", "Анар"),  # a shorter first word first
    ],
)
def test_names_follow_the_kazakh_alphabet(before: str, after: str) -> None:
    assert sort_key(before) < sort_key(after)
    assert sort_key(before.upper()) < sort_key(after.lower())


def test_case_and_spacing_do_not_change_the_order() -> None:
    assert sort_key("ӘБЕНОВ  Арман") == sort_key("әбенов арман")
    names = ["Қасымов", "Әбенов", "Абаев", "Іргебаев", "Ыбыраев", "Бекова", "Ілиясов", "Яковлев"]
    assert sorted(names, key=sort_key) == [
        "Абаев", "Әбенов", "Бекова", "Қасымов", "Ыбыраев", "Ілиясов", "Іргебаев", "Яковлев"
    ]  # fmt: skip
