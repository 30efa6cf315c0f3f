"""The audit trail: checking its chain, reading it with filters, exporting it, its head for the Department.

Entries are written by the services that make the changes (``uow.record(Event(...))``, added to the
chain at the unit of work's commit); this module only reads them.  Reading it is the administrator's.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import Select, or_, select

from desktop.domain import audit as rules
from desktop.domain.accounts import Permission
from desktop.domain.audit import Event, Kind
from desktop.domain.text import Message, Translate, english
from desktop.models.accounts import AuditEntry, as_entry
from desktop.models.db import UnitOfWork
from desktop.models.entities import Person
from desktop.models.exchange import ExchangeLogEntry
from desktop.protocol.records import Receipt
from desktop.services import accounts
from desktop.services.jobs import Progress, no_progress
from desktop.services.register import name_search

_BATCH = 5000


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking the chain."""

    checked: int
    broken: rules.Break | None
    head_seq: int
    head_hash: str

    @property
    def whole(self) -> bool:
        return self.broken is None

    def to_json(self, translate: Translate = english) -> dict[str, Any]:
        return {
            "whole": self.whole,
            "checked": self.checked,
            "broken_seq": self.broken.seq if self.broken else None,
            "broken_reason": self.broken.reason if self.broken else None,
            "message": self.broken.message().render(translate) if self.broken else "",
            "head": {"seq": self.head_seq, "hash": self.head_hash},
        }


def _walk(uow: UnitOfWork, progress: Progress) -> Any:
    total = uow.session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1)) or 0
    last = 0
    while True:
        rows = list(
            uow.session.scalars(select(AuditEntry).where(AuditEntry.seq > last).order_by(AuditEntry.seq).limit(_BATCH))
        )
        if not rows:
            return
        for row in rows:
            yield as_entry(row)
        last = rows[-1].seq
        progress(min(last, total), total)
        uow.session.expunge_all()


def department_heads(uow: UnitOfWork) -> list[tuple[int, str]]:
    """The heads of the trail the Department acknowledged in its receipts (number, hash), oldest first."""
    heads: list[tuple[int, str]] = []
    query = select(ExchangeLogEntry.receipt).where(ExchangeLogEntry.receipt != "").order_by(ExchangeLogEntry.id)
    for text in uow.session.scalars(query):
        try:
            head = Receipt.model_validate_json(text).audit_head
        except PydanticValidationError:
            continue
        if head is not None:
            heads.append((head.seq, head.hash))
    return heads


def verify(uow: UnitOfWork, *, progress: Progress = no_progress) -> Verdict:
    """Walk the whole chain: the first entry changed or removed, if any; then hold it against the heads
    the Department acknowledged (a chain rewritten from some entry on is whole, but not theirs)."""
    accounts.require(uow, Permission.ADMINISTER)
    broken, checked, head_hash = rules.first_break(_walk(uow, progress))
    if broken is None:
        for seq, value in department_heads(uow):
            stored = uow.session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seq))
            if stored != value:
                broken = rules.Break(seq, "rewritten" if stored is not None else "missing")
                break
    return Verdict(checked=checked, broken=broken, head_seq=checked, head_hash=head_hash)


def head(uow: UnitOfWork) -> tuple[int, str] | None:
    """The newest entry's number and hash (what the Department receives at each sync), None when empty."""
    row = uow.session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    return (int(row[0]), str(row[1])) if row is not None else None


# -- reading -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    login: str = ""
    kind: str = ""
    person_uuid: str = ""
    #: Words of a person's name or digits of the IIN: that person's entries (also of one since removed).
    person_text: str = ""
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class EntryRow:
    seq: int
    at: dt.datetime
    login: str
    kind: str
    action: str
    record_kind: str
    label: str
    #: {field: [old, new]} or the plain facts of the event.
    changes: dict[str, Any]

    def kind_label(self, translate: Translate = english) -> str:
        try:
            return Message("audit", rules.KIND_LABELS[Kind(self.kind)]).render(translate)
        except ValueError:
            return self.kind

    def action_label(self, translate: Translate = english) -> str:
        known = rules.ACTION_LABELS.get(self.action)
        return Message("audit", known).render(translate) if known else self.action

    def changes_text(self, translate: Translate = english) -> str:
        """"field: old → new; …" in the reader's language (answers of a census sheet by their question names)."""
        parts = []
        for key, value in self.changes.items():
            known = rules.FIELD_LABELS.get(key) if self.kind != Kind.SHEET.value or key == "state" else None
            name = Message("audit", known).render(translate) if known else key
            if isinstance(value, list) and len(value) == 2:
                parts.append(f"{name}: {_shown(value[0], translate)} → {_shown(value[1], translate)}")
            else:
                parts.append(f"{name}: {_shown(value, translate)}")
        return "; ".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at.isoformat(),
            "login": self.login,
            "kind": self.kind,
            "action": self.action,
            "record": self.record_kind,
            "label": self.label,
            "changes": self.changes,
        }


