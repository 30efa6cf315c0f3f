"""Demo step of sheet filling (after the sheets step): outcomes without a sheet (online with a code,
refused) and double-entry verification in every state — chosen, keyed with differences waiting to
be resolved, resolved."""

from __future__ import annotations

import random
from typing import Any

from sqlalchemy import select

from desktop.domain import double_entry as de
from desktop.domain.campaign import Campaign
from desktop.domain.entry import EntryMode
from desktop.domain.enums import CoverageStatus
from desktop.domain.errors import ValidationError
from desktop.models.db import UnitOfWork
from desktop.models.entities import Employee, Person
from desktop.models.sheets import Sheet
from desktop.services import enumeration, verification

REFUSAL_REASONS = (
    "Законный представитель отказался от участия",
    "Заңды өкілі санаққа қатысудан бас тартты",
)


def _plant(answers: dict[str, Any], rng: random.Random, count: int) -> dict[str, Any]:
    """A second keying with ``count`` typing slips: a digit off, another choice, a dropped answer."""
    second = dict(answers)
    names = sorted(n for n, v in answers.items() if isinstance(v, int | str) and n not in ("surname", "iin"))
    for name in rng.sample(names, min(count, len(names))):
        value = second[name]
        if isinstance(value, int):
            second[name] = value + 1
        elif isinstance(value, str) and value.isdigit():
            second[name] = str(int(value) % 9 + 1)
        else:
            second.pop(name)
    return second


def demo_entry(uow: UnitOfWork, rng: random.Random, campaign: Campaign) -> None:
    employees = list(uow.session.execute(select(Employee.id, Employee.uuid).order_by(Employee.id)).all())
    actor = uow.actor
    try:
        if employees:
            uow.actor = employees[0][1]
        # Outcomes without a sheet, for persons nobody has started a sheet for.
        started = set(uow.session.scalars(select(Sheet.person_id).where(Sheet.person_id.is_not(None))))
        waiting = [
            person_id
            for person_id in uow.session.scalars(
                select(Person.id).where(Person.status == CoverageStatus.TO_ENUMERATE.value).order_by(Person.id)
            )
            if person_id not in started
        ]
        for index, person_id in enumerate(waiting[:4]):
            if index < 3:
                code = f"SNQ-{rng.randint(100000, 999999)}"
                at = campaign.interview_moment(index * 5 + 2)  # the day the online code was received
                enumeration.record(uow, mode=EntryMode.ONLINE, person_id=person_id, code=code, at=at)
            else:
                enumeration.record(
                    uow,
                    mode=EntryMode.REFUSED,
                    person_id=person_id,
                    reason=REFUSAL_REASONS[0],
                    at=campaign.interview_moment(20),
                )

        # Double entry: a sample of the complete sheets keyed again, blind, by another employee.
        chosen = verification.choose(uow, share=0.25, seed=rng.randint(0, 10**6))
        for index, verification_id in enumerate(chosen):
            if index % 4 == 3:
                continue  # chosen, waiting for the second keying
            row, sheet, _person = verification._get(uow, verification_id)
            others = [uuid for employee_id, uuid in employees if employee_id != row.first_by]
            if others:
                uow.actor = others[0]
            blind = verification.open_second(uow, verification_id)
            planted = 0 if index % 4 == 0 else rng.randint(1, 3)
            second = _plant(dict(sheet.answers or {}), rng, planted)
            comparison = verification.finish_second(
                uow, verification_id, {**blind.answers, **second}, expected_revision=blind.revision
            )
            if comparison.state != "keyed" or index % 4 != 1:
                continue  # keyed, the differences wait to be resolved
            choices = {
                d.name: de.Resolution(d.name, de.Choice.FIRST if rng.random() < 0.7 else de.Choice.SECOND)
                for d in comparison.differences
            }
            try:
                verification.resolve(
                    uow, verification_id, choices, expected_revision=comparison.revision, campaign=campaign
                )
            except ValidationError:  # the second keying's slip would break the sheet: keep the first
                first = {d.name: de.Resolution(d.name, de.Choice.FIRST) for d in comparison.differences}
                verification.resolve(
                    uow, verification_id, first, expected_revision=comparison.revision, campaign=campaign
                )
    finally:
        uow.actor = actor
