"""The exchange protocol shared by the desktop and the Department: records, batches, receipts,
short certificate codes and package files."""

from __future__ import annotations

import datetime as dt
import io
import uuid
import zipfile

import pytest
from pydantic import ValidationError

from desktop.protocol import package as pkg
from desktop.protocol.codes import normalize_short_code, short_code, short_code_matches
from desktop.protocol.records import Batch, CensusSheet, Kind, Person, Receipt
from tests.unit.test_layers import _offenders

NOW = dt.datetime(2021, 10, 5, 9, 30, tzinfo=dt.UTC)
BIN = "100540012349"


def _person(**changes: object) -> Person:
    data: dict[str, object] = {"uuid": uuid.uuid4(), "revision": 1, "updated_at": NOW, "surname": "Абаев"}
    data.update(changes)
    return Person.model_validate(data)


def _batch(sequence: int = 1, bin_: str = BIN, count: int = 3) -> Batch:
    return Batch(institution_bin=bin_, sequence=sequence, created_at=NOW, records=[_person() for _ in range(count)])


def test_protocol_is_pure_python() -> None:
    assert _offenders("desktop/protocol", {"PySide6", "shiboken6", "sqlalchemy", "requests", "pandas"}) == {}


def test_a_batch_round_trips_through_json_with_every_kind() -> None:
    person = _person(iin="900101300123", birth_date=dt.date(1990, 1, 1), sex="M")
    sheet = CensusSheet(
        uuid=uuid.uuid4(),
        revision=2,
        updated_at=NOW,
        person_uuid=person.uuid,
        form_id="person",
        form_version="2021.1",
        answers={"P5": {"value": "1", "source": "records", "document": "Медкарта"}},
        state="complete",
    )
    records = [
        {"kind": "institution_profile", "bin": BIN, "name_ru": "Дом", "name_kk": "Үй"},
        {"kind": "institution_sheet", "form_id": "inst", "form_version": "1"},
        {"kind": "outcome", "person_uuid": str(person.uuid), "outcome": "online", "online_code": "X1"},
        {
            "kind": "certificate",
            "number": "21-000001",
            "person_uuid": str(person.uuid),
            "full_name": "А Б",
            "issued_on": "2021-10-05",
            "signature": "c2ln",
        },
        {"kind": "equipment_item", "item_kind": "tablet", "inventory_number": "T-1"},
        {
            "kind": "equipment_act",
            "act_kind": "transfer",
            "act_date": "2021-09-20",
            "lines": [{"item_uuid": str(uuid.uuid4())}],
        },
    ]
    extra = [{"uuid": str(uuid.uuid4()), "revision": 1, "updated_at": NOW.isoformat(), **r} for r in records]
    batch = Batch.model_validate(
        {
            "institution_bin": BIN,
            "sequence": 7,
            "created_at": NOW.isoformat(),
            "records": [person.model_dump(mode="json"), sheet.model_dump(mode="json"), *extra],
        }
    )
    again = Batch.model_validate_json(batch.model_dump_json())
    assert again == batch
    assert set(again.counts()) == set(Kind)
    assert again.records[1].answers["P5"].source == "records"  # type: ignore[union-attr]  # a CensusSheet


def test_unknown_kind_missing_source_and_naive_time_are_refused() -> None:
    base = {"uuid": str(uuid.uuid4()), "revision": 1, "updated_at": NOW.isoformat()}
    with pytest.raises(ValidationError, match="kind"):
        Batch.model_validate(
            {
                "institution_bin": BIN,
                "sequence": 1,
                "created_at": NOW.isoformat(),
                "records": [{**base, "kind": "secret_dossier"}],
            }
        )
    with pytest.raises(ValidationError, match="source"):
        CensusSheet.model_validate(
            {
                **base,
                "person_uuid": str(uuid.uuid4()),
                "form_id": "p",
                "form_version": "1",
                "answers": {"P1": {"value": 3}},
            }
        )
    with pytest.raises(ValidationError, match="UTC offset"):
        Person.model_validate({**base, "updated_at": "2021-10-05T09:30:00", "surname": "A"})
    with pytest.raises(ValidationError, match="surname"):
        Person.model_validate(base)


def test_a_tombstone_needs_no_content() -> None:
    tomb = Person.model_validate({"uuid": str(uuid.uuid4()), "revision": 3, "updated_at": NOW, "deleted": True})
    assert tomb.deleted and tomb.surname == ""


def test_short_code_is_short_unambiguous_and_forgiving() -> None:
    signature = bytes(range(64))
    code = short_code(signature)
    assert len(code) <= 12 and code[5] == "-"
    assert not set(code) & set("ILOU")
    assert short_code(signature) == code
    assert short_code(bytes(63) + b"\x01") != code
    typed = " " + code.lower().replace("-", " ").replace("0", "o").replace("1", "l") + " "
    assert normalize_short_code(typed) == code
    assert short_code_matches(signature, typed)
    assert not short_code_matches(signature, code[:-1] + ("2" if code[-1] != "2" else "3"))
    assert normalize_short_code("ABC") is None


@pytest.fixture(scope="module")
def keys() -> tuple[pkg.DepartmentKeys, bytes]:
    return pkg.DepartmentKeys.generate(), pkg.new_signing_key()


