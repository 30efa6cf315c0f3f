"""The respondent register: the persons to be counted (the stage-1 list) and their outcome.

Public, stable functions (other capabilities build on them):

- :func:`list_persons` ``(uow, filters=None) -> list[PersonRow]`` — everyone matching the filters,
  ordered by name;
- :func:`get_person` ``(uow, person_id) -> PersonRow`` — raises :class:`NotFoundError`;
- :func:`person_by_iin` ``(uow, iin) -> PersonRow | None`` — the current person with that IIN;
- :func:`ordered_ids` and :func:`rows_by_ids` — the windowed reading of the Respondents page;
- :func:`add_person`, :func:`update_person`, :func:`mark_left`, :func:`cancel_left`,
  :func:`delete_person`, :func:`history`; :func:`write_person` is the one writer of a person's
  record under them (and under the merge and the demo), not committed;
- :func:`screen_duplicates`, :func:`merge_persons`, :func:`keep_apart`;
- :func:`list_units`, :func:`ensure_unit`.

Every function returns plain data (:class:`PersonRow` and friends), never ORM objects, and every
write is one transaction committed by the function.  The coverage status is kept as the codes of
:class:`desktop.domain.enums.CoverageStatus`; it is set by the enumeration (census sheets, online
codes, refusals), not here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, and_, bindparam, func, or_, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement, literal
from sqlalchemy.types import Boolean

from desktop.domain import collation, matching
from desktop.domain import person as rules
from desktop.domain.accounts import Permission
from desktop.domain.audit import Event, Kind
from desktop.domain.campaign import Campaign, Presence
from desktop.domain.enums import CitizenshipKind, CoverageStatus, LeftReason, Residence
from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.iin import Sex
from desktop.domain.matching import Identity, identity_key
from desktop.domain.person import PersonData, Problem, Severity
from desktop.domain.text import QT_TRANSLATE_NOOP, Message, Translate, english
from desktop.models.base import Base
from desktop.models.db import UnitOfWork
from desktop.models.entities import Person, Unit
from desktop.models.exchange import SyncState
from desktop.models.register import DistinctPair, PersonEvent
from desktop.models.sheets import Sheet
from desktop.models.verification import Verification
from desktop.services import accounts, after_close, certificates
from desktop.services.jobs import Progress, no_progress

CTX = "register"


def _t(template: str, **params: Any) -> Message:
    return Message("register", template, params)


# -- plain data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitInfo:
    id: int
    name: str
    persons: int = 0


@dataclass(frozen=True)
class PersonRow:
    """One person as the register shows it, with what the census derives."""

    id: int
    uuid: str
    revision: int
    surname: str
    name: str
    patronymic: str
    iin: str | None
    birth_date: dt.date | None
    sex: str | None  # "M" / "F"
    citizenship: str  # CitizenshipKind value
    country_code: str | None
    residence: str  # Residence value
    unit_id: int | None
    unit: str
    admitted_on: dt.date | None
    left_on: dt.date | None
    left_reason: str | None  # LeftReason value
    left_note: str
    note: str
    status: str  # CoverageStatus value
    online_code: str | None
    status_reason: str
    problems: tuple[Problem, ...]
    age: int | None  # at the census reference moment
    on_list: bool  # on the stage-1 list as of the list date
    resident: bool  # resident at the reference moment
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    sync: str = "never"  # with the Department: "never" sent, "sent", "changed" since it was sent
    synced_at: dt.datetime | None = None  # the date and time of the Department's receipt

    @property
    def full_name(self) -> str:
        return rules.full_name(self.surname, self.name, self.patronymic)

    @property
    def left(self) -> bool:
        return self.left_on is not None

    def data(self) -> PersonData:
        """The editable part, as the dialog and :func:`update_person` take it."""
        return PersonData(
            surname=self.surname,
            name=self.name,
            patronymic=self.patronymic,
            iin=self.iin,
            birth_date=self.birth_date,
            sex=Sex(self.sex) if self.sex else None,
            citizenship=CitizenshipKind(self.citizenship),
            country_code=self.country_code,
            residence=Residence(self.residence),
            unit=self.unit,
            admitted_on=self.admitted_on,
            note=self.note,
        )

    def problem_messages(self) -> list[tuple[Problem, Message]]:
        return [
            (p, rules.problem_message(p, iin_value=self.iin, birth_date=self.birth_date)) for p in self.problems
        ]

    def citizenship_code(self) -> str:
        """``KZ``, ``stateless``, or the ISO 3166 numeric code of a foreign citizen's country."""
        if self.citizenship == CitizenshipKind.FOREIGN:
            return self.country_code or CitizenshipKind.FOREIGN.value
        return self.citizenship

    def to_json(self, translate: Translate = english) -> dict[str, Any]:
        """The object of ``sanaq register list --json``."""
        return {
            "id": self.id,
            "surname": self.surname,
            "name": self.name,
            "patronymic": self.patronymic,
            "iin": self.iin,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "sex": self.sex,
            "citizenship": self.citizenship_code(),
            "residence": self.residence,
            "unit": self.unit or None,
            "admitted_on": self.admitted_on.isoformat() if self.admitted_on else None,
            "left_on": self.left_on.isoformat() if self.left_on else None,
            "left_reason": self.left_reason,
            "status": self.status,
            "problems": [{"code": p.value, "message": m.render(translate)} for p, m in self.problem_messages()],
        }


