"""Progress of the census in the institution: the figures of the Overview, of ``sanaq report progress``
and of its PDF and workbook, per day and per unit, with the stage of the campaign and what is late.

Who is to be counted is the register's rule (:func:`desktop.services.register.to_count`: on the stage-1
list or counted at the reference moment); every figure that names persons is the length of the
Respondents list with the matching filter (:func:`desktop.services.register.work_condition`), so a click
on a number shows exactly those persons.  The clock is an argument: tests set it inside each stage.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from sqlalchemy import ColumnElement, case, func, select

from desktop.domain import collation
from desktop.domain import progress as rules
from desktop.domain.campaign import Campaign
from desktop.domain.enums import CoverageStatus
from desktop.domain.progress import StageInfo
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.models.db import UnitOfWork
from desktop.models.entities import Institution, Person, Unit
from desktop.models.sheets import Sheet
from desktop.models.verification import Verification
from desktop.services import certificates, equipment, exchange, register

#: The figures in the order the Overview, the report and the workbook show them.
FIGURES = (
    "on_list",
    "to_count",
    "interview",
    "records",
    "online",
    "refused",
    "not_resident",
    "to_do",
    "sheets_draft",
    "complete_not_verified",
    "certificates_to_issue",
    "not_at_department",
    "tablets_to_return",
)

#: What each figure is called on the screen and on the command line.
FIGURE_LABELS: dict[str, str] = {
    "on_list": QT_TRANSLATE_NOOP("progress", "Persons on the stage-1 list"),
    "to_count": QT_TRANSLATE_NOOP("progress", "To be counted (on the list or at the census moment)"),
    "interview": QT_TRANSLATE_NOOP("progress", "Enumerated by interview"),
    "records": QT_TRANSLATE_NOOP("progress", "Enumerated from administration records"),
    "online": QT_TRANSLATE_NOOP("progress", "Self-enumerated online"),
    "refused": QT_TRANSLATE_NOOP("progress", "Refused"),
    "not_resident": QT_TRANSLATE_NOOP("progress", "Not resident at the census moment"),
    "to_do": QT_TRANSLATE_NOOP("progress", "Still to enumerate"),
    "sheets_draft": QT_TRANSLATE_NOOP("progress", "Census sheets in draft"),
    "complete_not_verified": QT_TRANSLATE_NOOP("progress", "Complete, waiting for double entry"),
    "certificates_to_issue": QT_TRANSLATE_NOOP("progress", "Certificates to issue"),
    "not_at_department": QT_TRANSLATE_NOOP("progress", "Persons not yet at the Department"),
    "tablets_to_return": QT_TRANSLATE_NOOP("progress", "Tablets and accessories to return"),
}

#: Where each figure's list is: the Respondents page with these filters (status, state, work), or a page.
TARGETS: dict[str, dict[str, str]] = {
    "on_list": {"page": "respondents", "state": "on_list"},
    "to_count": {"page": "respondents", "state": "to_count"},
    "interview": {"page": "respondents", "state": "to_count", "status": CoverageStatus.INTERVIEW.value},
    "records": {"page": "respondents", "state": "to_count", "status": CoverageStatus.RECORDS.value},
    "online": {"page": "respondents", "state": "to_count", "status": CoverageStatus.ONLINE.value},
    "refused": {"page": "respondents", "state": "to_count", "status": CoverageStatus.REFUSED.value},
    "not_resident": {"page": "respondents", "state": "to_count", "status": CoverageStatus.NOT_RESIDENT.value},
    "to_do": {"page": "respondents", "state": "to_count", "status": CoverageStatus.TO_ENUMERATE.value},
    "sheets_draft": {"page": "respondents", "work": "sheet_draft"},
    "complete_not_verified": {"page": "respondents", "work": "not_verified"},
    "certificates_to_issue": {"page": "respondents", "work": "certificate_waiting"},
    "not_at_department": {"page": "respondents", "work": "not_at_department"},
    "list_not_sent": {"page": "respondents", "state": "on_list", "work": "not_at_department"},
    "tablets_to_return": {"page": "equipment"},
    "tablets": {"page": "equipment"},
    "exchange": {"page": "exchange"},
}

_STATUS_FIGURE = {
    CoverageStatus.INTERVIEW.value: "interview",
    CoverageStatus.RECORDS.value: "records",
    CoverageStatus.ONLINE.value: "online",
    CoverageStatus.REFUSED.value: "refused",
    CoverageStatus.NOT_RESIDENT.value: "not_resident",
    CoverageStatus.TO_ENUMERATE.value: "to_do",
}
_ENUMERATED = [s.value for s in CoverageStatus if s.enumerated]


@dataclass(frozen=True)
class DayRow:
    day: dt.date
    interview: int = 0
    records: int = 0
    online: int = 0

    @property
    def total(self) -> int:
        return self.interview + self.records + self.online


@dataclass(frozen=True)
class UnitRow:
    #: The unit's name ("" for persons without one) and its id (0 for them), as the Respondents filter takes it.
    name: str
    unit_id: int
    to_count: int
    enumerated: int
    to_do: int


@dataclass(frozen=True)
class Figures:
    made_at: dt.datetime
    on_list: int
    to_count: int
    interview: int
    records: int
    online: int
    refused: int
    not_resident: int
    to_do: int
    sheets_draft: int
    #: Complete sheets chosen for double entry and not yet resolved; None where double entry is not asked.
    complete_not_verified: int | None
    certificates_to_issue: int
    #: Persons whose current record the Department does not hold.
    not_at_department: int
    #: Records of every kind waiting to be sent.
    records_not_sent: int
    last_sync_at: dt.datetime | None
    tablets_to_return: int
    per_day: list[DayRow]
    #: Enumerated persons without a date of enumeration (kept by older versions): in the totals, not per day.
    undated: int
    per_unit: list[UnitRow]
    stage: StageInfo
    warnings: list[rules.Warning] = field(default_factory=list)
    closed_at: dt.datetime | None = None

    @property
    def enumerated(self) -> int:
        return self.interview + self.records + self.online

    @property
    def outcomes_complete(self) -> bool:
        """Every person to be counted has an outcome: the close-out may be offered."""
        return self.to_count > 0 and self.to_do == 0

    def value(self, key: str) -> int | None:
        value = getattr(self, key)
        return None if value is None else int(value)

    def to_json(self) -> dict[str, Any]:
        return {
            "made_at": self.made_at.isoformat(),
            "figures": {key: self.value(key) for key in FIGURES},
            "enumerated": self.enumerated,
            "records_not_sent": self.records_not_sent,
            "last_sync_at": self.last_sync_at.isoformat() if self.last_sync_at else None,
            "per_day": [{"day": row.day.isoformat(), **_counts(row)} for row in self.per_day],
            "undated": self.undated,
            "per_unit": [asdict(row) for row in self.per_unit],
            "stage": {
                "stage": self.stage.stage.value,
                "ends_on": self.stage.ends_on.isoformat() if self.stage.ends_on else None,
                "days_left": self.stage.days_left,
            },
            "warnings": [
                {"code": w.code, "count": w.count, "target": w.target, "message": w.message.render()}
                for w in self.warnings
            ],
            "closed_at": self.closed_at.isoformat() if self.closed_at else None,
            "outcomes_complete": self.outcomes_complete,
        }


def _counts(row: DayRow) -> dict[str, int]:
    return {"interview": row.interview, "records": row.records, "online": row.online}


def _count(uow: UnitOfWork, *where: ColumnElement[bool]) -> int:
    return int(uow.session.scalar(select(func.count()).select_from(Person).where(*where)) or 0)


def figures(uow: UnitOfWork, *, campaign: Campaign, now: dt.datetime) -> Figures:
    """Every figure of progress at ``now`` (an aware date and time)."""
    session = uow.session
    scope = register.to_count(campaign)
    by_status = {key: 0 for key in _STATUS_FIGURE.values()}
    for status, number in session.execute(select(Person.status, func.count()).where(scope).group_by(Person.status)):
        by_status[_STATUS_FIGURE.get(status, "to_do")] += int(number)
    chosen = int(session.scalar(select(func.count()).select_from(Verification)) or 0)
    per_day, undated = _per_day(uow, campaign, scope)
    held = equipment.summary(uow).get("held", 0)
    pending = exchange.pending(uow)
    today = now.astimezone(campaign.timezone).date()
    closed_at = session.scalar(select(Institution.closed_at).order_by(Institution.id).limit(1))
    on_list = _count(uow, register.present_at(campaign.on_list))
    result = Figures(
        made_at=now,
        on_list=on_list,
        to_count=sum(by_status.values()),
        interview=by_status["interview"],
        records=by_status["records"],
        online=by_status["online"],
        refused=by_status["refused"],
        not_resident=by_status["not_resident"],
        to_do=by_status["to_do"],
        sheets_draft=_count(uow, register.work_condition("sheet_draft", campaign)),
        complete_not_verified=_count(uow, register.work_condition("not_verified", campaign)) if chosen else None,
        certificates_to_issue=_count(uow, certificates.waiting_for_one(campaign)),
        not_at_department=_count(uow, register.not_at_department(Person)),
        records_not_sent=pending.total,
        last_sync_at=pending.last_sync_at,
        tablets_to_return=held,
        per_day=per_day,
        undated=undated,
        per_unit=_per_unit(uow, scope),
        stage=rules.stage_on(campaign, today),
        closed_at=closed_at,
    )
    facts = rules.Facts(
        to_do=result.to_do,
        list_not_sent=_count(uow, register.present_at(campaign.on_list), register.not_at_department(Person)),
        tablets_to_return=held,
        complete_not_sent_stale=_stale_sheets(uow, now),
        closed=closed_at is not None,
    )
    return replace(result, warnings=rules.warnings(campaign, today, facts))


def _stale_sheets(uow: UnitOfWork, now: dt.datetime) -> int:
    """Complete census sheets the Department does not hold, completed more than two days before ``now``."""
    before = now - dt.timedelta(days=rules.UNSYNCED_DAYS_WARNING)
    return int(
        uow.session.scalar(
            select(func.count())
            .select_from(Sheet)
            .where(Sheet.state == "complete", Sheet.completed_at < before, register.not_at_department(Sheet))
        )
        or 0
    )


def _per_day(uow: UnitOfWork, campaign: Campaign, scope: ColumnElement[bool]) -> tuple[list[DayRow], int]:
    """Persons enumerated per day (local date of the campaign) by mode, over the days of enumeration;
    a day outside the windows that has enumerations is added in its place."""
    counts: dict[dt.date, dict[str, int]] = defaultdict(lambda: {"interview": 0, "records": 0, "online": 0})
    undated = 0
    rows = uow.session.execute(
        select(Person.status, Person.enumerated_at).where(scope, Person.status.in_(_ENUMERATED))
    ).all()
    for status, at in rows:
        if at is None:
            undated += 1
            continue
        counts[at.astimezone(campaign.timezone).date()][status] += 1
    first, last = campaign.enumeration_window()
    days = {first + dt.timedelta(days=n) for n in range((last - first).days + 1)} | set(counts)
    return [DayRow(day, **counts.get(day, {})) for day in sorted(days)], undated


def _per_unit(uow: UnitOfWork, scope: ColumnElement[bool]) -> list[UnitRow]:
    rows = uow.session.execute(
        select(
            Unit.id,
            Unit.name,
            func.count(Person.id),
            func.sum(case((Person.status.in_(_ENUMERATED), 1), else_=0)),
            func.sum(case((Person.status == CoverageStatus.TO_ENUMERATE.value, 1), else_=0)),
        )
        .select_from(Person)
        .outerjoin(Unit, Unit.id == Person.unit_id)
        .where(scope)
        .group_by(Unit.id, Unit.name)
    ).all()
    units = [
        UnitRow(name or "", int(unit_id or 0), int(total), int(done or 0), int(left or 0))
        for unit_id, name, total, done, left in rows
    ]
    return sorted(units, key=lambda row: (row.unit_id == 0, collation.sort_key(row.name)))
