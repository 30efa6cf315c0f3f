"""Package files for a USB stick and the Department's signed receipt files.

A package is a ZIP file (stored, not compressed) with three members:

- ``manifest.json`` — institution BIN, sequence number, counts per kind, SHA-256 of the payload, when
  it was made and the Department's age recipient it is encrypted to (nothing personal);
- ``manifest.sig`` — the institution's Ed25519 signature of ``manifest.json`` exactly as stored;
- ``payload.age`` — the batch as JSON, gzip-compressed, then encrypted with age (X25519) to the
  Department's recipient.

Only standard constructions are used: age through ``pyrage`` and Ed25519 through ``cryptography``.
Reading refuses, each with its own error: a file that is not a package, a package from an institution
the reader does not expect or know, a package encrypted to another key, an altered package (the
signature, the hash or age's authentication fails), and a package replayed or out of order (its
sequence number is not above the last one imported).

A receipt file is JSON: ``{"format": ..., "receipt": "<the receipt as JSON text>", "signature": ...}``
with the Department's Ed25519 signature of that text; the same envelope answers an online batch.
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from desktop.domain.certificates import new_private_key, public_key_of
from desktop.protocol.records import PROTOCOL_VERSION, Batch, Receipt

PACKAGE_FORMAT: Literal["sanaq-package"] = "sanaq-package"
RECEIPT_FORMAT: Literal["sanaq-receipt"] = "sanaq-receipt"
PACKAGE_SUFFIX = ".sanaq"
RECEIPT_SUFFIX = ".receipt.json"
MAX_PAYLOAD_BYTES = 1 << 30  # a decompressed payload larger than this is refused

_MANIFEST = "manifest.json"
_SIGNATURE = "manifest.sig"
_PAYLOAD = "payload.age"


# -- errors ---------------------------------------------------------------------------------------


class PackageError(Exception):
    """A package or receipt file that cannot be accepted; ``code`` names the case, ``str()`` explains it."""

    code = "package.error"


class NotAPackage(PackageError):
    code = "package.malformed"


class UnknownInstitution(PackageError):
    code = "package.unknown_institution"


class ForeignInstitution(PackageError):
    code = "package.foreign_institution"


class WrongRecipient(PackageError):
    code = "package.wrong_recipient"


class PackageAltered(PackageError):
    code = "package.altered"


class PackageReplayed(PackageError):
    code = "package.replayed"

    def __init__(self, message: str, *, sequence: int, already_imported: bool) -> None:
        super().__init__(message)
        self.sequence = sequence
        #: True when this very package (same sequence, same content) was imported before.
        self.already_imported = already_imported


class ReceiptInvalid(PackageError):
    code = "receipt.invalid"


# -- keys -----------------------------------------------------------------------------------------


#: A fresh Ed25519 private key (raw 32 bytes) and its public key: the same keys that sign certificates.
new_signing_key = new_private_key
signing_public_key = public_key_of


def sign(private_key: bytes, data: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(private_key).sign(data)


def signature_valid(public_key: bytes, data: bytes, signature: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def new_age_identity() -> str:
    """A fresh age X25519 identity (``AGE-SECRET-KEY-1…``); keep it secret."""
    from pyrage import x25519

    return str(x25519.Identity.generate())


def age_recipient(identity: str) -> str:
    """The public recipient (``age1…``) of an identity: what institutions encrypt to."""
    from pyrage import x25519

    return str(x25519.Identity.from_str(identity).to_public())


@dataclass(frozen=True)
class DepartmentKeys:
    """The Department's two keys: age (packages are encrypted to it) and Ed25519 (it signs receipts)."""

    age_identity: str
    signing_key: bytes

    @classmethod
    def generate(cls) -> DepartmentKeys:
        return cls(new_age_identity(), new_signing_key())

    @property
    def recipient(self) -> str:
        return age_recipient(self.age_identity)

    @property
    def public_key(self) -> bytes:
        return signing_public_key(self.signing_key)


