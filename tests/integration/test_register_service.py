"""The register service against a real database (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.app import AppContext
from desktop.domain.enums import CitizenshipKind, CoverageStatus
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.iin import Sex, make_iin
from desktop.domain.person import PersonData, Problem
from desktop.models.entities import Person
from desktop.services import register as reg

BORN = dt.date(2010, 5, 15)


def _iin(born: dt.date = BORN, sex: Sex = Sex.FEMALE, serial: int = 1) -> str:
    number = make_iin(born, sex, serial)
    assert number is not None
    return number


def _maria(**changes: object) -> PersonData:
    data = PersonData("Иванова", "Мария", "Петровна", iin=_iin(), birth_date=BORN, sex=Sex.FEMALE, unit="1-топ")
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_add_edit_and_read_back(context: AppContext) -> None:
    with context.uow() as uow:
        added = reg.add_person(uow, _maria(surname="ИВАНОВА"))
    with context.uow() as uow:
        row = reg.get_person(uow, added.id)
        assert (row.surname, row.unit, row.problems, row.on_list) == ("Иванова", "1-топ", (), True)
        assert reg.person_by_iin(uow, " ".join(_iin()[i : i + 3] for i in range(0, 12, 3))) == row
        changed = reg.update_person(uow, row.id, _maria(sex=Sex.MALE, unit="2-топ"), revision=row.revision)
        assert changed.problems == (Problem.SEX_MISMATCH,)
        assert [u.name for u in reg.list_units(uow)] == ["1-топ", "2-топ"]
        kinds = [(e.kind, sorted(e.changes)) for e in reg.history(uow, row.id)]
        assert kinds[-1] == ("edited", ["sex", "unit"])
        with pytest.raises(ConflictError):
            reg.update_person(uow, row.id, _maria(), revision=row.revision)  # stale revision


def test_invalid_iin_is_refused_unless_confirmed(context: AppContext) -> None:
    bad = _iin()[:11] + str((int(_iin()[11]) + 1) % 10)
    with context.uow() as uow:
        with pytest.raises(ValidationError) as error:
            reg.add_person(uow, _maria(iin=bad))
        assert error.value.field == "iin"
        assert reg.count_persons(uow) == 0
        kept = reg.add_person(uow, _maria(iin=bad), allow_invalid_iin=True)
        assert kept.problems == (Problem.IIN_INVALID,)
        assert [r.id for r in reg.list_persons(uow, reg.Filters(problem="iin_invalid"))] == [kept.id]
        message = kept.to_json(context.translate)["problems"][0]["message"]
        assert bad in message and "ИИН" in message


def test_search_matches_names_in_both_alphabets_and_iin_digits(context: AppContext) -> None:
    with context.uow() as uow:
        a = reg.add_person(
            uow, PersonData("Сүлейменова", "Әйгерім", "Қуанышқызы", iin=_iin(serial=2), birth_date=BORN, sex=Sex.FEMALE)
        )
        b = reg.add_person(uow, _maria())
        for text, expected in (
            ("сүлей", [a.id]),
            ("СУЛЕЙ", [a.id]),
            ("әйгерім", [a.id]),
            ("мария иван", [b.id]),
            (_iin()[-5:], [b.id]),
            ("иванова", [b.id]),
            ("zzz", []),
        ):
            assert reg.ordered_ids(uow, reg.Filters(text=text)) == expected, text
        assert reg.ordered_ids(uow, sort="name") == [b.id, a.id]
        assert reg.ordered_ids(uow, sort="name", descending=True) == [a.id, b.id]


def test_left_persons_stay_with_history_and_can_come_back(context: AppContext) -> None:
    with context.uow() as uow:
        row = reg.add_person(uow, _maria())
        with pytest.raises(ValidationError):
            reg.mark_left(uow, row.id, dt.date(2021, 7, 1), "other")  # other needs a note
        left = reg.mark_left(uow, row.id, dt.date(2021, 7, 1), "transferred")
        assert left.left_reason == "transferred" and left.on_list and not left.resident
        assert reg.ordered_ids(uow, reg.Filters(state="present")) == []
        assert reg.ordered_ids(uow, reg.Filters(state="left")) == [row.id]
        back = reg.cancel_left(uow, row.id)
        assert back.left_on is None
        assert [e.kind for e in reg.history(uow, row.id)] == ["added", "left", "returned"]


def test_delete_only_what_has_no_census_work(context: AppContext) -> None:
    with context.uow() as uow:
        mistake = reg.add_person(uow, _maria())
        counted = reg.add_person(uow, _maria(iin=_iin(serial=3), name="Анна"))
        person = uow.session.get(Person, counted.id)
        assert person is not None
        person.status = CoverageStatus.REFUSED.value
        uow.commit()
        reg.delete_person(uow, mistake.id)
        with pytest.raises(ConflictError):
            reg.delete_person(uow, counted.id)
        assert [r.id for r in reg.list_persons(uow)] == [counted.id]


def test_duplicates_screened_merged_or_kept_apart(context: AppContext) -> None:
    with context.uow() as uow:
        first = reg.add_person(uow, _maria())
        same_iin = reg.add_person(uow, _maria(surname="Иваноова"))
        twin = reg.add_person(uow, _maria(iin=None, unit=""))
        similar = reg.add_person(
            uow,
            PersonData(
                "Ахметова",
                "Дана",
                iin=_iin(dt.date(2011, 1, 1), serial=5),
                birth_date=dt.date(2011, 1, 1),
                sex=Sex.FEMALE,
            ),
        )
        near = reg.add_person(
            uow,
            PersonData(
                "Ахметова",
                "Данна",
                birth_date=dt.date(2011, 1, 1),
                sex=Sex.FEMALE,
                citizenship=CitizenshipKind.STATELESS,
            ),
        )
        pairs = {(p.first.id, p.second.id): p.reason for p in reg.screen_duplicates(uow)}
        assert pairs[(first.id, same_iin.id)] == "same_iin"
        assert pairs[(first.id, twin.id)] == "same_name_birth"
        assert pairs[(similar.id, near.id)] == "similar_name_birth"
        assert Problem.DUPLICATE in reg.get_person(uow, twin.id).problems
        assert Problem.DUPLICATE not in reg.get_person(uow, near.id).problems  # only on screening
        reg.keep_apart(uow, similar.id, near.id)
        merged = reg.merge_persons(uow, twin.id, first.id)
        assert merged.iin == _iin() and merged.unit == "1-топ"
        reg.merge_persons(uow, twin.id, same_iin.id)
        assert reg.screen_duplicates(uow) == []
        assert Problem.DUPLICATE not in reg.get_person(uow, twin.id).problems
        assert reg.count_persons(uow) == 3
