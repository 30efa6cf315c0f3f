"""Certificates of census participation: the institution's signing key, issuing, reprinting,
voiding, the registry and the verification of a code.

- A certificate is given only to an enumerated person (:attr:`CoverageStatus.enumerated`: census
  sheet complete by interview or from records, or self-enumeration online recorded).
- Numbers run per institution and campaign from a counter; a number is never given twice, and a
  voided number stays voided (the person gets a new number).
- A reprint keeps the number and the signature and is marked as a duplicate.
- The institution's Ed25519 key is made the first time it is needed and kept in the database; the
  private key never leaves it; :func:`public_key` gives the public key to the Department.

Issuing writes the certificates and their PDF together: the records are committed only when the PDF
is complete, and the PDF is in place only when the records are committed.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.exc import IntegrityError

from desktop.domain import certificates as rules
from desktop.domain.accounts import Permission
from desktop.domain.audit import Event, Kind
from desktop.domain.campaign import Campaign
from desktop.domain.certificates import CertificateState, CodeProblem, Layout
from desktop.domain.enums import CoverageStatus
from desktop.domain.errors import ConflictError, NotFoundError, SanaqError, SetupRequired, ValidationError
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.models.base import utcnow
from desktop.models.db import UnitOfWork
from desktop.models.documents import Certificate
from desktop.models.entities import Employee, Institution, Person, Unit
from desktop.models.keystore import KeyStore, KeyStoreError, is_sealed
from desktop.protocol import codes as check_codes
from desktop.services import accounts, after_close, documents_pdf, institution, numbering
from desktop.services.jobs import Progress, no_progress

log = logging.getLogger(__name__)

ENUMERATED = tuple(status.value for status in CoverageStatus if status.enumerated)
# Outcomes that contradict a certificate of participation.
CONTRADICTING = (CoverageStatus.REFUSED.value, CoverageStatus.NOT_RESIDENT.value)
# The reason written into a certificate voided because its person left the register.
REMOVED_REASON = "person_removed"
# The reason written when the person is recorded as refused or not resident.
NOT_ENUMERATED_REASON = "not_enumerated"


def _t(template: str, **params: Any) -> Message:
    return Message("documents", template, params)


#: Reasons the program writes itself when it voids a certificate (translated when shown).
AUTOMATIC_REASONS = {
    REMOVED_REASON: QT_TRANSLATE_NOOP("documents", "the person was removed from the register"),
    NOT_ENUMERATED_REASON: QT_TRANSLATE_NOOP("documents", "the person is recorded as refused or not resident"),
}


# -- plain data -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateInfo:
    id: int
    uuid: str
    number: str
    person_id: int | None
    person_uuid: str
    iin: str | None
    full_name: str
    birth_date: dt.date | None
    sex: str | None
    coverage_status: str
    enumerated_on: dt.date | None
    enumerator: str
    issued_on: dt.date
    state: str
    copies: int
    void_reason: str
    voided_at: dt.datetime | None
    code: str  # the number and the whole signature: what the QR code's reader and an offline check take
    qr: str  # the text of the QR code
    check_code: str = ""  # the 11-character code printed for a check by hand (desktop.protocol.codes)
    #: Whether the person is recorded as enumerated now (False while a sheet is reopened for a
    #: correction or an outcome was taken back; None when the person is no longer in the register).
    person_enumerated: bool | None = None

    @property
    def voided(self) -> bool:
        return self.state == CertificateState.VOIDED.value

    def reason_message(self) -> Message | None:
        if not self.void_reason:
            return None
        if self.void_reason in AUTOMATIC_REASONS:
            return _t(AUTOMATIC_REASONS[self.void_reason])
        return Message("documents", "{reason}", {"reason": self.void_reason})

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("birth_date", "enumerated_on", "issued_on", "voided_at"):
            value = data[key]
            data[key] = value.isoformat() if value else None
        return data


@dataclass(frozen=True)
class Candidate:
    """An enumerated person and their valid certificate, if they have one."""

    person_id: int
    full_name: str
    iin: str | None
    birth_date: dt.date | None
    status: str
    unit: str
    number: str | None


@dataclass(frozen=True)
class IssueResult:
    issued: list[CertificateInfo]
    #: Persons asked for who already hold a valid certificate: (full name, its number).
    already: list[tuple[str, str]]
    path: Path | None


@dataclass(frozen=True)
class Verification:
    ok: bool
    number: str
    problem: CodeProblem | None = None
    message: Message | None = None
    certificate: CertificateInfo | None = None
    payload: rules.Payload | None = None

    def to_json(self, translate: Any = None) -> dict[str, Any]:
        data: dict[str, Any] = {"ok": self.ok, "number": self.number}
        if self.problem is not None:
            data["problem"] = self.problem.value
        if self.message is not None:
            data["message"] = self.message.render(translate) if translate else self.message.render()
        if self.certificate is not None:
            cert = self.certificate
            data["certificate"] = {
                "number": cert.number,
                "full_name": cert.full_name,
                "birth_date": cert.birth_date.isoformat() if cert.birth_date else None,
                "iin": cert.iin,
                "issued_on": cert.issued_on.isoformat(),
                "enumerated_on": cert.enumerated_on.isoformat() if cert.enumerated_on else None,
                "state": cert.state,
            }
        elif self.payload is not None:
            data["certificate"] = {
                "number": self.payload.number,
                "bin": self.payload.bin,
                "iin": self.payload.iin,
                "birth_date": self.payload.birth_date.isoformat() if self.payload.birth_date else None,
                "issued_on": self.payload.issue_date.isoformat(),
            }
        return data


# -- the key --------------------------------------------------------------------------------------


def _institution(uow: UnitOfWork, *, lock: bool = False) -> Institution:
    query = select(Institution).order_by(Institution.id).limit(1)
    if lock:
        query = query.with_for_update()
    row = uow.session.scalars(query).first()
    if row is None:
        institution.require_profile(uow)  # raises SetupRequired
        raise SetupRequired(_t(QT_TRANSLATE_NOOP("documents", "The institution is not set up yet.")))
    return row


def _keystore(uow: UnitOfWork) -> KeyStore:
    if uow.keystore is None:
        raise SetupRequired(
            _t(QT_TRANSLATE_NOOP("documents", "No key file is set up to protect the institution's signing key."))
        )
    return uow.keystore


def _key_unavailable(store: KeyStore, error: KeyStoreError) -> SanaqError:
    log.error("the signing key cannot be opened: %s", error)
    return SetupRequired(
        _t(
            QT_TRANSLATE_NOOP(
                "documents",
                "The institution's signing key cannot be opened: its key file ({file}) is missing, damaged or "
                "belongs to another database. Put the key file back beside the database file; no certificate "
                "was issued.",
            ),
            file=store.path.name,
        ),
        code="signing_key.unavailable",
    )


def _private_key(uow: UnitOfWork) -> bytes:
    """The institution's private key, made (sealed and flushed, not committed) the first time."""
    row = _institution(uow, lock=True)
    store = _keystore(uow)
    if not row.signing_key:
        private = rules.new_private_key()
        row.signing_key = store.seal(private)
        row.public_key = rules.public_key_of(private)
        uow.session.flush()
        return private
    stored = bytes(row.signing_key)
    if not is_sealed(stored):  # kept in the clear by an older version: seal it now
        row.signing_key = store.seal(stored)
        row.public_key = rules.public_key_of(stored)
        uow.session.flush()
        return stored
    try:
        return store.open(stored)
    except KeyStoreError as error:
        raise _key_unavailable(store, error) from None


