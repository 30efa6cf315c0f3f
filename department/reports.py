"""What the Department's staff read: progress per institution, what is overdue, duplicates across
institutions, and the export for statisticians (one row per person)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from department.db import DepartmentDatabase
from department.models import Exchange, Institution, Record
from desktop.domain.campaign import Campaign
from desktop.protocol.records import Kind

#: Where a person stands, as the Department sees it.
CATEGORIES = ("sheet", "online", "refused", "not_resident", "to_enumerate")
_STATUS_CATEGORY = {"online": "online", "refused": "refused", "not_resident": "not_resident"}
STALE_SYNC_DAYS = 7


@dataclass
class PersonRow:
    institution_id: int
    uuid: str
    iin: str | None
    data: dict[str, Any]
    status: str
    outcome: str | None = None
    outcome_data: dict[str, Any] = field(default_factory=dict)
    sheet_state: str | None = None
    answers: dict[str, Any] = field(default_factory=dict)

    @property
    def category(self) -> str:
        if self.outcome:
            return self.outcome
        if self.sheet_state == "complete":
            return "sheet"
        return _STATUS_CATEGORY.get(self.status, "to_enumerate")

    @property
    def counted_online(self) -> bool:
        return self.outcome == "online" or self.status == "online"


def _persons(session: Session, institution_ids: list[int] | None = None) -> list[PersonRow]:
    """Every live person with its outcome and census sheet (one query per kind)."""

    def live(kind: Kind) -> Any:
        query = select(Record).where(Record.kind == kind.value, Record.deleted.is_(False))
        if institution_ids is not None:
            query = query.where(Record.institution_id.in_(institution_ids))
        return query

    persons: dict[str, PersonRow] = {}
    for record in session.scalars(live(Kind.PERSON).order_by(Record.institution_id, Record.id)):
        persons[record.uuid] = PersonRow(
            record.institution_id, record.uuid, record.iin, record.data, record.status or "to_enumerate"
        )
    for record in session.scalars(live(Kind.OUTCOME).order_by(Record.updated_at)):
        person = persons.get(record.person_uuid or "")
        if person is not None:
            person.outcome, person.outcome_data = record.status, record.data
    for record in session.scalars(live(Kind.CENSUS_SHEET)):
        person = persons.get(record.person_uuid or "")
        if person is not None:
            person.sheet_state = record.status
            person.answers = {name: answer.get("value") for name, answer in record.data.get("answers", {}).items()}
    return list(persons.values())


# -- progress -------------------------------------------------------------------------------------


@dataclass
class Progress:
    bin: str
    name_ru: str
    name_kk: str
    enrolled: bool
    last_sync_at: dt.datetime | None
    persons: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    certificates: int = 0
    overdue: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    #: Close-out, as the institution's profile last said: when, its statement's figures, later changes.
    closed_at: dt.datetime | None = None
    statement: dict[str, Any] | None = None
    changes_after_close: list[dict[str, Any]] = field(default_factory=list)

    def name(self, lang: str) -> str:
        return self.name_kk if lang == "kk" else self.name_ru

    @property
    def done_percent(self) -> int:
        if not self.persons:
            return 0
        return round(100 * (self.persons - self.by_category.get("to_enumerate", 0)) / self.persons)


def overdue(progress: Progress, campaign: Campaign, today: dt.date) -> list[tuple[str, dict[str, Any]]]:
    """What an institution is late with, as (message key, parameters), against the campaign dates."""
    found: list[tuple[str, dict[str, Any]]] = []
    if today > campaign.list_date and progress.persons == 0:
        found.append(("overdue.list", {"date": campaign.list_date}))
    if progress.last_sync_at is None and today > campaign.list_date:
        found.append(("overdue.never_synced", {}))
    elif (
        progress.last_sync_at is not None
        and campaign.interviews_from <= today <= campaign.interviews_until
        and (today - progress.last_sync_at.date()).days > STALE_SYNC_DAYS
    ):
        found.append(("overdue.stale_sync", {"days": (today - progress.last_sync_at.date()).days}))
    waiting = progress.by_category.get("to_enumerate", 0)
    if today > campaign.interviews_until and waiting:
        found.append(("overdue.not_enumerated", {"count": waiting, "date": campaign.interviews_until}))
    return found


def progress(db: DepartmentDatabase, campaign: Campaign, today: dt.date, bin_: str | None = None) -> list[Progress]:
    with db.session() as session:
        query = select(Institution).order_by(Institution.name_ru)
        if bin_ is not None:
            query = query.where(Institution.bin == bin_)
        institutions = list(session.scalars(query))
        rows = {
            i.id: Progress(i.bin, i.name_ru, i.name_kk, i.enrolled_at is not None, i.last_sync_at) for i in institutions
        }
        for person in _persons(session, list(rows) if bin_ is not None else None):
            row = rows[person.institution_id]
            row.persons += 1
            row.by_category[person.category] = row.by_category.get(person.category, 0) + 1
        for institution_id, count in session.execute(
            select(Record.institution_id, func.count())
            .where(Record.kind == Kind.CERTIFICATE.value, Record.deleted.is_(False), Record.status != "voided")
            .where(Record.institution_id.in_(list(rows)))
            .group_by(Record.institution_id)
        ).all():
            rows[institution_id].certificates = count
        for record in session.scalars(
            select(Record).where(
                Record.kind == Kind.INSTITUTION_PROFILE.value,
                Record.deleted.is_(False),
                Record.institution_id.in_(list(rows)),
            )
        ):
            _closeout(rows[record.institution_id], record.data)
    for row in rows.values():
        if row.closed_at is None:
            row.overdue = overdue(row, campaign, today)
    return list(rows.values())


#: The statement's figures in the order the pages show them.
STATEMENT_FIGURES = (
    "on_list",
    "expected",
    "enumerated",
    "interview",
    "records",
    "online",
    "refused",
    "not_resident",
    "certificates_issued",
    "equipment_returned",
    "equipment_items",
    "equipment_held",
    "equipment_missing",
)


def _closeout(row: Progress, data: dict[str, Any]) -> None:
    closed = data.get("closed_at")
    if not closed:
        return
    row.closed_at = dt.datetime.fromisoformat(closed)
    statement = data.get("statement") or {}
    row.statement = {key: statement.get(key) for key in STATEMENT_FIGURES}
    row.statement["reasons"] = statement.get("reasons", [])
    row.statement["closed_by"] = statement.get("closed_by", "")
    row.changes_after_close = [
        {**change, "at": dt.datetime.fromisoformat(change["at"])} for change in data.get("changes_after_close", [])
    ]


@dataclass(frozen=True)
class ExchangeRow:
    channel: str
    sequence: int
    received_at: dt.datetime
    accepted: int
    rejected: int


def exchanges(db: DepartmentDatabase, bin_: str, limit: int = 50) -> list[ExchangeRow]:
    with db.session() as session:
        rows = session.execute(
            select(Exchange.channel, Exchange.sequence, Exchange.received_at, Exchange.accepted, Exchange.rejected)
            .join(Institution, Institution.id == Exchange.institution_id)
            .where(Institution.bin == bin_)
            .order_by(Exchange.received_at.desc())
            .limit(limit)
        ).all()
    return [ExchangeRow(*row) for row in rows]


# -- duplicates -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Duplicate:
    iin: str
    reason: str  # "institutions" (counted in two institutions) or "online" (in an institution and online)
    places: tuple[tuple[str, str, str, str], ...]  # (BIN, name_ru, name_kk, category) per person


def duplicates(db: DepartmentDatabase) -> list[Duplicate]:
    """One IIN in two institutions, or counted in an institution (a census sheet) and online."""
    with db.session() as session:
        names = {i.id: (i.bin, i.name_ru, i.name_kk) for i in session.scalars(select(Institution))}
        by_iin: dict[str, list[PersonRow]] = defaultdict(list)
        for person in _persons(session):
            if person.iin:
                by_iin[person.iin].append(person)
    found: list[Duplicate] = []
    for iin, people in sorted(by_iin.items()):
        places = tuple((*names[p.institution_id], p.category) for p in people)
        if len({p.institution_id for p in people}) > 1:
            found.append(Duplicate(iin, "institutions", places))
        elif any(p.counted_online for p in people) and any(p.sheet_state == "complete" for p in people):
            found.append(Duplicate(iin, "online", places))
    return found


# -- export ---------------------------------------------------------------------------------------

FORMATS = ("xlsx", "csv", "dta", "sav", "parquet")

#: The fixed columns of the export: name, Russian label, Kazakh label.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("bin", "БИН учреждения", "Мекеменің БСН"),
    ("institution", "Учреждение", "Мекеме"),
    ("person_uuid", "Идентификатор записи", "Жазба идентификаторы"),
    ("iin", "ИИН", "ЖСН"),
    ("surname", "Фамилия", "Тегі"),
    ("name", "Имя", "Аты"),
    ("patronymic", "Отчество", "Әкесінің аты"),
    ("birth_date", "Дата рождения", "Туған күні"),
    ("sex", "Пол", "Жынысы"),
    ("citizenship", "Гражданство", "Азаматтығы"),
    ("residence", "Проживание", "Тұруы"),
    ("category", "Как учтён", "Қалай есепке алынды"),
    ("online_code", "Код онлайн-переписи", "Онлайн санақ коды"),
)

#: Coded columns of .dta/.sav: value → (code, Russian label, Kazakh label).
VALUE_LABELS: dict[str, dict[str, tuple[int, str, str]]] = {
    "sex": {"M": (1, "мужской", "ер"), "F": (2, "женский", "әйел")},
    "category": {
        "sheet": (1, "переписной лист", "санақ парағы"),
        "online": (2, "онлайн", "онлайн"),
        "refused": (3, "отказ", "бас тарту"),
        "not_resident": (4, "не проживает", "тұрмайды"),
        "to_enumerate": (5, "не переписан", "санақтан өтпеген"),
    },
}


def export_rows(db: DepartmentDatabase) -> list[dict[str, Any]]:
    """One row per person of every institution: the fixed columns, then the census sheet's answers."""
    with db.session() as session:
        names = {i.id: (i.bin, i.name_ru) for i in session.scalars(select(Institution))}
        people = _persons(session)
    rows: list[dict[str, Any]] = []
    for person in people:
        bin_, institution = names[person.institution_id]
        data = person.data
        row: dict[str, Any] = {
            "bin": bin_,
            "institution": institution,
            "person_uuid": person.uuid,
            "iin": person.iin or "",
            "surname": data.get("surname", ""),
            "name": data.get("name", ""),
            "patronymic": data.get("patronymic", ""),
            "birth_date": data.get("birth_date") or "",
            "sex": data.get("sex") or "",
            "citizenship": data.get("citizenship", ""),
            "residence": data.get("residence", ""),
            "category": person.category,
            "online_code": person.outcome_data.get("online_code", ""),
        }
        for name, value in person.answers.items():
            row[f"q_{name}"] = value if isinstance(value, str | int | float) or value is None else str(value)
        rows.append(row)
    return rows


