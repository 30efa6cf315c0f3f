"""Certificates of census participation: numbers, the signed payload and the verification codes.

A certificate is signed with the institution's own Ed25519 key (the ``cryptography`` package; no
cryptography is written here).  What is signed is a canonical, compact text::

    C1*<BIN>*<number>*<subject>*<name tag>*<birth date>*<issue date>

- ``BIN`` — the institution's 12 digits;
- ``number`` — ``YY-NNNNNN``: the census year and the institution's running number (never reused);
- ``subject`` — the person's IIN (12 digits), or ``U`` and the 32 hex digits of the person's UUID
  when the person has no IIN (foreigners, stateless persons);
- ``name tag`` — 8 characters of base32 SHA-256 of the normalised full name: the name itself is not
  in the code, but a changed name on the paper no longer matches;
- ``birth date`` and ``issue date`` — ``YYYYMMDD`` (``-`` for an unknown birth date).

Every character belongs to the QR code's alphanumeric set (digits, capital letters, ``*``, ``-``),
so the QR code stays small.

Two codes are printed:

- the **QR code** holds the payload and the whole signature (``<payload>*<signature>``): anyone with
  the institution's public key checks it offline, without any other data;
- the **short code** under the QR code is the number followed by the whole 64-byte signature in
  base32, in groups of five (``21-000001-ABCDE-…``).  An Ed25519 signature cannot be shortened and
  still be checked, so the short code carries all of it and leaves out only what is printed on the
  certificate or kept in the registry (the number finds the payload there).  Letters are read
  case-insensitively and the digits 0, 1 and 8, which base32 does not use, are read as O, I and B,
  so that a code typed from paper still works.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.text import QT_TRANSLATE_NOOP, Message

VERSION = "C1"
SEPARATOR = "*"
SIGNATURE_BYTES = 64
SIGNATURE_CHARS = 103  # 64 bytes in base32 without padding
GROUP = 5

_NUMBER = re.compile(r"^(\d{2})-(\d{6})$")
_BIN = re.compile(r"^\d{12}$")
_SUBJECT = re.compile(r"^(\d{12}|U[0-9A-F]{32})$")
_TAG = re.compile(r"^[A-Z2-7]{8}$")
_DATE = re.compile(r"^\d{8}$")
_BASE32 = re.compile(r"^[A-Z2-7]+$")


class CertificateState(StrEnum):
    ISSUED = "issued"
    REPRINTED = "reprinted"  # printed again as a duplicate, same number and signature
    VOIDED = "voided"


STATE_LABELS: dict[CertificateState, str] = {
    CertificateState.ISSUED: QT_TRANSLATE_NOOP("documents", "Issued"),
    CertificateState.REPRINTED: QT_TRANSLATE_NOOP("documents", "Reprinted (duplicate)"),
    CertificateState.VOIDED: QT_TRANSLATE_NOOP("documents", "Voided"),
}


class Layout(StrEnum):
    A4 = "a4"
    A5 = "a5"


class CodeProblem(StrEnum):
    MALFORMED = "code.malformed"
    UNKNOWN_NUMBER = "code.unknown_number"
    FORGED = "code.forged"
    VOIDED = "code.voided"
    NO_KEY = "code.no_key"
    OTHER_INSTITUTION = "code.other_institution"


CODE_PROBLEMS: dict[CodeProblem, str] = {
    CodeProblem.MALFORMED: QT_TRANSLATE_NOOP(
        "documents", "This is not a certificate code: check that it was typed or scanned completely."
    ),
    CodeProblem.UNKNOWN_NUMBER: QT_TRANSLATE_NOOP(
        "documents", "No certificate with the number {number} was issued here: the code is not genuine or was mistyped."
    ),
    CodeProblem.FORGED: QT_TRANSLATE_NOOP(
        "documents",
        "The signature does not match: this certificate is forged or altered (or the code was mistyped).",
    ),
    CodeProblem.VOIDED: QT_TRANSLATE_NOOP("documents", "The certificate {number} is genuine but was voided: {reason}"),
    CodeProblem.NO_KEY: QT_TRANSLATE_NOOP(
        "documents", "This institution has not issued any certificate yet: there is no key to check against."
    ),
    CodeProblem.OTHER_INSTITUTION: QT_TRANSLATE_NOOP(
        "documents",
        "The certificate was issued by another institution (BIN {bin}): check it with that institution's key.",
    ),
}


def code_problem_message(problem: CodeProblem, **params: object) -> Message:
    return Message("documents", CODE_PROBLEMS[problem], params)


# -- numbers --------------------------------------------------------------------------------------


def format_number(year: int, sequence: int) -> str:
    """``21-000123``: the census year (two digits) and the running number of the institution."""
    if not 1 <= sequence <= 999_999:
        raise ValueError("a certificate number runs from 1 to 999999")
    return f"{year % 100:02d}-{sequence:06d}"


def parse_number(text: str) -> tuple[int, int] | None:
    """``(year % 100, sequence)`` of a number as printed (``№`` and spaces are allowed), or None."""
    cleaned = re.sub(r"[\s№N#]", "", text or "")
    match = _NUMBER.match(cleaned)
    if not match:
        return None
    return int(match.group(1)), int(match.group(2))


def normalize_number(text: str) -> str | None:
    parsed = parse_number(text)
    return f"{parsed[0]:02d}-{parsed[1]:06d}" if parsed else None


# -- the payload ----------------------------------------------------------------------------------


def normalize_name(full_name: str) -> str:
    """The form of a name that the name tag hashes: NFC, case-folded, ё→е, single spaces."""
    text = unicodedata.normalize("NFC", full_name or "").casefold().replace("ё", "е")
    return " ".join(text.split())


def name_tag(full_name: str) -> str:
    digest = hashlib.sha256(normalize_name(full_name).encode("utf-8")).digest()
    return base64.b32encode(digest).decode("ascii")[:8]


def _date(value: dt.date | None) -> str:
    return value.strftime("%Y%m%d") if value else "-"


def _parse_date(text: str) -> dt.date | None:
    if text == "-":
        return None
    if not _DATE.match(text):
        raise ValueError("date")
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))


@dataclass(frozen=True)
class Payload:
    """What a certificate's signature covers."""

    bin: str
    number: str
    subject: str  # the IIN, or "U" + the person's UUID in hex
    name_tag: str
    birth_date: dt.date | None
    issue_date: dt.date

    @classmethod
    def build(
        cls,
        *,
        bin: str,
        number: str,
        iin: str | None,
        person_uuid: str,
        full_name: str,
        birth_date: dt.date | None,
        issue_date: dt.date,
    ) -> Payload:
        subject = iin if iin and re.fullmatch(r"\d{12}", iin) else "U" + person_uuid.replace("-", "").upper()
        return cls(bin, number, subject, name_tag(full_name), birth_date, issue_date)

    @property
    def iin(self) -> str | None:
        return self.subject if self.subject.isdigit() else None

    def canonical(self) -> str:
        return SEPARATOR.join(
            (
                VERSION,
                self.bin,
                self.number,
                self.subject,
                self.name_tag,
                _date(self.birth_date),
                _date(self.issue_date),
            )
        )

    def matches_name(self, full_name: str) -> bool:
        return name_tag(full_name) == self.name_tag

    @classmethod
    def parse(cls, text: str) -> Payload:
        """The payload of its canonical text; ``ValueError`` when it is not one."""
        parts = text.split(SEPARATOR)
        if len(parts) != 7 or parts[0] != VERSION:
            raise ValueError("not a certificate payload")
        _v, bin_, number, subject, tag, born, issued = parts
        if not (_BIN.match(bin_) and _NUMBER.match(number) and _SUBJECT.match(subject) and _TAG.match(tag)):
            raise ValueError("not a certificate payload")
        issue_date = _parse_date(issued)
        if issue_date is None:
            raise ValueError("no issue date")
        return cls(bin_, number, subject, tag, _parse_date(born), issue_date)