@dataclass
class Filters:
    """What the list shows.  ``text`` matches surname, name, patronymic (any order of words,
    case-insensitive, Kazakh letters included) or the digits of the IIN."""

    text: str = ""
    status: str | None = None  # a CoverageStatus value
    unit_id: int | None = None  # 0 = persons without a unit
    problem: str | None = None  # a Problem value, or "any"
    state: str = "all"  # "all" | "present" (not left) | "left" | "on_list" | "to_count"
    work: str | None = None  # one of WORK_FILTERS: what is still to do about the person


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    by: str
    kind: str
    changes: dict[str, list[Any]]


@dataclass(frozen=True)
class DuplicatePair:
    """Two records that may be one person: ``reason`` is ``same_iin``, ``same_name_birth`` or
    ``similar_name_birth`` (with the name similarity 0-100)."""

    first: PersonRow
    second: PersonRow
    reason: str
    score: float = 100.0

    def message(self) -> Message:
        return DUPLICATE_REASONS[self.reason]


DUPLICATE_REASONS: dict[str, Message] = {
    "same_iin": _t(QT_TRANSLATE_NOOP("register", "The same IIN")),
    "same_name_birth": _t(QT_TRANSLATE_NOOP("register", "The same full name and birth date")),
    "similar_name_birth": _t(QT_TRANSLATE_NOOP("register", "Nearly the same name and the same birth date")),
}

SORT_KEYS = (
    "name",
    "iin",
    "birth_date",
    "age",
    "sex",
    "citizenship",
    "residence",
    "unit",
    "admitted_on",
    "left_on",
    "status",
    "problems",
)

# -- reading ---------------------------------------------------------------------------------

_COLUMNS = (
    Person.id,
    Person.uuid,
    Person.revision,
    Person.surname,
    Person.name,
    Person.patronymic,
    Person.iin,
    Person.birth_date,
    Person.sex,
    Person.citizenship,
    Person.country_code,
    Person.residence,
    Person.unit_id,
    Unit.name,
    Person.admitted_on,
    Person.left_on,
    Person.left_reason,
    Person.left_note,
    Person.note,
    Person.status,
    Person.online_code,
    Person.status_reason,
    Person.problems,
    Person.created_at,
    Person.updated_at,
    SyncState.revision,
    SyncState.deleted,
    SyncState.synced_at,
)


def _select_rows() -> Any:
    return (
        select(*_COLUMNS)
        .outerjoin(Unit, Unit.id == Person.unit_id)
        .outerjoin(SyncState, SyncState.uuid == Person.uuid)
    )


def _row(values: Sequence[Any], campaign: Campaign) -> PersonRow:
    (
        pid,
        uuid,
        revision,
        surname,
        name,
        patronymic,
        iin_value,
        birth_date,
        sex,
        citizenship,
        country_code,
        residence,
        unit_id,
        unit_name,
        admitted_on,
        left_on,
        left_reason,
        left_note,
        note,
        status,
        online_code,
        status_reason,
        problems,
        created_at,
        updated_at,
        synced_revision,
        synced_deleted,
        synced_at,
    ) = values
    derived = rules.derive(campaign, birth_date=birth_date, admitted_on=admitted_on, left_on=left_on)
    return PersonRow(
        id=pid,
        uuid=uuid,
        revision=revision,
        surname=surname,
        name=name or "",
        patronymic=patronymic or "",
        iin=iin_value,
        birth_date=birth_date,
        sex=sex,
        citizenship=citizenship,
        country_code=country_code,
        residence=residence,
        unit_id=unit_id,
        unit=unit_name or "",
        admitted_on=admitted_on,
        left_on=left_on,
        left_reason=left_reason,
        left_note=left_note or "",
        note=note or "",
        status=status,
        online_code=online_code,
        status_reason=status_reason or "",
        problems=rules.decode_problems(problems) + (() if derived.resident else (Problem.NOT_COUNTED,)),
        age=derived.age,
        on_list=derived.on_list,
        resident=derived.resident,
        created_at=created_at,
        updated_at=updated_at,
        sync=_sync_state(revision, synced_revision, synced_deleted),
        synced_at=synced_at,
    )


def _sync_state(revision: int, synced_revision: int | None, synced_deleted: bool | None) -> str:
    """Where the person stands with the Department: "never" sent, "sent" (the Department holds this
    revision) or "changed" since it was sent (the exchange service's rule of what is pending)."""
    if synced_revision is None:
        return "never"
    return "sent" if synced_revision >= revision and not synced_deleted else "changed"


def _conditions(filters: Filters | None, campaign: Campaign) -> list[Any]:
    if filters is None:
        return []
    where: list[Any] = []
    text = rules.clean_text(filters.text)
    if text:
        digits = text.replace(" ", "")
        if digits.isdigit():
            where.append(Person.iin.like(f"%{digits}%"))
        else:
            where.extend(name_search(text))
    if filters.status:
        where.append(Person.status == filters.status)
    if filters.unit_id is not None:
        where.append(Person.unit_id.is_(None) if filters.unit_id == 0 else Person.unit_id == filters.unit_id)
    if filters.problem == "any":
        where.append(or_(Person.problems != "", ~present_at(campaign.at_moment)))
    elif filters.problem == Problem.NOT_COUNTED:
        where.append(~present_at(campaign.at_moment))
    elif filters.problem:
        where.append(Person.problems.like(f"% {filters.problem} %"))
    if filters.state == "present":
        where.append(Person.left_on.is_(None))
    elif filters.state == "left":
        where.append(Person.left_on.is_not(None))
    elif filters.state == "on_list":
        where.append(present_at(campaign.on_list))
    elif filters.state == "to_count":
        where.append(to_count(campaign))
    if filters.work:
        where.append(work_condition(filters.work, campaign))
    return where


