"""The register service against a real database (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from desktop.app import AppContext, bootstrap
from desktop.domain import person as rules
from desktop.domain.campaign import default_campaign
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
        added = reg.add_person(uow, _maria(surname="ИВАНОВА"), campaign=context.campaign)
    with context.uow() as uow:
        row = reg.get_person(uow, added.id, campaign=context.campaign)
        assert (row.surname, row.unit, row.problems, row.on_list) == ("Иванова", "1-топ", (), True)
        assert (
            reg.person_by_iin(uow, " ".join(_iin()[i : i + 3] for i in range(0, 12, 3)), campaign=context.campaign)
            == row
        )
        changed = reg.update_person(
            uow, row.id, _maria(sex=Sex.MALE, unit="2-топ"), revision=row.revision, campaign=context.campaign
        )
        assert changed.problems == (Problem.SEX_MISMATCH,)
        assert [u.name for u in reg.list_units(uow)] == ["1-топ", "2-топ"]
        kinds = [(e.kind, sorted(e.changes)) for e in reg.history(uow, row.id)]
        assert kinds[-1] == ("edited", ["sex", "unit"])
        with pytest.raises(ConflictError):
            reg.update_person(uow, row.id, _maria(), revision=row.revision, campaign=context.campaign)  # stale revision


def test_invalid_iin_is_refused_unless_confirmed(context: AppContext) -> None:
    bad = _iin()[:11] + str((int(_iin()[11]) + 1) % 10)
    with context.uow() as uow:
        with pytest.raises(ValidationError) as error:
            reg.add_person(uow, _maria(iin=bad), campaign=context.campaign)
        assert error.value.field == "iin"
        assert reg.count_persons(uow, campaign=context.campaign) == 0
        kept = reg.add_person(uow, _maria(iin=bad), allow_invalid_iin=True, campaign=context.campaign)
        assert kept.problems == (Problem.IIN_INVALID,)
        assert [r.id for r in reg.list_persons(uow, reg.Filters(problem="iin_invalid"), campaign=context.campaign)] == [
            kept.id
        ]
        message = kept.to_json(context.translate)["problems"][0]["message"]
        assert bad in message and "ИИН" in message


def test_search_matches_names_in_both_alphabets_and_iin_digits(context: AppContext) -> None:
    with context.uow() as uow:
        a = reg.add_person(
            uow,
            PersonData("Сүлейменова", "Әйгерім", "Қуанышқызы", iin=_iin(serial=2), birth_date=BORN, sex=Sex.FEMALE),
            campaign=context.campaign,
        )
        b = reg.add_person(uow, _maria(), campaign=context.campaign)
        for text, expected in (
            ("сүлей", [a.id]),
            ("СУЛЕЙ", [a.id]),
            ("әйгерім", [a.id]),
            ("мария иван", [b.id]),
            (_iin()[-5:], [b.id]),
            ("иванова", [b.id]),
            ("zzz", []),
        ):
            assert reg.ordered_ids(uow, reg.Filters(text=text), campaign=context.campaign) == expected, text
        assert reg.ordered_ids(uow, sort="name", campaign=context.campaign) == [b.id, a.id]
        assert reg.ordered_ids(uow, sort="name", descending=True, campaign=context.campaign) == [a.id, b.id]


def test_left_persons_stay_with_history_and_can_come_back(context: AppContext) -> None:
    with context.uow() as uow:
        row = reg.add_person(uow, _maria(), campaign=context.campaign)
        with pytest.raises(ValidationError):
            reg.mark_left(uow, row.id, dt.date(2021, 7, 1), "other", campaign=context.campaign)  # other needs a note
        left = reg.mark_left(uow, row.id, dt.date(2021, 7, 1), "transferred", campaign=context.campaign)
        assert left.left_reason == "transferred" and left.on_list and not left.resident
        assert reg.ordered_ids(uow, reg.Filters(state="present"), campaign=context.campaign) == []
        assert reg.ordered_ids(uow, reg.Filters(state="left"), campaign=context.campaign) == [row.id]
        back = reg.cancel_left(uow, row.id, campaign=context.campaign)
        assert back.left_on is None
        assert [e.kind for e in reg.history(uow, row.id)] == ["added", "left", "returned"]


def test_delete_only_what_has_no_census_work(context: AppContext) -> None:
    with context.uow() as uow:
        mistake = reg.add_person(uow, _maria(), campaign=context.campaign)
        counted = reg.add_person(uow, _maria(iin=_iin(serial=3), name="Анна"), campaign=context.campaign)
        person = uow.session.get(Person, counted.id)
        assert person is not None
        person.status = CoverageStatus.REFUSED.value
        uow.commit()
        reg.delete_person(uow, mistake.id)
        with pytest.raises(ConflictError):
            reg.delete_person(uow, counted.id)
        assert [r.id for r in reg.list_persons(uow, campaign=context.campaign)] == [counted.id]


def test_duplicates_screened_merged_or_kept_apart(context: AppContext) -> None:
    with context.uow() as uow:
        first = reg.add_person(uow, _maria(), campaign=context.campaign)
        same_iin = reg.add_person(uow, _maria(surname="Иваноова"), campaign=context.campaign)
        twin = reg.add_person(uow, _maria(iin=None, unit=""), campaign=context.campaign)
        similar = reg.add_person(
            uow,
            PersonData(
                "Ахметова",
                "Дана",
                iin=_iin(dt.date(2011, 1, 1), serial=5),
                birth_date=dt.date(2011, 1, 1),
                sex=Sex.FEMALE,
            ),
            campaign=context.campaign,
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
            campaign=context.campaign,
        )
        pairs = {(p.first.id, p.second.id): p.reason for p in reg.screen_duplicates(uow, campaign=context.campaign)}
        assert pairs[(first.id, same_iin.id)] == "same_iin"
        assert pairs[(first.id, twin.id)] == "same_name_birth"
        assert pairs[(similar.id, near.id)] == "similar_name_birth"
        assert Problem.DUPLICATE in reg.get_person(uow, twin.id, campaign=context.campaign).problems
        near_row = reg.get_person(uow, near.id, campaign=context.campaign)
        assert Problem.DUPLICATE not in near_row.problems  # only on screening
        reg.keep_apart(uow, similar.id, near.id)
        merged = reg.merge_persons(uow, twin.id, first.id, campaign=context.campaign)
        assert merged.iin == _iin() and merged.unit == "1-топ"
        reg.merge_persons(uow, twin.id, same_iin.id, campaign=context.campaign)
        assert reg.screen_duplicates(uow, campaign=context.campaign) == []
        assert Problem.DUPLICATE not in reg.get_person(uow, twin.id, campaign=context.campaign).problems
        assert reg.count_persons(uow, campaign=context.campaign) == 3
        history = reg.history(uow, twin.id)
        assert [e.kind for e in history] == ["added", "merged", "merged"]
        assert history[1].changes["iin"] == [None, _iin()] and history[1].changes["unit"] == ["", "1-топ"]
        assert history[1].changes["merged_from"][0] == first.uuid


def test_the_campaign_passed_decides_ages_and_the_list_and_the_default_stays(context: AppContext) -> None:
    """The register computes with the campaign it is given: the next census gives other ages and
    another stage-1 list, and the program's own campaign is left as loaded."""
    loaded = default_campaign()
    later = dataclasses.replace(
        context.campaign,
        id="census2031",
        list_date=dt.date(2031, 6, 1),
        reference_moment=context.campaign.reference_moment.replace(year=2031),
    )
    with context.uow() as uow:
        added = reg.add_person(
            uow, _maria(admitted_on=dt.date(2024, 1, 10)), campaign=context.campaign
        )  # admitted after the 2021 list date
        now = reg.get_person(uow, added.id, campaign=context.campaign)
        next_census = reg.get_person(uow, added.id, campaign=later)
        on_list_now = reg.count_persons(uow, reg.Filters(state="on_list"), campaign=context.campaign)
        on_list_later = reg.count_persons(uow, reg.Filters(state="on_list"), campaign=later)
    assert (now.age, now.on_list) == (11, False)
    assert (next_census.age, next_census.on_list) == (21, True)
    assert (on_list_now, on_list_later) == (0, 1)
    assert context.campaign == loaded == default_campaign() and default_campaign().id == "census2021"