def export(db: DepartmentDatabase, path: Path, fmt: str) -> int:
    """Write the export to ``path`` (written beside it first, then moved); return the number of persons."""
    import pandas as pd

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    rows = export_rows(db)
    fixed = [name for name, _ru, _kk in COLUMNS]
    # Object columns keep every answer as it was given (an integer stays an integer beside empty cells).
    frame = pd.DataFrame(rows, columns=fixed, dtype=object) if not rows else pd.DataFrame(rows, dtype=object)
    answers = sorted(c for c in frame.columns if c not in fixed)
    frame = frame[fixed + answers]
    part = path.with_name(path.name + ".part")
    if fmt == "xlsx":
        frame.to_excel(part, index=False, engine="openpyxl")
    elif fmt == "csv":
        frame.to_csv(part, index=False, encoding="utf-8-sig")
    elif fmt == "parquet":
        frame.astype({c: "string" for c in answers}).to_parquet(part, index=False)
    else:
        _write_labelled(frame, answers, part, fmt)
    part.replace(path)
    return len(rows)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _statistical_names(names: list[str]) -> list[str]:
    """Names Stata and SPSS accept: letters, digits and _, at most 32 characters, unique."""
    result: list[str] = []
    for name in names:
        base = re.sub(r"[^A-Za-z0-9_]", "_", name)[:32]
        candidate, n = base, 1
        while candidate in result:
            n += 1
            candidate = f"{base[: 32 - len(str(n)) - 1]}_{n}"
        result.append(candidate)
    return result