def signing_private_key(uow: UnitOfWork) -> bytes:
    """The institution's private key opened from its sealed form, for signing what the institution
    sends (made the first time; not committed).  Never stored or logged by the caller."""
    return _private_key(uow)


def protect_signing_key(uow: UnitOfWork) -> bool:
    """Seal a signing key kept in the clear by an older version (at start); commit; True if one was."""
    row = uow.session.scalars(select(Institution).order_by(Institution.id).limit(1)).first()
    if row is None or not row.signing_key or is_sealed(bytes(row.signing_key)) or uow.keystore is None:
        return False
    _private_key(uow)
    uow.commit()
    log.info("the institution's signing key is now sealed")
    return True


def ensure_signing_key(uow: UnitOfWork) -> bytes:
    """Make the institution's key if it has none (at setup, or the first time it is needed); commit;
    return the public key."""
    key = _private_key(uow)
    uow.commit()
    return rules.public_key_of(key)


def public_key(uow: UnitOfWork) -> bytes:
    """The institution's public key (raw 32 bytes), made with the key pair when there is none yet."""
    return _stored_public_key(uow) or ensure_signing_key(uow)


def _stored_public_key(uow: UnitOfWork) -> bytes | None:
    row = uow.session.scalars(select(Institution).order_by(Institution.id).limit(1)).first()
    if row is None or not row.public_key:
        return None
    return bytes(row.public_key)


