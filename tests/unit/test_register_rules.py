"""The bulk helpers of the import agree with the rules they speed up."""

from __future__ import annotations

import random
import uuid

from desktop.domain import iin
from desktop.services.register_import import check_iins, match_header, uuid4_many


def test_column_check_of_iins_agrees_with_the_iin_rules() -> None:
    rng = random.Random(5)
    numbers = {f"{rng.randrange(10**12):012d}" for _ in range(3000)}
    numbers |= {"100515601236", "000515601236", "12345", "abc", "1005156012361", "991301400145", "999999999999"}
    facts = check_iins(numbers)
    for number in numbers:
        problem, info = facts[number]
        assert problem == iin.problem(number), number
        if problem is None:
            assert info == iin.parse(number)


def test_bulk_uuids_are_version_4_and_distinct() -> None:
    made = uuid4_many(2000)
    assert len(set(made)) == 2000
    for text in made:
        value = uuid.UUID(text)
        assert (value.version, value.variant, str(value)) == (4, uuid.RFC_4122, text)


def test_header_words_in_kazakh_russian_and_english() -> None:
    assert match_header("Тегі / Фамилия") == "surname"
    assert match_header("Әкесінің аты") == "patronymic"
    assert match_header("Аты-жөні") == "full_name"
    assert match_header("Ф.И.О.") == "full_name"
    assert match_header("ЖСН") == "iin"
    assert match_header("Туған күні") == "birth_date"
    assert match_header("Дата выбытия") == "left_on"
    assert match_header("Причина выбытия") == "left_reason"
    assert match_header("Жынысы") == "sex"
    assert match_header("Азаматтығы") == "citizenship"
    assert match_header("Палата") == "unit"
    assert match_header("№ п/п") == "_skip"
    assert match_header("Рост") is None
