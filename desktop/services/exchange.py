"""Sending the institution's records to the Department: online (HTTP) or as a package file (USB).

Both ways produce the same batches (:class:`desktop.protocol.Batch`) and consume the same signed
receipts.  How it goes:

1. :func:`connect` (a URL and the one-time code) or :func:`connect_offline` (the Department's key
   file) stores the Department's keys; the token goes to :class:`TokenStore`.
2. :func:`pending` compares every record's revision with the revision the Department acknowledged
   (``sync_state``); a record acknowledged and since removed is pending as a tombstone.
3. :func:`sync` writes each batch to the outbox (committed), posts it, verifies the receipt and, in
   one transaction, stores the receipt in the log, marks the batch's records synchronised at the
   receipt's date and time and empties the outbox.  A send interrupted at any point (network, a
   killed program) resends the batch from the outbox, byte for byte, under the same number: the
   Department answers with the receipt it gave the first time, and nothing is stored twice.
4. :func:`export_package` writes one package of everything pending; :func:`load_receipt` reads the
   Department's receipt file and marks what that package carried.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import os
import random
import time
import uuid as uuid_module
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite

from desktop.domain.accounts import Permission
from desktop.domain.audit import Event, Kind
from desktop.domain.entry import source_of
from desktop.domain.errors import ConflictError, FileProblem, SanaqError, SetupRequired
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.models.base import utcnow
from desktop.models.db import UnitOfWork
from desktop.models.documents import Certificate, EquipmentAct, EquipmentActLine, EquipmentItem
from desktop.models.entities import ChangeAfterClose, Employee, Institution, Person, Unit
from desktop.models.exchange import ExchangeLink, ExchangeLogEntry, Outbox, SyncState
from desktop.models.keystore import usable_keyring
from desktop.models.sheets import Sheet
from desktop.protocol import api
from desktop.protocol import package as pkg
from desktop.protocol import records as proto
from desktop.services import accounts, audit, certificates
from desktop.services.jobs import Cancelled, Progress, no_progress

log = logging.getLogger(__name__)

ONLINE = "online"
PACKAGE = "package"
#: Records per online batch: small enough for a quick retry, large enough to keep the overhead low.
BATCH_SIZE = 1000
#: The order in which kinds travel: persons before what refers to them.
KIND_ORDER = [
    proto.Kind.INSTITUTION_PROFILE,
    proto.Kind.PERSON,
    proto.Kind.INSTITUTION_SHEET,
    proto.Kind.CENSUS_SHEET,
    proto.Kind.OUTCOME,
    proto.Kind.CERTIFICATE,
    proto.Kind.EQUIPMENT_ITEM,
    proto.Kind.EQUIPMENT_ACT,
]
KIND_LABELS: dict[str, str] = {
    proto.Kind.INSTITUTION_PROFILE: QT_TRANSLATE_NOOP("exchange", "Institution profile"),
    proto.Kind.PERSON: QT_TRANSLATE_NOOP("exchange", "Persons"),
    proto.Kind.INSTITUTION_SHEET: QT_TRANSLATE_NOOP("exchange", "Institution sheet"),
    proto.Kind.CENSUS_SHEET: QT_TRANSLATE_NOOP("exchange", "Census sheets"),
    proto.Kind.OUTCOME: QT_TRANSLATE_NOOP("exchange", "Online and refused outcomes"),
    proto.Kind.CERTIFICATE: QT_TRANSLATE_NOOP("exchange", "Certificates"),
    proto.Kind.EQUIPMENT_ITEM: QT_TRANSLATE_NOOP("exchange", "Equipment"),
    proto.Kind.EQUIPMENT_ACT: QT_TRANSLATE_NOOP("exchange", "Equipment acts"),
}
_OUTCOME_STATUSES = {"online", "refused", "not_resident"}
_OUTCOME_NAMESPACE = uuid_module.UUID("6f0b9a52-5a8e-4f3e-9d3c-0c1e4b7a2d11")
_TOKEN_SERVICE = "sanaq-desktop"


def _t(template: str, **params: object) -> Message:
    return Message("exchange", template, params)


class ExchangeError(SanaqError):
    code = "exchange"


def _error(code: str, template: str, **params: object) -> ExchangeError:
    return ExchangeError(_t(template, **params), code=code)


def _not_connected() -> SetupRequired:
    return SetupRequired(
        _t(
            QT_TRANSLATE_NOOP(
                "exchange",
                "This institution is not connected to the Department yet: connect with the address and the "
                "one-time code, or load the Department's key file.",
            )
        ),
        code="exchange.not_connected",
    )


# -- the token ------------------------------------------------------------------------------------


class TokenStore:
    """The institution's token: in the operating system's keyring where there is one, else in the
    file ``exchange-token`` of the data folder, readable and writable by its owner only (0600)."""

    def __init__(self, folder: Path, *, use_keyring: bool = True) -> None:
        self.file = folder / "exchange-token"
        self._keyring = usable_keyring() if use_keyring else None

    @property
    def where(self) -> str:
        return "keyring" if self._keyring is not None else "file"

    def _account(self) -> str:
        return str(self.file.parent.resolve())

    def save(self, token: str) -> None:
        if self._keyring is not None:
            self._keyring.set_password(_TOKEN_SERVICE, self._account(), token)
            return
        self.file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.file.with_suffix(".part")
        descriptor = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(token)
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.file)

    def load(self) -> str:
        if self._keyring is not None:
            return str(self._keyring.get_password(_TOKEN_SERVICE, self._account()) or "")
        try:
            return self.file.read_text(encoding="utf-8").strip()
        except OSError:
            return ""


# -- HTTP -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HttpOptions:
    """How to reach the Department: certificate verification is always on; a CA file and a proxy may be set."""

    ca_file: str = ""
    proxy: str = ""
    #: Seconds to connect and to wait for an answer.
    connect_timeout: float = 10.0
    read_timeout: float = 120.0
    #: Attempts per request before giving up on network errors and 5xx answers.
    attempts: int = 6
    #: First pause between attempts (seconds); doubled each time, with some jitter.
    backoff: float = 0.5


class HttpTransport:
    """Requests to the Department's service, retried with backoff on network errors and 5xx answers."""

    def __init__(self, url: str, options: HttpOptions | None = None) -> None:
        import requests

        self.url = url.rstrip("/")
        self.options = options or HttpOptions()
        self._requests = requests
        self.http = requests.Session()
        self.http.verify = self.options.ca_file or True
        if self.options.proxy:
            self.http.proxies = {"http": self.options.proxy, "https": self.options.proxy}

    def close(self) -> None:
        self.http.close()

    def request(
        self, method: str, path: str, *, body: bytes | None = None, token: str = "", progress: Progress = no_progress
    ) -> bytes:
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        pause = self.options.backoff
        failure: ExchangeError | None = None
        for attempt in range(self.options.attempts):
            if attempt:
                _sleep(pause * (1 + random.random() / 2), progress)  # noqa: S311 - jitter, not secrecy
                pause *= 2
            try:
                answer = self.http.request(
                    method,
                    self.url + path,
                    data=body,
                    headers=headers,
                    timeout=(self.options.connect_timeout, self.options.read_timeout),
                )
            except self._requests.exceptions.SSLError as error:
                raise _error(
                    "exchange.certificate",
                    QT_TRANSLATE_NOOP(
                        "exchange",
                        "The identity (TLS) of the Department's server cannot be verified. If the Department runs "
                        "its own authority (CA), set its CA file in the settings.",
                    ),
                ) from error
            except self._requests.exceptions.InvalidURL as error:
                raise _bad_url(self.url) from error
            except self._requests.exceptions.RequestException as error:
                log.info("exchange: attempt %d failed: %s", attempt + 1, type(error).__name__)
                failure = _error(
                    "exchange.network",
                    QT_TRANSLATE_NOOP(
                        "exchange",
                        "The Department's server at {url} cannot be reached. Check the network (and the VPN or "
                        "proxy) and send again: nothing is lost.",
                    ),
                    url=self.url,
                )
                continue
            if answer.status_code >= 500:
                log.info("exchange: attempt %d answered %d", attempt + 1, answer.status_code)
                failure = _error(
                    "exchange.server",
                    QT_TRANSLATE_NOOP(
                        "exchange",
                        "The Department's server answered with an error ({status}). Send again later: nothing is lost.",
                    ),
                    status=answer.status_code,
                )
                continue
            if answer.status_code >= 400:
                raise _refusal(answer.status_code, answer.content)
            return bytes(answer.content)
        assert failure is not None
        raise failure


