"""The Department's service over real HTTP on 127.0.0.1, on SQLite and PostgreSQL: enrolment, the
upsert rules, every refusal, tokens, packages through the command line, and the exports."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyreadstat
import pytest
import requests

from department import reports, service
from department.db import DepartmentDatabase
from desktop.protocol import package as pkg
from tests.department_support import (
    POSTGRES_URL,
    Institution,
    Server,
    certificate,
    cli,
    cli_json,
    database_url,
    outcome,
    person,
    sheet,
)

BACKENDS = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])
_bins = iter(f"{n:012d}" for n in range(100000000001, 100000000999))


@pytest.fixture(scope="module", params=BACKENDS)
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with database_url(request.param, tmp_path_factory.mktemp("department")) as url:
        running = Server(url, max_body_mb=1).start()
        try:
            yield running
        finally:
            running.stop()


@pytest.fixture(scope="module")
def db(server: Server) -> Iterator[DepartmentDatabase]:
    """The service's database, read directly by the test."""
    database = DepartmentDatabase(server.db_url)
    yield database
    database.dispose()


def _new(server: Server, db: DepartmentDatabase) -> Institution:
    bin_ = next(_bins)
    return Institution(server, bin_).enrol(service.add_institution(db, bin_, "Дом", "Үй"))


def _persons_of(db: DepartmentDatabase, bin_: str) -> pd.DataFrame:
    frame = pd.DataFrame(reports.export_rows(db))
    return frame[frame["bin"] == bin_] if not frame.empty else frame


def _status(inst: Institution) -> dict[str, object]:
    answer = inst.http.get(
        inst.server.url + "/api/v1/status", headers={"Authorization": f"Bearer {inst.token}"}, timeout=10
    )
    assert answer.status_code == 200
    return dict(answer.json())


def test_a_batch_is_stored_once_and_a_resend_changes_nothing(server: Server, db: DepartmentDatabase) -> None:
    inst = _new(server, db)
    people = [person(iin=f"9001013{n:05d}", surname=f"Абаев{n}") for n in range(20)]
    sheets = [sheet(p.uuid, P1=n, P2="да") for n, p in enumerate(people)]
    first = inst.send([*people, *sheets])
    assert first.accepted == {"person": 20, "census_sheet": 20} and first.rejected == []
    assert first.received_at.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    # The same batch again (its answer was lost): the same receipt, nothing new.
    again = inst.send([*people, *sheets], sequence=first.sequence)
    assert again == first
    # The same records in a new batch: accepted (the Department holds them), still 20 persons.
    later = inst.send([*people, *sheets])
    assert later.accepted == {"person": 20, "census_sheet": 20}
    rows = _persons_of(db, inst.bin)
    assert len(rows) == 20 and sorted(rows["iin"]) == sorted(p.iin for p in people)
    assert set(rows["q_P2"]) == {"да"} and set(rows["category"]) == {"sheet"}
    # The receipt of an earlier batch can be asked for again.
    answer = inst.http.get(
        f"{server.url}/api/v1/receipts/{first.sequence}", headers={"Authorization": f"Bearer {inst.token}"}, timeout=10
    )
    assert pkg.SignedReceipt.model_validate_json(answer.content).verify(inst.department_public_key) == first
    # A different batch under a number already used is refused.
    clash = inst.post(inst.batch([person()], sequence=first.sequence).model_dump_json())
    assert clash.status_code == 409 and clash.json()["error"]["code"] == "batch.sequence_reused"
    assert _status(inst)["last_sequence"] == {"online": 2}


def test_newer_revision_replaces_older_never_does_and_tombstones_remove(server: Server, db: DepartmentDatabase) -> None:
    inst = _new(server, db)
    keep, gone = person(surname="Первый"), person(surname="Второй")
    inst.send([keep, gone])
    newer = person(revision=3, uuid_=keep.uuid, surname="Исправленный")
    assert inst.send([newer]).accepted == {"person": 1}
    stale = person(revision=2, uuid_=keep.uuid, surname="Старый")
    receipt = inst.send([stale])
    assert receipt.accepted == {}
    assert [(r.uuid, r.code) for r in receipt.rejected] == [(keep.uuid, "stale_revision")]
    assert "newer revision (3)" in receipt.rejected[0].text
    tomb = person(revision=2, uuid_=gone.uuid, deleted=True)
    assert inst.send([tomb]).accepted == {"person": 1}
    # A late copy of the removed person does not bring it back.
    assert inst.send([gone]).rejected[0].code == "stale_revision"
    rows = _persons_of(db, inst.bin)
    assert list(rows["surname"]) == ["Исправленный"]


