"""What the institution knows of its exchange with the Department.

- :class:`ExchangeLink` — one row: the Department's address and public keys (from enrolment or from
  its key file), the institution's BIN it was enrolled with, and the last batch number per channel.
- :class:`SyncState` — per record sent, the revision the Department acknowledged and the date and
  time of the receipt that did; a record is pending while its revision is above the acknowledged one.
  A record acknowledged and since removed travels as a tombstone (``deleted``).
- :class:`Outbox` — a batch written but not yet acknowledged, kept byte for byte, so that an
  interrupted send resends the very same batch and a package's receipt knows what it covered.
- :class:`ExchangeLogEntry` — every exchange: when, which channel and batch, what, the result and the receipt.

These tables are bookkeeping of this computer's database and do not travel themselves.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, utcnow


class ExchangeLink(Base):
    __tablename__ = "exchange_link"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: The service's address; empty for an institution that exchanges packages only.
    url: Mapped[str] = mapped_column(String(500), default="")
    institution_bin: Mapped[str] = mapped_column(String(12), default="")
    age_recipient: Mapped[str] = mapped_column(String(100))
    #: The Department's Ed25519 key that signs receipts, 64 hex digits.
    signing_public_key: Mapped[str] = mapped_column(String(64))
    connected_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    online_sequence: Mapped[int] = mapped_column(Integer, default=0)
    package_sequence: Mapped[int] = mapped_column(Integer, default=0)


class SyncState(Base):
    __tablename__ = "sync_state"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(24), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    synced_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Outbox(Base):
    __tablename__ = "exchange_outbox"

    channel: Mapped[str] = mapped_column(String(10), primary_key=True)  # "online" or "package"
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ExchangeLogEntry(Base):
    __tablename__ = "exchange_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    channel: Mapped[str] = mapped_column(String(10))
    #: "connect", "send", "package", "receipt".
    action: Mapped[str] = mapped_column(String(10))
    sequence: Mapped[int | None] = mapped_column(Integer)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: "ok", "partial" (some records rejected), "failed".
    result: Mapped[str] = mapped_column(String(10))
    message: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    #: The signed receipt as received (JSON), for an exchange that got one.
    receipt: Mapped[str] = mapped_column(Text, default="")
