"""Double-entry verification: the second, blind keying of a complete sheet, kept apart from the sheet.

The sheet keeps the first keying; a verification row keeps the second keying, a snapshot of the
first keying it was compared with, the differences and how each was resolved.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Tracked, UTCDateTime


class Verification(Tracked, Base):
    __tablename__ = "verification"

    sheet_id: Mapped[int] = mapped_column(ForeignKey("sheet.id", ondelete="CASCADE"), unique=True)
    #: "chosen" (waiting for the second keying), "keying" (a draft of it), "keyed" (compared), "resolved".
    state: Mapped[str] = mapped_column(String(12), default="chosen", index=True)
    #: Who keyed the sheet first (the sheet's completed_by when chosen): the second keyer must differ.
    first_by: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    first_answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    keyed_by: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    keyed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    #: [{"name", "first", "second", "choice", "value"}] in the order of the form.
    differences: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    answers_compared: Mapped[int] = mapped_column(Integer, default=0)
    differences_found: Mapped[int] = mapped_column(Integer, default=0)
    #: Differences resolved to something other than the first keying: errors of the first keying.
    differences_corrected: Mapped[int] = mapped_column(Integer, default=0)
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
