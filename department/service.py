"""What the Department does with its database: enrol institutions, authenticate them, store their
batches (one transaction per batch), import packages, and check certificates.

Functions take a :class:`DepartmentDatabase` and plain arguments and return plain data; errors a
person or an institution can cause are :class:`DepartmentError` with a code, a clear text and the HTTP
status the API answers with.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from department.db import DepartmentDatabase
from department.models import AccessToken, Exchange, Institution, Record, Setting
from desktop.domain.certificates import normalize_number
from desktop.protocol import package as pkg
from desktop.protocol.api import EnrolResponse, PublicKeys, Status
from desktop.protocol.codes import normalize_short_code, short_code
from desktop.protocol.records import (
    REJECT_TEXTS,
    Batch,
    Kind,
    Receipt,
    Rejection,
    RejectReason,
)

ENROLMENT_CODE_DAYS = 30
_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_CHUNK = 500  # UUIDs per IN (...) query: well below SQLite's limit of bound parameters
#: Kinds whose records refer to a person of the same institution.
_PERSON_BOUND = (Kind.CENSUS_SHEET, Kind.OUTCOME, Kind.CERTIFICATE)


class DepartmentError(Exception):
    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


# -- the Department's own keys and settings -------------------------------------------------------


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return row.value if row else None


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def prepare(db: DepartmentDatabase) -> pkg.DepartmentKeys:
    """Migrate the database to its newest schema and make the Department's keys once; return them."""
    db.migrate()
    with db.session() as session:
        if get_setting(session, "age_identity") is None:
            keys = pkg.DepartmentKeys.generate()
            set_setting(session, "age_identity", keys.age_identity)
            set_setting(session, "signing_key", keys.signing_key.hex())
            session.commit()
    return load_keys(db)


def load_keys(db: DepartmentDatabase) -> pkg.DepartmentKeys:
    """The Department's keys, made by :func:`prepare`."""
    with db.session() as session:
        identity = get_setting(session, "age_identity")
        signing = get_setting(session, "signing_key")
    if not identity or not signing:
        raise DepartmentError("keys.missing", "The Department's keys are not in this database; run a command on it.")
    return pkg.DepartmentKeys(identity, bytes.fromhex(signing))


def public_keys(keys: pkg.DepartmentKeys) -> PublicKeys:
    """What institutions need from the Department: where to encrypt packages to, how to check receipts."""
    return PublicKeys(age_recipient=keys.recipient, signing_public_key=keys.public_key.hex())


# -- institutions, enrolment and tokens -----------------------------------------------------------


@dataclass(frozen=True)
class InstitutionInfo:
    bin: str
    name_ru: str
    name_kk: str
    enrolled_at: dt.datetime | None
    last_sync_at: dt.datetime | None
    active_tokens: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "bin": self.bin,
            "name_ru": self.name_ru,
            "name_kk": self.name_kk,
            "enrolled_at": self.enrolled_at,
            "last_sync_at": self.last_sync_at,
            "active_tokens": self.active_tokens,
        }


def _valid_bin(bin_: str) -> str:
    bin_ = (bin_ or "").strip()
    if len(bin_) != 12 or not bin_.isdigit():
        raise DepartmentError("institution.bad_bin", f"A BIN is 12 digits; {bin_!r} is not one.")
    return bin_


def _new_code(session: Session, institution: Institution) -> str:
    code = "-".join("".join(secrets.choice(_CODE_ALPHABET) for _ in range(4)) for _ in range(4))
    institution.enrolment_code_hash = _sha256(code)
    institution.enrolment_code_expires_at = utcnow() + dt.timedelta(days=ENROLMENT_CODE_DAYS)
    return code


def add_institution(db: DepartmentDatabase, bin_: str, name_ru: str, name_kk: str) -> str:
    """Register an institution; return its one-time enrolment code (shown once, kept only as a hash)."""
    bin_ = _valid_bin(bin_)
    if not name_ru.strip() or not name_kk.strip():
        raise DepartmentError("institution.no_name", "The institution needs its name in Russian and in Kazakh.")
    with db.session() as session:
        if session.scalar(select(Institution.id).where(Institution.bin == bin_)) is not None:
            raise DepartmentError("institution.exists", f"An institution with BIN {bin_} is already registered.", 409)
        institution = Institution(bin=bin_, name_ru=name_ru.strip(), name_kk=name_kk.strip(), created_at=utcnow())
        session.add(institution)
        code = _new_code(session, institution)
        session.commit()
    return code