def _write_labelled(frame: Any, answers: list[str], path: Path, fmt: str) -> None:
    """Stata or SPSS with variable labels and value labels in both languages (``русский / қазақша``)."""
    import pandas as pd
    import pyreadstat

    frame = frame.copy()
    value_labels: dict[str, dict[int | float, str]] = {}
    for column, mapping in VALUE_LABELS.items():
        codes = {value: code for value, (code, _ru, _kk) in mapping.items()}
        frame[column] = frame[column].map(codes).astype(float)
        value_labels[column] = {code: f"{ru} / {kk}" for code, ru, kk in mapping.values()}
    for column in answers:
        frame[column] = frame[column].map(lambda v: "" if pd.isna(v) else str(v))
    labels: list[str | None] = [f"{ru} / {kk}" for _name, ru, kk in COLUMNS]
    # Stata keeps at most 80 characters of a label.
    labels += [_cut(f"Ответ / Жауап: {c[2:]}", 80) for c in answers]
    frame.columns = _statistical_names(list(frame.columns))
    if fmt == "dta":
        pyreadstat.write_dta(frame, str(path), column_labels=labels, variable_value_labels=value_labels, version=15)
    else:
        pyreadstat.write_sav(frame, str(path), column_labels=labels, variable_value_labels=value_labels)