def stored_fingerprint(uow: UnitOfWork) -> str | None:
    """The fingerprint of the institution's public key, None before the first certificate (reads only)."""
    key = _stored_public_key(uow)
    return rules.key_fingerprint(key) if key else None


def public_key_text(uow: UnitOfWork) -> dict[str, str]:
    key = public_key(uow)
    return {"hex": key.hex(), "pem": rules.public_key_pem(key), "fingerprint": rules.key_fingerprint(key)}


# -- reading --------------------------------------------------------------------------------------


def _info(row: Certificate, person_status: str | None = None) -> CertificateInfo:
    payload = rules.Payload.parse(row.payload)
    signature = bytes(row.signature)
    return CertificateInfo(
        id=row.id,
        uuid=row.uuid,
        number=row.number,
        person_id=row.person_id,
        person_uuid=row.person_uuid,
        iin=row.iin,
        full_name=row.full_name,
        birth_date=row.birth_date,
        sex=row.sex,
        coverage_status=row.coverage_status,
        enumerated_on=row.enumerated_on,
        enumerator=row.enumerator,
        issued_on=row.issued_on,
        state=row.state,
        copies=row.copies,
        void_reason=row.void_reason or "",
        voided_at=row.voided_at,
        code=rules.short_code(row.number, signature),
        qr=rules.qr_text(payload, signature),
        check_code=check_codes.short_code(signature),
        person_enumerated=None if person_status is None else person_status in ENUMERATED,
    )


def list_certificates(
    uow: UnitOfWork, *, state: str | None = None, text: str = "", campaign: Campaign
) -> list[CertificateInfo]:
    """The registry, newest number first; ``state`` "valid" means issued or reprinted."""
    query = select(Certificate).where(Certificate.campaign_id == campaign.id)
    if state == "valid":
        query = query.where(Certificate.state != CertificateState.VOIDED.value)
    elif state:
        query = query.where(Certificate.state == state)
    words = [w for w in rules.normalize_name(text).split(" ") if w]
    rows = uow.session.scalars(query.order_by(Certificate.sequence.desc())).all()
    statuses = dict(uow.session.execute(select(Person.id, Person.status)).all())
    result = []
    for row in rows:
        if words:
            haystack = f"{rules.normalize_name(row.full_name)} {row.iin or ''} {row.number}"
            if not all(word in haystack for word in words):
                continue
        result.append(_info(row, statuses.get(row.person_id) if row.person_id is not None else None))
    return result


def _with_status(uow: UnitOfWork, row: Certificate) -> CertificateInfo:
    status = uow.session.scalar(select(Person.status).where(Person.id == row.person_id)) if row.person_id else None
    return _info(row, status)


def get_certificate(uow: UnitOfWork, number: str, *, campaign: Campaign) -> CertificateInfo:
    return _with_status(uow, _row_by_number(uow, number, campaign))


def _row_by_number(uow: UnitOfWork, number: str, campaign: Campaign) -> Certificate:
    clean = rules.normalize_number(number)
    row = None
    if clean:
        row = uow.session.scalars(
            select(Certificate).where(Certificate.campaign_id == campaign.id, Certificate.number == clean)
        ).first()
    if row is None:
        raise NotFoundError(
            _t(QT_TRANSLATE_NOOP("documents", "There is no certificate number {number}."), number=number.strip()),
            code="certificate.not_found",
        )
    return row


def waiting_for_one(campaign: Campaign) -> ColumnElement[bool]:
    """The persons enumerated and still without a valid certificate, as a condition on the persons table."""
    holders = (
        select(Certificate.person_id)
        .where(Certificate.campaign_id == campaign.id, Certificate.state != CertificateState.VOIDED.value)
        .where(Certificate.person_id.is_not(None))
    )
    return and_(Person.status.in_(ENUMERATED), Person.id.not_in(holders))