def new_enrolment_code(db: DepartmentDatabase, bin_: str) -> str:
    """A fresh one-time code for an institution (after its tokens were revoked, or a lost code)."""
    with db.session() as session:
        institution = _institution(session, bin_)
        code = _new_code(session, institution)
        session.commit()
    return code


def _institution(session: Session, bin_: str) -> Institution:
    institution = session.scalar(select(Institution).where(Institution.bin == _valid_bin(bin_)))
    if institution is None:
        raise DepartmentError("institution.unknown", f"No institution with BIN {bin_} is registered.", 404)
    return institution


def list_institutions(db: DepartmentDatabase) -> list[InstitutionInfo]:
    with db.session() as session:
        active = dict(
            session.execute(
                select(AccessToken.institution_id, func.count())
                .where(AccessToken.revoked_at.is_(None))
                .group_by(AccessToken.institution_id)
            ).all()
        )
        rows = session.scalars(select(Institution).order_by(Institution.name_ru)).all()
        return [
            InstitutionInfo(i.bin, i.name_ru, i.name_kk, i.enrolled_at, i.last_sync_at, active.get(i.id, 0))
            for i in rows
        ]


def _institution_key(public_key_hex: str) -> bytes:
    try:
        public_key = bytes.fromhex((public_key_hex or "").strip())
    except ValueError:
        public_key = b""
    if len(public_key) != 32:
        raise DepartmentError("enrol.bad_key", "The institution's public key must be 32 bytes of Ed25519, in hex.")
    return public_key


def bind_key(db: DepartmentDatabase, bin_: str, public_key_hex: str) -> None:
    """Enrolment without a network: bind the Ed25519 public key that the institution's responsible
    employee handed over in person (``sanaq connect --key`` prints it), so that its USB packages are
    accepted.  The institution must be registered; a key already bound is replaced (a new computer)."""
    public_key = _institution_key(public_key_hex)
    with db.session() as session:
        institution = session.scalar(select(Institution).where(Institution.bin == bin_).with_for_update())
        if institution is None:
            raise DepartmentError("institution.unknown", f"No institution with BIN {bin_} is registered.", 404)
        institution.public_key = public_key
        institution.enrolled_at = institution.enrolled_at or utcnow()
        session.commit()


def enrol(db: DepartmentDatabase, keys: pkg.DepartmentKeys, code: str, public_key_hex: str) -> EnrolResponse:
    """Exchange a one-time code for a token; bind the institution's Ed25519 public key."""
    public_key = _institution_key(public_key_hex)
    code_hash = _sha256((code or "").strip().upper())
    with db.session() as session:
        institution = session.scalar(
            select(Institution).where(Institution.enrolment_code_hash == code_hash).with_for_update()
        )
        expires = institution.enrolment_code_expires_at if institution else None
        if institution is None or expires is None or expires < utcnow():
            raise DepartmentError(
                "enrol.bad_code", "This enrolment code is not valid (mistyped, already used or expired).", 403
            )
        token = secrets.token_urlsafe(32)
        institution.enrolment_code_hash = None
        institution.enrolment_code_expires_at = None
        institution.enrolled_at = utcnow()
        institution.public_key = public_key
        session.add(AccessToken(institution_id=institution.id, token_hash=_sha256(token), created_at=utcnow()))
        bin_ = institution.bin
        session.commit()
    return EnrolResponse(token=token, institution_bin=bin_, **public_keys(keys).model_dump())


def authenticate(db: DepartmentDatabase, token: str) -> str:
    """The BIN of the institution a bearer token belongs to; a 401 error for a missing, wrong or revoked one."""
    if not token:
        raise DepartmentError(
            "auth.missing", "This request needs the institution's token (Authorization: Bearer).", 401
        )
    with db.session() as session:
        row = session.execute(
            select(Institution.bin, AccessToken.revoked_at)
            .join(Institution, Institution.id == AccessToken.institution_id)
            .where(AccessToken.token_hash == _sha256(token))
        ).first()
    if row is None:
        raise DepartmentError("auth.wrong", "This token is not known to the Department.", 401)
    if row.revoked_at is not None:
        raise DepartmentError("auth.revoked", "This token was revoked: enrol again with a new code.", 401)
    return str(row.bin)


