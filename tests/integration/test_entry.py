"""Filling a person's sheet: prefill, drafts, completion and the coverage status, sources, the
"save and next" list, the transcript, and double-entry verification."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.app import AppContext
from desktop.domain import double_entry as de
from desktop.domain.errors import ConflictError, NeedsConfirmation, NotFoundError, ValidationError
from desktop.domain.iin import Sex, make_iin
from desktop.domain.person import name_key
from desktop.models.entities import Employee, Person
from desktop.models.sheets import Sheet
from desktop.services import entry, enumeration, verification
from tests import entry_form

FORM = entry_form.form()


@pytest.fixture(autouse=True)
def _test_form(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sheets are filled on the small test form (the shipped form is tested by its own helper)."""
    monkeypatch.setattr(entry, "person_form", lambda uow: FORM)
    monkeypatch.setattr(entry, "form_version", lambda uow, form_id, version: FORM if version == FORM.version else None)


def add_person(ctx: AppContext, surname: str = "Әбенова", serial: int = 1, **extra: object) -> int:
    born = extra.pop("birth_date", dt.date(1980, 5, 15))
    assert isinstance(born, dt.date)
    number = None
    while number is None:
        number = make_iin(born, Sex.FEMALE, serial)
        serial += 1
    with ctx.uow() as uow:
        person = Person(
            surname=surname,
            name="Айгүл",
            iin=number,
            birth_date=born,
            sex="F",
            name_key=name_key(surname, "Айгүл", ""),
            **extra,
        )
        uow.session.add(person)
        uow.commit()
        return person.id


def employee(ctx: AppContext, name: str) -> str:
    with ctx.uow() as uow:
        row = Employee(full_name=name)
        uow.session.add(row)
        uow.commit()
        return row.uuid


def draft(answers: dict[str, object], **kw: object) -> entry.Draft:
    return entry.Draft(answers=answers, **kw)  # type: ignore[arg-type]


def test_a_new_sheet_is_prefilled_from_the_register_and_nothing_is_written(context: AppContext) -> None:
    pid = add_person(context)
    with context.uow() as uow:
        data = entry.open_sheet(uow, pid)
        assert uow.session.query(Sheet).count() == 0
    assert data.sheet_id is None and data.state == "empty"
    assert data.answers == {"surname": "Әбенова", "birth_date": "1980-05-15", "sex": "2"}
    with context.uow() as uow, pytest.raises(NotFoundError):
        entry.open_sheet(uow, 9999)


def test_drafts_are_saved_with_revisions_and_a_stale_window_is_refused(context: AppContext) -> None:
    pid = add_person(context)
    with context.uow() as uow:
        first = entry.save_draft(
            uow, pid, draft({"surname": "Әбенова", "age": 41}), expected_revision=0, campaign=context.campaign
        )
    assert first.state == "draft" and first.revision == 1
    with context.uow() as uow:
        second = entry.save_draft(
            uow, pid, draft({"surname": "Әбенова", "age": 42}), expected_revision=1, campaign=context.campaign
        )
    assert second.revision == 2
    with context.uow() as uow, pytest.raises(ConflictError):  # another window still at revision 1
        entry.save_draft(uow, pid, draft({"surname": "X"}), expected_revision=1, campaign=context.campaign)
    with context.uow() as uow:
        data = entry.open_sheet(uow, pid)
    assert data.answers == {"surname": "Әбенова", "age": 42} and data.revision == 2


def test_completing_checks_the_sheet_and_counts_the_person_by_mode(context: AppContext) -> None:
    context.settings.set("employee_uuid", employee(context, "Сүлейменова Әйгерім"))
    pid = add_person(context)
    with context.uow() as uow, pytest.raises(ValidationError) as error:
        entry.complete(
            uow, pid, draft({"surname": "Әбенова"}), expected_revision=0, campaign=context.campaign,
            outside_window=True,
        )
    assert error.value.code == "sheet.incomplete"
    assert "Дата рождения" in error.value.render(context.translate)
    answers = dict(entry_form.COMPLETE) | {"remark": ""}
    with context.uow() as uow:
        saved = entry.complete(
            uow,
            pid,
            draft(
                answers,
                default_source="records",
                default_document="Личное дело №12",
                sources={"spouse": {"source": "proxy", "document": ""}},
            ),
            expected_revision=0,
            campaign=context.campaign, outside_window=True,
        )
    assert saved.state == "complete" and saved.person_status == "records"
    with context.uow() as uow:
        person = uow.session.get(Person, pid)
        assert person is not None and person.status == "records" and person.enumerated_by is not None
        data = entry.open_sheet(uow, pid)
    assert data.completed_by == "Сүлейменова Әйгерім" and data.mode.value == "records"
    assert data.sources == {"spouse": {"source": "proxy", "document": ""}}
    # an outcome without a sheet cannot overwrite it
    with context.uow() as uow, pytest.raises(ConflictError):
        enumeration.record(uow, mode="refused", person_id=pid, reason="x")
    # reopening makes it a draft and the person to be enumerated again
    with context.uow() as uow:
        reopened = entry.reopen(uow, pid, expected_revision=saved.revision)
    assert reopened.state == "draft" and reopened.person_status == "to_enumerate"