# -- the manifest and the package -----------------------------------------------------------------


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["sanaq-package"] = PACKAGE_FORMAT
    protocol_version: int = PROTOCOL_VERSION
    institution_bin: str
    sequence: int = Field(ge=1)
    counts: dict[str, int]
    payload_sha256: str
    created_at: dt.datetime
    recipient: str

    @field_validator("created_at")
    @classmethod
    def _aware(cls, value: dt.datetime) -> dt.datetime:
        if value.tzinfo is None:
            raise ValueError("a date and time needs its UTC offset")
        return value


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def write_package(batch: Batch, *, recipient: str, signing_key: bytes, created_at: dt.datetime | None = None) -> bytes:
    """The bytes of a package file holding ``batch``, encrypted to ``recipient`` and signed with ``signing_key``."""
    import pyrage
    from pyrage import x25519

    payload = batch.model_dump_json().encode("utf-8")
    manifest = Manifest(
        institution_bin=batch.institution_bin,
        sequence=batch.sequence,
        counts=batch.counts(),
        payload_sha256=hashlib.sha256(payload).hexdigest(),
        created_at=created_at or _utcnow(),
        recipient=recipient,
    )
    manifest_bytes = manifest.model_dump_json().encode("utf-8")
    try:
        ciphertext = pyrage.encrypt(gzip.compress(payload, mtime=0), [x25519.Recipient.from_str(recipient)])
    except pyrage.RecipientError as error:
        raise WrongRecipient(f"The Department's key is not a valid age recipient: {error}") from error
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr(_MANIFEST, manifest_bytes)
        archive.writestr(_SIGNATURE, base64.b64encode(sign(signing_key, manifest_bytes)))
        archive.writestr(_PAYLOAD, ciphertext)
    return out.getvalue()


@dataclass(frozen=True)
class SealedPackage:
    """A package as read from the file, before anything is verified or decrypted."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    ciphertext: bytes

    @property
    def sha256(self) -> str:
        return self.manifest.payload_sha256


def open_package(data: bytes) -> SealedPackage:
    """Read the members of a package file; :class:`NotAPackage` when it is not one."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if not {_MANIFEST, _SIGNATURE, _PAYLOAD} <= names:
                raise NotAPackage("This file is not a Sanaq package: it lacks the manifest, signature or payload.")
            manifest_bytes = archive.read(_MANIFEST)
            signature = base64.b64decode(archive.read(_SIGNATURE), validate=True)
            ciphertext = archive.read(_PAYLOAD)
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise NotAPackage("This file is not a Sanaq package (or it is damaged).") from error
    try:
        manifest = Manifest.model_validate_json(manifest_bytes)
    except ValidationError as error:
        raise NotAPackage(
            "The manifest of this package cannot be read: it is damaged or of another version."
        ) from error
    return SealedPackage(manifest, manifest_bytes, signature, ciphertext)


def verify_package(
    sealed: SealedPackage,
    *,
    identity: str,
    institution_key: bytes,
    expected_bin: str | None = None,
    last_sequence: int = 0,
    last_sha256: str | None = None,
) -> Batch:
    """The batch inside a package, after every check; a :class:`PackageError` subclass otherwise.

    ``institution_key`` is the Ed25519 public key bound to the manifest's institution at enrolment;
    ``last_sequence`` and ``last_sha256`` describe the last package imported from it.
    """
    import pyrage
    from pyrage import x25519

    manifest = sealed.manifest
    if expected_bin is not None and manifest.institution_bin != expected_bin:
        raise ForeignInstitution(
            f"This package comes from the institution with BIN {manifest.institution_bin}, not from {expected_bin}."
        )
    if not signature_valid(institution_key, sealed.manifest_bytes, sealed.signature):
        raise PackageAltered(
            f"The signature of this package does not match the key of the institution {manifest.institution_bin}: "
            "the file was altered or was not made by that institution."
        )
    if manifest.sequence <= last_sequence:
        same = manifest.sequence == last_sequence and manifest.payload_sha256 == last_sha256
        text = (
            f"This package (number {manifest.sequence}) was already imported; importing it again changes nothing."
            if same
            else f"This package has number {manifest.sequence}, but number {last_sequence} was already imported: "
            "it is an old or replayed package. Ask the institution for a new one."
        )
        raise PackageReplayed(text, sequence=manifest.sequence, already_imported=same)
    try:
        compressed = pyrage.decrypt(sealed.ciphertext, [x25519.Identity.from_str(identity)])
    except pyrage.DecryptError as error:
        if "no matching keys" in str(error).lower():
            raise WrongRecipient(
                "This package is encrypted to another key, not to this Department's: the institution must "
                "take this Department's key (with enrolment or as a file) and write the package again."
            ) from error
        raise PackageAltered("The encrypted part of this package is damaged or was altered.") from error
    payload = _gunzip(compressed)
    if hashlib.sha256(payload).hexdigest() != manifest.payload_sha256:
        raise PackageAltered("The content of this package does not match its manifest: it was altered.")
    try:
        batch = Batch.model_validate_json(payload)
    except ValidationError as error:
        raise NotAPackage(f"The content of this package cannot be read: {_first_problem(error)}") from error
    if batch.institution_bin != manifest.institution_bin or batch.sequence != manifest.sequence:
        raise PackageAltered("The content of this package does not match its manifest: it was altered.")
    return batch


