"""Certificates nobody can forge with read access to the files, and that exist once per person."""

from __future__ import annotations

import dataclasses
import stat
import threading
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from desktop.app import AppContext, bootstrap
from desktop.domain import certificates as rules
from desktop.domain import iin
from desktop.models.documents import Certificate
from desktop.models.entities import Institution, Person
from desktop.models.keystore import MAGIC
from desktop.services import certificates, institution
from tests.integration.test_documents import setup_institution


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _issue_one(ctx: AppContext, person_id: int) -> certificates.CertificateInfo:
    with ctx.uow() as uow:
        return certificates.issue(uow, target=None, person_ids=[person_id], campaign=ctx.campaign).issued[0]


def _private_key(ctx: AppContext) -> bytes:
    with ctx.uow() as uow:
        row = uow.session.scalars(select(Institution)).one()
        assert ctx.db.keystore is not None and row.signing_key is not None
        return ctx.db.keystore.open(bytes(row.signing_key))


def test_the_signing_key_is_never_in_the_clear_in_the_database(sqlite_context: AppContext) -> None:
    ctx = sqlite_context
    ids = setup_institution(ctx)
    issued = _issue_one(ctx, ids["Петрова"])
    private = _private_key(ctx)
    ctx.db.dispose()
    database = ctx.paths.database
    with ctx.uow() as uow:
        stored = bytes(uow.session.scalars(select(Institution.signing_key)).one() or b"")
    assert stored.startswith(MAGIC) and private not in stored
    for companion in database.parent.glob(database.name + "*"):
        if companion.suffix != ".key":
            assert private not in companion.read_bytes(), companion.name
    # Data folder, database and key file readable by their owner only.
    assert _mode(ctx.paths.home) == 0o700
    assert _mode(database) == 0o600
    key_file = database.with_name(database.name + ".key")
    assert _mode(key_file) == 0o600
    # Without the key file the database alone cannot sign: issuing says so, nothing is issued.
    key_file.rename(key_file.with_suffix(".moved"))
    with ctx.uow() as uow, pytest.raises(Exception) as failure:
        certificates.issue(uow, target=None, person_ids=[ids["Құрманғазы"]], campaign=ctx.campaign)
    assert getattr(failure.value, "code", "") == "signing_key.unavailable"
    # ... and verifying needs only the public key.
    with ctx.uow() as uow:
        assert certificates.verify(uow, issued.code, campaign=ctx.campaign).ok


def test_a_key_kept_in_the_clear_by_an_older_version_is_sealed_at_start(sqlite_context: AppContext) -> None:
    ctx = sqlite_context
    ids = setup_institution(ctx)
    issued = _issue_one(ctx, ids["Петрова"])
    private = _private_key(ctx)
    with ctx.uow() as uow:  # as an older version kept it: raw, and no public key column yet
        uow.session.execute(update(Institution).values(signing_key=private, public_key=None))
        uow.commit()
    ctx.close()
    again = bootstrap(ctx.paths.home, None, "ru")
    try:
        with again.uow() as uow:
            row = uow.session.scalars(select(Institution)).one()
            assert bytes(row.signing_key or b"").startswith(MAGIC)
            assert row.public_key == rules.public_key_of(private)
            assert certificates.verify(uow, issued.qr, campaign=again.campaign).ok
        assert _private_key(again) == private
    finally:
        again.close()


def test_a_correctly_signed_number_the_registry_never_issued_does_not_verify(context: AppContext) -> None:
    ids = setup_institution(context)
    issued = _issue_one(context, ids["Петрова"])
    private = _private_key(context)
    assert issued.number
    with context.uow() as uow:
        stored = uow.session.scalars(select(Certificate)).one()
        genuine = rules.Payload.parse(stored.payload)
    minted = dataclasses.replace(genuine, number="21-777777")
    code = rules.qr_text(minted, rules.sign(private, minted))
    with context.uow() as uow:
        result = certificates.verify(uow, code, campaign=context.campaign)
    assert not result.ok and result.problem is rules.CodeProblem.UNKNOWN_NUMBER


def _another_bin(current: str) -> str:
    for serial in range(100000, 999999):
        candidate = current[:6] + str(serial)[:6]
        if candidate != current and iin.bin_problem(candidate) is None:
            return candidate
    raise AssertionError("no valid BIN found")