def test_the_demo_register_is_written_like_an_employees_entries(demo_home: Path) -> None:
    """The demo's persons go through the register's own write path: the history of a person who left
    says when and why, and the problems are the ones the rules give."""
    ctx = bootstrap(demo_home, None, "ru")
    try:
        with ctx.uow() as uow:
            gone = reg.list_persons(uow, reg.Filters(state="left"), campaign=ctx.campaign)
            assert len(gone) == 3
            for row in gone:
                assert [entry.kind for entry in reg.history(uow, row.id)] == ["imported", "left"]
                assert reg.history(uow, row.id)[1].changes["left_on"][1] == row.left_on.isoformat()  # type: ignore[union-attr]
            for row in reg.list_persons(uow, campaign=ctx.campaign):
                expected = set(rules.stored_problems(
                    iin_value=row.iin, birth_date=row.birth_date, sex=row.sex, citizenship=row.citizenship,
                    name=row.name, surname=row.surname,
                ))  # fmt: skip
                if not row.resident:  # derived from the dates, never stored
                    expected.add(Problem.NOT_COUNTED)
                assert set(row.problems) - {Problem.DUPLICATE} == expected, row.full_name
    finally:
        ctx.close()


KAZAKH_ORDER = [
    "Абаев", "Ахметов", "Әбенов", "Әшімов", "Бекова", "Кузнецов", "Қасымов", "Ыбыраев", "Ілиясов", "Яковлев"
]  # fmt: skip


