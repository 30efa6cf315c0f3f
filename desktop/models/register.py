"""Tables of the register beside the person itself: its history, the pairs the user kept apart
after duplicate screening, and the column mappings remembered per layout of imported files."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Tracked


class PersonEvent(Tracked, Base):
    """One change of a person's record: added, edited (old → new per field), left, returned, merged.

    ``changes`` is JSON ``{"field": [old, new], ...}``; personal data stays inside the database.
    """

    __tablename__ = "person_event"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # added | edited | imported | left | returned | merged | status
    changes: Mapped[str] = mapped_column(Text, default="{}")


class DistinctPair(Tracked, Base):
    """Two persons that duplicate screening found alike and the user said are different people."""

    __tablename__ = "person_distinct_pair"

    first_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    second_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)

    __table_args__ = (UniqueConstraint("first_id", "second_id", name="uq_person_distinct_pair_ids"),)


class ImportMapping(Tracked, Base):
    """The column mapping the user confirmed for files of one layout (the same header cells)."""

    __tablename__ = "register_import_mapping"

    layout: Mapped[str] = mapped_column(String(64), unique=True)
    mapping: Mapped[str] = mapped_column(Text, default="{}")  # JSON {column index: field}
    header_row: Mapped[int] = mapped_column(Integer, default=0)
