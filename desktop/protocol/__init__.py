"""The exchange with the Department: what travels, how a batch is answered, and the USB package.

One definition shared by the desktop (which sends) and ``department/`` (which receives).  Pure
Python and pydantic; the package files use ``pyrage`` (age, X25519) for encryption and
``cryptography`` (Ed25519) for signatures, imported when first needed.
"""

from desktop.protocol.codes import normalize_short_code, short_code
from desktop.protocol.records import (
    PROTOCOL_VERSION,
    Answer,
    Batch,
    CensusSheet,
    CertificateEntry,
    EnumerationOutcome,
    EquipmentAct,
    EquipmentActLine,
    EquipmentItem,
    InstitutionProfile,
    InstitutionSheet,
    Kind,
    Person,
    Receipt,
    Record,
    Rejection,
    RejectReason,
)

__all__ = [
    "PROTOCOL_VERSION",
    "Answer",
    "Batch",
    "CensusSheet",
    "CertificateEntry",
    "EnumerationOutcome",
    "EquipmentAct",
    "EquipmentActLine",
    "EquipmentItem",
    "InstitutionProfile",
    "InstitutionSheet",
    "Kind",
    "Person",
    "Receipt",
    "Record",
    "Rejection",
    "RejectReason",
    "normalize_short_code",
    "short_code",
]
