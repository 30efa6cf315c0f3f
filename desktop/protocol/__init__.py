"""The exchange with the Department: what travels, how a batch is answered, and the USB package.

One definition shared by the desktop (which sends) and ``department/`` (which receives).  Pure
Python and pydantic; the package files use ``pyrage`` (age, X25519) for encryption and
``cryptography`` (Ed25519) for signatures, imported when first needed.

How an institution uses it:

1. *Connect*: ``POST`` :data:`api.ENROL` an :class:`api.EnrolRequest` (the one-time code and the hex
   public key of the institution's Ed25519 key) → :class:`api.EnrolResponse`: the token, the
   Department's age recipient and its receipt-signing key.  Offline, the same keys come as the file of
   ``sanaq-department keys export`` (:class:`api.PublicKeys`).
2. *Send*: a :class:`Batch` (BIN, the next batch number, records) ``POST`` to :data:`api.BATCHES` with
   ``Authorization: Bearer``; the answer is a :class:`package.SignedReceipt`: ``verify`` it with the
   Department's key and the institution's BIN, then mark as synchronised, at ``received_at``, every
   record not in ``rejected_uuids()``.  After a lost answer, send the same batch again under the same
   number (the same receipt comes back, nothing changes) or ``GET`` :data:`api.RECEIPT`.
   Refusals carry an :class:`api.ErrorBody` with a stable ``code``.
3. *USB*: :func:`package.write_package` writes the file; :func:`package.read_receipt_file` reads the
   Department's receipt file back.
4. *Certificates*: :func:`short_code` of the certificate's signature is printed on it and checked on the
   Department's public page.

Errors are typed (:class:`package.PackageError` and its subclasses, each with a ``code``); the
desktop words them in the user's language by that code.
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