def to_count(campaign: Campaign) -> ColumnElement[bool]:
    """The persons who need an outcome: on the stage-1 list or counted at the reference moment (the
    rule of :func:`desktop.domain.person.derive`)."""
    return or_(present_at(campaign.on_list), present_at(campaign.at_moment))


def not_at_department(model: Any = Person) -> ColumnElement[bool]:
    """Records whose current revision the Department has not acknowledged (the exchange's rule)."""
    held = (
        select(SyncState.uuid)
        .where(SyncState.uuid == model.uuid, SyncState.revision >= model.revision, SyncState.deleted.is_(False))
        .exists()
    )
    return ~held


#: What the Overview's numbers open in the Respondents list, beyond the coverage status.
WORK_FILTERS = ("sheet_draft", "not_verified", "certificate_waiting", "not_at_department")


def work_condition(work: str, campaign: Campaign) -> ColumnElement[bool]:
    if work == "sheet_draft":
        drafts = select(Sheet.person_id).where(Sheet.kind == "person", Sheet.state == "draft")
        return Person.id.in_(drafts)
    if work == "not_verified":
        chosen = (
            select(Sheet.person_id)
            .join(Verification, Verification.sheet_id == Sheet.id)
            .where(Sheet.kind == "person", Sheet.state == "complete", Verification.state != "resolved")
        )
        return Person.id.in_(chosen)
    if work == "certificate_waiting":
        return certificates.waiting_for_one(campaign)
    if work == "not_at_department":
        return not_at_department(Person)
    raise ValueError(f"unknown work filter {work!r}")


def present_at(presence: Presence) -> ColumnElement[bool]:
    """:meth:`Presence.holds` as a condition on the persons table (the lists and counts use it)."""
    return and_(
        or_(Person.birth_date.is_(None), Person.birth_date <= presence.born_until),
        or_(Person.admitted_on.is_(None), Person.admitted_on <= presence.admitted_until),
        or_(Person.left_on.is_(None), Person.left_on >= presence.left_from),
    )


class _Contains(FunctionElement[bool]):
    """``text`` contains ``part`` as it is: no pattern to match (a plain substring test is twice as fast
    as ``LIKE '%…%'`` on Cyrillic text in SQLite) and nothing to escape."""

    type = Boolean()
    inherit_cache = True


@compiles(_Contains)
def _contains_sqlite(element: _Contains, compiler: Any, **kw: Any) -> str:
    text, part = list(element.clauses)
    return f"instr({compiler.process(text, **kw)}, {compiler.process(part, **kw)}) > 0"


@compiles(_Contains, "postgresql")
def _contains_postgresql(element: _Contains, compiler: Any, **kw: Any) -> str:
    text, part = list(element.clauses)
    return f"strpos({compiler.process(text, **kw)}, {compiler.process(part, **kw)}) > 0"


def name_search(text: str) -> list[Any]:
    """The conditions of a search by name: every word typed is part of the folded full name."""
    return [_Contains(Person.name_key, literal(word)) for word in rules.fold(text).split(" ") if word]


def _order(sort: str, descending: bool) -> list[Any]:
    by_sort: dict[str, list[Any]] = {
        "name": [Person.sort_key],
        "iin": [Person.iin],
        "birth_date": [Person.birth_date],
        "age": [Person.birth_date],
        "sex": [Person.sex],
        "citizenship": [Person.citizenship, Person.country_code],
        "residence": [Person.residence],
        "unit": [Unit.name],
        "admitted_on": [Person.admitted_on],
        "left_on": [Person.left_on],
        "status": [Person.status],
        "problems": [Person.problems],
        "sync": [SyncState.synced_at],
    }
    columns = by_sort.get(sort, [Person.sort_key])
    if sort == "age":
        descending = not descending
    ordered = [c.desc() if descending else c.asc() for c in columns]
    if sort != "name":
        ordered.append(Person.sort_key)
    ordered.append(Person.id.desc() if descending else Person.id)
    return ordered


def ordered_ids(
    uow: UnitOfWork,
    filters: Filters | None = None,
    sort: str = "name",
    descending: bool = False,
    *,
    campaign: Campaign,
    limit: int | None = None,
) -> list[int]:
    """The ids of the matching persons in display order (cheap: one column), for a windowed view;
    with ``limit``, only the first ones (the query stops as soon as it has them)."""
    query = select(Person.id)
    if sort == "unit":
        query = query.outerjoin(Unit, Unit.id == Person.unit_id)
    if sort == "sync":
        query = query.outerjoin(SyncState, SyncState.uuid == Person.uuid)
    query = query.where(*_conditions(filters, campaign)).order_by(*_order(sort, descending)).limit(limit)
    return uow.first_column(query)