def _sleep(seconds: float, progress: Progress) -> None:
    """Wait, asking ``progress`` (which raises Cancelled) every tenth of a second."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        progress(-1, -1)
        time.sleep(min(0.1, max(0.0, end - time.monotonic())))


def _bad_url(url: str) -> ExchangeError:
    return _error(
        "exchange.url",
        QT_TRANSLATE_NOOP("exchange", "This is not an address of a server: {url} (it starts with https://)."),
        url=url,
    )


def _refusal(status: int, content: bytes) -> ExchangeError:
    try:
        detail = api.ErrorBody.model_validate_json(content).error
        code, text = detail.code, detail.message
    except PydanticValidationError:
        code, text = f"http.{status}", content[:200].decode("utf-8", "replace")
    if code.startswith("auth.") or status == 401:
        return _error(
            "exchange.auth",
            QT_TRANSLATE_NOOP(
                "exchange",
                "The Department did not accept this institution's token ({text}). Ask the Department for a new "
                "one-time code and connect again.",
            ),
            text=text,
        )
    if code.startswith("enrol"):
        return _error(
            "exchange.code",
            QT_TRANSLATE_NOOP("exchange", "The Department did not accept the code: {text}"),
            text=text,
        )
    return _error(
        "exchange.refused",
        QT_TRANSLATE_NOOP("exchange", "The Department turned down the request: {text}"),
        text=text,
    )


# -- connecting -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Connection:
    url: str
    institution_bin: str
    connected_at: dt.datetime
    token_kept_in: str
    #: The institution's public key (hex): the Department needs it to accept this institution's packages.
    institution_key: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "institution_key": self.institution_key,
            "url": self.url,
            "bin": self.institution_bin,
            "connected_at": self.connected_at,
            "token_kept_in": self.token_kept_in,
        }


def _institution(uow: UnitOfWork) -> Institution:
    row = uow.session.scalars(select(Institution).order_by(Institution.id).limit(1)).first()
    if row is None:
        raise SetupRequired(_t(QT_TRANSLATE_NOOP("exchange", "Fill in the institution profile first.")))
    return row


def _link(uow: UnitOfWork) -> ExchangeLink | None:
    return uow.session.scalars(select(ExchangeLink).order_by(ExchangeLink.id).limit(1)).first()


def _require_link(uow: UnitOfWork) -> ExchangeLink:
    link = _link(uow)
    if link is None:
        raise _not_connected()
    return link


def _store_link(uow: UnitOfWork, url: str, keys: api.PublicKeys, bin_: str) -> ExchangeLink:
    link = _link(uow)
    if link is None:
        link = ExchangeLink(online_sequence=0, package_sequence=0)
        uow.session.add(link)
    link.url = url
    link.institution_bin = bin_
    link.age_recipient = keys.age_recipient
    link.signing_public_key = keys.signing_public_key
    link.connected_at = utcnow()
    return link


def _batch(uow: UnitOfWork, link: ExchangeLink, sequence: int, records: list[proto.Record]) -> proto.Batch:
    """A batch of the institution's records, with its audit trail's head as it is now."""
    head = audit.head(uow)
    return proto.Batch(
        institution_bin=link.institution_bin,
        sequence=sequence,
        created_at=utcnow(),
        records=records,
        audit_head=proto.AuditHead(seq=head[0], hash=head[1]) if head is not None else None,
    )


def _log(uow: UnitOfWork, channel: str, action: str, result: str, message: Message, **fields: Any) -> None:
    """The exchange log's entry (and the audit trail's) of one exchange."""
    facts = {"channel": channel, "result": result, "sequence": fields.get("sequence"), **fields.get("counts", {})}
    uow.record(Event(Kind.SYNC, action, changes=facts))
    uow.session.add(
        ExchangeLogEntry(
            at=utcnow(),
            channel=channel,
            action=action,
            result=result,
            message=json.dumps({"context": message.context, "text": message.template, "params": dict(message.params)}),
            sequence=fields.get("sequence"),
            counts=fields.get("counts", {}),
            received_at=fields.get("received_at"),
            receipt=fields.get("receipt", ""),
        )
    )


def connect(uow: UnitOfWork, url: str, code: str, tokens: TokenStore, options: HttpOptions | None = None) -> Connection:
    """Exchange the one-time code for a token; keep the token and the Department's keys."""
    accounts.require(uow, Permission.SEND)
    url = url.strip()
    if not url.startswith(("http://", "https://")):
        raise _bad_url(url)
    institution = _institution(uow)
    public_key = certificates.ensure_signing_key(uow)
    transport = HttpTransport(url, options)
    try:
        body = api.EnrolRequest(code=code.strip(), public_key=public_key.hex()).model_dump_json().encode()
        answer = api.EnrolResponse.model_validate_json(transport.request("POST", api.ENROL, body=body))
    except PydanticValidationError as error:
        raise _error(
            "exchange.not_department",
            QT_TRANSLATE_NOOP("exchange", "The server at {url} did not answer like the Department's service."),
            url=url,
        ) from error
    finally:
        transport.close()
    if answer.institution_bin != institution.bin:
        raise _error(
            "exchange.foreign_code",
            QT_TRANSLATE_NOOP(
                "exchange",
                "This code was issued for the institution with BIN {other}, not for this one ({own}).",
            ),
            other=answer.institution_bin,
            own=institution.bin,
        )
    tokens.save(answer.token)
    link = _store_link(uow, url, answer, institution.bin)
    _log(uow, ONLINE, "connect", "ok", _t(QT_TRANSLATE_NOOP("exchange", "Connected to {url}."), url=url))
    uow.commit()
    log.info("exchange: connected, token kept in the %s", tokens.where)
    return Connection(link.url, link.institution_bin, link.connected_at, tokens.where, public_key.hex())