def _read(data: bytes, keys: tuple[pkg.DepartmentKeys, bytes], **kw: object) -> Batch:
    department, institution_key = keys
    public = pkg.signing_public_key(institution_key)
    return pkg.read_package(
        data,
        identity=department.age_identity,
        key_of=lambda b: public if b == BIN else None,
        **kw,  # type: ignore[arg-type]  # last_of / expected_bin of the test
    )


def test_a_package_is_read_back_exactly(keys: tuple[pkg.DepartmentKeys, bytes]) -> None:
    department, institution_key = keys
    batch = _batch(count=50)
    data = pkg.write_package(batch, recipient=department.recipient, signing_key=institution_key)
    assert b"\xd0\x90\xd0\xb1" not in data  # "Аб" of the surnames is nowhere in clear
    assert _read(data, keys) == batch
    manifest = pkg.open_package(data).manifest
    assert (manifest.institution_bin, manifest.sequence, manifest.counts) == (BIN, 1, {"person": 50})


def _rezip(data: bytes, **replace: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, replace.get(name.replace(".", "_"), src.read(name)))
    return out.getvalue()


def test_every_bad_package_is_refused_with_its_own_error(keys: tuple[pkg.DepartmentKeys, bytes]) -> None:
    department, institution_key = keys
    good = pkg.write_package(_batch(sequence=5), recipient=department.recipient, signing_key=institution_key)
    sealed = pkg.open_package(good)

    with pytest.raises(pkg.NotAPackage, match="not a Sanaq package"):
        _read(b"PK\x03\x04 not really", keys)
    # The manifest edited to claim more persons: the signature no longer holds.
    forged = sealed.manifest_bytes.replace(b'"person":3', b'"person":4')
    with pytest.raises(pkg.PackageAltered, match="signature"):
        _read(_rezip(good, manifest_json=forged), keys)
    # One byte of the ciphertext flipped: age's authentication fails.
    damaged = bytearray(sealed.ciphertext)
    damaged[-10] ^= 1
    with pytest.raises(pkg.PackageAltered, match="damaged or was altered"):
        _read(_rezip(good, payload_age=bytes(damaged)), keys)
    # A payload swapped for another one encrypted to the Department (anyone can): the hash differs.
    other = pkg.open_package(
        pkg.write_package(_batch(sequence=5), recipient=department.recipient, signing_key=institution_key)
    )
    with pytest.raises(pkg.PackageAltered, match="does not match its manifest"):
        _read(_rezip(good, payload_age=other.ciphertext), keys)
    # Encrypted to another Department's key.
    stranger = pkg.DepartmentKeys.generate()
    foreign_key = pkg.write_package(_batch(sequence=5), recipient=stranger.recipient, signing_key=institution_key)
    with pytest.raises(pkg.WrongRecipient, match="another key"):
        _read(foreign_key, keys)
    # From an institution this Department does not know, and from another one than expected.
    unknown = pkg.write_package(
        _batch(bin_="990340001234"), recipient=department.recipient, signing_key=institution_key
    )
    with pytest.raises(pkg.UnknownInstitution, match="990340001234"):
        _read(unknown, keys)
    with pytest.raises(pkg.ForeignInstitution, match="not from 000000000000"):
        _read(good, keys, expected_bin="000000000000")
    # Signed by another institution's key.
    impostor = pkg.write_package(_batch(sequence=5), recipient=department.recipient, signing_key=pkg.new_signing_key())
    with pytest.raises(pkg.PackageAltered, match="not made by that institution"):
        _read(impostor, keys)
    # Replayed: the same package again, and an older one after a newer.
    with pytest.raises(pkg.PackageReplayed, match="already imported") as again:
        _read(good, keys, last_of=lambda _b: (5, sealed.sha256))
    assert again.value.already_imported
    with pytest.raises(pkg.PackageReplayed, match="number 6 was already imported") as older:
        _read(good, keys, last_of=lambda _b: (6, "x"))
    assert not older.value.already_imported


def test_a_receipt_file_is_signed_and_checked(keys: tuple[pkg.DepartmentKeys, bytes]) -> None:
    department, _institution_key = keys
    receipt = Receipt(institution_bin=BIN, sequence=2, received_at=NOW, accepted={Kind.PERSON: 3})
    data = pkg.write_receipt_file(pkg.SignedReceipt.sign(receipt, department.signing_key))
    assert pkg.read_receipt_file(data, public_key=department.public_key, expected_bin=BIN) == receipt
    assert pkg.read_receipt_file(data, public_key=department.public_key).received_at.utcoffset() == dt.timedelta(0)
    with pytest.raises(pkg.ReceiptInvalid, match="not signed"):
        pkg.read_receipt_file(data.replace(b'\\"person\\":3', b'\\"person\\":9'), public_key=department.public_key)
    with pytest.raises(pkg.ForeignInstitution):
        pkg.read_receipt_file(data, public_key=department.public_key, expected_bin="000000000000")
    with pytest.raises(pkg.ReceiptInvalid, match="not a receipt"):
        pkg.read_receipt_file(b"{}", public_key=department.public_key)
