"""The census forms speak of people as the law and the Washington Group do, and count the week right."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain import forms
from desktop.resources import resource


def load(name: str) -> forms.Form:
    content = resource("forms", name).read_bytes()
    return forms.load_form(content, media=forms.media_from_dirs(Path(resource("classifiers"))))


@pytest.fixture(scope="module")
def person() -> forms.Form:
    return load("census2021_person.xlsx")


def test_a_child_with_disability_is_named_person_first(person: forms.Form) -> None:
    assert person.choice_label("disability_group", "4", "kk") == "Мүгедектігі бар бала (18 жасқа дейін)"
    assert person.choice_label("disability_group", "4", "ru") == "Ребёнок с инвалидностью (до 18 лет)"


def test_special_education_is_not_called_corrective(person: forms.Form) -> None:
    assert person.choice_label("school_attendance", "6", "ru") == "Специальная организация образования"
    assert person.choice_label("school_attendance", "6", "kk") == "Арнайы білім беру ұйымы"


def test_communicating_is_asked_in_the_usual_language(person: forms.Form) -> None:
    assert "обычно пользуетесь" in person.label("wg_communicating", "ru")
    assert "Әдетте сөйлейтін тіліңізде" in person.label("wg_communicating", "kk")
    assert "родном" not in person.label("wg_communicating", "ru")


def test_the_week_before_the_census_has_seven_days(person: forms.Form) -> None:
    for lang, days in (("ru", "25–31 августа"), ("kk", "25–31 тамыз"), ("en", "25–31 August")):
        assert days in person.label("worked_last_week", lang)


def test_temporarily_absent_is_the_official_kazakh_term() -> None:
    person, institution = load("census2021_person.xlsx"), load("census2021_institution.xlsx")
    assert person.choice_label("residence", "2", "kk") == "Уақытша болмаған"
    assert institution.label("residents_absent", "kk") == "оның ішінде уақытша болмағандар"
    assert institution.label("residents_absent", "ru") == "из них временно отсутствующих"


def test_the_classifiers_use_person_first_wording_and_one_spelling() -> None:
    from desktop.domain import classifiers

    types = classifiers.institution_types()
    assert types.label("07", "kk").startswith("Мүгедектігі бар адамдар және (немесе) мүгедектігі бар балалар")
    assert "инвалидов" not in types.label("07", "ru")
    assert classifiers.load("countries").get("031").name_kk == "Әзірбайжан"  # as in «әзірбайжан тілі»
    assert classifiers.load("nationalities").get("010").name_kk == "әзірбайжан"