def rows_by_ids(uow: UnitOfWork, ids: Sequence[int], *, campaign: Campaign) -> list[PersonRow]:
    """The persons with these ids, in the order of ``ids`` (missing ones are left out)."""
    campaign = campaign
    found: dict[int, PersonRow] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        for values in uow.session.execute(_select_rows().where(Person.id.in_(chunk))):
            found[values[0]] = _row(values, campaign)
    return [found[i] for i in ids if i in found]


def list_persons(uow: UnitOfWork, filters: Filters | None = None, *, campaign: Campaign) -> list[PersonRow]:
    """Every person matching ``filters`` (everyone when None), ordered by name."""
    campaign = campaign
    query = _select_rows().where(*_conditions(filters, campaign)).order_by(Person.sort_key, Person.id)
    return [_row(values, campaign) for values in uow.session.execute(query)]


def count_persons(uow: UnitOfWork, filters: Filters | None = None, *, campaign: Campaign) -> int:
    query = select(func.count()).select_from(Person).where(*_conditions(filters, campaign))
    return int(uow.session.scalar(query) or 0)


def get_person(uow: UnitOfWork, person_id: int, *, campaign: Campaign) -> PersonRow:
    values = uow.session.execute(_select_rows().where(Person.id == person_id)).first()
    if values is None:
        raise NotFoundError(
            _t(QT_TRANSLATE_NOOP("register", "The person is no longer in the register.")), code="person.not_found"
        )
    return _row(values, campaign)


def person_by_iin(uow: UnitOfWork, raw: object, *, campaign: Campaign) -> PersonRow | None:
    """The person with this IIN (as registers write it: spaces, lost leading zeros are fine); the
    one still present when several records carry it; None when nobody has it."""
    from desktop.domain import iin as iin_rules

    number = iin_rules.normalize(raw)
    if not number:
        return None
    rows = uow.session.execute(
        _select_rows().where(Person.iin == number).order_by(Person.left_on.is_not(None), Person.id)
    ).all()
    return _row(rows[0], campaign) if rows else None


def problem_counts(uow: UnitOfWork) -> dict[str, int]:
    """How many persons have each problem (for the filter's labels and the overview)."""
    counts = {p.value: 0 for p in Problem}
    for stored, number in uow.session.execute(
        select(Person.problems, func.count()).where(Person.problems != "").group_by(Person.problems)
    ):
        for problem in rules.decode_problems(stored):
            counts[problem.value] += number
    return counts


def history(uow: UnitOfWork, person_id: int) -> list[HistoryEntry]:
    """What happened to the record, oldest first.  A person added by an import has no entry of its
    own (100,000 of them would double the import): its creation is given as the first entry."""
    rows = uow.session.execute(
        select(PersonEvent.created_at, PersonEvent.created_by, PersonEvent.kind, PersonEvent.changes)
        .where(PersonEvent.person_id == person_id)
        .order_by(PersonEvent.id)
    )
    entries = [HistoryEntry(at, by, kind, json.loads(changes or "{}")) for at, by, kind, changes in rows]
    if not entries or entries[0].kind not in ("added", "imported"):
        created = uow.session.execute(
            select(Person.created_at, Person.created_by).where(Person.id == person_id)
        ).first()
        if created is not None:
            entries.insert(0, HistoryEntry(created[0], created[1], "imported", {}))
    return entries


# -- units -------------------------------------------------------------------------------------


def list_units(uow: UnitOfWork) -> list[UnitInfo]:
    counts = dict(
        uow.session.execute(
            select(Person.unit_id, func.count()).where(Person.unit_id.is_not(None)).group_by(Person.unit_id)
        ).all()
    )
    units = [UnitInfo(uid, name, counts.get(uid, 0)) for uid, name in uow.session.execute(select(Unit.id, Unit.name))]
    return sorted(units, key=lambda unit: (collation.sort_key(unit.name), unit.id))


def ensure_unit(uow: UnitOfWork, name: str) -> int | None:
    """The id of the unit with this name, created when new (not committed); None for no name."""
    name = rules.clean_text(name)
    if not name:
        return None
    for uid, existing in uow.session.execute(select(Unit.id, Unit.name)):
        if rules.fold(existing) == rules.fold(name):
            return int(uid)
    unit = Unit(name=name)
    uow.session.add(unit)
    uow.session.flush()
    return unit.id


# -- writing -------------------------------------------------------------------------------------


def validate(data: PersonData, *, campaign: Campaign, allow_invalid_iin: bool = False) -> PersonData:
    """A cleaned copy, or :class:`ValidationError` naming the first field that must be corrected.

    An IIN with a wrong check digit is an error unless the user confirmed it (``allow_invalid_iin``):
    then it is kept and shown as a problem, so that nobody is left off the list for a typo.
    """
    clean = data.cleaned()
    for issue in rules.check(clean, campaign):
        if issue.severity is not Severity.ERROR:
            continue
        if issue.problem is Problem.IIN_INVALID and allow_invalid_iin:
            continue
        raise ValidationError(
            issue.message, field=issue.field, code=f"person.{issue.problem.value if issue.problem else issue.field}"
        )
    return clean


def stored_problems(person: Person, duplicate: bool) -> str:
    return rules.encode_problems(
        rules.stored_problems(
            iin_value=person.iin,
            birth_date=person.birth_date,
            sex=person.sex,
            citizenship=person.citizenship,
            name=person.name,
            surname=person.surname,
            duplicate=duplicate,
        )
    )