# -- keys and signatures (all by the cryptography package, imported when first needed so that the
# window's modules that read these codes do not load it) -------------------------------------------


def new_private_key() -> bytes:
    """A fresh Ed25519 private key as its raw 32 bytes."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def public_key_of(private_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return (
        Ed25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def public_key_pem(public_key: bytes) -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    return (
        Ed25519PublicKey.from_public_bytes(public_key)
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )


def load_public_key(text: str | bytes) -> bytes:
    """A public key given as raw 32 bytes, 64 hex digits or PEM; ``ValueError`` otherwise."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if isinstance(text, bytes):
        if len(text) == 32:
            return text
        text = text.decode("ascii", "replace")
    stripped = text.strip()
    if re.fullmatch(r"[0-9a-fA-F]{64}", stripped):
        return bytes.fromhex(stripped)
    if "BEGIN PUBLIC KEY" in stripped:
        key = serialization.load_pem_public_key(stripped.encode("ascii"))
        if isinstance(key, Ed25519PublicKey):
            return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    raise ValueError("not an Ed25519 public key")


def key_fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint of a public key (to compare it by phone)."""
    digest = base64.b32encode(hashlib.sha256(public_key).digest()).decode("ascii")[:16]
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def sign(private_key: bytes, payload: Payload) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(private_key).sign(payload.canonical().encode("ascii"))


def signature_valid(public_key: bytes, payload: Payload, signature: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, payload.canonical().encode("ascii"))
    except (InvalidSignature, ValueError):
        return False
    return True


# -- codes ----------------------------------------------------------------------------------------


def _b32(signature: bytes) -> str:
    return base64.b32encode(signature).decode("ascii").rstrip("=")


def _unb32(text: str) -> bytes:
    if len(text) != SIGNATURE_CHARS or not _BASE32.match(text):
        raise ValueError("signature")
    raw = base64.b32decode(text + "=" * (-len(text) % 8))
    if _b32(raw) != text:  # the unused bits of the last character must be zero: one code, one spelling
        raise ValueError("signature")
    return raw


def qr_text(payload: Payload, signature: bytes) -> str:
    """What the QR code holds: the payload and the whole signature."""
    return payload.canonical() + SEPARATOR + _b32(signature)


def short_code(number: str, signature: bytes) -> str:
    """The code printed under the QR code: the number and the whole signature in groups of five."""
    text = _b32(signature)
    return "-".join([number, *(text[i : i + GROUP] for i in range(0, len(text), GROUP))])


@dataclass(frozen=True)
class ParsedCode:
    number: str
    signature: bytes
    payload: Payload | None  # present when the code is a whole QR text


def _typed(text: str) -> str:
    """A code as a person typed it: capitals, no spaces or line breaks, digits for look-alike letters."""
    return re.sub(r"\s+", "", text or "").upper()


def parse_code(text: str) -> ParsedCode:
    """Read a QR text or a short code; ``ValueError`` when it is neither."""
    cleaned = _typed(text)
    if cleaned.startswith(VERSION + SEPARATOR):
        head, _sep, sig = cleaned.rpartition(SEPARATOR)
        payload = Payload.parse(head)
        return ParsedCode(payload.number, _unb32(sig), payload)
    compact = re.sub(r"[-‐‑‒–—_.]", "", cleaned)
    if len(compact) < 9 or not compact[:8].isdigit():
        raise ValueError("not a certificate code")
    number = f"{compact[:2]}-{compact[2:8]}"
    signature = compact[8:].translate(str.maketrans("018", "OIB"))
    return ParsedCode(number, _unb32(signature), None)