def connect_offline(uow: UnitOfWork, key_file: Path) -> Connection:
    """Take the Department's public keys from its key file (``sanaq-department keys export``)."""
    accounts.require(uow, Permission.SEND)
    institution = _institution(uow)
    try:
        keys = api.PublicKeys.model_validate_json(key_file.read_bytes())
    except OSError as error:
        raise FileProblem(
            _t(QT_TRANSLATE_NOOP("exchange", "The file {name} cannot be read."), name=key_file.name)
        ) from error
    except PydanticValidationError as error:
        raise FileProblem(
            _t(
                QT_TRANSLATE_NOOP("exchange", "The file {name} is not a key file of the Department."),
                name=key_file.name,
            )
        ) from error
    public_key = certificates.ensure_signing_key(uow)
    link = _link(uow)
    link = _store_link(uow, link.url if link else "", keys, institution.bin)
    _log(uow, PACKAGE, "connect", "ok", _t(QT_TRANSLATE_NOOP("exchange", "The Department's keys were loaded.")))
    uow.commit()
    return Connection(link.url, link.institution_bin, link.connected_at, "", public_key.hex())


def connection(uow: UnitOfWork) -> Connection | None:
    link = _link(uow)
    if link is None:
        return None
    return Connection(link.url, link.institution_bin, link.connected_at, "")