def counts(uow: UnitOfWork, *, campaign: Campaign) -> dict[str, int]:
    """Certificates by state, and the enumerated persons still without a valid one."""
    by_state = dict(
        uow.session.execute(
            select(Certificate.state, func.count())
            .where(Certificate.campaign_id == campaign.id)
            .group_by(Certificate.state)
        ).all()
    )
    waiting = uow.session.scalar(select(func.count()).select_from(Person).where(waiting_for_one(campaign)))
    return {
        "issued": int(by_state.get(CertificateState.ISSUED.value, 0)),
        "reprinted": int(by_state.get(CertificateState.REPRINTED.value, 0)),
        "voided": int(by_state.get(CertificateState.VOIDED.value, 0)),
        "waiting": int(waiting or 0),
    }


def candidates(
    uow: UnitOfWork,
    *,
    text: str = "",
    unit_id: int | None = None,
    without_certificate: bool = False,
    campaign: Campaign,
) -> list[Candidate]:
    """The enumerated persons (those who may get a certificate), ordered by name, with their number."""
    valid = (
        select(Certificate.person_id, func.max(Certificate.number).label("number"))
        .where(Certificate.campaign_id == campaign.id, Certificate.state != CertificateState.VOIDED.value)
        .group_by(Certificate.person_id)
        .subquery()
    )
    query = (
        select(
            Person.id,
            Person.surname,
            Person.name,
            Person.patronymic,
            Person.iin,
            Person.birth_date,
            Person.status,
            Unit.name,
            valid.c.number,
        )
        .outerjoin(Unit, Unit.id == Person.unit_id)
        .outerjoin(valid, valid.c.person_id == Person.id)
        .where(Person.status.in_(ENUMERATED), _counted(campaign))
        .order_by(Person.sort_key, Person.id)
    )
    if unit_id is not None:
        query = query.where(Person.unit_id.is_(None) if unit_id == 0 else Person.unit_id == unit_id)
    if without_certificate:
        query = query.where(valid.c.number.is_(None))
    from desktop.domain import person as person_rules

    words = [w for w in person_rules.fold(text).split(" ") if w]
    result = []
    for pid, surname, name, patronymic, iin, born, status, unit, number in uow.session.execute(query):
        full = person_rules.full_name(surname, name or "", patronymic or "")
        if words:
            haystack = f"{person_rules.fold(full)} {iin or ''}"
            if not all(word in haystack for word in words):
                continue
        result.append(Candidate(pid, full, iin, born, status, unit or "", number))
    return result


# -- issuing --------------------------------------------------------------------------------------


def _next_sequences(uow: UnitOfWork, campaign: Campaign, count: int) -> list[int]:
    highest = uow.session.scalar(select(func.max(Certificate.sequence)).where(Certificate.campaign_id == campaign.id))
    return numbering.take_numbers(uow, f"certificate:{campaign.id}", highest, count)


def _local_date(moment: dt.datetime | None, campaign: Campaign) -> dt.date | None:
    return moment.astimezone(campaign.timezone).date() if moment else None


def _resolve(
    uow: UnitOfWork,
    person_ids: Sequence[int] | None,
    iins: Sequence[str] | None,
    all_eligible: bool,
    campaign: Campaign,
) -> list[Person]:
    from desktop.services import register

    if all_eligible:
        return list(
            uow.session.scalars(
                select(Person)
                .where(Person.status.in_(ENUMERATED), _counted(campaign))
                .order_by(Person.sort_key, Person.id)
            )
        )
    ids: list[int] = list(person_ids or [])
    for raw in iins or []:
        row = register.person_by_iin(uow, raw, campaign=campaign)
        if row is None:
            raise NotFoundError(
                _t(
                    QT_TRANSLATE_NOOP("documents", "Nobody with the IIN {iin} is in the register."),
                    iin=str(raw).strip(),
                ),
                code="person.not_found",
            )
        ids.append(row.id)
    if not ids:
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("documents", "Choose the persons who get a certificate.")), code="persons.none"
        )
    persons: list[Person] = []
    seen: set[int] = set()
    for pid in ids:
        if pid in seen:
            continue
        seen.add(pid)
        person = uow.session.get(Person, pid)
        if person is None:
            raise NotFoundError(
                _t(QT_TRANSLATE_NOOP("documents", "The person is no longer in the register.")), code="person.not_found"
            )
        persons.append(person)
    not_enumerated = [p for p in persons if p.status not in ENUMERATED]
    if not_enumerated:
        from desktop.domain import person as person_rules

        first = not_enumerated[0]
        raise ValidationError(
            _t(
                QT_TRANSLATE_NOOP(
                    "documents",
                    "{name} has not been enumerated yet (no complete census sheet or online code), so no "
                    "certificate can be issued; {n} of the chosen persons are not enumerated.",
                ),
                name=person_rules.full_name(first.surname, first.name or "", first.patronymic or ""),
                n=len(not_enumerated),
            ),
            code="person.not_enumerated",
        )
    from desktop.domain import person as person_rules

    for person in persons:
        derived = person_rules.derive(
            campaign, birth_date=person.birth_date, admitted_on=person.admitted_on, left_on=person.left_on
        )
        if not derived.resident:
            raise ValidationError(
                _t(
                    QT_TRANSLATE_NOOP(
                        "documents",
                        "{name} was not in the institution at the census moment (00:00, {moment}) by the "
                        "register's dates, so no certificate can be issued here.",
                    ),
                    name=person_rules.full_name(person.surname, person.name or "", person.patronymic or ""),
                    moment=campaign.reference_date.strftime("%d.%m.%Y"),
                ),
                code="person.not_counted",
            )
    return persons