def test_changing_the_bin_keeps_the_institutions_own_certificates_valid(context: AppContext) -> None:
    ids = setup_institution(context)
    issued = _issue_one(context, ids["Петрова"])
    with context.uow() as uow:
        profile = institution.require_profile(uow)
        data = institution.ProfileInput(
            name_kk=profile.name_kk, name_ru=profile.name_ru, bin=_another_bin(profile.bin),
            type_code=profile.type_code, kato_code=profile.kato_code,
        )  # fmt: skip
        institution.save_profile(uow, data)
    with context.uow() as uow:
        result = certificates.verify(uow, issued.qr, campaign=context.campaign)
    assert result.ok, result.message
    # A code signed by another key with the old BIN is still another institution's or a forgery.
    with context.uow() as uow:
        stranger = rules.Payload.parse(uow.session.scalars(select(Certificate.payload)).one())
    other_key = rules.new_private_key()
    with context.uow() as uow:
        code = rules.qr_text(stranger, rules.sign(other_key, stranger))
        forged = certificates.verify(uow, code, campaign=context.campaign)
    assert not forged.ok


def test_two_employees_issuing_at_once_give_one_certificate(context: AppContext) -> None:
    ids = setup_institution(context)
    person = ids["Петрова"]
    results: list[certificates.IssueResult] = []
    errors: list[BaseException] = []
    with context.uow() as first:
        first.lock_writes("certificates")  # the first employee is issuing now

        def second() -> None:
            try:
                with context.uow() as uow:
                    results.append(certificates.issue(uow, target=None, person_ids=[person], campaign=context.campaign))
            except BaseException as error:  # noqa: BLE001 - reported below
                errors.append(error)

        thread = threading.Thread(target=second)
        thread.start()
        thread.join(0.5)
        assert thread.is_alive()  # the second waits for the first
        certificates.issue(first, target=None, person_ids=[person], campaign=context.campaign)
    thread.join(20)
    assert not errors, errors
    assert results[0].issued == [] and len(results[0].already) == 1
    with context.uow() as uow:
        live = uow.session.scalars(
            select(Certificate).where(Certificate.person_id == person, Certificate.state != "voided")
        ).all()
    assert len(live) == 1


def test_the_database_refuses_a_second_valid_certificate_for_a_person(context: AppContext) -> None:
    ids = setup_institution(context)
    _issue_one(context, ids["Петрова"])
    with context.uow() as uow:
        row = uow.session.scalars(select(Certificate)).one()
        copy = Certificate(
            **{c: getattr(row, c) for c in ("campaign_id", "person_id", "person_uuid", "iin", "full_name", "birth_date",
                                           "sex", "coverage_status", "issued_on", "state", "payload", "signature")},
            sequence=row.sequence + 1, number=row.number + "x",
        )  # fmt: skip
        uow.session.add(copy)
        with pytest.raises(IntegrityError):
            uow.session.flush()
    with context.uow() as uow:
        assert uow.session.get(Person, ids["Петрова"]) is not None


def test_two_imports_of_the_same_file_at_once_write_each_person_once(context: AppContext, tmp_path: Path) -> None:
    from desktop.domain.errors import ConflictError
    from desktop.services import register_import as imp
    from desktop.services import tables

    path = tmp_path / "list.csv"
    path.write_text("Фамилия;Имя;Дата рождения\n" + "".join(f"Иванов{i};Иван;01.02.1990\n" for i in range(30)))
    previews = []
    for _ in range(2):  # two employees open the same file before either imports it
        with context.uow() as uow:
            table = tables.read_table(path)
            previews.append(imp.preview_import(uow, table, imp.propose_mapping(uow, table), campaign=context.campaign))
    with context.uow() as uow:
        assert imp.apply_import(uow, previews[0]).imported == 30
    with context.uow() as uow, pytest.raises(ConflictError) as refused:
        imp.apply_import(uow, previews[1])
    assert refused.value.code == "register.changed_meanwhile"
    with context.uow() as uow:
        assert len(uow.session.scalars(select(Person.id)).all()) == 30


def test_offline_verification_says_it_cannot_know_of_a_void(
    sqlite_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    ctx = sqlite_context
    ids = setup_institution(ctx)
    issued = _issue_one(ctx, ids["Петрова"])
    with ctx.uow() as uow:
        key_file = tmp_path / "key.pem"
        key_file.write_text(rules.public_key_pem(certificates.public_key(uow)))
        certificates.void(uow, issued.number, "Выдана по ошибке", campaign=ctx.campaign)
    home = str(ctx.paths.home)
    ctx.close()
    capsys.readouterr()
    assert main(["--lang", "en", "--home", home, "certificates", "verify", issued.qr]) == 1
    offline = ["certificates", "verify", "--public-key", str(key_file), issued.qr]
    assert main(["--lang", "en", "--home", home, *offline]) == 0
    out = capsys.readouterr().out
    assert "whether the certificate was voided since only the institution's registry can say" in out
