"""The demo's documents: certificates (one reprinted, one voided and issued again) and tablets
(one acceptance-transfer act signed, one tablet returned with a missing stylus, one still out)."""

from __future__ import annotations

import datetime as dt
import random

from desktop.domain.campaign import Campaign
from desktop.models.db import UnitOfWork
from desktop.services import certificates, equipment, institution


def demo_documents(uow: UnitOfWork, rng: random.Random, campaign: Campaign) -> None:
    eligible = certificates.candidates(uow, without_certificate=True, campaign=campaign)
    if eligible:
        chosen = eligible[: max(1, min(len(eligible), 2 * len(eligible) // 3))]
        result = certificates.issue(
            uow,
            target=None,
            person_ids=[c.person_id for c in chosen],
            issued_on=campaign.interviews_until - dt.timedelta(days=1),
            campaign=campaign,
        )
        issued = result.issued
        if len(issued) >= 2:
            certificates.reprint(uow, [issued[0].number], target=None, campaign=campaign)
            voided = certificates.void(uow, issued[1].number, "Бланк испорчен при печати (демо)", campaign=campaign)
            if voided.person_id is not None:
                again = campaign.interviews_until
                certificates.issue(uow, target=None, person_ids=[voided.person_id], issued_on=again, campaign=campaign)
    else:
        certificates.ensure_signing_key(uow)

    employees = institution.list_employees(uow)
    prefix = f"БНС-{campaign.reference_date.year}-"  # the Department's inventory numbers carry the census year
    serials = [f"R52R{rng.randrange(10**7, 10**8)}" for _ in range(3)]
    for number, serial in enumerate(serials, start=1):
        equipment.add_item(
            uow,
            kind="tablet",
            inventory_number=f"{prefix}{number:04d}",
            serial_number=serial,
            with_accessories=True,
            received_on=campaign.interviews_from - dt.timedelta(days=4),
        )
    if len(employees) < 2:
        return
    first = equipment.assign(
        uow,
        inventories=[f"{prefix}0001"],
        employee=employees[0].id,
        act_date=campaign.interviews_from - dt.timedelta(days=3),
        department_person="Жұмабеков Серік Әлібекұлы",
    )
    equipment.mark_signed(uow, "transfer", first.number, signed_on=campaign.interviews_from - dt.timedelta(days=3))
    equipment.assign(
        uow,
        inventories=[f"{prefix}0002"],
        employee=employees[1].id,
        act_date=campaign.interviews_from - dt.timedelta(days=2),
        department_person="Жұмабеков Серік Әлібекұлы",
    )
    stylus = [i.id for i in equipment.list_items(uow) if i.kit_inventory == f"{prefix}0001" and i.kind == "stylus"]
    back = equipment.return_items(
        uow,
        inventories=[f"{prefix}0001"],
        missing_ids=stylus,
        condition="worn",
        act_date=campaign.interviews_until + dt.timedelta(days=3),
        department_person="Жұмабеков Серік Әлібекұлы",
        note="Стилус утерян / Стилус жоғалған",
    )
    equipment.mark_signed(uow, "return", back.number, signed_on=campaign.interviews_until + dt.timedelta(days=3))
