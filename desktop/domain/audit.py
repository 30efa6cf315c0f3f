"""The audit trail's rules: what an entry says, its hash, and how a chain of entries is checked.

Each entry carries the hash of the one before it (a hash chain): changing an entry changes its hash,
which no longer matches what the next entry carries; removing one leaves a gap in the numbers and a
link to nothing.  Rewriting the whole chain shows against the head the Department received.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain.text import QT_TRANSLATE_NOOP, Message

#: The link of the first entry.
GENESIS = "0" * 64


class Kind(enum.StrEnum):
    PERSON = "person"
    SHEET = "sheet"
    OUTCOME = "outcome"
    CERTIFICATE = "certificate"
    EQUIPMENT = "equipment"
    ACCOUNT = "account"
    SETTING = "setting"
    IMPORT = "import"
    EXPORT = "export"
    PRINT = "print"
    SYNC = "sync"
    LOGIN = "login"


KIND_LABELS: dict[Kind, str] = {
    Kind.PERSON: QT_TRANSLATE_NOOP("audit", "Person"),
    Kind.SHEET: QT_TRANSLATE_NOOP("audit", "Census sheet"),
    Kind.OUTCOME: QT_TRANSLATE_NOOP("audit", "Outcome"),
    Kind.CERTIFICATE: QT_TRANSLATE_NOOP("audit", "Certificate"),
    Kind.EQUIPMENT: QT_TRANSLATE_NOOP("audit", "Equipment"),
    Kind.ACCOUNT: QT_TRANSLATE_NOOP("audit", "Account"),
    Kind.SETTING: QT_TRANSLATE_NOOP("audit", "Setting"),
    Kind.IMPORT: QT_TRANSLATE_NOOP("audit", "Import"),
    Kind.EXPORT: QT_TRANSLATE_NOOP("audit", "Export"),
    Kind.PRINT: QT_TRANSLATE_NOOP("audit", "Printing"),
    Kind.SYNC: QT_TRANSLATE_NOOP("audit", "Sending"),
    Kind.LOGIN: QT_TRANSLATE_NOOP("audit", "Sign-in"),
}


#: What was done, as the trail shows it (an action not listed shows as its code).
ACTION_LABELS: dict[str, str] = {
    "added": QT_TRANSLATE_NOOP("audit", "added"),
    "edited": QT_TRANSLATE_NOOP("audit", "changed"),
    "changed": QT_TRANSLATE_NOOP("audit", "changed"),
    "imported": QT_TRANSLATE_NOOP("audit", "imported"),
    "left": QT_TRANSLATE_NOOP("audit", "marked as left"),
    "returned": QT_TRANSLATE_NOOP("audit", "came back"),
    "merged": QT_TRANSLATE_NOOP("audit", "merged"),
    "merged_into": QT_TRANSLATE_NOOP("audit", "merged into another"),
    "deleted": QT_TRANSLATE_NOOP("audit", "deleted"),
    "saved": QT_TRANSLATE_NOOP("audit", "saved"),
    "completed": QT_TRANSLATE_NOOP("audit", "completed"),
    "reopened": QT_TRANSLATE_NOOP("audit", "reopened"),
    "recorded": QT_TRANSLATE_NOOP("audit", "recorded"),
    "taken_back": QT_TRANSLATE_NOOP("audit", "taken back"),
    "issued": QT_TRANSLATE_NOOP("audit", "issued"),
    "reprinted": QT_TRANSLATE_NOOP("audit", "reprinted"),
    "voided": QT_TRANSLATE_NOOP("audit", "voided"),
    "transfer": QT_TRANSLATE_NOOP("audit", "handed over"),
    "return": QT_TRANSLATE_NOOP("audit", "taken back"),
    "signed": QT_TRANSLATE_NOOP("audit", "act signed"),
    "profile": QT_TRANSLATE_NOOP("audit", "institution profile"),
    "employee_added": QT_TRANSLATE_NOOP("audit", "employee added"),
    "employee_changed": QT_TRANSLATE_NOOP("audit", "employee changed"),
    "locked": QT_TRANSLATE_NOOP("audit", "locked"),
    "unlocked": QT_TRANSLATE_NOOP("audit", "unlocked"),
    "password_reset": QT_TRANSLATE_NOOP("audit", "new password"),
    "recovered": QT_TRANSLATE_NOOP("audit", "recovered by the code"),
    "signed_in": QT_TRANSLATE_NOOP("audit", "signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("audit", "wrong password"),
    "failed": QT_TRANSLATE_NOOP("audit", "unknown login"),
    "register": QT_TRANSLATE_NOOP("audit", "register file"),
    "audit_xlsx": QT_TRANSLATE_NOOP("audit", "audit trail"),
    "send": QT_TRANSLATE_NOOP("audit", "sent"),
    "receipt": QT_TRANSLATE_NOOP("audit", "receipt loaded"),
    "package": QT_TRANSLATE_NOOP("audit", "package written"),
    "connect": QT_TRANSLATE_NOOP("audit", "connected"),
    "stage1_xlsx": QT_TRANSLATE_NOOP("audit", "stage-1 list (.xlsx)"),
    "stage1_pdf": QT_TRANSLATE_NOOP("audit", "stage-1 list (PDF)"),
    "register_xlsx": QT_TRANSLATE_NOOP("audit", "whole register (.xlsx)"),
    "progress_pdf": QT_TRANSLATE_NOOP("audit", "progress report (PDF)"),
    "act_pdf": QT_TRANSLATE_NOOP("audit", "act (PDF)"),
    "transcript": QT_TRANSLATE_NOOP("audit", "census sheet transcript (PDF)"),
    "after_close": QT_TRANSLATE_NOOP("audit", "changed after the close-out"),
    "closed_out": QT_TRANSLATE_NOOP("audit", "census work closed out"),
}

#: The names of the fields an entry's changes name (a census sheet's answers keep their question names).
FIELD_LABELS: dict[str, str] = {
    "surname": QT_TRANSLATE_NOOP("audit", "surname"),
    "name": QT_TRANSLATE_NOOP("audit", "name"),
    "patronymic": QT_TRANSLATE_NOOP("audit", "patronymic"),
    "iin": QT_TRANSLATE_NOOP("audit", "IIN"),
    "birth_date": QT_TRANSLATE_NOOP("audit", "birth date"),
    "sex": QT_TRANSLATE_NOOP("audit", "sex"),
    "citizenship": QT_TRANSLATE_NOOP("audit", "citizenship"),
    "country_code": QT_TRANSLATE_NOOP("audit", "country"),
    "residence": QT_TRANSLATE_NOOP("audit", "residence"),
    "unit": QT_TRANSLATE_NOOP("audit", "unit"),
    "admitted_on": QT_TRANSLATE_NOOP("audit", "admitted on"),
    "note": QT_TRANSLATE_NOOP("audit", "note"),
    "left_on": QT_TRANSLATE_NOOP("audit", "left on"),
    "left_reason": QT_TRANSLATE_NOOP("audit", "reason of leaving"),
    "left_note": QT_TRANSLATE_NOOP("audit", "note on leaving"),
    "status": QT_TRANSLATE_NOOP("audit", "status"),
    "online_code": QT_TRANSLATE_NOOP("audit", "online code"),
    "reason": QT_TRANSLATE_NOOP("audit", "reason"),
    "state": QT_TRANSLATE_NOOP("audit", "state"),
    "copies": QT_TRANSLATE_NOOP("audit", "copies"),
    "printed": QT_TRANSLATE_NOOP("audit", "printed"),
    "login": QT_TRANSLATE_NOOP("audit", "login"),
    "full_name": QT_TRANSLATE_NOOP("audit", "full name"),
    "role": QT_TRANSLATE_NOOP("audit", "role"),
    "locked": QT_TRANSLATE_NOOP("audit", "locked"),
    "failures": QT_TRANSLATE_NOOP("audit", "wrong passwords"),
    "kind": QT_TRANSLATE_NOOP("audit", "kind"),
    "inventory_number": QT_TRANSLATE_NOOP("audit", "inventory number"),
    "serial": QT_TRANSLATE_NOOP("audit", "serial number"),
    "items": QT_TRANSLATE_NOOP("audit", "items"),
    "employee": QT_TRANSLATE_NOOP("audit", "employee"),
    "missing": QT_TRANSLATE_NOOP("audit", "missing"),
    "signed": QT_TRANSLATE_NOOP("audit", "signed"),
    "entries": QT_TRANSLATE_NOOP("audit", "entries"),
    "file": QT_TRANSLATE_NOOP("audit", "file"),
    "added": QT_TRANSLATE_NOOP("audit", "added"),
    "changed": QT_TRANSLATE_NOOP("audit", "changed"),
    "left": QT_TRANSLATE_NOOP("audit", "marked as left"),
    "channel": QT_TRANSLATE_NOOP("audit", "channel"),
    "result": QT_TRANSLATE_NOOP("audit", "result"),
    "sequence": QT_TRANSLATE_NOOP("audit", "batch"),
    "position": QT_TRANSLATE_NOOP("audit", "position"),
    "phone": QT_TRANSLATE_NOOP("audit", "phone"),
    "active": QT_TRANSLATE_NOOP("audit", "active"),
    "head_name": QT_TRANSLATE_NOOP("audit", "head of the institution"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("audit", "lock the window after (minutes)"),
}

YES = QT_TRANSLATE_NOOP("audit", "yes")
NO = QT_TRANSLATE_NOOP("audit", "no")


@dataclass(frozen=True)
class Event:
    """One thing done, before it takes its place in the chain."""

    kind: Kind
    #: What was done, e.g. "edited", "issued", "failed" (a short code, also shown).
    action: str
    #: The record's kind and uuid ("person", "…"), empty for an event of no one record (an export).
    record_kind: str = ""
    record_uuid: str = ""
    #: The person the record belongs to, for the filter by person.
    person_uuid: str = ""
    #: How to name the record to a reader (a person's name, a certificate's number): kept in the database only.
    label: str = ""
    #: {field: [old, new]} or other plain facts (counts, a file's name).
    changes: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class Entry:
    seq: int
    at: dt.datetime
    login: str
    kind: str
    action: str
    record_kind: str
    record_uuid: str
    person_uuid: str
    label: str
    changes: str
    prev_hash: str
    hash: str


def output(kind: Kind, what: str, file_name: str, count: int | None = None, person_uuid: str = "") -> Event:
    """An export or a print: what was written, to which file (its name only), how many records."""
    facts: dict[str, Any] = {"file": file_name}
    if count is not None:
        facts["entries"] = count
    return Event(kind, what, person_uuid=person_uuid, changes=facts)


def changes_text(changes: Mapping[str, Any] | None) -> str:
    return json.dumps(dict(changes or {}), ensure_ascii=False, sort_keys=True, default=str)


def entry_hash(
    *,
    seq: int,
    at: dt.datetime,
    login: str,
    kind: str,
    action: str,
    record_kind: str,
    record_uuid: str,
    person_uuid: str,
    label: str,
    changes: str,
    prev_hash: str,
) -> str:
    """SHA-256 over every field of the entry and the hash of the one before."""
    moment = at.astimezone(dt.UTC).replace(microsecond=0).isoformat()
    canonical = json.dumps(
        [seq, moment, login, kind, action, record_kind, record_uuid, person_uuid, label, changes, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def hash_of(entry: Entry) -> str:
    return entry_hash(
        seq=entry.seq,
        at=entry.at,
        login=entry.login,
        kind=entry.kind,
        action=entry.action,
        record_kind=entry.record_kind,
        record_uuid=entry.record_uuid,
        person_uuid=entry.person_uuid,
        label=entry.label,
        changes=entry.changes,
        prev_hash=entry.prev_hash,
    )


@dataclass(frozen=True)
class Break:
    """The first place where the chain does not hold."""

    seq: int
    reason: str  # "altered" | "missing" | "relinked" | "rewritten"

    def message(self) -> Message:
        texts = {
            "altered": QT_TRANSLATE_NOOP("audit", "Audit entry {seq} was changed after it was written."),
            "missing": QT_TRANSLATE_NOOP("audit", "Audit entry {seq} was removed."),
            "relinked": QT_TRANSLATE_NOOP(
                "audit", "Audit entry {seq} does not follow the entry before it: an entry was changed or removed."
            ),
            "rewritten": QT_TRANSLATE_NOOP(
                "audit", "Audit entry {seq} is not the one the Department received: the trail was rewritten."
            ),
        }
        return Message("audit", texts[self.reason], {"seq": self.seq})


def first_break(entries: Iterable[Entry]) -> tuple[Break | None, int, str]:
    """Walk the chain in order: the first break (None when whole), the entries checked, the last hash."""
    expected_seq = 1
    prev = GENESIS
    checked = 0
    for entry in entries:
        if entry.seq != expected_seq:
            return Break(expected_seq, "missing"), checked, prev
        if hash_of(entry) != entry.hash:
            return Break(entry.seq, "altered"), checked, prev
        if entry.prev_hash != prev:
            return Break(entry.seq, "relinked"), checked, prev
        prev = entry.hash
        expected_seq += 1
        checked += 1
    return None, checked, prev


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, list[Any]]:
    """{field: [old, new]} for every field whose value differs (dates as ISO text)."""

    def plain(value: Any) -> Any:
        return value.isoformat() if isinstance(value, dt.date) else value

    return {
        key: [plain(old.get(key)), plain(new.get(key))]
        for key in sorted(set(old) | set(new))
        if old.get(key) != new.get(key)
    }