def _counted(campaign: Campaign) -> Any:
    """Counted at the reference moment (the register's rule, as a condition on the persons table)."""
    from desktop.services import register

    return register.present_at(campaign.at_moment)


def _header(uow: UnitOfWork, campaign: Campaign) -> documents_pdf.Header:
    return documents_pdf.header_of(institution.require_profile(uow), campaign)


def _citizenships(uow: UnitOfWork, infos: Sequence[CertificateInfo]) -> dict[int, str]:
    """The citizenship status of the holders still in the register (the certificate names it)."""
    ids = [info.person_id for info in infos if info.person_id is not None]
    if not ids:
        return {}
    rows = uow.session.execute(select(Person.id, Person.citizenship).where(Person.id.in_(ids))).all()
    return {int(pid): str(kind) for pid, kind in rows}


def _doc(
    info: CertificateInfo, *, duplicate: bool, fingerprint: str, citizenships: dict[int, str]
) -> documents_pdf.CertificateDoc:
    return documents_pdf.CertificateDoc(
        number=info.number,
        full_name=info.full_name,
        birth_date=info.birth_date,
        sex=info.sex,
        enumerated_on=info.enumerated_on,
        enumerator=info.enumerator,
        issued_on=info.issued_on,
        duplicate=duplicate,
        qr=info.qr,
        code=info.code,
        check_code=info.check_code,
        key_fingerprint=fingerprint,
        citizenship=citizenships.get(info.person_id) if info.person_id is not None else None,
    )


def _check_layout(layout: str) -> str:
    try:
        return Layout(layout).value
    except ValueError:
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("documents", "Choose the page size A4 or A5.")), code="layout.invalid"
        ) from None