def test_records_are_checked_one_by_one(server: Server, db: DepartmentDatabase) -> None:
    owner, other = _new(server, db), _new(server, db)
    mine = person(surname="Своя")
    owner.send([mine])
    # Another institution cannot change it under the same UUID; a sheet of an unknown person is refused.
    hijack = person(revision=9, uuid_=mine.uuid, surname="Чужая")
    hijack_sheet = sheet(mine.uuid)  # nor attach a sheet to it
    stray = sheet(uuid.uuid4())
    fine = person(surname="Обычная")
    receipt = other.send([hijack, hijack_sheet, stray, fine])
    assert receipt.accepted == {"person": 1}
    assert {(r.uuid, r.code) for r in receipt.rejected} == {
        (mine.uuid, "foreign_record"),
        (hijack_sheet.uuid, "unknown_person"),
        (stray.uuid, "unknown_person"),
    }
    assert list(_persons_of(db, owner.bin)["surname"]) == ["Своя"]
    assert list(_persons_of(db, other.bin)["surname"]) == ["Обычная"]


def test_every_refusal_is_clear_json_and_stores_nothing(server: Server, db: DepartmentDatabase) -> None:
    inst, other = _new(server, db), _new(server, db)
    good = inst.batch([person(surname="Никогда")]).model_dump_json()

    def refused(answer: requests.Response, status: int, code: str) -> None:
        assert answer.status_code == status, answer.text
        assert answer.headers["content-type"].startswith("application/json")
        error = answer.json()["error"]
        assert error["code"] == code and len(error["message"]) > 10

    refused(inst.post(good, token=""), 401, "auth.missing")
    refused(inst.post(good, token="not-a-token"), 401, "auth.wrong")
    refused(inst.post(good, token=other.token), 403, "batch.foreign_institution")
    refused(inst.post(good[:-5]), 400, "request.malformed_json")
    bad_kind = json.loads(good)
    bad_kind["records"][0]["kind"] = "secret_dossier"
    refused(inst.post(json.dumps(bad_kind)), 422, "request.invalid")
    mixed = json.loads(inst.batch([person(), person()]).model_dump_json())
    mixed["records"][1]["kind"] = "secret_dossier"  # one bad record refuses the whole batch
    refused(inst.post(json.dumps(mixed)), 422, "request.invalid")
    big = inst.batch([person(surname="Я" * 2000) for _ in range(400)]).model_dump_json()
    refused(inst.post(big), 413, "request.too_large")
    # The same without a Content-Length (chunked): counted while it streams in.
    chunked = inst.http.post(
        server.url + "/api/v1/batches",
        data=(big[i : i + 65536].encode() for i in range(0, len(big), 65536)),
        headers={"Authorization": f"Bearer {inst.token}", "Content-Type": "application/json"},
        timeout=60,
    )
    refused(chunked, 413, "request.too_large")
    assert _persons_of(db, inst.bin).empty
    assert _status(inst)["last_sequence"] == {}
    # Enrolment codes are one-time; tokens can be revoked.
    used = requests.post(server.url + "/api/v1/enrol", json={"code": "AAAA-BBBB", "public_key": "00" * 32}, timeout=10)
    refused(used, 403, "enrol.bad_code")
    assert cli_json("token", "revoke", "--db", server.db_url, "--bin", inst.bin)["revoked"] == 1
    refused(inst.post(good), 401, "auth.revoked")
    inst.enrol(service.new_enrolment_code(db, inst.bin))
    assert inst.send([person()]).accepted == {"person": 1}