def _shown(value: Any, translate: Translate) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return Message("audit", rules.YES if value else rules.NO).render(translate)
    if isinstance(value, list):
        return ", ".join(_shown(item, translate) for item in value)
    return str(value)


def _query(filters: Filters) -> Select[AuditEntry]:
    query = select(AuditEntry)
    text = filters.person_text.strip()
    if text:
        persons = select(Person.uuid)
        persons = persons.where(Person.iin.contains(text)) if text.isdigit() else persons.where(*name_search(text))
        query = query.where(
            AuditEntry.person_uuid != "",
            or_(AuditEntry.person_uuid.in_(persons), AuditEntry.label.contains(text)),
        )
    if filters.login:
        query = query.where(AuditEntry.login == filters.login.strip().casefold())
    if filters.kind:
        query = query.where(AuditEntry.kind == filters.kind)
    if filters.person_uuid:
        query = query.where(AuditEntry.person_uuid == filters.person_uuid)
    if filters.since is not None:
        query = query.where(AuditEntry.at >= dt.datetime.combine(filters.since, dt.time(), dt.UTC))
    if filters.until is not None:
        query = query.where(
            AuditEntry.at < dt.datetime.combine(filters.until + dt.timedelta(days=1), dt.time(), dt.UTC)
        )
    return query


def _entry_row(row: AuditEntry) -> EntryRow:
    try:
        changes = json.loads(row.changes or "{}")
    except ValueError:
        changes = {}
    return EntryRow(
        seq=row.seq,
        at=row.at,
        login=row.login,
        kind=row.kind,
        action=row.action,
        record_kind=row.record_kind,
        label=row.label,
        changes=changes if isinstance(changes, dict) else {},
    )


def entries(uow: UnitOfWork, filters: Filters | None = None, *, limit: int = 2000) -> list[EntryRow]:
    """The newest entries first that pass the filters (at most ``limit``)."""
    accounts.require(uow, Permission.ADMINISTER)
    query = _query(filters or Filters()).order_by(AuditEntry.seq.desc()).limit(limit)
    return [_entry_row(row) for row in uow.session.scalars(query)]


def logins(uow: UnitOfWork) -> list[str]:
    """Every login that appears in the trail (for the filter)."""
    accounts.require(uow, Permission.ADMINISTER)
    return sorted(x for x in uow.session.scalars(select(AuditEntry.login).distinct()) if x)


HEADER = {
    "ru": ["№", "Дата и время (UTC)", "Учётная запись", "Вид", "Действие", "Запись", "Изменения: было → стало"],
    "kk": ["№", "Күні мен уақыты (UTC)", "Есептік жазба", "Түрі", "Әрекет", "Жазба", "Өзгерістер: бұрын → кейін"],
}


def export_xlsx(
    uow: UnitOfWork,
    path: Path,
    filters: Filters | None = None,
    *,
    translate: Translate = english,
    lang: str = "ru",
    progress: Progress = no_progress,
) -> int:
    """The entries that pass the filters as a workbook (a cell a spreadsheet would run stays text);
    the export itself is recorded in the trail.  Returns the count."""
    from desktop.services.register_export import save_workbook

    rows = entries(uow, filters, limit=1_000_000)
    values = [
        [
            r.seq,
            r.at.replace(tzinfo=None),
            r.login,
            r.kind_label(translate),
            r.action_label(translate),
            r.label,
            r.changes_text(translate),
        ]
        for r in rows
    ]
    header = HEADER.get(lang, HEADER["ru"])
    save_workbook(path, "Audit", header, values, widths=[8, 20, 16, 16, 18, 36, 80], progress=progress)
    uow.record(Event(Kind.EXPORT, "audit_xlsx", changes={"entries": len(values), "file": path.name}))
    uow.commit()
    return len(values)