def test_a_warning_must_be_confirmed_with_a_reason_before_completion(context: AppContext) -> None:
    pid = add_person(context)
    answers = dict(entry_form.COMPLETE) | {"age": 104}
    with context.uow() as uow, pytest.raises(ValidationError):
        entry.complete(uow, pid, draft(answers), expected_revision=0, campaign=context.campaign, outside_window=True)
    with context.uow() as uow:
        saved = entry.complete(
            uow,
            pid,
            draft(answers, confirmed_warnings={"age": "по паспорту"}),
            expected_revision=0,
            campaign=context.campaign, outside_window=True,
        )
    assert saved.state == "complete" and saved.person_status == "interview"


def test_answers_of_questions_no_longer_asked_are_dropped_on_completion(context: AppContext) -> None:
    pid = add_person(context)
    answers = dict(entry_form.COMPLETE) | {"married": "2"}  # the spouse's name is no longer asked
    with context.uow() as uow:
        entry.complete(uow, pid, draft(answers), expected_revision=0, campaign=context.campaign, outside_window=True)
    with context.uow() as uow:
        assert "spouse" not in entry.open_sheet(uow, pid).answers


@pytest.mark.parametrize(
    ("dates", "listed"),
    [
        ({}, True),
        ({"admitted_on": dt.date(2021, 8, 31)}, True),
        ({"admitted_on": dt.date(2021, 9, 1)}, False),  # came after the moment: not counted here
        ({"admitted_on": dt.date(2021, 9, 2)}, False),
        ({"left_on": dt.date(2021, 8, 31)}, False),  # gone before the moment
        ({"left_on": dt.date(2021, 9, 1)}, True),  # left on the census day: was there at 00:00
        ({"left_on": dt.date(2021, 9, 2)}, True),
        ({"birth_date": dt.date(2021, 8, 31)}, True),
        ({"birth_date": dt.date(2021, 9, 1)}, False),  # born on the census day: not counted
    ],
)
def test_the_sheet_list_holds_only_the_persons_counted(
    context: AppContext, dates: dict[str, dt.date], listed: bool
) -> None:
    """The sheets page offers a sheet only to whom the census counts (the register's rule at the moment)."""
    counted = add_person(context, "Ахметова", 1)
    other = add_person(context, "Бекова", 5, **dates)
    with context.uow() as uow:
        for which in ("to_fill", "all"):
            ids = [r.id for r in entry.list_persons(uow, entry.ListFilter(which), campaign=context.campaign)]
            assert ids == ([counted, other] if listed else [counted])


def test_the_list_walks_persons_to_fill_and_skips_the_done(context: AppContext) -> None:
    ids = [add_person(context, surname, serial) for serial, surname in enumerate(("Ахметова", "Бекова", "Валиева"), 1)]
    with context.uow() as uow:
        entry.complete(
            uow, ids[0], draft(dict(entry_form.COMPLETE)), expected_revision=0, campaign=context.campaign,
            outside_window=True,
        )
        enumeration.record(uow, mode="online", person_id=ids[2], code="ABCD1234")
        entry.save_draft(uow, ids[1], draft({"age": 3}), expected_revision=0, campaign=context.campaign)
    with context.uow() as uow:
        to_fill = entry.list_persons(uow, entry.ListFilter("to_fill"), campaign=context.campaign)
        drafts = entry.list_persons(uow, entry.ListFilter("drafts"), campaign=context.campaign)
        everybody = entry.list_persons(uow, entry.ListFilter("all"), campaign=context.campaign)
        found = entry.list_persons(uow, entry.ListFilter("all", search="бек"), campaign=context.campaign)
    assert [r.id for r in to_fill] == [ids[1]]
    assert [r.id for r in drafts] == [ids[1]] and drafts[0].sheet_state == "draft"
    assert [r.id for r in everybody] == ids
    assert [r.id for r in found] == [ids[1]]
    assert entry.next_in([r.id for r in everybody], ids[0]) == ids[1]
    assert entry.next_in([r.id for r in everybody], ids[2]) is None