# -- what travels ---------------------------------------------------------------------------------


@dataclass
class _Item:
    kind: proto.Kind
    uuid: str
    revision: int
    build: Callable[[], Any]


def _sheet_record(row: Sheet, person_uuid: str | None) -> dict[str, Any]:
    answers = {}
    for name, value in (row.answers or {}).items():
        where = source_of(name, row.sources, row.default_source, row.default_document)
        answers[name] = proto.Answer(
            value=value, source=proto.AnswerSourceKind(where.source.value), document=where.document
        )
    state = row.state if row.state in ("empty", "draft", "complete") else "draft"
    data: dict[str, Any] = {
        "form_id": row.form_id,
        "form_version": row.form_version,
        "answers": answers,
        "state": state,
        "completed_at": row.completed_at,
    }
    if person_uuid is not None:
        data["person_uuid"] = uuid_module.UUID(person_uuid)
    return data


def _base(row: Any) -> dict[str, Any]:
    return {"uuid": uuid_module.UUID(row.uuid), "revision": row.revision, "updated_at": row.updated_at}


def _outcome_uuid(person_uuid: str) -> str:
    return str(uuid_module.uuid5(_OUTCOME_NAMESPACE, person_uuid))


def _act_record(r: Any, revision: int, act_lines: list[Any], item_uuid: dict[int, str]) -> proto.EquipmentAct:
    return proto.EquipmentAct(
        uuid=uuid_module.UUID(r.uuid),
        revision=revision,
        updated_at=r.updated_at,
        act_kind=r.kind,
        number=r.number,
        act_date=r.act_date,
        employee_name=r.employee_name,
        department_person=r.department_person,
        signed=r.signed,
        signed_on=r.signed_on,
        note=r.note,
        lines=[
            proto.EquipmentActLine(
                item_uuid=uuid_module.UUID(item_uuid[x.item_id]),
                present=x.present,
                condition=x.condition,
                note=x.note,
            )
            for x in act_lines
        ],
    )


def _tombstone(model: type[Any], key: str, revision: int, now: dt.datetime) -> Any:
    return model(uuid=uuid_module.UUID(key), revision=revision, updated_at=now, deleted=True)


def _bind(build: Callable[[Any], Any], row: Any) -> Callable[[], Any]:
    """``build(row)``, later: the row is bound now (a loop variable would be read too late)."""
    return lambda: build(row)


