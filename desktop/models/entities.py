"""The records of an institution's census work.

One database holds one institution.  Later capabilities (census sheets, certificates, equipment,
sending to the Department, accounts) add their own tables in their own modules; every table uses
:class:`~desktop.models.base.Tracked` so that it can travel and be accounted for.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain import collation
from desktop.domain.person import full_name
from desktop.models.base import Base, Tracked, UTCDateTime

#: A sort key is compared character by character (its code points are the alphabet's order): in
#: PostgreSQL with the "C" collation, whatever the database's locale; SQLite compares so by default.
SORT_KEY = String(320).with_variant(String(320, collation="C"), "postgresql")


def name_sort_key(context: Any) -> str:
    """The default sort key of a person inserted without one: from the names being inserted."""
    values = context.get_current_parameters()
    names = (values.get("surname") or "", values.get("name") or "", values.get("patronymic") or "")
    return collation.sort_key(full_name(*names))


class Institution(Tracked, Base):
    __tablename__ = "institution"

    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    bin: Mapped[str] = mapped_column(String(12))
    type_code: Mapped[str] = mapped_column(String(8))
    kato_code: Mapped[str] = mapped_column(String(9))
    address: Mapped[str] = mapped_column(String(500), default="")
    head_name: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    phone: Mapped[str] = mapped_column(String(50), default="")
    department_name: Mapped[str] = mapped_column(String(300), default="")
    department_name_kk: Mapped[str] = mapped_column(String(300), default="", server_default="")
    department_url: Mapped[str] = mapped_column(String(500), default="")
    campaign_id: Mapped[str] = mapped_column(String(40), default="")  # the campaign it was closed out in
    #: The institution's Ed25519 private key that signs its certificates, sealed by the key store
    #: (:mod:`desktop.models.keystore`): never in the clear here, never printed.
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    #: Its public key (raw 32 bytes): what verification needs, readable without the key store.
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    #: Close-out: when the institution's census work was closed, by whom, and the statement's figures.
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    closed_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    statement: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ChangeAfterClose(Tracked, Base):
    """A change confirmed with a reason after the close-out; the Department is told at the next sync."""

    __tablename__ = "change_after_close"

    what: Mapped[str] = mapped_column(String(40))  # the kind of change, e.g. "person", "sheet"
    reason: Mapped[str] = mapped_column(Text)
    confirmed_by: Mapped[str] = mapped_column(String(200))


class Employee(Tracked, Base):
    """A responsible employee appointed by order of the head of the institution."""

    __tablename__ = "employee"

    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    order_number: Mapped[str] = mapped_column(String(50), default="")
    order_date: Mapped[dt.date | None] = mapped_column(Date)
    seminar_date: Mapped[dt.date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(50), default="")
    active: Mapped[bool] = mapped_column(default=True)


class Unit(Tracked, Base):
    """A ward, group or department inside the institution."""

    __tablename__ = "unit"

    name: Mapped[str] = mapped_column(String(200), unique=True)


class Person(Tracked, Base):
    """A person to be counted: one row of the register (the stage-1 list and its outcome)."""

    __tablename__ = "person"

    surname: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(100), default="")
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    #: Normalised "surname name patronymic" (case-folded, ё→е) for search and matching.
    name_key: Mapped[str] = mapped_column(String(320), default="", index=True)
    #: The full name's place in the Kazakh alphabet (:func:`desktop.domain.collation.sort_key`): lists order by it.
    sort_key: Mapped[str] = mapped_column(SORT_KEY, default=name_sort_key, server_default="")
    iin: Mapped[str | None] = mapped_column(String(12), index=True)
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(1))
    citizenship: Mapped[str] = mapped_column(String(12), default="KZ")  # CitizenshipKind
    country_code: Mapped[str | None] = mapped_column(String(3))  # ISO 3166 numeric, for foreigners
    residence: Mapped[str] = mapped_column(String(12), default="usual")  # Residence
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    admitted_on: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    left_reason: Mapped[str | None] = mapped_column(String(20))  # LeftReason
    left_note: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    #: Problem codes of desktop.domain.person.Problem between spaces (" iin_invalid duplicate "), kept by
    #: the register service on every write so that the list can filter on them.
    problems: Mapped[str] = mapped_column(String(200), default="", server_default="")

    # Stage 2: the outcome.
    status: Mapped[str] = mapped_column(String(20), default="to_enumerate", index=True)  # CoverageStatus
    online_code: Mapped[str | None] = mapped_column(String(40))
    status_reason: Mapped[str] = mapped_column(Text, default="")
    enumerated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    enumerated_by: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))

    unit: Mapped[Unit | None] = relationship(lazy="joined")

    __table_args__ = (
        Index("ix_person_birth_name", "birth_date", "name_key"),
        # The lists of the window walk persons by name (and id) and skip those not resident: one index covers it.
        # The search by name reads name_key from the same index, so a search walks it without the table.
        Index("ix_person_sort_status", "sort_key", "id", "status", "name_key"),
        # The units and their head counts (filters of the Respondents page) without reading every person.
        Index("ix_person_unit", "unit_id"),
    )


class Meta(Base):
    """Small facts about the database itself (e.g. when it was created, the demo flag)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