def test_the_transcript_prints_answers_and_sources_in_both_languages(context: AppContext, tmp_path: Path) -> None:
    pid = add_person(context)
    with context.uow() as uow, pytest.raises(NotFoundError):
        entry.transcript(uow, pid, tmp_path / "none.pdf", campaign=context.campaign)
    with context.uow() as uow:
        entry.complete(
            uow,
            pid,
            draft(
                dict(entry_form.COMPLETE),
                default_source="records",
                default_document="Личное дело №12",
                sources={"spouse": {"source": "proxy", "document": ""}},
            ),
            expected_revision=0,
            campaign=context.campaign, outside_window=True,
        )
    with context.uow() as uow:
        path = entry.transcript(uow, pid, tmp_path / "t.pdf", campaign=context.campaign)
    text = " ".join("\n".join(page.extract_text() for page in PdfReader(path).pages).split())  # a cell may wrap
    for expected in (
        "Әбенова",
        "Национальность",
        "Ұлты",
        "Казах",
        "Личное дело №12",
        "Со слов сотрудника",
        "Қызметкердің айтуы бойынша",
        "Административные данные",
        "Казахский; Русский",
        "15.05.1980",
    ):
        assert expected in text, expected


def test_double_entry_finds_every_planted_difference(context: AppContext) -> None:
    first_keyer = employee(context, "Первая Сотрудница")
    second_keyer = employee(context, "Второй Сотрудник")
    context.settings.set("employee_uuid", first_keyer)
    ids = [add_person(context, f"Фамилия{n}", n * 7 + 1) for n in range(4)]
    for pid in ids:
        with context.uow() as uow:
            entry.complete(
                uow, pid, draft(dict(entry_form.COMPLETE)), expected_revision=0, campaign=context.campaign,
                outside_window=True,
            )
    with context.uow() as uow:
        chosen = verification.choose(uow, share=0.5, seed=3)
    assert len(chosen) == 2
    with context.uow() as uow, pytest.raises(ConflictError):  # the first keyer may not key it again
        verification.open_second(uow, chosen[0])

    context.settings.set("employee_uuid", second_keyer)
    planted = {"age": 14, "nationality": "2", "languages": ["1"], "spouse": "Серик  ", "remark": "лишнее"}
    # "Серик  " differs from "Серік" (a real letter); the harmless variation must not count:
    with context.uow() as uow:
        blind = verification.open_second(uow, chosen[0])
    assert "nationality" not in blind.answers  # blind: only the register's prefill is there
    second = dict(entry_form.COMPLETE) | planted | {"surname": " әбенова "}
    with context.uow() as uow:
        revision = verification.save_second(uow, chosen[0], {"age": 14}, expected_revision=blind.revision)
    with context.uow() as uow:
        comparison = verification.finish_second(uow, chosen[0], second, expected_revision=revision)
    found = {d.name for d in comparison.differences}
    assert found == set(planted)
    by_name = {d.name: d for d in comparison.differences}
    assert by_name["nationality"].first_text["ru"] == "Казах" and by_name["nationality"].second_text["ru"] == "Русский"

    with context.uow() as uow, pytest.raises(ValidationError):  # every difference needs a choice
        verification.resolve(uow, chosen[0], {}, expected_revision=comparison.revision, campaign=context.campaign)
    choices = {name: de.Resolution(name, de.Choice.FIRST) for name in found}
    choices["remark"] = de.Resolution("remark", de.Choice.SECOND)
    choices["spouse"] = de.Resolution("spouse", de.Choice.VALUE, "Серікжан")
    with context.uow() as uow:
        resolved_sheet_revision = uow.session.get(
            Sheet, uow.session.get(verification.Verification, chosen[0]).sheet_id
        ).revision
        resolved = verification.resolve(
            uow, chosen[0], choices, expected_revision=comparison.revision, campaign=context.campaign
        )
    assert resolved.state == "resolved"
    with context.uow() as uow:
        sheet = entry.open_sheet(
            uow, uow.session.get(Sheet, uow.session.get(verification.Verification, chosen[0]).sheet_id).person_id
        )
    assert sheet.answers["remark"] == "лишнее" and sheet.answers["spouse"] == "Серікжан"
    assert sheet.answers["age"] == 41
    assert sheet.state == "complete" and sheet.revision == resolved_sheet_revision + 1

    # the other chosen sheet is keyed identically: verified without differences
    with context.uow() as uow:
        other = verification.open_second(uow, chosen[1])
        same = verification.finish_second(uow, chosen[1], dict(entry_form.COMPLETE), expected_revision=other.revision)
    assert same.state == "resolved" and same.differences == []
    with context.uow() as uow:
        summary = verification.summary(uow)
    assert (summary.complete_sheets, summary.resolved, summary.differences_found) == (4, 2, 5)
    assert summary.share_verified == 0.5 and summary.differences_corrected == 2


