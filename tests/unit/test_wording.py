"""The words that agree with the person: the sex a name shows, Russian forms, the certificate's holder."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain import wording


@pytest.mark.parametrize(
    ("name", "sex"),
    [
        ("Иванова Наталья Петровна", "F"),
        ("Иванов Пётр Сергеевич", "M"),
        ("Сүлейменова Әйгерім Қуанышқызы", "F"),
        ("Әбдірахманова Гүлнәр Сәкенқызы", "F"),
        ("Құрманғазы Өмірзақ Ұлықбекұлы", "M"),
        ("Нурланов Ерлан Асканулы", "M"),
        ("Ахмедова Лейла Рашид кызы", "F"),
        ("Мамедов Эльдар Рашид оглы", "M"),
        ("Ким Ольга Николаевна", "F"),
        ("Жұмабеков Серік", "M"),
        ("Смирнова Анна", "F"),
        ("Ким Сергей", None),  # neither a patronymic nor a surname ending tells
        ("Ли", None),
        ("", None),
    ],
)
def test_sex_from_name(name: str, sex: str | None) -> None:
    assert wording.sex_from_name(name) == sex


@pytest.mark.parametrize(
    ("sex", "expected"),
    [("M", "вернул"), ("F", "вернула"), (None, "вернул(а)"), ("", "вернул(а)")],
)
def test_russian_form_agrees_with_the_sex(sex: str | None, expected: str) -> None:
    assert wording.ru_by_sex(sex, "вернул", "вернула") == expected


@pytest.mark.parametrize(
    ("born", "on", "minor"),
    [
        (dt.date(2003, 10, 13), dt.date(2021, 10, 12), True),  # a day short of 18
        (dt.date(2003, 10, 12), dt.date(2021, 10, 12), False),  # 18 on the day
        (dt.date(1950, 7, 2), dt.date(2021, 10, 12), False),
        (None, dt.date(2021, 10, 12), False),
    ],
)
def test_minor(born: dt.date | None, on: dt.date, minor: bool) -> None:
    assert wording.is_minor(born, on) is minor


@pytest.mark.parametrize(
    ("sex", "citizenship", "minor", "ru", "kk"),
    [
        ("F", "KZ", False, "гражданка Республики Казахстан", "Қазақстан Республикасының азаматы"),
        ("M", "KZ", False, "гражданин Республики Казахстан", "Қазақстан Республикасының азаматы"),
        (None, "KZ", False, "гражданин (гражданка) Республики Казахстан", "Қазақстан Республикасының азаматы"),
        ("F", "KZ", True, "несовершеннолетняя гражданка Республики Казахстан",
         "Қазақстан Республикасының кәмелетке толмаған азаматы"),
        ("M", "KZ", True, "несовершеннолетний гражданин Республики Казахстан",
         "Қазақстан Республикасының кәмелетке толмаған азаматы"),
        ("F", "foreign", False, "иностранная гражданка", "шетел азаматы"),
        ("M", "foreign", False, "иностранный гражданин", "шетел азаматы"),
        ("M", "foreign", True, "несовершеннолетний иностранный гражданин", "кәмелетке толмаған шетел азаматы"),
        ("M", "stateless", False, "лицо без гражданства", "азаматтығы жоқ адам"),
        ("F", "stateless", True, "несовершеннолетнее лицо без гражданства", "азаматтығы жоқ кәмелетке толмаған адам"),
        ("F", None, False, "", ""),
    ],
)  # fmt: skip
def test_the_certificate_names_its_holder_as_the_law_does(
    sex: str | None, citizenship: str | None, minor: bool, ru: str, kk: str
) -> None:
    holder = wording.holder(sex, citizenship, minor)
    assert (holder.ru, holder.kk) == (ru, kk)
    assert "азамат(ша)" not in holder.kk