def revoke_tokens(db: DepartmentDatabase, bin_: str) -> int:
    """Revoke every active token of an institution; return how many."""
    with db.session() as session:
        institution = _institution(session, bin_)
        result = session.execute(
            update(AccessToken)
            .where(AccessToken.institution_id == institution.id, AccessToken.revoked_at.is_(None))
            .values(revoked_at=utcnow())
        )
        session.commit()
        return int(result.rowcount or 0)  # type: ignore[attr-defined]  # CursorResult of an UPDATE


# -- storing a batch ------------------------------------------------------------------------------


def _columns(record: Any) -> dict[str, Any]:
    """The record's JSON and the columns copied out of it."""
    data = record.model_dump(mode="json", exclude={"uuid", "revision", "updated_at", "deleted", "kind"})
    person_uuid = data.get("person_uuid")
    status: str | None = None
    number: str | None = None
    code: str | None = None
    if record.kind == Kind.PERSON:
        status = record.status
    elif record.kind in (Kind.CENSUS_SHEET, Kind.INSTITUTION_SHEET):
        status = record.state
    elif record.kind == Kind.OUTCOME:
        status = record.outcome.value if record.outcome else None
    elif record.kind == Kind.CERTIFICATE:
        status = record.state
        number = normalize_number(record.number) or record.number or None
        code = _certificate_code(record.signature)
    return {
        "data": data,
        "person_uuid": person_uuid,
        "iin": data.get("iin"),
        "status": status,
        "number": number,
        "short_code": code,
        "deleted": record.deleted,
        "revision": record.revision,
        "updated_at": record.updated_at,
    }


def _certificate_code(signature_b64: str) -> str | None:
    try:
        signature = base64.b64decode(signature_b64, validate=True)
    except (binascii.Error, ValueError):
        return None
    return short_code(signature) if len(signature) == 64 else None


@dataclass
class _Held:
    id: int
    institution_id: int
    kind: str
    revision: int


def store_batch(
    db: DepartmentDatabase,
    keys: pkg.DepartmentKeys,
    bin_: str,
    batch: Batch,
    batch_sha256: str,
    *,
    channel: str = "online",
) -> pkg.SignedReceipt:
    """Store a batch of the institution ``bin_`` in one transaction and return the signed receipt.

    A batch whose sequence number was already received is answered with the receipt it got then
    (nothing changes); the same number with other content is refused.
    """
    for attempt in range(3):
        try:
            return _store_batch(db, keys, bin_, batch, batch_sha256, channel)
        except IntegrityError:
            # Two batches inserted the same new UUID at once; the retry sees the other one's row.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _store_batch(
    db: DepartmentDatabase, keys: pkg.DepartmentKeys, bin_: str, batch: Batch, batch_sha256: str, channel: str
) -> pkg.SignedReceipt:
    if batch.institution_bin != bin_:
        raise DepartmentError(
            "batch.foreign_institution",
            f"This batch is of the institution {batch.institution_bin}; the token belongs to another institution.",
            403,
        )
    with db.session() as session:
        institution = session.scalar(select(Institution).where(Institution.bin == bin_).with_for_update())
        if institution is None:
            raise DepartmentError("institution.unknown", f"No institution with BIN {bin_} is registered.", 404)
        earlier = session.scalar(
            select(Exchange).where(
                Exchange.institution_id == institution.id,
                Exchange.channel == channel,
                Exchange.sequence == batch.sequence,
            )
        )
        if earlier is not None:
            if earlier.batch_sha256 == batch_sha256:
                return pkg.SignedReceipt.model_validate_json(earlier.receipt)
            raise DepartmentError(
                "batch.sequence_reused",
                f"A different batch with number {batch.sequence} was already received; number the batch anew.",
                409,
            )
        now = utcnow()
        accepted, rejected = _upsert(session, institution.id, batch, now)
        receipt = Receipt(
            institution_bin=bin_,
            sequence=batch.sequence,
            received_at=now,
            accepted=accepted,
            rejected=rejected,
            batch_sha256=batch_sha256,
            audit_head=batch.audit_head,
        )
        signed = pkg.SignedReceipt.sign(receipt, keys.signing_key)
        institution.last_sync_at = now
        session.add(
            Exchange(
                institution_id=institution.id,
                channel=channel,
                sequence=batch.sequence,
                batch_sha256=batch_sha256,
                received_at=now,
                accepted=sum(accepted.values()),
                rejected=len(rejected),
                receipt=signed.model_dump_json(),
                audit_seq=batch.audit_head.seq if batch.audit_head else None,
                audit_hash=batch.audit_head.hash if batch.audit_head else None,
            )
        )
        session.commit()
    return signed