def _items(uow: UnitOfWork) -> Iterator[_Item]:
    """Every live record of the institution, in travel order, each built only when asked."""
    session = uow.session
    changes = [
        proto.ChangeAfterClose(at=c.created_at, what=c.what, reason=c.reason, confirmed_by=c.confirmed_by)
        for c in session.scalars(select(ChangeAfterClose).order_by(ChangeAfterClose.id))
    ]
    for inst in session.execute(select(Institution.__table__).order_by(Institution.id).limit(1)):
        yield _Item(
            proto.Kind.INSTITUTION_PROFILE,
            inst.uuid,
            inst.revision,
            _bind(
                lambda r: proto.InstitutionProfile(
                    **_base(r),
                    bin=r.bin,
                    name_ru=r.name_ru,
                    name_kk=r.name_kk,
                    type_code=r.type_code,
                    kato_code=r.kato_code,
                    address=r.address,
                    head_name=r.head_name,
                    capacity=r.capacity,
                    phone=r.phone,
                    closed_at=r.closed_at,
                    statement=r.statement,
                    changes_after_close=changes,
                ),
                inst,
            ),
        )
    units = {row[0]: row[1] for row in session.execute(select(Unit.id, Unit.name))}
    persons = list(session.execute(select(Person.__table__).order_by(Person.id)))
    uuid_of = {p.id: p.uuid for p in persons}
    for p in persons:
        yield _Item(
            proto.Kind.PERSON,
            p.uuid,
            p.revision,
            _bind(
                lambda r: proto.Person(
                    **_base(r),
                    surname=r.surname,
                    name=r.name,
                    patronymic=r.patronymic,
                    iin=r.iin,
                    birth_date=r.birth_date,
                    sex=r.sex if r.sex in ("M", "F") else None,
                    citizenship=r.citizenship,
                    country_code=r.country_code,
                    residence=r.residence,
                    unit=units.get(r.unit_id or -1, ""),
                    admitted_on=r.admitted_on,
                    left_on=r.left_on,
                    left_reason=r.left_reason,
                    status=r.status,
                ),
                p,
            ),
        )
    for s in session.execute(select(Sheet.__table__).order_by(Sheet.kind.desc(), Sheet.id)):
        if s.person_id is None:
            yield _Item(
                proto.Kind.INSTITUTION_SHEET,
                s.uuid,
                s.revision,
                _bind(lambda r: proto.InstitutionSheet(**_base(r), **_sheet_record(r, None)), s),
            )
        else:
            yield _Item(
                proto.Kind.CENSUS_SHEET,
                s.uuid,
                s.revision,
                _bind(lambda r: proto.CensusSheet(**_base(r), **_sheet_record(r, uuid_of[r.person_id or -1])), s),
            )
    for p in persons:
        if p.status in _OUTCOME_STATUSES:
            yield _Item(
                proto.Kind.OUTCOME,
                _outcome_uuid(p.uuid),
                p.revision,
                _bind(
                    lambda r: proto.EnumerationOutcome(
                        uuid=uuid_module.UUID(_outcome_uuid(r.uuid)),
                        revision=r.revision,
                        updated_at=r.updated_at,
                        person_uuid=uuid_module.UUID(r.uuid),
                        outcome=proto.OutcomeKind(r.status),
                        online_code=r.online_code or "",
                        reason=r.status_reason,
                        recorded_at=r.enumerated_at,
                    ),
                    p,
                ),
            )
    for c in session.execute(select(Certificate.__table__).order_by(Certificate.id)):
        yield _Item(
            proto.Kind.CERTIFICATE,
            c.uuid,
            c.revision,
            _bind(
                lambda r: proto.CertificateEntry(
                    **_base(r),
                    number=r.number,
                    person_uuid=uuid_module.UUID(r.person_uuid),
                    iin=r.iin,
                    full_name=r.full_name,
                    birth_date=r.birth_date,
                    issued_on=r.issued_on,
                    state=r.state if r.state in ("issued", "reprinted", "voided") else "issued",
                    void_reason=r.void_reason,
                    voided_at=r.voided_at,
                    payload=r.payload,
                    signature=base64.b64encode(bytes(r.signature)).decode(),
                ),
                c,
            ),
        )
    employees = {row[0]: row[1] for row in session.execute(select(Employee.id, Employee.full_name))}
    items = list(session.execute(select(EquipmentItem.__table__).order_by(EquipmentItem.id)))
    item_uuid = {i.id: i.uuid for i in items}
    for i in items:
        yield _Item(
            proto.Kind.EQUIPMENT_ITEM,
            i.uuid,
            i.revision,
            _bind(
                lambda r: proto.EquipmentItem(
                    **_base(r),
                    item_kind=r.kind,
                    inventory_number=r.inventory_number,
                    serial_number=r.serial_number,
                    kit_uuid=uuid_module.UUID(item_uuid[r.kit_id]) if r.kit_id in item_uuid else None,
                    holder_name=employees.get(r.holder_id or -1, ""),
                    state=r.state,
                    condition=r.condition,
                    received_on=r.received_on,
                    note=r.note,
                ),
                i,
            ),
        )
    lines: dict[int, list[Any]] = {}
    for line in session.execute(select(EquipmentActLine.__table__).order_by(EquipmentActLine.id)):
        lines.setdefault(line.act_id, []).append(line)
    for a in session.execute(select(EquipmentAct.__table__).order_by(EquipmentAct.id)):
        act_lines = lines.get(a.id, [])
        # An act travels with its lines: a changed line is a new revision of the act.
        revision = a.revision + sum(line.revision - 1 for line in act_lines)
        yield _Item(
            proto.Kind.EQUIPMENT_ACT,
            a.uuid,
            revision,
            partial(_act_record, a, revision, act_lines, item_uuid),
        )


_TOMBSTONE_TYPES: dict[str, type[Any]] = {
    proto.Kind.INSTITUTION_PROFILE: proto.InstitutionProfile,
    proto.Kind.INSTITUTION_SHEET: proto.InstitutionSheet,
    proto.Kind.PERSON: proto.Person,
    proto.Kind.CENSUS_SHEET: proto.CensusSheet,
    proto.Kind.OUTCOME: proto.EnumerationOutcome,
    proto.Kind.CERTIFICATE: proto.CertificateEntry,
    proto.Kind.EQUIPMENT_ITEM: proto.EquipmentItem,
    proto.Kind.EQUIPMENT_ACT: proto.EquipmentAct,
}


def _pending_items(uow: UnitOfWork) -> list[_Item]:
    """Records whose revision the Department has not acknowledged, then tombstones of removed ones."""
    acked = {
        row.uuid: (row.revision, row.deleted, row.kind)
        for row in uow.session.execute(select(SyncState.uuid, SyncState.revision, SyncState.deleted, SyncState.kind))
    }
    result: list[_Item] = []
    live: set[str] = set()
    for item in _items(uow):
        live.add(item.uuid)
        held = acked.get(item.uuid)
        if held is None or item.revision > held[0] or held[1]:
            if held is not None and held[1] and item.revision <= held[0]:
                item.revision = held[0] + 1  # back after a tombstone: it must outrank it
            result.append(item)
    now = utcnow()
    for key, (revision, deleted, kind) in acked.items():
        if key in live or deleted:
            continue
        model = _TOMBSTONE_TYPES[kind]
        result.append(
            _Item(
                proto.Kind(kind),
                key,
                revision + 1,
                partial(_tombstone, model, key, revision + 1, now),
            )
        )
    order = {kind: n for n, kind in enumerate(KIND_ORDER)}
    result.sort(key=lambda item: order[item.kind])
    return result