_EDITABLE = (
    "surname",
    "name",
    "patronymic",
    "iin",
    "birth_date",
    "sex",
    "citizenship",
    "country_code",
    "residence",
    "unit",
    "admitted_on",
    "note",
)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    return value


def person_table() -> Table:
    """The person model's own table (typed: the declarative ``__table__`` is a FromClause to mypy)."""
    return cast(Table, Person.__table__)


def person_columns(clean: PersonData, unit_id: int | None, name_key: str | None = None) -> dict[str, Any]:
    """The stored values of a person's own fields, by column name: what every write of a person
    (the dialog's, the import's bulk insert) puts in the row.  ``name_key``: the data's
    :attr:`~desktop.domain.person.PersonData.key` when the caller has it already."""
    return {
        "surname": clean.surname,
        "name": clean.name or "",
        "patronymic": clean.patronymic or "",
        "name_key": clean.key if name_key is None else name_key,
        "sort_key": collation.sort_key(rules.full_name(clean.surname, clean.name or "", clean.patronymic or "")),
        "iin": clean.iin,
        "birth_date": clean.birth_date,
        "sex": clean.sex.value if clean.sex is not None else None,
        "citizenship": clean.citizenship.value,
        "country_code": clean.country_code,
        "residence": clean.residence.value,
        "unit_id": unit_id,
        "admitted_on": clean.admitted_on,
        "note": clean.note or "",
    }


def _apply(uow: UnitOfWork, person: Person, clean: PersonData) -> dict[str, list[Any]]:
    """Copy the cleaned data into the row; return the changes as {field: [old, new]}."""
    changes: dict[str, list[Any]] = {}
    unit_id = ensure_unit(uow, clean.unit)
    old_unit = person.unit.name if person.unit is not None else ""
    columns = person_columns(clean, unit_id)
    for key in _EDITABLE:
        if key == "unit":
            if person.unit_id != unit_id:
                changes["unit"] = [old_unit, clean.unit]
                person.unit_id = unit_id
            continue
        new = columns[key]
        old = getattr(person, key)
        if old != new:
            changes[key] = [_plain(old), _plain(new)]
            setattr(person, key, new)
    if person.name_key != columns["name_key"]:
        person.name_key = columns["name_key"]
    if person.sort_key != columns["sort_key"]:
        person.sort_key = columns["sort_key"]
    return changes


def _event(uow: UnitOfWork, person: Person, kind: str, changes: dict[str, Any]) -> None:
    """The person's history entry and the audit trail's, for one change of the record."""
    uow.session.add(PersonEvent(person_id=person.id, kind=kind, changes=json.dumps(changes, ensure_ascii=False)))
    audit_person(uow, person, kind, changes)


def audit_person(uow: UnitOfWork, person: Person, action: str, changes: dict[str, Any] | None = None) -> None:
    """Note a change of ``person`` for the audit trail (its name stays in the database, never in a log)."""
    label = rules.full_name(person.surname, person.name or "", person.patronymic or "")
    uow.record(Event(Kind.PERSON, action, "person", person.uuid, person.uuid, label, changes))


def _load(uow: UnitOfWork, person_id: int) -> Person:
    person = uow.session.get(Person, person_id)
    if person is None:
        raise NotFoundError(
            _t(QT_TRANSLATE_NOOP("register", "The person is no longer in the register.")), code="person.not_found"
        )
    return person


def _check_revision(person: Person, revision: int | None) -> None:
    if revision is not None and person.revision != revision:
        raise ConflictError(
            _t(QT_TRANSLATE_NOOP("register", "Somebody else changed this person meanwhile: open the record again.")),
            code="person.changed",
        )


def write_person(
    uow: UnitOfWork,
    data: PersonData,
    *,
    campaign: Campaign,
    person_id: int | None = None,
    revision: int | None = None,
    allow_invalid_iin: bool = False,
    event: str | None = None,
    details: dict[str, Any] | None = None,
) -> tuple[Person, dict[str, list[Any]]]:
    """Add a person (``person_id`` None) or change one: validated, problems kept, a history entry
    (``event``, "added" or "edited" by default: the changes and ``details``) written.  Not
    committed, and the duplicate flags are left to the caller (:func:`refresh_duplicates`, once for
    many persons).  Returns the row and the changes as {field: [old, new]}."""
    accounts.require(uow, Permission.CENSUS_WORK)
    after_close.guard(uow, "person")
    if person_id is None:
        clean = validate(data, campaign=campaign, allow_invalid_iin=allow_invalid_iin)
        person = Person(surname=clean.surname, status=CoverageStatus.TO_ENUMERATE.value)
        duplicate = False
    else:
        person = _load(uow, person_id)
        _check_revision(person, revision)
        clean = validate(data, campaign=campaign, allow_invalid_iin=allow_invalid_iin)
        duplicate = Problem.DUPLICATE in rules.decode_problems(person.problems)
    changes = _apply(uow, person, clean)  # before a new person joins the session: one INSERT, revision 1
    if person_id is None or changes or details:
        person.problems = stored_problems(person, duplicate)
        uow.session.add(person)
        uow.session.flush()
        _event(uow, person, event or ("added" if person_id is None else "edited"), {**changes, **(details or {})})
    return person, changes


