"""Documents the institution hands out and signs: certificates of participation and the tablets
lent by the Department with their acceptance-transfer and return acts.

Certificates keep a copy of what was printed (name, dates, the signed payload and signature), so
that the registry still tells what a paper says after the person's record changes or is removed.
The person is referred to by id and UUID without a foreign key: removing a person from the register
must stay possible, and it voids the person's certificate (the services call
:func:`desktop.services.certificates.void_contradicted`).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Tracked, UTCDateTime


class DocumentCounter(Tracked, Base):
    """The last number given for one kind of document in one campaign; numbers are never reused."""

    __tablename__ = "document_counter"

    key: Mapped[str] = mapped_column(String(64), unique=True)  # "certificate:" and the campaign id
    value: Mapped[int] = mapped_column(Integer, default=0)


class Certificate(Tracked, Base):
    """One certificate of census participation (one number, ever)."""

    __tablename__ = "certificate"

    campaign_id: Mapped[str] = mapped_column(String(40))
    sequence: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int | None] = mapped_column(Integer, index=True)
    person_uuid: Mapped[str] = mapped_column(String(36), index=True)
    iin: Mapped[str | None] = mapped_column(String(12))
    full_name: Mapped[str] = mapped_column(String(320))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(1))
    coverage_status: Mapped[str] = mapped_column(String(20))  # how the person was enumerated
    enumerated_on: Mapped[dt.date | None] = mapped_column(Date)
    enumerator: Mapped[str] = mapped_column(String(200), default="")
    issued_on: Mapped[dt.date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(12), default="issued", index=True)  # CertificateState
    copies: Mapped[int] = mapped_column(Integer, default=0)  # duplicates printed
    last_printed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    payload: Mapped[str] = mapped_column(String(200))
    signature: Mapped[bytes] = mapped_column(LargeBinary)

    __table_args__ = (
        UniqueConstraint("campaign_id", "number", name="uq_certificate_campaign_number"),
        UniqueConstraint("campaign_id", "sequence", name="uq_certificate_campaign_sequence"),
        # One valid certificate a person: two employees issuing at the same moment cannot both succeed.
        Index(
            "uq_certificate_live_person",
            "campaign_id",
            "person_id",
            unique=True,
            sqlite_where=text("state != 'voided'"),
            postgresql_where=text("state != 'voided'"),
        ),
    )


class EquipmentItem(Tracked, Base):
    """A tablet or an accessory lent by the Department."""

    __tablename__ = "equipment_item"

    kind: Mapped[str] = mapped_column(String(20))  # EquipmentKind
    inventory_number: Mapped[str | None] = mapped_column(String(50), unique=True)
    serial_number: Mapped[str] = mapped_column(String(80), default="")
    #: The tablet an accessory belongs to (its kit); None for a tablet or a loose accessory.
    kit_id: Mapped[int | None] = mapped_column(ForeignKey("equipment_item.id", ondelete="SET NULL"), index=True)
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"), index=True)
    state: Mapped[str] = mapped_column(String(12), default="stock", index=True)  # ItemState
    condition: Mapped[str] = mapped_column(String(12), default="good")  # Condition
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class EquipmentAct(Tracked, Base):
    """An acceptance-transfer act (the Department lends) or a return act (the employee gives back)."""

    __tablename__ = "equipment_act"

    kind: Mapped[str] = mapped_column(String(10))  # ActKind
    number: Mapped[int] = mapped_column(Integer)
    act_date: Mapped[dt.date] = mapped_column(Date)
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"), index=True)
    employee_name: Mapped[str] = mapped_column(String(200), default="")
    department_person: Mapped[str] = mapped_column(String(200), default="")
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("kind", "number", name="uq_equipment_act_kind_number"),)


class EquipmentActLine(Tracked, Base):
    """One item of an act, with its condition; on a return act, whether it came back."""

    __tablename__ = "equipment_act_line"

    act_id: Mapped[int] = mapped_column(ForeignKey("equipment_act.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("equipment_item.id", ondelete="RESTRICT"), index=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    condition: Mapped[str] = mapped_column(String(12), default="good")
    note: Mapped[str] = mapped_column(Text, default="")