def _build(item: _Item) -> Any:
    record = item.build()
    if record.revision != item.revision:
        record = record.model_copy(update={"revision": item.revision})
    return record


@dataclass(frozen=True)
class Pending:
    """What has not reached the Department, per kind, and the last synchronisation."""

    counts: dict[str, int]
    last_sync_at: dt.datetime | None
    connected: bool
    url: str
    #: Batches written but not acknowledged: (channel, sequence).
    unacknowledged: list[tuple[str, int]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "connected": self.connected,
            "url": self.url,
            "pending": self.counts,
            "pending_total": self.total,
            "last_sync_at": self.last_sync_at,
            "unacknowledged": [{"channel": c, "sequence": s} for c, s in self.unacknowledged],
        }


def last_sync_at(uow: UnitOfWork) -> dt.datetime | None:
    return uow.session.scalars(
        select(ExchangeLogEntry.received_at)
        .where(ExchangeLogEntry.received_at.is_not(None))
        .order_by(ExchangeLogEntry.received_at.desc())
        .limit(1)
    ).first()


def pending(uow: UnitOfWork) -> Pending:
    counts: dict[str, int] = {}
    for item in _pending_items(uow):
        counts[item.kind.value] = counts.get(item.kind.value, 0) + 1
    link = _link(uow)
    outbox = [(row.channel, row.sequence) for row in uow.session.scalars(select(Outbox).order_by(Outbox.sequence))]
    return Pending(counts, last_sync_at(uow), link is not None, link.url if link else "", outbox)


def sync_state_of(uow: UnitOfWork, uuids: Iterable[str]) -> dict[str, tuple[int, dt.datetime]]:
    """The acknowledged revision and synchronisation time of the given records (those ever acknowledged)."""
    wanted = list(uuids)
    result: dict[str, tuple[int, dt.datetime]] = {}
    for start in range(0, len(wanted), 500):
        for row in uow.session.scalars(select(SyncState).where(SyncState.uuid.in_(wanted[start : start + 500]))):
            result[row.uuid] = (row.revision, row.synced_at)
    return result


# -- receipts -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExchangeResult:
    channel: str
    batches: int
    sent: dict[str, int]
    accepted: int
    rejected: list[dict[str, Any]]
    received_at: dt.datetime | None
    cancelled: bool = False
    #: For an export: the package file written.
    file: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": not self.cancelled,
            "channel": self.channel,
            "batches": self.batches,
            "sent": self.sent,
            "accepted": self.accepted,
            "rejected": self.rejected,
            "received_at": self.received_at,
            "cancelled": self.cancelled,
            "file": self.file,
        }


def _upsert_states(uow: UnitOfWork, rows: list[dict[str, Any]]) -> None:
    """Raise each record's acknowledged revision (never lower it), in the caller's transaction."""
    if not rows:
        return
    connection = uow.session.connection()
    module: Any = postgresql if connection.dialect.name == "postgresql" else sqlite
    table = SyncState.__table__
    statement = module.insert(table)
    excluded = statement.excluded
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.uuid],
        set_={
            "revision": excluded.revision,
            "deleted": excluded.deleted,
            "synced_at": excluded.synced_at,
            "kind": excluded.kind,
        },
        where=table.c.revision <= excluded.revision,
    )
    connection.execute(statement, rows)


def _apply_receipt(
    uow: UnitOfWork, channel: str, batch: proto.Batch, receipt: proto.Receipt, signed_text: str
) -> list[dict[str, Any]]:
    """Mark the batch's records synchronised at the receipt's time, log the receipt, empty the outbox."""
    rejected_uuids = receipt.rejected_uuids()
    rows = [
        {
            "uuid": str(record.uuid),
            "kind": record.kind.value,
            "revision": record.revision,
            "deleted": record.deleted,
            "synced_at": receipt.received_at,
        }
        for record in batch.records
        if record.uuid not in rejected_uuids
    ]
    _upsert_states(uow, rows)
    uow.session.execute(delete(Outbox).where(Outbox.channel == channel, Outbox.sequence == batch.sequence))
    rejected = [
        {"uuid": str(item.uuid), "kind": item.kind.value, "code": item.code.value, "text": item.text}
        for item in receipt.rejected
    ]
    result = "partial" if rejected else "ok"
    _log(
        uow,
        channel,
        "receipt" if channel == PACKAGE else "send",
        result,
        _t(
            QT_TRANSLATE_NOOP("exchange", "Batch {sequence}: {accepted} accepted, {rejected} rejected."),
            sequence=batch.sequence,
            accepted=len(rows),
            rejected=len(rejected),
        ),
        sequence=batch.sequence,
        counts=batch.counts(),
        received_at=receipt.received_at,
        receipt=signed_text,
    )
    return rejected


def _check_receipt_matches(receipt: proto.Receipt, body: str) -> None:
    if receipt.batch_sha256 and receipt.batch_sha256 != hashlib.sha256(body.encode("utf-8")).hexdigest():
        raise _error(
            "exchange.receipt_mismatch",
            QT_TRANSLATE_NOOP(
                "exchange",
                "The Department's receipt for batch {sequence} does not match what was sent; nothing was marked "
                "as synchronised. Send again.",
            ),
            sequence=receipt.sequence,
        )