def issue(
    uow: UnitOfWork,
    *,
    target: Path | None,
    person_ids: Sequence[int] | None = None,
    iins: Sequence[str] | None = None,
    all_eligible: bool = False,
    layout: str = "a4",
    issued_on: dt.date | None = None,
    campaign: Campaign,
    progress: Progress = no_progress,
) -> IssueResult:
    """Issue certificates to the chosen enumerated persons (or every eligible one) and write them to
    ``target`` as one PDF, in one transaction.  Persons who already hold a valid certificate are
    left out and named in the result; a person not enumerated stops everything."""
    accounts.require(uow, Permission.CENSUS_WORK)
    layout = _check_layout(layout)
    uow.lock_writes("certificates")  # another employee issuing now finishes first; we see what they issued
    after_close.guard(uow, "certificate")
    persons = _resolve(uow, person_ids, iins, all_eligible, campaign)
    holders = dict(
        uow.session.execute(
            select(Certificate.person_id, Certificate.number).where(
                Certificate.campaign_id == campaign.id,
                Certificate.state != CertificateState.VOIDED.value,
                Certificate.person_id.in_([p.id for p in persons] or [-1]),
            )
        ).all()
    )
    from desktop.domain import person as person_rules

    already = [
        (person_rules.full_name(p.surname, p.name or "", p.patronymic or ""), holders[p.id])
        for p in persons
        if p.id in holders
    ]
    todo = [p for p in persons if p.id not in holders]
    if not todo:
        return IssueResult([], already, None)
    header = _header(uow, campaign)
    key = _private_key(uow)
    fingerprint = rules.key_fingerprint(rules.public_key_of(key))
    profile_bin = header.bin
    employees = dict(uow.session.execute(select(Employee.id, Employee.full_name)).all())
    issuer = uow.session.scalar(select(Employee.full_name).where(Employee.uuid == uow.actor)) or ""
    day = issued_on or dt.datetime.now(campaign.timezone).date()
    sequences = _next_sequences(uow, campaign, len(todo))
    year = campaign.reference_moment.year
    rows: list[Certificate] = []
    for done, (person, sequence) in enumerate(zip(todo, sequences, strict=True)):
        if done % 200 == 0:
            progress(done, len(todo) * 2)
        number = rules.format_number(year, sequence)
        full = person_rules.full_name(person.surname, person.name or "", person.patronymic or "")
        payload = rules.Payload.build(
            bin=profile_bin,
            number=number,
            iin=person.iin,
            person_uuid=person.uuid,
            full_name=full,
            birth_date=person.birth_date,
            issue_date=day,
        )
        row = Certificate(
            campaign_id=campaign.id,
            sequence=sequence,
            number=number,
            person_id=person.id,
            person_uuid=person.uuid,
            iin=person.iin,
            full_name=full,
            birth_date=person.birth_date,
            sex=person.sex,
            coverage_status=person.status,
            enumerated_on=_local_date(person.enumerated_at or person.updated_at, campaign),
            enumerator=employees.get(person.enumerated_by or -1, "") or issuer,
            issued_on=day,
            state=CertificateState.ISSUED.value,
            copies=0,
            last_printed_at=utcnow() if target is not None else None,
            void_reason="",
            payload=payload.canonical(),
            signature=rules.sign(key, payload),
        )
        rows.append(row)
    uow.session.add_all(rows)
    try:
        uow.session.flush()
    except IntegrityError:  # the unique index on the live certificate: issued meanwhile elsewhere
        raise ConflictError(
            _t(
                QT_TRANSLATE_NOOP(
                    "documents",
                    "A certificate was issued to one of these persons at the same moment on another computer; "
                    "nothing was issued now. Open the list again and issue to those who still have none.",
                )
            ),
            code="certificate.issued_meanwhile",
        ) from None
    infos = [_info(row, row.coverage_status) for row in rows]
    for row in rows:
        _audit(uow, row, "issued", {"state": [None, row.state], "printed": [None, target is not None]})
    if target is None:
        uow.commit()
        return IssueResult(infos, already, None)
    citizenships = _citizenships(uow, infos)
    docs = [_doc(info, duplicate=False, fingerprint=fingerprint, citizenships=citizenships) for info in infos]

    def halfway(done: int, total: int) -> None:
        progress(len(todo) + done, len(todo) * 2)

    with documents_pdf.atomic_file(Path(target)) as temp:
        documents_pdf.certificates_pdf(header, docs, temp, layout=layout, progress=halfway)
        uow.commit()
    return IssueResult(infos, already, Path(target))


def reprint(
    uow: UnitOfWork,
    numbers: Sequence[str],
    *,
    target: Path | None,
    layout: str = "a4",
    campaign: Campaign,
    progress: Progress = no_progress,
) -> list[CertificateInfo]:
    """Print valid certificates again as duplicates (same number and code), counting the copies."""
    accounts.require(uow, Permission.CENSUS_WORK)
    after_close.guard(uow, "certificate")
    layout = _check_layout(layout)
    if not numbers:
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("documents", "Choose the certificates to reprint.")), code="certificates.none"
        )
    rows = [_row_by_number(uow, number, campaign) for number in numbers]
    for row in rows:
        if row.state == CertificateState.VOIDED.value:
            raise ConflictError(
                _t(
                    QT_TRANSLATE_NOOP(
                        "documents", "The certificate {number} was voided and cannot be reprinted; issue a new one."
                    ),
                    number=row.number,
                ),
                code="certificate.voided",
            )
    now = utcnow()
    for row in rows:
        copies = [row.copies, (row.copies or 0) + 1]
        _audit(uow, row, "reprinted", {"state": [row.state, CertificateState.REPRINTED.value], "copies": copies})
        row.state = CertificateState.REPRINTED.value
        row.copies = (row.copies or 0) + 1
        row.last_printed_at = now
    uow.session.flush()
    header = _header(uow, campaign)
    key = _stored_public_key(uow)
    fingerprint = rules.key_fingerprint(key) if key else ""
    infos = [_with_status(uow, row) for row in rows]
    if target is None:  # the duplicates were printed elsewhere: only count them
        uow.commit()
        return infos
    citizenships = _citizenships(uow, infos)
    docs = [_doc(info, duplicate=True, fingerprint=fingerprint, citizenships=citizenships) for info in infos]
    with documents_pdf.atomic_file(Path(target)) as temp:
        documents_pdf.certificates_pdf(header, docs, temp, layout=layout, progress=progress)
        uow.commit()
    return infos


