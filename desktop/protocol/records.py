"""The records that travel to the Department, the batch that carries them and the receipt that answers it.

Every record has a stable ``uuid`` (the desktop's record UUID), a ``revision`` that grows with every
change, ``updated_at`` (timezone-aware) and ``deleted``: a removal or a void travels as a *tombstone*,
the same record with ``deleted`` set and a higher revision; a tombstone needs no other field.

The Department keeps, per UUID, the highest revision it received: an equal revision changes nothing,
a higher one replaces, a lower one is rejected in the receipt (``stale_revision``).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

PROTOCOL_VERSION = 1

_BIN = re.compile(r"^\d{12}$")


class Kind(StrEnum):
    INSTITUTION_PROFILE = "institution_profile"
    INSTITUTION_SHEET = "institution_sheet"
    PERSON = "person"
    CENSUS_SHEET = "census_sheet"
    OUTCOME = "outcome"
    CERTIFICATE = "certificate"
    EQUIPMENT_ITEM = "equipment_item"
    EQUIPMENT_ACT = "equipment_act"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _aware(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise ValueError("a date and time needs its UTC offset")
    return value


class _Record(_Model):
    """What every record carries."""

    #: Fields that a live (not deleted) record must fill.
    required: ClassVar[tuple[str, ...]] = ()

    uuid: UUID
    revision: int = Field(ge=1)
    updated_at: dt.datetime
    deleted: bool = False

    _check_updated_at = field_validator("updated_at")(_aware)

    @model_validator(mode="after")
    def _live_fields(self) -> _Record:
        if not self.deleted:
            missing = [name for name in self.required if getattr(self, name) in (None, "")]
            if missing:
                raise ValueError(f"missing for a record that is not deleted: {', '.join(missing)}")
        return self


class ChangeAfterClose(_Model):
    at: dt.datetime
    what: str
    reason: str
    confirmed_by: str = ""


class InstitutionProfile(_Record):
    required = ("bin", "name_ru", "name_kk")

    kind: Literal[Kind.INSTITUTION_PROFILE] = Kind.INSTITUTION_PROFILE
    bin: str = ""
    name_ru: str = ""
    name_kk: str = ""
    type_code: str = ""
    kato_code: str = ""
    address: str = ""
    head_name: str = ""
    capacity: int | None = None
    phone: str = ""
    #: Close-out: when the institution closed its census work, and the figures of its statement.
    closed_at: dt.datetime | None = None
    statement: dict[str, Any] | None = None
    #: Changes made after the close-out, each confirmed with its reason.
    changes_after_close: list[ChangeAfterClose] = Field(default_factory=list)


class AnswerSourceKind(StrEnum):
    INTERVIEW = "interview"
    PROXY = "proxy"
    RECORDS = "records"


class Answer(_Model):
    """One answer and where it came from (the document, for an answer taken from records)."""

    value: Any = None
    source: AnswerSourceKind
    document: str = ""


class _Sheet(_Record):
    form_id: str = ""
    form_version: str = ""
    #: XLSForm name → the answer with its source: no answer travels without one.
    answers: dict[str, Answer] = Field(default_factory=dict)
    state: Literal["empty", "draft", "complete"] = "empty"
    completed_at: dt.datetime | None = None


class InstitutionSheet(_Sheet):
    required = ("form_id", "form_version")

    kind: Literal[Kind.INSTITUTION_SHEET] = Kind.INSTITUTION_SHEET


class Person(_Record):
    """One person of the register: the stage-1 list and every change after it."""

    required = ("surname",)

    kind: Literal[Kind.PERSON] = Kind.PERSON
    surname: str = ""
    name: str = ""
    patronymic: str = ""
    iin: str | None = None
    birth_date: dt.date | None = None
    sex: Literal["M", "F"] | None = None
    citizenship: str = "KZ"
    country_code: str | None = None
    residence: str = "usual"
    unit: str = ""
    admitted_on: dt.date | None = None
    left_on: dt.date | None = None
    left_reason: str | None = None
    #: The coverage status in stage 2 (to_enumerate, interview, records, online, refused, not_resident).
    status: str = "to_enumerate"

    @field_validator("iin")
    @classmethod
    def _iin_digits(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"\d{12}", value):
            raise ValueError("an IIN is 12 digits")
        return value


class CensusSheet(_Sheet):
    required = ("person_uuid", "form_id", "form_version")

    kind: Literal[Kind.CENSUS_SHEET] = Kind.CENSUS_SHEET
    person_uuid: UUID | None = None


class OutcomeKind(StrEnum):
    ONLINE = "online"
    REFUSED = "refused"
    NOT_RESIDENT = "not_resident"


class EnumerationOutcome(_Record):
    """A person counted without a census sheet: online (with the confirmation code), refused, not resident."""

    required = ("person_uuid", "outcome")

    kind: Literal[Kind.OUTCOME] = Kind.OUTCOME
    person_uuid: UUID | None = None
    outcome: OutcomeKind | None = None
    online_code: str = ""
    reason: str = ""
    recorded_at: dt.datetime | None = None


class CertificateEntry(_Record):
    """One row of the certificate registry; a voided certificate keeps ``deleted`` false and says ``voided``."""

    required = ("number", "person_uuid", "full_name", "issued_on", "signature")

    kind: Literal[Kind.CERTIFICATE] = Kind.CERTIFICATE
    number: str = ""
    person_uuid: UUID | None = None
    iin: str | None = None
    full_name: str = ""
    birth_date: dt.date | None = None
    issued_on: dt.date | None = None
    state: Literal["issued", "reprinted", "voided"] = "issued"
    void_reason: str = ""
    voided_at: dt.datetime | None = None
    #: The signed payload (``C1*BIN*…``) and the Ed25519 signature, base64.
    payload: str = ""
    signature: str = ""


class EquipmentItem(_Record):
    required = ("item_kind",)

    kind: Literal[Kind.EQUIPMENT_ITEM] = Kind.EQUIPMENT_ITEM
    item_kind: str = ""
    inventory_number: str | None = None
    serial_number: str = ""
    kit_uuid: UUID | None = None
    holder_name: str = ""
    state: str = "stock"
    condition: str = "good"
    received_on: dt.date | None = None
    note: str = ""


class EquipmentActLine(_Model):
    item_uuid: UUID
    present: bool = True
    condition: str = "good"
    note: str = ""


class EquipmentAct(_Record):
    required = ("act_kind", "act_date")

    kind: Literal[Kind.EQUIPMENT_ACT] = Kind.EQUIPMENT_ACT
    act_kind: str = ""
    number: int = 0
    act_date: dt.date | None = None
    employee_name: str = ""
    department_person: str = ""
    signed: bool = False
    signed_on: dt.date | None = None
    note: str = ""
    lines: list[EquipmentActLine] = Field(default_factory=list)


Record = Annotated[
    InstitutionProfile
    | InstitutionSheet
    | Person
    | CensusSheet
    | EnumerationOutcome
    | CertificateEntry
    | EquipmentItem
    | EquipmentAct,
    Field(discriminator="kind"),
]


class AuditHead(_Model):
    """The newest entry of the institution's audit trail when a batch was made: its number and hash.
    The Department keeps it and says it back in its signed receipt, so that a trail rewritten later
    no longer matches what the Department holds."""

    seq: int = Field(ge=1)
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")


class Batch(_Model):
    """What one request (or one package) carries."""

    protocol_version: int = PROTOCOL_VERSION
    institution_bin: str
    #: The institution's running number of its batches (per channel); a resend keeps its number.
    sequence: int = Field(ge=1)
    created_at: dt.datetime
    records: list[Record] = Field(default_factory=list)
    #: The institution's audit trail head (absent where the trail is empty).
    audit_head: AuditHead | None = None

    _check_created_at = field_validator("created_at")(_aware)

    @field_validator("institution_bin")
    @classmethod
    def _bin_digits(cls, value: str) -> str:
        if not _BIN.match(value):
            raise ValueError("a BIN is 12 digits")
        return value

    @field_validator("protocol_version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value != PROTOCOL_VERSION:
            raise ValueError(f"protocol version {value} is not supported (this side speaks {PROTOCOL_VERSION})")
        return value

    def counts(self) -> dict[str, int]:
        """Records per kind (kinds with none are left out)."""
        result: dict[str, int] = {}
        for record in self.records:
            result[record.kind.value] = result.get(record.kind.value, 0) + 1
        return result


class RejectReason(StrEnum):
    STALE_REVISION = "stale_revision"
    FOREIGN_RECORD = "foreign_record"
    UNKNOWN_PERSON = "unknown_person"
    KIND_CHANGED = "kind_changed"


REJECT_TEXTS: dict[RejectReason, str] = {
    RejectReason.STALE_REVISION: "The Department holds a newer revision ({held}) of this record; this one ({sent}) "
    "was not stored.",
    RejectReason.FOREIGN_RECORD: "A record with this UUID belongs to another institution; it was not stored.",
    RejectReason.UNKNOWN_PERSON: "The person this record refers to was never sent; send the person first.",
    RejectReason.KIND_CHANGED: "This UUID was first sent as a record of another kind ({held}); it was not stored.",
}


class Rejection(_Model):
    uuid: UUID
    kind: Kind
    code: RejectReason
    text: str


class Receipt(_Model):
    """The Department's answer to one batch: when it was stored, what was accepted, what was not."""

    protocol_version: int = PROTOCOL_VERSION
    institution_bin: str
    sequence: int
    #: The server's date and time of storing the batch, in UTC with its offset (``+00:00``).
    received_at: dt.datetime
    #: Records held after this batch, per kind, including resends that changed nothing.
    accepted: dict[Kind, int] = Field(default_factory=dict)
    rejected: list[Rejection] = Field(default_factory=list)
    #: SHA-256 (hex) of the batch as received, so that a resend can be told from a different batch.
    batch_sha256: str = ""
    #: The batch's audit trail head, as the Department stored it.
    audit_head: AuditHead | None = None

    _check_received_at = field_validator("received_at")(_aware)

    def accepted_total(self) -> int:
        return sum(self.accepted.values())

    def rejected_uuids(self) -> set[UUID]:
        return {item.uuid for item in self.rejected}