# -- online ---------------------------------------------------------------------------------------


def _new_batches(
    uow: UnitOfWork, link: ExchangeLink, items: list[_Item], size: int
) -> Iterator[tuple[Outbox, proto.Batch]]:
    """Write the pending records into online batches, each committed to the outbox before it is sent."""
    for start in range(0, len(items), size):
        records = [_build(item) for item in items[start : start + size]]
        sequence = link.online_sequence + 1
        batch = _batch(uow, link, sequence, records)
        row = Outbox(channel=ONLINE, sequence=sequence, body=batch.model_dump_json(), counts=batch.counts())
        link.online_sequence = sequence
        uow.session.add(row)
        uow.commit()
        yield row, batch


def sync(
    uow: UnitOfWork,
    tokens: TokenStore,
    options: HttpOptions | None = None,
    progress: Progress = no_progress,
    *,
    batch_size: int = BATCH_SIZE,
) -> ExchangeResult:
    """Send everything pending to the Department, batch by batch; see the module's description."""
    accounts.require(uow, Permission.SEND)
    link = _require_link(uow)
    if not link.url:
        raise _not_connected()
    token = tokens.load()
    if not token:
        raise _not_connected()
    transport = HttpTransport(link.url, options)
    sent: dict[str, int] = {}
    accepted = 0
    rejected: list[dict[str, Any]] = []
    received: dt.datetime | None = None
    batches = 0
    done = 0
    total = 0

    def post(row: Outbox) -> bytes:
        return transport.request("POST", api.BATCHES, body=row.body.encode("utf-8"), token=token, progress=progress)

    def settle(row: Outbox, batch: proto.Batch, content: bytes) -> None:
        nonlocal accepted, received, batches, done
        receipt, text = _verified(content, link)
        _check_receipt_matches(receipt, row.body)
        rejected.extend(_apply_receipt(uow, ONLINE, batch, receipt, text))
        uow.commit()
        for kind, count in batch.counts().items():
            sent[kind] = sent.get(kind, 0) + count
        accepted += len(batch.records) - len(receipt.rejected_uuids())
        received = receipt.received_at
        batches += 1
        done += len(batch.records)
        progress(done, total)

    # One batch travels while the next is being built: the network and the database overlap.
    network = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sanaq-sync")
    in_flight: tuple[Outbox, proto.Batch, Future[bytes]] | None = None

    def launch(row: Outbox, batch: proto.Batch) -> None:
        nonlocal in_flight
        if in_flight is not None:
            land()
        in_flight = (row, batch, network.submit(post, row))

    def land() -> None:
        nonlocal in_flight
        if in_flight is not None:
            row, batch, future = in_flight
            in_flight = None
            settle(row, batch, future.result())

    try:
        # First what an interrupted send left behind, byte for byte under its number; then the rest.
        waiting = list(uow.session.scalars(select(Outbox).where(Outbox.channel == ONLINE).order_by(Outbox.sequence)))
        total = sum(sum(row.counts.values()) for row in waiting)
        progress(0, total)
        for row in waiting:
            launch(row, proto.Batch.model_validate_json(row.body))
        land()
        items = _pending_items(uow)
        total = done + len(items)
        progress(done, total)
        for row, batch in _new_batches(uow, link, items, batch_size):
            launch(row, batch)
        land()
    except Cancelled:
        uow.rollback()
        _log(uow, ONLINE, "send", "failed", _t(QT_TRANSLATE_NOOP("exchange", "Sending was cancelled.")))
        uow.commit()
        return ExchangeResult(ONLINE, batches, sent, accepted, rejected, received, cancelled=True)
    except ExchangeError as error:
        uow.rollback()
        _log(uow, ONLINE, "send", "failed", error.message)
        uow.commit()
        raise
    finally:
        if in_flight is not None:
            in_flight[2].cancel()
        network.shutdown(wait=True)
        transport.close()
    if batches == 0:
        _log(uow, ONLINE, "send", "ok", _t(QT_TRANSLATE_NOOP("exchange", "Nothing to send.")))
        uow.commit()
    return ExchangeResult(ONLINE, batches, sent, accepted, rejected, received)


def _verified(content: bytes, link: ExchangeLink) -> tuple[proto.Receipt, str]:
    try:
        signed = pkg.SignedReceipt.model_validate_json(content)
        receipt = signed.verify(bytes.fromhex(link.signing_public_key), expected_bin=link.institution_bin)
    except (PydanticValidationError, pkg.PackageError) as error:
        raise _error(
            "exchange.receipt_invalid",
            QT_TRANSLATE_NOOP(
                "exchange",
                "The answer of the server is not a receipt signed by the Department; nothing was marked as "
                "synchronised.",
            ),
        ) from error
    return receipt, signed.receipt


# -- packages -------------------------------------------------------------------------------------


