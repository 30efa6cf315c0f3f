"""Changes after the close-out: refused unless confirmed with a reason, and then recorded for the Department.

Every service that changes census work (the register, outcomes, census sheets, certificates, equipment
acts) calls :func:`guard` before it writes, after the role check.  While the institution is open it
does nothing.  Once the institution is closed out (:mod:`desktop.services.closeout`), a change is the
administrator's to confirm, with a reason on the unit of work (``uow.change_reason``, set by the window
or the command line after asking why); the change is then recorded
(:class:`~desktop.models.entities.ChangeAfterClose`, and an entry of the audit trail) in the same
transaction, and the institution's profile gets a new revision so that the next synchronisation tells
the Department.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.domain.accounts import AccessDenied, Permission
from desktop.domain.audit import Event, Kind
from desktop.domain.errors import SanaqError
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.models.base import utcnow
from desktop.models.db import UnitOfWork
from desktop.models.entities import ChangeAfterClose, Employee, Institution
from desktop.services import accounts

#: What a change is, as recorded and shown to the Department.
CHANGE_KINDS = ("person", "outcome", "sheet", "certificate", "equipment")


class ClosedOut(SanaqError):
    """The institution is closed out and the change was not confirmed with a reason."""

    code = "closed"


def closed_error() -> ClosedOut:
    return ClosedOut(
        Message(
            "closeout",
            QT_TRANSLATE_NOOP(
                "closeout",
                "The institution's census work is closed out. A change now needs a confirmation with its "
                "reason; the Department is told of it at the next sending.",
            ),
        )
    )


def _administrator_only(uow: UnitOfWork) -> None:
    """Refuse anyone but an administrator (or anyone at all in a database without accounts)."""
    try:
        accounts.require(uow, Permission.ADMINISTER)
    except AccessDenied:
        raise AccessDenied(
            Message(
                "closeout",
                QT_TRANSLATE_NOOP(
                    "closeout",
                    "The institution's census work is closed out. Only an administrator can confirm a change "
                    "now, with its reason; ask the administrator to make it.",
                ),
            ),
            code="closeout.administrator",
        ) from None


def who(uow: UnitOfWork) -> str:
    """The name of whoever acts in this unit of work (the chosen employee), else the actor as it is."""
    name = uow.session.scalar(select(Employee.full_name).where(Employee.uuid == uow.actor))
    return name or uow.actor


def guard(uow: UnitOfWork, what: str) -> None:
    """Refuse a change to a closed-out institution unless an administrator confirms it with a reason;
    record a confirmed one for the Department and in the audit trail."""
    if uow.session.info.get("institution_open"):  # asked once per transaction (an import writes many)
        return
    row = uow.session.scalars(select(Institution).order_by(Institution.id).limit(1)).first()
    if row is None or row.closed_at is None:
        uow.session.info["institution_open"] = True
        return
    _administrator_only(uow)
    reason = (uow.change_reason or "").strip()
    if not reason:
        raise closed_error()
    recorded = uow.session.info.setdefault("changes_after_close", set())
    if what in recorded:
        return
    recorded.add(what)
    uow.session.add(ChangeAfterClose(what=what, reason=reason, confirmed_by=who(uow)))
    uow.record(Event(Kind(what), "after_close", changes={"reason": reason}))
    row.updated_at = utcnow()  # a new revision of the profile: the next sync carries the change's mark


@dataclass(frozen=True)
class Change:
    at: str
    what: str
    reason: str
    confirmed_by: str


def changes(uow: UnitOfWork) -> list[Change]:
    rows = uow.session.scalars(select(ChangeAfterClose).order_by(ChangeAfterClose.id))
    return [Change(r.created_at.isoformat(), r.what, r.reason, r.confirmed_by) for r in rows]