def _audit(uow: UnitOfWork, row: Certificate, action: str, changes: dict[str, Any]) -> None:
    """Note what happened to a certificate for the audit trail (its number names it)."""
    uow.record(Event(Kind.CERTIFICATE, action, "certificate", row.number, row.person_uuid or "", row.number, changes))


def void(uow: UnitOfWork, number: str, reason: str, *, campaign: Campaign) -> CertificateInfo:
    """Void a certificate for good (its number is never given again); the reason is required."""
    accounts.require(uow, Permission.CENSUS_WORK)
    text = " ".join((reason or "").split())
    if not text:
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("documents", "Write why the certificate is voided.")),
            field="reason",
            code="reason.missing",
        )
    after_close.guard(uow, "certificate")
    row = _row_by_number(uow, number, campaign)
    if row.state == CertificateState.VOIDED.value:
        raise ConflictError(
            _t(QT_TRANSLATE_NOOP("documents", "The certificate {number} is already voided."), number=row.number),
            code="certificate.voided",
        )
    _void_where(uow, Certificate.id == row.id, text[:1000])
    uow.commit()
    return _with_status(uow, row)


def void_contradicted(uow: UnitOfWork, person_id: int, status: str | None) -> int:
    """The rule between the register and the certificates: a person removed from the register
    (``status`` None), or now recorded as refused or not resident, no longer holds a valid
    certificate.  Voids them in the caller's transaction (not committed); returns how many.

    Every service that removes a person or records such an outcome calls it.  A person whose sheet
    is reopened for a correction (or whose online outcome is taken back) keeps the certificate: the
    paper stays valid while the sheet is corrected, and the registry shows that the person is not
    recorded as enumerated at the moment.
    """
    if status is not None and status not in CONTRADICTING:
        return 0
    reason = REMOVED_REASON if status is None else NOT_ENUMERATED_REASON
    return _void_where(uow, Certificate.person_id == person_id, reason)


def _void_where(uow: UnitOfWork, which: Any, reason: str) -> int:
    """Void the valid certificates that match ``which``, with the reason; not committed.  The one
    place a certificate becomes void."""
    rows = uow.session.scalars(
        select(Certificate).where(which, Certificate.state != CertificateState.VOIDED.value)
    ).all()
    now = utcnow()
    for row in rows:
        _audit(uow, row, "voided", {"state": [row.state, CertificateState.VOIDED.value], "reason": [None, reason]})
        row.state = CertificateState.VOIDED.value
        row.void_reason = reason
        row.voided_at = now
    uow.session.flush()
    return len(rows)


# -- verification ---------------------------------------------------------------------------------


def verify_offline(code: str, public_key_value: bytes) -> Verification:
    """Check a QR text with a public key alone (no registry): what the Department can do."""
    try:
        parsed = rules.parse_code(code)
    except ValueError:
        return Verification(False, "", CodeProblem.MALFORMED, rules.code_problem_message(CodeProblem.MALFORMED))
    if parsed.payload is None:
        # A short code names only the number: its payload is in the registry.
        return Verification(
            False, parsed.number, CodeProblem.UNKNOWN_NUMBER,
            rules.code_problem_message(CodeProblem.UNKNOWN_NUMBER, number=parsed.number),
        )  # fmt: skip
    if not rules.signature_valid(public_key_value, parsed.payload, parsed.signature):
        return Verification(False, parsed.number, CodeProblem.FORGED, rules.code_problem_message(CodeProblem.FORGED))
    return Verification(True, parsed.number, payload=parsed.payload)


_NUMBER_AND_CHECK = re.compile(
    r"^\s*(\d{2})\s*-?\s*(\d{6})"  # the number, 21-000001
    r"[\s,;/№:]*(?:\w+[\s:]+)?"  # what a person may type between: a comma, "код", "code:"
    r"([0-9A-Za-z][0-9A-Za-z\s-]{9,13})\s*$"  # the check code, XXXXX-XXXXX
)