def export_package(uow: UnitOfWork, target: Path, progress: Progress = no_progress) -> ExchangeResult:
    """Write one package file of everything not acknowledged, encrypted to the Department's key."""
    accounts.require(uow, Permission.SEND)
    link = _require_link(uow)
    progress(0, 1)
    certificates.ensure_signing_key(uow)
    private = certificates.signing_private_key(uow)
    items = _pending_items(uow)
    if not items:
        raise ConflictError(
            _t(QT_TRANSLATE_NOOP("exchange", "Everything has reached the Department: there is nothing to write.")),
            code="exchange.nothing",
        )
    records = [_build(item) for item in items]
    sequence = link.package_sequence + 1
    batch = _batch(uow, link, sequence, records)
    data = pkg.write_package(batch, recipient=link.age_recipient, signing_key=private)
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise FileProblem(
            _t(QT_TRANSLATE_NOOP("exchange", "The file {name} cannot be written."), name=target.name)
        ) from error
    link.package_sequence = sequence
    uow.session.add(Outbox(channel=PACKAGE, sequence=sequence, body=batch.model_dump_json(), counts=batch.counts()))
    _log(
        uow,
        PACKAGE,
        "package",
        "ok",
        _t(
            QT_TRANSLATE_NOOP("exchange", "Package {sequence} written: {count} records."),
            sequence=sequence,
            count=len(records),
        ),
        sequence=sequence,
        counts=batch.counts(),
    )
    uow.commit()
    progress(1, 1)
    return ExchangeResult(PACKAGE, 1, batch.counts(), 0, [], None, file=str(target))


def load_receipt(uow: UnitOfWork, source: Path) -> ExchangeResult:
    """Read the Department's receipt file of a package and mark what the package carried."""
    accounts.require(uow, Permission.SEND)
    link = _require_link(uow)
    try:
        data = source.read_bytes()
    except OSError as error:
        raise FileProblem(
            _t(QT_TRANSLATE_NOOP("exchange", "The file {name} cannot be read."), name=source.name)
        ) from error
    try:
        signed = pkg.SignedReceipt.model_validate_json(data)
        receipt = signed.verify(bytes.fromhex(link.signing_public_key), expected_bin=link.institution_bin)
    except pkg.ForeignInstitution as error:
        raise _error(
            "exchange.receipt_foreign",
            QT_TRANSLATE_NOOP("exchange", "This receipt is for another institution; nothing was marked."),
        ) from error
    except (PydanticValidationError, pkg.PackageError) as error:
        raise _error(
            "exchange.receipt_invalid",
            QT_TRANSLATE_NOOP(
                "exchange",
                "This file is not a receipt signed by the Department, or it was altered; nothing was marked.",
            ),
        ) from error
    row = uow.session.get(Outbox, (PACKAGE, receipt.sequence))
    if row is None:
        seen = uow.session.scalars(
            select(ExchangeLogEntry.id).where(
                ExchangeLogEntry.channel == PACKAGE,
                ExchangeLogEntry.action == "receipt",
                ExchangeLogEntry.sequence == receipt.sequence,
            )
        ).first()
        if seen is not None:
            return ExchangeResult(PACKAGE, 0, {}, 0, [], receipt.received_at)
        raise _error(
            "exchange.receipt_unknown",
            QT_TRANSLATE_NOOP(
                "exchange", "This receipt is for package {sequence}, which was not written here; nothing was marked."
            ),
            sequence=receipt.sequence,
        )
    _check_receipt_matches(receipt, row.body)
    batch = proto.Batch.model_validate_json(row.body)
    rejected = _apply_receipt(uow, PACKAGE, batch, receipt, signed.receipt)
    uow.commit()
    return ExchangeResult(
        PACKAGE,
        1,
        batch.counts(),
        len(batch.records) - len(receipt.rejected_uuids()),
        rejected,
        receipt.received_at,
    )


# -- the log --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LogEntry:
    at: dt.datetime
    channel: str
    action: str
    sequence: int | None
    counts: dict[str, int]
    result: str
    message: Message
    received_at: dt.datetime | None
    has_receipt: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "channel": self.channel,
            "action": self.action,
            "sequence": self.sequence,
            "counts": self.counts,
            "result": self.result,
            "message": self.message.render(),
            "received_at": self.received_at,
        }


def exchange_log(uow: UnitOfWork, limit: int = 200) -> list[LogEntry]:
    rows = uow.session.scalars(select(ExchangeLogEntry).order_by(ExchangeLogEntry.id.desc()).limit(limit))
    return [
        LogEntry(
            r.at,
            r.channel,
            r.action,
            r.sequence,
            dict(r.counts or {}),
            r.result,
            _stored_message(r.message),
            r.received_at,
            bool(r.receipt),
        )
        for r in rows
    ]


def _stored_message(text: str) -> Message:
    try:
        data = json.loads(text)
        return Message(str(data["context"]), str(data["text"]), dict(data.get("params") or {}))
    except (ValueError, KeyError, TypeError):
        return Message("exchange", text)


def http_options(settings: Any) -> HttpOptions:
    """The HTTP options from the program's settings (``exchange_ca_file``, ``exchange_proxy``)."""
    return HttpOptions(
        ca_file=str(settings.get("exchange_ca_file") or ""), proxy=str(settings.get("exchange_proxy") or "")
    )
