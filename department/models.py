"""The Department's database: enrolled institutions, their tokens, every record they sent, every exchange.

Records of all kinds live in one table keyed by the record's UUID; the record itself is kept as JSON
(``data``), and the columns the pages and reports filter on (IIN, person, status, certificate number
and short code) are copied out of it when it is stored.  A removal is kept as a tombstone row
(``deleted``) so that an older revision sent later cannot bring the record back.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.models.base import NAMING, UTCDateTime, utcnow


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Institution(Base):
    __tablename__ = "institution"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bin: Mapped[str] = mapped_column(String(12), unique=True)
    name_ru: Mapped[str] = mapped_column(String(300))
    name_kk: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: SHA-256 of the one-time enrolment code; cleared when the code is used.
    enrolment_code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    enrolment_code_expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    enrolled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    #: The institution's Ed25519 public key, bound at enrolment: it signs the institution's packages.
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    last_sync_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class AccessToken(Base):
    """A bearer token of one institution; only its SHA-256 is kept."""

    __tablename__ = "access_token"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institution.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class Record(Base):
    __tablename__ = "record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institution.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(24))
    revision: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Copied out of ``data`` for the reports and the certificate check.
    person_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    iin: Mapped[str | None] = mapped_column(String(12), index=True)
    status: Mapped[str | None] = mapped_column(String(20))
    number: Mapped[str | None] = mapped_column(String(20), index=True)
    short_code: Mapped[str | None] = mapped_column(String(11))

    __table_args__ = (Index("ix_record_institution_kind", "institution_id", "kind"),)


class Exchange(Base):
    """One batch received (online or as a package) and the signed receipt that answered it."""

    __tablename__ = "exchange"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institution.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(10))  # online | package
    sequence: Mapped[int] = mapped_column(Integer)
    batch_sha256: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    accepted: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    #: The signed receipt as sent (JSON of :class:`desktop.protocol.package.SignedReceipt`).
    receipt: Mapped[str] = mapped_column(Text)
    #: The head of the institution's audit trail the batch carried (its number and hash), if any.
    audit_seq: Mapped[int | None] = mapped_column(Integer)
    audit_hash: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (UniqueConstraint("institution_id", "channel", "sequence", name="uq_exchange_sequence"),)


class Setting(Base):
    """The Department's keys and the staff password hash."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class StaffSession(Base):
    """A signed-in staff browser; only the SHA-256 of its cookie is kept."""

    __tablename__ = "staff_session"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