def test_the_command_line_prints_a_transcript_and_reports_double_entry(
    context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from desktop.cli import main

    pid = add_person(context)
    with context.uow() as uow:
        entry.complete(
            uow, pid, draft(dict(entry_form.COMPLETE)), expected_revision=0, campaign=context.campaign,
            outside_window=True,
        )
        iin = uow.session.get(Person, pid).iin
    home = str(context.paths.home)
    url = context.db.url
    out = tmp_path / "one.pdf"
    assert (
        main(
            [
                "--home",
                home,
                "--db",
                url,
                "--lang",
                "kk",
                "entry",
                "transcript",
                "--iin",
                iin,
                "--out",
                str(out),
                "--only",
                "kk",
            ]
        )
        == 0
    )
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Ұлты" in text and "Национальность" not in text
    assert main(["--home", home, "--db", url, "--json", "entry", "verify-choose", "--share", "100"]) == 0
    capsys.readouterr()
    assert main(["--home", home, "--db", url, "--json", "entry", "verify-report"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["complete_sheets"], report["chosen"], report["resolved"]) == (1, 1, 0)
    assert main(["--home", home, "--db", url, "entry", "transcript", "--iin", "123", "--out", str(out)]) == 1


def test_a_sheet_is_checked_at_the_reference_moment_of_the_campaign_given(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A girl of 11 at the 2021 census is not asked about children; at a census ten years later she is."""
    aged = entry_form.aged_form()
    monkeypatch.setattr(entry, "person_form", lambda uow: aged)
    later = dataclasses.replace(
        context.campaign, id="census2031", reference_moment=context.campaign.reference_moment.replace(year=2031)
    )
    with context.uow() as uow:
        person = Person(surname="Әлиева", name="Дана", birth_date=dt.date(2010, 5, 15), sex="F")
        uow.session.add(person)
        uow.commit()
        pid = person.id
    answers = draft({"surname": "Әлиева", "birth_date": "2010-05-15"})
    with context.uow() as uow, pytest.raises(ValidationError) as caught:
        entry.complete(uow, pid, answers, expected_revision=0, campaign=later, outside_window=True)
    assert caught.value.code == "sheet.incomplete"
    with context.uow() as uow:
        saved = entry.complete(uow, pid, answers, expected_revision=0, campaign=context.campaign, outside_window=True)
    assert (saved.state, saved.person_status) == ("complete", "interview")


@pytest.mark.parametrize(
    ("completed_at", "confirmed", "completes"),
    [
        (dt.datetime(2021, 10, 12, 5, tzinfo=dt.UTC), False, True),  # an interview in October 2021
        (dt.datetime(2021, 8, 31, 17, tzinfo=dt.UTC), False, False),  # 31 August, 23:00 in Nur-Sultan: too early
        (dt.datetime(2021, 8, 31, 18, tzinfo=dt.UTC), False, True),  # 1 September, 00:00 local time
        (dt.datetime(2021, 10, 30, 17, 59, tzinfo=dt.UTC), False, True),  # the last minute of 30 October
        (dt.datetime(2021, 10, 30, 18, tzinfo=dt.UTC), False, False),  # 31 October, local time
        (dt.datetime(2021, 11, 20, 5, tzinfo=dt.UTC), True, True),  # keyed late, and the employee confirmed it
        (None, False, False),  # today, years after the census
        (None, True, True),
    ],
)
def test_a_sheet_completed_outside_the_census_period_needs_the_employees_confirmation(
    context: AppContext, completed_at: dt.datetime | None, confirmed: bool, completes: bool
) -> None:
    pid = add_person(context)
    answers = draft(dict(entry_form.COMPLETE))
    with context.uow() as uow:
        if completes:
            saved = entry.write_complete(
                uow, pid, answers, expected_revision=0, campaign=context.campaign, completed_at=completed_at,
                outside_window=confirmed,
            )
            uow.commit()
            assert saved.state == "complete"
        else:
            with pytest.raises(NeedsConfirmation) as caught:
                entry.write_complete(
                    uow, pid, answers, expected_revision=0, campaign=context.campaign, completed_at=completed_at,
                    outside_window=confirmed,
                )
            assert caught.value.code == "enumeration.outside_window"
    with context.uow() as uow:
        person = uow.session.get(Person, pid)
        assert person is not None
        assert person.status == ("interview" if completes else "to_enumerate")
        assert uow.session.query(Sheet).count() == int(completes)