def add_person(uow: UnitOfWork, data: PersonData, *, campaign: Campaign, allow_invalid_iin: bool = False) -> PersonRow:
    """Add a person in one transaction; :class:`ValidationError` when a rule is broken."""
    person, _changes = write_person(uow, data, campaign=campaign, allow_invalid_iin=allow_invalid_iin)
    refresh_duplicates(uow)
    uow.commit()
    return get_person(uow, person.id, campaign=campaign)


def update_person(
    uow: UnitOfWork,
    person_id: int,
    data: PersonData,
    *,
    revision: int | None = None,
    campaign: Campaign,
    allow_invalid_iin: bool = False,
) -> PersonRow:
    """Change a person's record; ``revision`` (as read) guards against overwriting somebody else's change."""
    _person, changes = write_person(
        uow, data, campaign=campaign, person_id=person_id, revision=revision, allow_invalid_iin=allow_invalid_iin
    )
    if changes:
        refresh_duplicates(uow)
        uow.commit()
    return get_person(uow, person_id, campaign=campaign)


def mark_left(
    uow: UnitOfWork,
    person_id: int,
    left_on: dt.date,
    reason: LeftReason | str,
    note: str = "",
    *,
    revision: int | None = None,
    campaign: Campaign,
) -> PersonRow:
    """The person left the institution: the record stays, with the date and the reason."""
    accounts.require(uow, Permission.CENSUS_WORK)
    after_close.guard(uow, "person")
    person = _load(uow, person_id)
    _check_revision(person, revision)
    reason = LeftReason(reason)
    if person.admitted_on is not None and left_on < person.admitted_on:
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("register", "The leaving date is before the admission date.")),
            field="left_on",
            code="person.left_on",
        )
    if left_on > dt.date.today() + dt.timedelta(days=1):
        raise ValidationError(
            _t(
                QT_TRANSLATE_NOOP("register", "The leaving date {date} is in the future."),
                date=left_on.strftime("%d.%m.%Y"),
            ),
            field="left_on",
            code="person.left_on",
        )
    if reason is LeftReason.OTHER and not rules.clean_text(note):
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("register", "Say why the person left.")), field="left_note", code="person.left_note"
        )
    changes = {
        "left_on": [_plain(person.left_on), left_on.isoformat()],
        "left_reason": [person.left_reason, reason.value],
        "left_note": [person.left_note, rules.clean_text(note)],
    }
    person.left_on, person.left_reason, person.left_note = left_on, reason.value, rules.clean_text(note)
    uow.session.flush()
    _event(uow, person, "left", changes)
    uow.commit()
    return get_person(uow, person_id, campaign=campaign)


def cancel_left(uow: UnitOfWork, person_id: int, *, campaign: Campaign) -> PersonRow:
    """The person was marked as left by mistake (or came back): clear the leaving date."""
    accounts.require(uow, Permission.CENSUS_WORK)
    after_close.guard(uow, "person")
    person = _load(uow, person_id)
    if person.left_on is None:
        return get_person(uow, person_id, campaign=campaign)
    changes = {"left_on": [_plain(person.left_on), None], "left_reason": [person.left_reason, None]}
    person.left_on, person.left_reason, person.left_note = None, None, ""
    uow.session.flush()
    _event(uow, person, "returned", changes)
    uow.commit()
    return get_person(uow, person_id, campaign=campaign)


def _references(uow: UnitOfWork, person_id: int) -> int:
    """Records of other capabilities (census sheets, certificates…) that point at the person."""
    mine = {PersonEvent.__tablename__, DistinctPair.__tablename__}
    total = 0
    for table in Base.metadata.tables.values():
        if table.name in mine:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == Person.__tablename__ and fk.column.name == "id":
                total += uow.session.scalar(select(func.count()).select_from(table).where(fk.parent == person_id)) or 0
    return int(total)


def delete_person(uow: UnitOfWork, person_id: int) -> None:
    """Delete a record entered by mistake.  A person who has an outcome or a census sheet cannot
    be deleted (mark them as left instead)."""
    accounts.require(uow, Permission.CENSUS_WORK)
    after_close.guard(uow, "person")
    person = _load(uow, person_id)
    if person.status != CoverageStatus.TO_ENUMERATE.value or _references(uow, person_id):
        raise ConflictError(
            _t(
                QT_TRANSLATE_NOOP(
                    "register",
                    "This person already has census work recorded and cannot be deleted; mark them as left instead.",
                )
            ),
            code="person.has_work",
        )
    certificates.void_contradicted(uow, person.id, None)
    audit_person(uow, person, "deleted")
    uow.session.delete(person)
    try:
        uow.session.flush()
    except IntegrityError as error:
        raise ConflictError(
            _t(QT_TRANSLATE_NOOP("register", "Other records refer to this person; mark them as left instead.")),
            code="person.referenced",
        ) from error
    refresh_duplicates(uow)
    uow.commit()


# -- writing after a check -------------------------------------------------------------------------


_SQLITE_BUSY_SNAPSHOT = 517


def register_stamp(uow: UnitOfWork) -> tuple[Any, ...]:
    """What the register is now, in a few numbers: how many persons, the highest id and the latest
    change.  Any person added, changed or removed gives another stamp."""
    row = uow.session.execute(select(func.count(Person.id), func.max(Person.id), func.max(Person.updated_at))).one()
    count, highest, latest = row
    return (int(count or 0), int(highest or 0), latest.isoformat() if latest else "")