def _upsert(
    session: Session, institution_id: int, batch: Batch, now: dt.datetime
) -> tuple[dict[Kind, int], list[Rejection]]:
    # The newest revision of each UUID in the batch (a batch may carry one record twice).
    newest: dict[str, Any] = {}
    for record in batch.records:
        key = str(record.uuid)
        if key not in newest or record.revision > newest[key].revision:
            newest[key] = record
    uuids = list(newest)
    held: dict[str, _Held] = {}
    for chunk in _chunks(uuids):
        for row in session.execute(
            select(Record.uuid, Record.id, Record.institution_id, Record.kind, Record.revision).where(
                Record.uuid.in_(chunk)
            )
        ):
            held[row.uuid] = _Held(row.id, row.institution_id, row.kind, row.revision)
    persons = _known_persons(session, institution_id, newest.values(), held)

    accepted: dict[Kind, int] = {}
    rejected: list[Rejection] = []
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []

    def reject(record: Any, reason: RejectReason, **params: object) -> None:
        rejected.append(
            Rejection(uuid=record.uuid, kind=record.kind, code=reason, text=REJECT_TEXTS[reason].format(**params))
        )

    for key, record in newest.items():
        current = held.get(key)
        if current is not None and current.institution_id != institution_id:
            reject(record, RejectReason.FOREIGN_RECORD)
            continue
        if current is not None and current.kind != record.kind.value:
            reject(record, RejectReason.KIND_CHANGED, held=current.kind)
            continue
        if current is not None and record.revision < current.revision:
            reject(record, RejectReason.STALE_REVISION, held=current.revision, sent=record.revision)
            continue
        person = getattr(record, "person_uuid", None)
        if record.kind in _PERSON_BOUND and not record.deleted and str(person) not in persons:
            reject(record, RejectReason.UNKNOWN_PERSON)
            continue
        accepted[record.kind] = accepted.get(record.kind, 0) + 1
        if current is None:
            inserts.append(
                {"uuid": key, "institution_id": institution_id, "kind": record.kind.value, "received_at": now}
                | _columns(record)
            )
        elif record.revision > current.revision:
            updates.append({"id": current.id, "received_at": now} | _columns(record))
    if inserts:
        session.execute(insert(Record), inserts)
    if updates:
        session.execute(update(Record), updates)
    return accepted, rejected


def _known_persons(session: Session, institution_id: int, records: Iterable[Any], held: dict[str, _Held]) -> set[str]:
    """UUIDs of the institution's persons that the batch's sheets, outcomes and certificates refer to."""
    records = list(records)
    wanted = {str(r.person_uuid) for r in records if r.kind in _PERSON_BOUND and r.person_uuid is not None}
    # Persons of this batch count when they are this institution's (not a UUID another one holds).
    known = {
        str(r.uuid)
        for r in records
        if r.kind == Kind.PERSON
        and not r.deleted
        and (str(r.uuid) not in held or held[str(r.uuid)].institution_id == institution_id)
    }
    missing = sorted(wanted - known)
    for chunk in _chunks(missing):
        known.update(
            session.scalars(
                select(Record.uuid).where(
                    Record.uuid.in_(chunk),
                    Record.institution_id == institution_id,
                    Record.kind == Kind.PERSON.value,
                    Record.deleted.is_(False),
                )
            )
        )
    return known