def test_packages_through_the_command_line(server: Server, db: DepartmentDatabase, tmp_path: Path) -> None:
    inst = _new(server, db)
    people = [person(surname=f"Пакетов{n}") for n in range(5)]
    first = tmp_path / "first.sanaq"
    first.write_bytes(inst.package([*people, outcome(people[0].uuid, "online", online_code="X-1")]))
    done = cli_json("import-package", str(first), "--db", server.db_url)
    assert done["accepted"] == {"person": 5, "outcome": 1} and not done["already_imported"]
    receipt_file = tmp_path / "first.receipt.json"
    assert done["receipt"] == str(receipt_file)
    receipt = pkg.read_receipt_file(
        receipt_file.read_bytes(), public_key=inst.department_public_key, expected_bin=inst.bin
    )
    assert receipt.sequence == 1 and receipt.accepted_total() == 6
    # The same package again: nothing changes, the same receipt is given.
    again = service.import_package(db, service.prepare(db), first.read_bytes())
    assert again.already_imported and again.receipt == receipt

    second = tmp_path / "second.sanaq"
    second.write_bytes(inst.package([person(surname="Второй пакет")]))
    stranger = pkg.DepartmentKeys.generate()
    cases = {
        "package.replayed": inst.package([person()], sequence=1),
        "package.wrong_recipient": pkg.write_package(
            inst.batch([person()], sequence=9), recipient=stranger.recipient, signing_key=inst.signing_key
        ),
        "package.altered": pkg.write_package(
            inst.batch([person()], sequence=9), recipient=inst.recipient, signing_key=pkg.new_signing_key()
        ),
        "package.unknown_institution": pkg.write_package(
            inst.batch([person()], sequence=9).model_copy(update={"institution_bin": "999999999999"}),
            recipient=inst.recipient,
            signing_key=inst.signing_key,
        ),
        "package.malformed": b"definitely not a zip",
    }
    keys = service.prepare(db)
    for code, data in cases.items():
        with pytest.raises(pkg.PackageError) as refused:
            service.import_package(db, keys, data)
        assert refused.value.code == code
    # On the command line: exit code 1, one clear line, the error in the JSON.
    path = tmp_path / "old.sanaq"
    path.write_bytes(cases["package.replayed"])
    result = cli("import-package", str(path), "--db", server.db_url, "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["error"]["code"] == "package.replayed"
    assert result.stderr.startswith("sanaq-department: This package has number 1, but number 1")
    assert "Traceback" not in result.stderr
    assert len(_persons_of(db, inst.bin)) == 5
    assert cli_json("import-package", str(second), "--db", server.db_url)["sequence"] == 2
    assert len(_persons_of(db, inst.bin)) == 6


def test_exports_hold_one_row_per_person_with_labels_in_both_languages(
    server: Server, db: DepartmentDatabase, tmp_path: Path
) -> None:
    inst = _new(server, db)
    people = [person(iin=f"8505054{n:05d}", sex="F" if n % 2 else "M", surname=f"Экспортова{n}") for n in range(6)]
    long_name = "household.members-living_together_at_the_reference_moment"
    inst.send([*people, sheet(people[0].uuid, P7=3, **{long_name: 4}), outcome(people[1].uuid, "refused")])
    expected = sorted(p.iin or "" for p in people)
    for fmt in ("xlsx", "csv", "dta", "sav", "parquet"):
        path = tmp_path / f"persons.{fmt}"
        if fmt == "dta":  # one format through the command line, the others directly
            assert cli_json("export", str(path), "--db", server.db_url, "--format", fmt)["persons"] >= 6
        else:
            assert reports.export(db, path, fmt) >= 6
        if fmt == "dta":
            frame, meta = pyreadstat.read_dta(str(path))
        elif fmt == "sav":
            frame, meta = pyreadstat.read_sav(str(path))
        elif fmt == "xlsx":
            frame = pd.read_excel(path, dtype=str, engine="openpyxl")
        elif fmt == "csv":
            frame = pd.read_csv(path, dtype=str)
        else:
            frame = pd.read_parquet(path)
        mine = frame[frame["bin"] == inst.bin]
        assert sorted(mine["iin"]) == expected, fmt
        assert mine["person_uuid"].is_unique
        if fmt in ("dta", "sav"):
            labels = dict(zip(meta.column_names, meta.column_labels, strict=True))
            assert labels["iin"] == "ИИН / ЖСН" and labels["sex"] == "Пол / Жынысы"
            assert meta.variable_value_labels["sex"] == {1: "мужской / ер", 2: "женский / әйел"}
            assert meta.variable_value_labels["category"][3] == "отказ / бас тарту"
            # Stata and SPSS names: letters, digits and _, at most 32 characters; the label keeps the name.
            short = "q_household_members_living_toget"
            assert int(mine[mine["iin"] == people[0].iin][short].iloc[0]) == 4
            assert labels[short] == f"Ответ / Жауап: {long_name}"
            first = mine[mine["iin"] == people[1].iin]
            assert int(first["category"].iloc[0]) == 3


def test_the_public_check_needs_the_right_number_and_code(server: Server, db: DepartmentDatabase) -> None:
    inst = _new(server, db)
    holder, voided_holder = person(), person()
    entry, code = certificate(holder.uuid, "21-000001", inst.signing_key)
    voided, voided_code = certificate(voided_holder.uuid, "21-000002", inst.signing_key, state="voided")
    inst.send([holder, voided_holder, entry, voided])
    browser = requests.Session()
    page = browser.get(server.url + "/check", timeout=10)
    assert page.status_code == 200 and "Проверка справки" in page.text
    csrf = browser.cookies["csrf"]

    def check(number: str, typed: str) -> str:
        answer = browser.post(server.url + "/check", data={"number": number, "code": typed, "csrf": csrf}, timeout=10)
        assert answer.status_code == 200
        return answer.text

    genuine = check("№ 21-000001", code.lower().replace("-", " "))
    assert "Справка подлинная" in genuine and "А**** Е**** Б." in genuine and "Абаев" not in genuine
    assert "05.10.2021" in genuine
    assert "аннулирована" in check("21-000002", voided_code)
    wrong_code = check("21-000001", voided_code)
    wrong_number = check("21-000003", code)
    assert "не найдена" in wrong_code and "не найдена" in wrong_number

    # Nothing in the answer tells which of the two was wrong.
    def result(html: str) -> str:
        return html[html.index('<div id="result">') :]

    assert result(wrong_code) == result(wrong_number)
    # Without the form's token the check is refused.
    forged = requests.post(server.url + "/check", data={"number": "21-000001", "code": code}, timeout=10)
    assert forged.status_code == 403 and "Страница устарела" in forged.text


def test_demo_database_knows_the_desktop_demo_institution(tmp_path: Path) -> None:
    from desktop.services.demo import DEMO_BIN

    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    prepared = cli_json("demo", "--db", url, "--no-serve", "--staff-password", "демо-пароль-1")
    assert prepared["bin"] == DEMO_BIN and len(prepared["code"]) == 19
    running = Server(url).start()
    try:
        inst = Institution(running, DEMO_BIN).enrol(prepared["code"])
        assert inst.send([person()]).accepted == {"person": 1}
        assert inst.recipient.startswith("age1") and inst.recipient == running.keys()["age_recipient"]
    finally:
        running.stop()
    database = DepartmentDatabase(url)
    listed = service.list_institutions(database)
    database.dispose()
    assert [(i.bin, i.active_tokens) for i in listed] == [(DEMO_BIN, 1)]
    assert listed[0].last_sync_at is not None
    usage = cli("institution", "list")
    assert usage.returncode == 2 and "--db" in usage.stderr
    missing = cli("import-package", str(tmp_path / "absent.sanaq"), "--db", url)
    assert missing.returncode == 1
    assert (
        missing.stderr
        == f"sanaq-department: Cannot use the file {tmp_path / 'absent.sanaq'}: No such file or directory.\n"
    )


def test_staff_pages_need_the_password_and_guessing_it_is_stopped(server: Server) -> None:
    from department.pages import MAX_FAILED_LOGINS, set_staff_password

    database = DepartmentDatabase(server.db_url)
    set_staff_password(database, "верный-пароль-42")
    database.dispose()
    browser = requests.Session()
    closed = browser.get(server.url + "/duplicates", timeout=10)
    assert closed.url.endswith("/login?next=/duplicates") and "Вход для сотрудников" in closed.text
    csrf = browser.cookies["csrf"]

    def sign_in(password: str) -> requests.Response:
        return browser.post(
            server.url + "/login", data={"password": password, "csrf": csrf, "next": "/duplicates"}, timeout=30
        )

    assert "Повторный учёт" in sign_in("верный-пароль-42").text
    browser.cookies.pop("staff")
    for _ in range(MAX_FAILED_LOGINS):
        assert sign_in("угадываю").status_code == 401
    stopped = sign_in("верный-пароль-42")
    assert stopped.status_code == 429 and "Подождите пять минут" in stopped.text
