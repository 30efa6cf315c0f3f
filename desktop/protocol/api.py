"""The HTTP side of the exchange: paths and the bodies of enrolment, status and errors.

The batch and its signed receipt are :class:`~desktop.protocol.records.Batch` and
:class:`~desktop.protocol.package.SignedReceipt`.  Every refusal has the body :class:`ErrorBody`
with a stable ``code`` (e.g. ``auth.revoked``, ``request.too_large``) and a text for people.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

PREFIX = "/api/v1"
ENROL = PREFIX + "/enrol"  # POST EnrolRequest → EnrolResponse (no token)
KEYS = PREFIX + "/keys"  # GET → PublicKeys (no token)
BATCHES = PREFIX + "/batches"  # POST Batch → SignedReceipt (Authorization: Bearer)
RECEIPT = PREFIX + "/receipts/{sequence}"  # GET → SignedReceipt of an earlier batch, 404 if never received
STATUS = PREFIX + "/status"  # GET → Status


class _Body(BaseModel):
    model_config = ConfigDict(frozen=True)


class PublicKeys(_Body):
    """What an institution needs of the Department: where to encrypt packages, how to check receipts.

    ``sanaq-department keys export FILE`` writes it as JSON for an institution without a network.
    """

    age_recipient: str
    #: Ed25519, 64 hex digits.
    signing_public_key: str


class EnrolRequest(_Body):
    code: str
    #: The institution's Ed25519 public key (64 hex digits): it will sign the institution's packages.
    public_key: str


class EnrolResponse(PublicKeys):
    token: str
    institution_bin: str


class Status(_Body):
    institution_bin: str
    last_sync_at: dt.datetime | None
    #: The last batch number received per channel ("online", "package").
    last_sequence: dict[str, int]


class ErrorDetail(_Body):
    code: str
    message: str


class ErrorBody(_Body):
    error: ErrorDetail