def _number_and_check_code(text: str) -> tuple[str, str] | None:
    """A certificate's number and its printed 11-character check code, as a person types them from paper."""
    found = _NUMBER_AND_CHECK.match(text or "")
    if found is None:
        return None
    typed = check_codes.normalize_short_code(found.group(3))
    return (f"{found.group(1)}-{found.group(2)}", typed) if typed else None


def _verify_check_code(uow: UnitOfWork, number: str, typed: str, campaign: Campaign) -> Verification:
    """The registry's certificate of this number, when the typed code is the code of its signature."""
    row = uow.session.scalars(
        select(Certificate).where(Certificate.campaign_id == campaign.id, Certificate.number == number)
    ).first()
    if row is None or not check_codes.short_code_matches(bytes(row.signature), typed):
        return Verification(
            False, number, CodeProblem.UNKNOWN_NUMBER,
            rules.code_problem_message(CodeProblem.UNKNOWN_NUMBER, number=number),
        )  # fmt: skip
    payload = rules.Payload.parse(row.payload)
    info = _with_status(uow, row)
    if info.voided:
        return Verification(
            False, info.number, CodeProblem.VOIDED,
            Message("documents", rules.CODE_PROBLEMS[CodeProblem.VOIDED],
                    {"number": info.number, "reason": info.reason_message() or ""}),
            certificate=info, payload=payload,
        )  # fmt: skip
    return Verification(True, info.number, certificate=info, payload=payload)


def verify(uow: UnitOfWork, code: str, *, campaign: Campaign) -> Verification:
    """Check a code with this institution's public key and registry: the QR text, the number with the whole
    signature, or the number with the 11-character check code printed on the certificate."""
    short = _number_and_check_code(code)
    if short is not None:
        return _verify_check_code(uow, *short, campaign)
    try:
        parsed = rules.parse_code(code)
    except ValueError:
        return Verification(False, "", CodeProblem.MALFORMED, rules.code_problem_message(CodeProblem.MALFORMED))
    key = _stored_public_key(uow)
    if key is None:
        return Verification(False, parsed.number, CodeProblem.NO_KEY, rules.code_problem_message(CodeProblem.NO_KEY))
    profile = institution.get_profile(uow)
    if (
        parsed.payload is not None
        and profile is not None
        and parsed.payload.bin != profile.bin
        and not rules.signature_valid(key, parsed.payload, parsed.signature)
    ):  # signed with this institution's key, it is this institution's even after a change of its BIN
        return Verification(
            False, parsed.number, CodeProblem.OTHER_INSTITUTION,
            rules.code_problem_message(CodeProblem.OTHER_INSTITUTION, bin=parsed.payload.bin),
        )  # fmt: skip
    row = uow.session.scalars(
        select(Certificate).where(Certificate.campaign_id == campaign.id, Certificate.number == parsed.number)
    ).first()
    if parsed.payload is not None:
        payload = parsed.payload
        if row is not None and row.payload != payload.canonical():
            return Verification(
                False, parsed.number, CodeProblem.FORGED, rules.code_problem_message(CodeProblem.FORGED)
            )
    elif row is None:
        return Verification(
            False, parsed.number, CodeProblem.UNKNOWN_NUMBER,
            rules.code_problem_message(CodeProblem.UNKNOWN_NUMBER, number=parsed.number),
        )  # fmt: skip
    else:
        payload = rules.Payload.parse(row.payload)
    if not rules.signature_valid(key, payload, parsed.signature):
        return Verification(False, parsed.number, CodeProblem.FORGED, rules.code_problem_message(CodeProblem.FORGED))
    if row is None:
        # Signed with this institution's key, but never issued by its registry: whoever holds the key
        # without the registry (a stolen key, a lost record) cannot make it valid.
        return Verification(
            False, parsed.number, CodeProblem.UNKNOWN_NUMBER,
            rules.code_problem_message(CodeProblem.UNKNOWN_NUMBER, number=parsed.number), payload=payload,
        )  # fmt: skip
    info = _with_status(uow, row)
    if info.voided:
        reason = info.reason_message()
        return Verification(
            False, info.number, CodeProblem.VOIDED,
            Message("documents", rules.CODE_PROBLEMS[CodeProblem.VOIDED],
                    {"number": info.number, "reason": reason or ""}),
            certificate=info, payload=payload,
        )  # fmt: skip
    return Verification(True, info.number, certificate=info, payload=payload)
