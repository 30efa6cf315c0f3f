"""Double-entry verification of complete sheets, as CSPro and EpiData offer for keying from paper.

Chosen complete sheets are keyed a second time, blind (the second keyer never sees the first
keying), by another employee; the keyings are compared; every difference is shown side by side and
resolved; the resolved answers go back into the sheet in one transaction.  The summary gives the
share of complete sheets verified and the differences found.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from desktop.domain import double_entry as de
from desktop.domain.campaign import Campaign
from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.sheet_session import numbers
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.models.base import utcnow
from desktop.models.db import UnitOfWork
from desktop.models.entities import Employee, Person
from desktop.models.sheets import Sheet
from desktop.models.verification import Verification
from desktop.services import entry
from desktop.services.enumeration import employee_id_for


def _t(text: str, **params: Any) -> Message:
    return Message("entry", text, params)


@dataclass(frozen=True)
class VerificationRow:
    id: int
    sheet_id: int
    person_id: int
    full_name: str
    iin: str | None
    state: str
    differences_found: int
    first_by: str
    keyed_by: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "person_id": self.person_id,
            "state": self.state,
            "differences_found": self.differences_found,
        }


@dataclass(frozen=True)
class SecondKeying:
    """What the second keyer sees: the person and a blank sheet (or their own draft), never the first keying."""

    verification_id: int
    revision: int
    person: entry.PersonCard
    form_id: str
    form_version: str
    answers: dict[str, Any]
    state: str


@dataclass(frozen=True)
class DifferenceView:
    name: str
    number: str
    label: dict[str, str]
    first: Any
    second: Any
    first_text: dict[str, str]
    second_text: dict[str, str]
    choice: str | None = None
    value: Any = None


@dataclass(frozen=True)
class Comparison:
    verification_id: int
    revision: int
    person: entry.PersonCard
    state: str
    answers_compared: int
    differences: list[DifferenceView] = field(default_factory=list)


def _employee_name(uow: UnitOfWork, employee_id: int | None) -> str:
    if employee_id is None:
        return ""
    return uow.session.scalar(select(Employee.full_name).where(Employee.id == employee_id)) or ""


def _get(uow: UnitOfWork, verification_id: int) -> tuple[Verification, Sheet, Person]:
    row = uow.session.get(Verification, verification_id)
    if row is None:
        raise NotFoundError(_t(QT_TRANSLATE_NOOP("entry", "This verification no longer exists.")))
    sheet = uow.session.get(Sheet, row.sheet_id)
    person = uow.session.get(Person, sheet.person_id) if sheet is not None and sheet.person_id else None
    if sheet is None or person is None:
        raise NotFoundError(_t(QT_TRANSLATE_NOOP("entry", "This verification no longer exists.")))
    return row, sheet, person


def _form(uow: UnitOfWork, sheet: Sheet) -> Any:
    """The form the sheet was keyed on (both keyings are compared on it)."""
    return entry.form_version(uow, sheet.form_id, sheet.form_version) or entry.form_for_sheet(uow, sheet)[0]


def _check_revision(row: Verification, expected: int) -> None:
    if row.revision != expected:
        raise ConflictError(
            _t(QT_TRANSLATE_NOOP("entry", "This verification was changed elsewhere; open it again.")),
            code="verification.changed",
        )


def _check_blind(uow: UnitOfWork, row: Verification) -> None:
    me = employee_id_for(uow)
    if me is not None and row.first_by is not None and me == row.first_by:
        raise ConflictError(
            _t(
                QT_TRANSLATE_NOOP(
                    "entry",
                    "You keyed this sheet the first time: the second keying must be done by another employee.",
                )
            ),
            code="verification.same_employee",
        )


# -- choosing ------------------------------------------------------------------------------------


def choose(
    uow: UnitOfWork,
    *,
    share: float | None = None,
    person_ids: Sequence[int] | None = None,
    seed: int | None = None,
) -> list[int]:
    """Choose complete sheets for a second keying: given persons, or a random share of those not yet
    chosen.  Returns the new verification ids (one transaction)."""
    query = (
        select(Sheet.id, Sheet.completed_by)
        .outerjoin(Verification, Verification.sheet_id == Sheet.id)
        .where(Sheet.state == "complete", Sheet.kind == "person", Verification.id.is_(None))
        .order_by(Sheet.id)
    )
    if person_ids is not None:
        query = query.where(Sheet.person_id.in_(list(person_ids)))
    available = {sheet_id: by for sheet_id, by in uow.session.execute(query)}
    if person_ids is not None:
        chosen = sorted(available)
    else:
        if share is None or not 0 < share <= 1:
            raise ValidationError(
                _t(QT_TRANSLATE_NOOP("entry", "Give the share of sheets to verify, from 1 to 100 per cent.")),
                field="share",
            )
        chosen = de.sample(sorted(available), share, seed)
    rows = [Verification(sheet_id=sheet_id, first_by=available[sheet_id], state="chosen") for sheet_id in chosen]
    uow.session.add_all(rows)
    uow.session.flush()
    ids = [row.id for row in rows]
    uow.commit()
    return ids


def list_verifications(uow: UnitOfWork, *, state: str | None = None) -> list[VerificationRow]:
    query = (
        select(Verification, Person)
        .join(Sheet, Sheet.id == Verification.sheet_id)
        .join(Person, Person.id == Sheet.person_id)
        .order_by(Person.sort_key, Person.id)
    )
    if state is not None:
        query = query.where(Verification.state == state)
    names = dict(uow.session.execute(select(Employee.id, Employee.full_name)).all())
    result = []
    for row, person in uow.session.execute(query):
        result.append(
            VerificationRow(
                id=row.id,
                sheet_id=row.sheet_id,
                person_id=person.id,
                full_name=" ".join(p for p in (person.surname, person.name, person.patronymic) if p),
                iin=person.iin,
                state=row.state,
                differences_found=row.differences_found,
                first_by=names.get(row.first_by, "") if row.first_by else "",
                keyed_by=names.get(row.keyed_by, "") if row.keyed_by else "",
            )
        )
    return result


def cancel(uow: UnitOfWork, verification_id: int) -> None:
    """Take a sheet off the verification list (only before its differences are resolved)."""
    row, _sheet, _person = _get(uow, verification_id)
    if row.state == "resolved":
        raise ConflictError(_t(QT_TRANSLATE_NOOP("entry", "A resolved verification stays in the report.")))
    uow.session.delete(row)
    uow.commit()


# -- the second keying ---------------------------------------------------------------------------


def open_second(uow: UnitOfWork, verification_id: int) -> SecondKeying:
    row, sheet, person = _get(uow, verification_id)
    _check_blind(uow, row)
    if row.state in ("keyed", "resolved"):
        raise ConflictError(
            _t(QT_TRANSLATE_NOOP("entry", "This sheet has already been keyed a second time.")),
            code="verification.keyed",
        )
    form = _form(uow, sheet)
    answers = dict(row.answers or {}) if row.state == "keying" else entry.prefill(form, person)
    return SecondKeying(
        verification_id=row.id,
        revision=row.revision,
        person=entry._card(person),
        form_id=sheet.form_id,
        form_version=sheet.form_version,
        answers=answers,
        state=row.state,
    )


def _clean(answers: Mapping[str, Any]) -> dict[str, Any]:
    return {str(k): v for k, v in answers.items() if not de.is_empty(v)}


def save_second(uow: UnitOfWork, verification_id: int, answers: Mapping[str, Any], *, expected_revision: int) -> int:
    """Save the second keying as a draft; returns the new revision."""
    row, _sheet, _person = _get(uow, verification_id)
    _check_blind(uow, row)
    _check_revision(row, expected_revision)
    if row.state in ("keyed", "resolved"):
        raise ConflictError(_t(QT_TRANSLATE_NOOP("entry", "This sheet has already been keyed a second time.")))
    row.answers = _clean(answers)
    row.state = "keying"
    row.keyed_by = employee_id_for(uow)
    uow.session.flush()
    revision = row.revision
    uow.commit()
    return revision


def finish_second(
    uow: UnitOfWork, verification_id: int, answers: Mapping[str, Any], *, expected_revision: int
) -> Comparison:
    """End the second keying: compare it with the sheet and keep the differences."""
    row, sheet, person = _get(uow, verification_id)
    _check_blind(uow, row)
    _check_revision(row, expected_revision)
    if row.state in ("keyed", "resolved"):
        raise ConflictError(_t(QT_TRANSLATE_NOOP("entry", "This sheet has already been keyed a second time.")))
    form = _form(uow, sheet)
    second = _clean(answers)
    first = _clean(sheet.answers or {})
    differences = de.compare(first, second, entry.order(form))
    row.answers = second
    row.first_answers = first
    row.keyed_by = employee_id_for(uow)
    row.keyed_at = utcnow()
    row.answers_compared = de.compared_count(first, second)
    row.differences = [d.to_json() | {"choice": None, "value": None} for d in differences]
    row.differences_found = len(differences)
    if differences:
        row.state = "keyed"
    else:
        row.state = "resolved"
        row.resolved_at = row.keyed_at
        row.resolved_by = row.keyed_by
    uow.session.flush()
    result = _comparison(row, person, form)
    uow.commit()
    return result


def _comparison(row: Verification, person: Person, form: Any) -> Comparison:
    views = []
    for item in row.differences or []:
        name = str(item["name"])
        views.append(
            DifferenceView(
                name=name,
                number=numbers(form).get(name, ""),
                label=entry.label(form, name),
                first=item.get("first"),
                second=item.get("second"),
                first_text=entry.display_all(form, name, item.get("first")),
                second_text=entry.display_all(form, name, item.get("second")),
                choice=item.get("choice"),
                value=item.get("value"),
            )
        )
    return Comparison(
        verification_id=row.id,
        revision=row.revision,
        person=entry._card(person),
        state=row.state,
        answers_compared=row.answers_compared,
        differences=views,
    )


def comparison(uow: UnitOfWork, verification_id: int) -> Comparison:
    row, sheet, person = _get(uow, verification_id)
    if row.state in ("chosen", "keying"):
        raise ConflictError(
            _t(QT_TRANSLATE_NOOP("entry", "The differences are shown once the second keying is finished.")),
            code="verification.not_keyed",
        )
    form = _form(uow, sheet)
    return _comparison(row, person, form)


def resolve(
    uow: UnitOfWork,
    verification_id: int,
    resolutions: Mapping[str, de.Resolution],
    *,
    expected_revision: int,
    campaign: Campaign,
) -> Comparison:
    """Resolve every difference and write the result into the sheet, in one transaction."""
    row, sheet, person = _get(uow, verification_id)
    _check_revision(row, expected_revision)
    if row.state != "keyed":
        raise ConflictError(
            _t(QT_TRANSLATE_NOOP("entry", "Only a keyed verification with differences can be resolved.")),
            code="verification.not_keyed",
        )
    differences = [de.Difference(str(d["name"]), d.get("first"), d.get("second")) for d in row.differences or []]
    missing = [d.name for d in differences if d.name not in resolutions]
    form = _form(uow, sheet)
    if missing:
        raise ValidationError(
            _t(
                QT_TRANSLATE_NOOP("entry", "Choose the right answer for every difference ({n} left)."),
                n=len(missing),
            ),
            code="verification.unresolved",
        )
    merged = de.merge(sheet.answers or {}, differences, resolutions)
    problems = entry.blocking_problems(form, merged, sheet.confirmed_warnings or {}, campaign)
    if problems:
        raise ValidationError(
            Message(
                "entry",
                QT_TRANSLATE_NOOP("entry", "With these choices the sheet would have a problem: {first}"),
                {"first": problems[0]},
            ),
            code="verification.invalid",
        )
    corrected = 0
    stored = []
    for difference, item in zip(differences, row.differences or [], strict=True):
        resolution = resolutions[difference.name]
        value = resolution.chosen(difference)
        if not de.same(value, difference.first):
            corrected += 1
        stored.append(dict(item) | {"choice": resolution.choice.value, "value": value})
    if merged != (sheet.answers or {}):
        corrected_sheet = entry.Draft(
            merged, sheet.sources or {}, sheet.default_source, sheet.default_document, sheet.confirmed_warnings or {}
        )
        entry.write_draft(uow, sheet.person_id, corrected_sheet, expected_revision=sheet.revision, campaign=campaign)
    row.differences = stored
    row.differences_corrected = corrected
    row.state = "resolved"
    row.resolved_at = utcnow()
    row.resolved_by = employee_id_for(uow)
    uow.session.flush()
    result = _comparison(row, person, form)
    uow.commit()
    return result


# -- the report ----------------------------------------------------------------------------------


def summary(uow: UnitOfWork) -> de.Summary:
    complete = uow.session.scalar(
        select(func.count()).select_from(Sheet).where(Sheet.state == "complete", Sheet.kind == "person")
    )
    counts = dict(uow.session.execute(select(Verification.state, func.count()).group_by(Verification.state)).all())
    totals = uow.session.execute(
        select(
            func.coalesce(func.sum(Verification.answers_compared), 0),
            func.coalesce(func.sum(Verification.differences_found), 0),
            func.coalesce(func.sum(Verification.differences_corrected), 0),
        ).where(Verification.state.in_(("keyed", "resolved")))
    ).one()
    return de.Summary(
        complete_sheets=int(complete or 0),
        chosen=sum(counts.values()),
        keyed=counts.get("keyed", 0) + counts.get("resolved", 0),
        resolved=counts.get("resolved", 0),
        answers_compared=int(totals[0]),
        differences_found=int(totals[1]),
        differences_corrected=int(totals[2]),
    )