def claim_unchanged(uow: UnitOfWork, stamp: tuple[Any, ...]) -> None:
    """Take the register's write lock and make sure that it is still as it was when ``stamp`` was
    taken; else raise :class:`ConflictError` (another import or employee wrote meanwhile)."""
    changed = ConflictError(
        _t(
            QT_TRANSLATE_NOOP(
                "register",
                "The register was changed by somebody else while this file was being checked (another import "
                "or another employee); nothing was written. Check the file again and import it.",
            )
        ),
        code="register.changed_meanwhile",
    )
    try:
        uow.lock_writes("register")
    except OperationalError as error:
        # SQLite's "busy snapshot": another writer committed since this transaction read the register.
        if getattr(error.orig, "sqlite_errorcode", None) == _SQLITE_BUSY_SNAPSHOT:
            raise changed from None
        raise
    if stamp and register_stamp(uow) != tuple(stamp):
        raise changed


# -- duplicates ------------------------------------------------------------------------------------


def _distinct_pairs(uow: UnitOfWork) -> set[tuple[int, int]]:
    return {(a, b) for a, b in uow.session.execute(select(DistinctPair.first_id, DistinctPair.second_id))}


def identities(uow: UnitOfWork) -> list[tuple[int, Identity]]:
    """Every person's id and identity (IIN, identity key of the name, birth date)."""
    return [
        (pid, Identity(number, identity_key(key), born))
        for pid, number, key, born in uow.session.connection().execute(
            select(Person.id, Person.iin, Person.name_key, Person.birth_date).where(
                or_(Person.iin.is_not(None), Person.birth_date.is_not(None))
            )
        )
    ]


def _may_be_twice(uow: UnitOfWork) -> list[tuple[int, Identity]]:
    """The identities of the persons that can be the same person as somebody else: who shares an IIN,
    or a birth date and the length of the name key, with another (an identity key only reorders the
    words of a name key and makes its hyphens spaces: it keeps its length)."""
    shared_iin = select(Person.iin).where(Person.iin.is_not(None)).group_by(Person.iin).having(func.count() > 1)
    length = func.length(Person.name_key)
    shared_birth = (
        select(Person.birth_date, length.label("length"))
        .where(Person.birth_date.is_not(None))
        .group_by(Person.birth_date, length)
        .having(func.count() > 1)
        .subquery()
    )
    columns = (Person.id, Person.iin, Person.name_key, Person.birth_date)
    by_iin = select(*columns).where(Person.iin.in_(shared_iin))
    by_birth = select(*columns).join(
        shared_birth, (shared_birth.c.birth_date == Person.birth_date) & (shared_birth.c.length == length)
    )
    found = {
        pid: Identity(number, identity_key(key), born)
        for query in (by_iin, by_birth)
        for pid, number, key, born in uow.session.connection().execute(query)
    }
    return list(found.items())


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def refresh_duplicates(uow: UnitOfWork) -> int:
    """Set the ``duplicate`` problem on exactly the persons that are the same person as somebody else
    by the rule of :mod:`desktop.domain.matching` (pairs the user kept apart excepted).  Returns how
    many changed.  Not committed: it is part of the caller's transaction."""
    uow.session.flush()
    apart = _distinct_pairs(uow)
    flagged = {i for pair in matching.same_person_pairs(_may_be_twice(uow)) if pair not in apart for i in pair}
    current = set(uow.session.scalars(select(Person.id).where(Person.problems.like("% duplicate %"))))
    changed = 0
    for add, ids in ((True, flagged - current), (False, current - flagged)):
        id_list = sorted(ids)
        for start in range(0, len(id_list), 500):
            chunk = id_list[start : start + 500]
            updates = []
            for pid, stored in uow.session.execute(select(Person.id, Person.problems).where(Person.id.in_(chunk))):
                problems: list[Problem] = [p for p in rules.decode_problems(stored) if p is not Problem.DUPLICATE]
                if add:
                    problems.append(Problem.DUPLICATE)
                    problems.sort(key=list(Problem).index)
                updates.append({"pid": pid, "problems": rules.encode_problems(problems)})
            if updates:
                table = person_table()
                uow.session.execute(
                    update(table).where(table.c.id == bindparam("pid")).values(problems=bindparam("problems")),
                    updates,
                )
                changed += len(updates)
    if changed:
        uow.session.expire_all()
    return changed


def screen_duplicates(uow: UnitOfWork, *, progress: Progress = no_progress, campaign: Campaign) -> list[DuplicatePair]:
    """Every pair of records that may be one person, by the rule of :mod:`desktop.domain.matching`:
    the same person (the same IIN; the same full name and birth date), or nearly the same (a similar
    name with the same birth date).  Pairs kept apart are left out."""
    apart = _distinct_pairs(uow)
    everyone = identities(uow)
    found: dict[tuple[int, int], tuple[str, float]] = {
        pair: (reason, 100.0) for pair, reason in matching.same_person_pairs(everyone).items() if pair not in apart
    }
    for pair, score in matching.nearly_same_pairs(everyone, progress=progress).items():
        if pair not in apart and pair not in found:
            found[pair] = ("similar_name_birth", score)
    ids = sorted({i for pair in found for i in pair})
    rows = {row.id: row for row in rows_by_ids(uow, ids, campaign=campaign)}
    pairs = [DuplicatePair(rows[a], rows[b], reason, score) for (a, b), (reason, score) in found.items()]
    order = {"same_iin": 0, "same_name_birth": 1, "similar_name_birth": 2}
    pairs.sort(key=lambda p: (order[p.reason], p.first.surname, p.first.id))
    return pairs


