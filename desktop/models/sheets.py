"""Census sheets: the answers of one person (or of the institution) to one version of a form.

A sheet stores its answers as JSON (``name → value``, the XLSForm names of the form), together with
the form id and version they were given on, so that a sheet started on one version opens on a later
one with a list of what changed (:func:`desktop.domain.forms.changes_between`).

Every answer has a *source* (``desktop.domain.entry.AnswerSource``): the sheet's default source and
document, overridden per answer in ``sources`` (``name → {"source": ..., "document": ...}``).
Soft-constraint warnings that the employee confirmed are kept with the reason in
``confirmed_warnings`` (``name → reason``).

``state`` is ``"empty"``, ``"draft"`` or ``"complete"`` (:class:`desktop.domain.forms.Completion`).
A person has at most one sheet; the institution sheet has no person.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Tracked, UTCDateTime


class Sheet(Tracked, Base):
    __tablename__ = "sheet"

    #: The person the sheet describes; null for the institution sheet.
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), unique=True, nullable=True
    )
    #: "person" or "institution".
    kind: Mapped[str] = mapped_column(String(12), default="person", index=True)
    form_id: Mapped[str] = mapped_column(String(64))
    form_version: Mapped[str] = mapped_column(String(32))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sources: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    default_source: Mapped[str] = mapped_column(String(12), default="interview")
    default_document: Mapped[str] = mapped_column(String(300), default="")
    confirmed_warnings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: "empty", "draft" or "complete".
    state: Mapped[str] = mapped_column(String(10), default="empty", index=True)
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    completed_by: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    #: The form version the sheet was first started on, when it has since been opened on a later one.
    started_on_version: Mapped[str | None] = mapped_column(String(32))
    #: Where the answers came from when not typed: "" (typed), "register", or the name of an
    #: administration file the sheet was prefilled from.
    prefilled_from: Mapped[str] = mapped_column(String(300), default="")


class FormFile(Tracked, Base):
    """A form definition installed by the Department without a new release (the .xlsx itself).

    Every installed version is kept, so that a sheet started on an older version can still be shown
    with the list of what changed.  Forms shipped with the program live under ``resources/forms``.
    """

    __tablename__ = "form_file"

    form_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[str] = mapped_column(String(32))
    #: "person" or "institution": which sheets the form is for.
    kind: Mapped[str] = mapped_column(String(12), default="person")
    filename: Mapped[str] = mapped_column(String(200), default="")
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)

    __table_args__ = (UniqueConstraint("form_id", "version", name="uq_form_file_form_version"),)