def stored_receipt(db: DepartmentDatabase, bin_: str, sequence: int, channel: str = "online") -> str | None:
    """The signed receipt (JSON) of an earlier batch of this institution, if it was received."""
    with db.session() as session:
        return session.scalar(
            select(Exchange.receipt)
            .join(Institution, Institution.id == Exchange.institution_id)
            .where(Institution.bin == bin_, Exchange.channel == channel, Exchange.sequence == sequence)
        )


def status(db: DepartmentDatabase, bin_: str) -> Status:
    with db.session() as session:
        institution = _institution(session, bin_)
        last = session.execute(
            select(Exchange.channel, func.max(Exchange.sequence))
            .where(Exchange.institution_id == institution.id)
            .group_by(Exchange.channel)
        ).all()
        return Status(
            institution_bin=institution.bin,
            last_sync_at=institution.last_sync_at,
            last_sequence={channel: value for channel, value in last},
        )


# -- packages -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    receipt: Receipt
    signed: pkg.SignedReceipt
    already_imported: bool

    def receipt_file(self) -> bytes:
        return pkg.write_receipt_file(self.signed)


def import_package(db: DepartmentDatabase, keys: pkg.DepartmentKeys, data: bytes) -> ImportResult:
    """Verify and store a package; a package imported before is answered with its stored receipt.

    Every other refusal raises a :class:`desktop.protocol.package.PackageError` and stores nothing.
    """
    sealed = pkg.open_package(data)
    bin_ = sealed.manifest.institution_bin
    with db.session() as session:
        row = session.execute(select(Institution.id, Institution.public_key).where(Institution.bin == bin_)).first()
        if row is None or row.public_key is None:
            raise pkg.UnknownInstitution(
                f"No institution with BIN {bin_} is enrolled at this Department: it cannot be checked."
            )
        last = session.execute(
            select(Exchange.sequence, Exchange.batch_sha256, Exchange.receipt)
            .where(Exchange.institution_id == row.id, Exchange.channel == "package")
            .order_by(Exchange.sequence.desc())
            .limit(1)
        ).first()
    try:
        batch = pkg.verify_package(
            sealed,
            identity=keys.age_identity,
            institution_key=row.public_key,
            last_sequence=last.sequence if last else 0,
            last_sha256=last.batch_sha256 if last else None,
        )
    except pkg.PackageReplayed as error:
        if error.already_imported and last is not None:
            signed = pkg.SignedReceipt.model_validate_json(last.receipt)
            return ImportResult(signed.verify(keys.public_key), signed, True)
        raise
    signed = store_batch(db, keys, bin_, batch, sealed.sha256, channel="package")
    return ImportResult(signed.verify(keys.public_key), signed, False)


# -- the certificate check ------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateCheck:
    found: bool
    voided: bool = False
    masked_name: str = ""
    issued_on: dt.date | None = None
    number: str = ""
    institution_ru: str = ""
    institution_kk: str = ""


def mask_name(full_name: str) -> str:
    """``Абаев Ержан Болатович`` → ``А**** Е**** Б.``: enough to recognise, not enough to learn."""
    words = full_name.split()
    masked = [word[0] + "*" * max(len(word) - 1, 1) for word in words[:2]]
    masked += [word[0] + "." for word in words[2:]]
    return " ".join(masked)


def check_certificate(db: DepartmentDatabase, number: str, code: str) -> CertificateCheck:
    """Whether a certificate with this number and short code is in the registry the Department received."""
    normalized = normalize_number(number)
    typed = normalize_short_code(code)
    if normalized is None or typed is None:
        return CertificateCheck(found=False)
    with db.session() as session:
        row = session.execute(
            select(Record.data, Record.deleted, Record.status, Institution.name_ru, Institution.name_kk)
            .join(Institution, Institution.id == Record.institution_id)
            .where(Record.kind == Kind.CERTIFICATE.value, Record.number == normalized, Record.short_code == typed)
        ).first()
    if row is None:
        return CertificateCheck(found=False)
    data = row.data
    issued = data.get("issued_on")
    return CertificateCheck(
        found=True,
        voided=row.deleted or row.status == "voided",
        masked_name=mask_name(str(data.get("full_name", ""))),
        issued_on=dt.date.fromisoformat(issued) if issued else None,
        number=normalized,
        institution_ru=row.name_ru,
        institution_kk=row.name_kk,
    )


def batch_sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()