def keep_apart(uow: UnitOfWork, first_id: int, second_id: int) -> None:
    """The user says the two records are different people: screening stops proposing them."""
    accounts.require(uow, Permission.CENSUS_WORK)
    _load(uow, first_id), _load(uow, second_id)
    a, b = _pair(first_id, second_id)
    exists = uow.session.scalar(select(DistinctPair.id).where(DistinctPair.first_id == a, DistinctPair.second_id == b))
    if exists is None:
        uow.session.add(DistinctPair(first_id=a, second_id=b))
    refresh_duplicates(uow)
    uow.commit()


def merge_persons(uow: UnitOfWork, keep_id: int, drop_id: int, *, campaign: Campaign) -> PersonRow:
    """One person entered twice: keep ``keep_id``, fill its empty fields from ``drop_id``, take the
    other's outcome when the kept record has none, and delete ``drop_id`` — in one transaction.
    The record dropped must not carry census work of its own (a sheet); merge the other way then."""
    accounts.require(uow, Permission.CENSUS_WORK)
    if keep_id == drop_id:
        raise ValidationError(_t(QT_TRANSLATE_NOOP("register", "Choose two different persons to merge.")))
    after_close.guard(uow, "person")
    keep, drop = _load(uow, keep_id), _load(uow, drop_id)
    if _references(uow, drop_id) or (
        drop.status != CoverageStatus.TO_ENUMERATE.value and keep.status != CoverageStatus.TO_ENUMERATE.value
    ):
        raise ConflictError(
            _t(
                QT_TRANSLATE_NOOP(
                    "register",
                    "The record to remove has census work of its own: keep that record and merge the other into it.",
                )
            ),
            code="person.merge_work",
        )
    kept = get_person(uow, keep_id, campaign=campaign).data()
    dropped = get_person(uow, drop_id, campaign=campaign).data()
    filled = {key: getattr(dropped, key) for key in _MERGED if not getattr(kept, key) and getattr(dropped, key)}
    details: dict[str, list[Any]] = {"merged_from": [drop.uuid, None]}
    if keep.status == CoverageStatus.TO_ENUMERATE.value and drop.status != CoverageStatus.TO_ENUMERATE.value:
        for key in ("status", "online_code", "status_reason", "enumerated_at", "enumerated_by"):
            setattr(keep, key, getattr(drop, key))
        details["status"] = [CoverageStatus.TO_ENUMERATE.value, drop.status]
        drop.online_code = None  # a confirmation code is unique to one person
        certificates.void_contradicted(uow, keep.id, keep.status)
    certificates.void_contradicted(uow, drop.id, None)
    audit_person(uow, drop, "merged_into", {"merged_into": [None, keep.uuid]})
    uow.session.delete(drop)
    uow.session.flush()
    write_person(
        uow,
        dataclasses.replace(kept, **filled),
        campaign=campaign,
        person_id=keep_id,
        allow_invalid_iin=True,  # both records are already in the register
        event="merged",
        details=details,
    )
    refresh_duplicates(uow)
    uow.commit()
    return get_person(uow, keep_id, campaign=campaign)


#: What a merge takes from the removed record when the kept one lacks it.
_MERGED = ("name", "patronymic", "iin", "birth_date", "sex", "country_code", "unit", "admitted_on", "note")


def recompute_problems(uow: UnitOfWork, *, progress: Progress = no_progress) -> int:
    """Recompute every stored problem (after a change of rules); returns how many changed. Commits."""
    changed = 0
    rows = uow.session.execute(
        select(
            Person.id,
            Person.iin,
            Person.birth_date,
            Person.sex,
            Person.citizenship,
            Person.name,
            Person.surname,
            Person.problems,
        )
    ).all()
    for done, (pid, number, born, sex, citizenship, name, surname, stored) in enumerate(rows):
        if done % 5000 == 0:
            progress(done, len(rows))
        duplicate = Problem.DUPLICATE in rules.decode_problems(stored)
        new = rules.encode_problems(
            rules.stored_problems(
                iin_value=number,
                birth_date=born,
                sex=sex,
                citizenship=citizenship,
                name=name,
                surname=surname,
                duplicate=duplicate,
            )
        )
        if new != stored:
            uow.session.execute(update(Person).where(Person.id == pid).values(problems=new))
            changed += 1
    refresh_duplicates(uow)
    uow.commit()
    return changed


__all__ = [
    "claim_unchanged",
    "register_stamp",
    "DUPLICATE_REASONS",
    "DuplicatePair",
    "Filters",
    "HistoryEntry",
    "PersonData",
    "PersonRow",
    "SORT_KEYS",
    "UnitInfo",
    "add_person",
    "cancel_left",
    "count_persons",
    "delete_person",
    "ensure_unit",
    "get_person",
    "history",
    "identities",
    "keep_apart",
    "list_persons",
    "list_units",
    "mark_left",
    "merge_persons",
    "ordered_ids",
    "person_columns",
    "person_table",
    "person_by_iin",
    "problem_counts",
    "recompute_problems",
    "refresh_duplicates",
    "stored_problems",
    "rows_by_ids",
    "screen_duplicates",
    "update_person",
    "validate",
    "write_person",
]