def read_package(
    data: bytes,
    *,
    identity: str,
    key_of: Callable[[str], bytes | None],
    last_of: Callable[[str], tuple[int, str | None]] = lambda _bin: (0, None),
    expected_bin: str | None = None,
) -> Batch:
    """Open and verify a package in one call: ``key_of(bin)`` gives the institution's public key (None
    when it is not enrolled), ``last_of(bin)`` the last imported sequence number and its hash."""
    sealed = open_package(data)
    bin_ = sealed.manifest.institution_bin
    key = key_of(bin_)
    if key is None:
        raise UnknownInstitution(f"No institution with BIN {bin_} is enrolled at this Department.")
    last_sequence, last_sha256 = last_of(bin_)
    return verify_package(
        sealed,
        identity=identity,
        institution_key=key,
        expected_bin=expected_bin,
        last_sequence=last_sequence,
        last_sha256=last_sha256,
    )


def _gunzip(data: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            payload = stream.read(MAX_PAYLOAD_BYTES + 1)
    except (OSError, EOFError) as error:
        raise PackageAltered("The content of this package is damaged.") from error
    if len(payload) > MAX_PAYLOAD_BYTES:
        raise NotAPackage("The content of this package is too large to import.")
    return payload


def _first_problem(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first.get("loc", ()))
    return f"{where}: {first.get('msg', '')}" if where else str(first.get("msg", ""))


# -- receipts -------------------------------------------------------------------------------------


class SignedReceipt(BaseModel):
    """A receipt with the Department's signature: the answer to an online batch and the receipt file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["sanaq-receipt"] = RECEIPT_FORMAT
    receipt: str
    signature: str

    @classmethod
    def sign(cls, receipt: Receipt, signing_key: bytes) -> SignedReceipt:
        text = receipt.model_dump_json()
        return cls(receipt=text, signature=base64.b64encode(sign(signing_key, text.encode("utf-8"))).decode())

    def verify(self, public_key: bytes, *, expected_bin: str | None = None) -> Receipt:
        """The receipt, when the Department's signature holds; :class:`ReceiptInvalid` otherwise."""
        try:
            signature = base64.b64decode(self.signature, validate=True)
        except ValueError as error:
            raise ReceiptInvalid("The signature of this receipt cannot be read.") from error
        if not signature_valid(public_key, self.receipt.encode("utf-8"), signature):
            raise ReceiptInvalid("This receipt is not signed by the Department's key: it was altered or is forged.")
        receipt = Receipt.model_validate_json(self.receipt)
        if expected_bin is not None and receipt.institution_bin != expected_bin:
            raise ForeignInstitution(
                f"This receipt is for the institution with BIN {receipt.institution_bin}, not for {expected_bin}."
            )
        return receipt


def write_receipt_file(signed: SignedReceipt) -> bytes:
    return json.dumps(signed.model_dump(), ensure_ascii=False, indent=1).encode("utf-8")


def read_receipt_file(data: bytes, *, public_key: bytes, expected_bin: str | None = None) -> Receipt:
    """The receipt in a receipt file, verified; :class:`ReceiptInvalid` when it is not one or forged."""
    try:
        signed = SignedReceipt.model_validate_json(data)
    except ValidationError as error:
        raise ReceiptInvalid("This file is not a receipt of the Department.") from error
    return signed.verify(public_key, expected_bin=expected_bin)
