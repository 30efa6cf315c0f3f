"""Accounts of the institution and its audit trail.

- :class:`Account` — who may sign in: a login, an argon2id password hash, a role, and the employee
  record the account acts as (who filled a sheet or issued a certificate).  On a shared PostgreSQL
  the accounts are the institution's, shared by every computer.
- :class:`AuditEntry` — one thing done: who, when, which record, old → new.  Each entry carries the
  hash of the one before (``desktop.domain.audit``); entries are only ever added.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from desktop.domain import audit
from desktop.domain.audit import Event
from desktop.models.base import Base, Tracked, UTCDateTime, utcnow


class Account(Tracked, Base):
    __tablename__ = "account"

    login: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # desktop.domain.accounts.Role
    password_hash: Mapped[str] = mapped_column(String(200))
    #: The administrator's printed recovery code, hashed like a password; empty for other roles.
    recovery_hash: Mapped[str] = mapped_column(String(200), default="")
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: 1, 2, 3 … without gaps: a removed entry leaves one.
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    login: Mapped[str] = mapped_column(String(40), default="", index=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    action: Mapped[str] = mapped_column(String(40), default="")
    record_kind: Mapped[str] = mapped_column(String(30), default="")
    record_uuid: Mapped[str] = mapped_column(String(36), default="")
    person_uuid: Mapped[str] = mapped_column(String(36), default="", index=True)
    label: Mapped[str] = mapped_column(String(300), default="")
    changes: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


def as_entry(row: AuditEntry) -> audit.Entry:
    return audit.Entry(
        seq=row.seq,
        at=row.at,
        login=row.login,
        kind=row.kind,
        action=row.action,
        record_kind=row.record_kind,
        record_uuid=row.record_uuid,
        person_uuid=row.person_uuid,
        label=row.label,
        changes=row.changes,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


def append(session: Session, login: str, events: Sequence[Event], lock: Callable[[], None]) -> None:
    """Add the events to the end of the chain, in this transaction.  ``lock`` is called first, so that
    two transactions never take the same place in the chain."""
    lock()
    last = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq, prev = (int(last[0]), str(last[1])) if last is not None else (0, audit.GENESIS)
    now = utcnow().replace(microsecond=0)
    for event in events:
        seq += 1
        row = AuditEntry(
            seq=seq,
            at=now,
            login=login,
            kind=event.kind.value,
            action=event.action,
            record_kind=event.record_kind,
            record_uuid=event.record_uuid,
            person_uuid=event.person_uuid,
            label=event.label[:300],
            changes=audit.changes_text(event.changes),
            prev_hash=prev,
            hash="",
        )
        row.hash = prev = audit.hash_of(as_entry(row))
        session.add(row)
    session.flush()