def test_lists_follow_the_kazakh_alphabet(context: AppContext, tmp_path: Path) -> None:
    """Every Ә-name after every А-name, І after Ы: in the Respondents' list (sorted by the database),
    the whole register and the stage-1 list alike."""
    shuffled = [KAZAKH_ORDER[i] for i in (7, 2, 9, 0, 5, 3, 8, 1, 6, 4)]
    with context.uow() as uow:
        ids = {
            surname: reg.add_person(uow, _maria(surname=surname, iin=None, unit=""), campaign=context.campaign).id
            for surname in shuffled
        }
    names = {pid: surname for surname, pid in ids.items()}
    with context.uow() as uow:
        assert [names[i] for i in reg.ordered_ids(uow, sort="name", campaign=context.campaign)] == KAZAKH_ORDER
        window = reg.ordered_ids(uow, sort="name", campaign=context.campaign, limit=4)
        assert [names[i] for i in window] == KAZAKH_ORDER[:4]
        backwards = reg.ordered_ids(uow, sort="name", descending=True, campaign=context.campaign)
        assert [names[i] for i in backwards] == KAZAKH_ORDER[::-1]
        assert [row.surname for row in reg.list_persons(uow, campaign=context.campaign)] == KAZAKH_ORDER
        edited = reg.get_person(uow, ids["Абаев"], campaign=context.campaign)
        reg.update_person(
            uow, edited.id, _maria(surname="Өмірзақов", iin=None, unit=""), revision=edited.revision,
            campaign=context.campaign,
        )  # fmt: skip
    names[ids["Абаев"]] = "Өмірзақов"  # renamed: its place follows the new name
    with context.uow() as uow:
        order = [names[i] for i in reg.ordered_ids(uow, sort="name", campaign=context.campaign)]
    assert order == [*KAZAKH_ORDER[1:7], "Өмірзақов", *KAZAKH_ORDER[7:]]
