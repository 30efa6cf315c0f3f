"""The desktop sends to a real Department service on 127.0.0.1: enrolment, sync with receipts, faults
(500s, a stall, the service killed and restarted, the program killed with kill -9), tombstones, USB
packages through ``sanaq-department import-package``, and the refusals."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from department.db import DepartmentDatabase
from department.models import Exchange as DepExchange
from desktop.app import AppContext, bootstrap, sign_in_demo
from desktop.models.entities import Person
from desktop.services import exchange, register
from desktop.services.demo import DEMO_BIN
from tests.department_support import POSTGRES_URL, Server, cli, cli_json, database_url, sqlite_server
from tests.exchange_support import (
    add_sheets,
    assert_everything_held_once,
    assert_nothing_marked_that_is_not_held,
    fault_proxy,
    held,
    make_institution,
)

ROOT = Path(__file__).resolve().parents[2]
FAST = exchange.HttpOptions(backoff=0.05, attempts=8, read_timeout=5)


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tokens go to the owner-only file, never to the tester's keyring."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with sqlite_server(tmp_path) as running:
        yield running


def _code(server: Server, bin_: str = DEMO_BIN) -> str:
    return str(
        cli_json("institution", "add", "--bin", bin_, "--name-ru", "Дом", "--name-kk", "Үй", "--db", server.db_url)[
            "code"
        ]
    )


def _connected(home: Path, server: Server, url: str | None = None) -> AppContext:
    ctx = bootstrap(home, None, "ru")
    make_institution(ctx)
    with ctx.uow() as uow:
        exchange.connect(uow, url or server.url, _code(server), exchange.TokenStore(home), FAST)
    return ctx


def _sync(ctx: AppContext, options: exchange.HttpOptions = FAST, **kwargs: object) -> exchange.ExchangeResult:
    with ctx.uow() as uow:
        return exchange.sync(uow, exchange.TokenStore(ctx.paths.home), options, **kwargs)  # type: ignore[arg-type]


def _pending(ctx: AppContext) -> exchange.Pending:
    with ctx.uow() as uow:
        return exchange.pending(uow)


def test_the_demo_institution_enrols_and_syncs_with_the_receipts_time(tmp_path: Path, demo_home: Path) -> None:
    with database_url("sqlite", tmp_path) as url:
        demo = cli_json("demo", "--db", url, "--no-serve")
        server = Server(url).start()
        try:
            home = tmp_path / "demo"
            import shutil

            shutil.copytree(demo_home, home)
            ctx = bootstrap(home, None, "ru")
            assert sign_in_demo(ctx)  # as the program and the command line open a demo: as its administrator
            before = _pending(ctx)
            assert before.counts["person"] > 100 and before.counts["census_sheet"] > 100
            assert before.last_sync_at is None
            with ctx.uow() as uow:
                done = exchange.connect(uow, server.url, demo["code"], exchange.TokenStore(home), FAST)
            assert done.institution_bin == DEMO_BIN and done.token_kept_in == "file"
            assert (home / "exchange-token").stat().st_mode & 0o077 == 0  # the owner's only
            result = _sync(ctx)
            assert result.accepted == before.total and result.rejected == []
            after = _pending(ctx)
            assert after.total == 0 and after.last_sync_at == result.received_at
            # The date and time are the Department's, and the Department holds the same.
            status = server.keys()  # the service still answers
            assert status["age_recipient"].startswith("age1")
            assert assert_everything_held_once(ctx, url) == before.total
            with ctx.uow() as uow:
                log = exchange.exchange_log(uow)
            assert log[0].received_at == result.received_at and log[0].has_receipt
            ctx.close()
        finally:
            server.stop()


@pytest.mark.slow
def test_ten_thousand_sheets_are_held_once_field_for_field(tmp_path: Path) -> None:
    with database_url("postgresql" if POSTGRES_URL else "sqlite", tmp_path) as url:
        server = Server(url).start()
        try:
            ctx = _connected(tmp_path / "home", server)
            add_sheets(ctx, 10_000)
            assert _pending(ctx).counts == {"institution_profile": 1, "person": 10_000, "census_sheet": 10_000}
            calls: list[tuple[int, int]] = []
            result = _sync(ctx, progress=lambda done, total: calls.append((done, total)))
            assert result.accepted == 20_001 and result.batches == 21
            assert calls[-1] == (20_001, 20_001)
            assert assert_everything_held_once(ctx, url) == 20_001
            # Nothing changed: nothing is sent; a changed sheet goes alone.
            assert _sync(ctx).batches == 0
            ctx.close()
        finally:
            server.stop()


def test_random_500s_a_stall_and_dropped_connections_lose_and_double_nothing(tmp_path: Path, server: Server) -> None:
    with fault_proxy(server.url) as proxy:
        ctx = _connected(tmp_path / "home", server, proxy.url)
        add_sheets(ctx, 1500)
        proxy.error_rate = 0.4
        proxy.drop_rate = 0.1
        proxy.stall_next = 2.0  # the first batch's answer comes after the client's timeout
        options = exchange.HttpOptions(backoff=0.05, attempts=30, read_timeout=1)
        result = _sync(ctx, options, batch_size=200)
        assert proxy.faults >= 3
        assert result.rejected == []
        assert _pending(ctx).total == 0
        assert_everything_held_once(ctx, server.db_url)
        assert_nothing_marked_that_is_not_held(ctx, server.db_url)
        ctx.close()


def test_a_failed_send_marks_nothing_and_the_next_one_resumes(tmp_path: Path, server: Server) -> None:
    with fault_proxy(server.url) as proxy:
        ctx = _connected(tmp_path / "home", server, proxy.url)
        add_sheets(ctx, 300)
        proxy.error_rate = 1.0  # every answer is lost, half of them after the service stored the batch
        with pytest.raises(exchange.ExchangeError) as failure:
            _sync(ctx, exchange.HttpOptions(backoff=0.01, attempts=4), batch_size=100)
        assert failure.value.code == "exchange.server"
        assert "ошибкой" in failure.value.render(ctx.translate) or "500" in failure.value.render(ctx.translate)
        assert _pending(ctx).total == 601 and _pending(ctx).unacknowledged == [("online", 1), ("online", 2)]
        assert_nothing_marked_that_is_not_held(ctx, server.db_url)
        proxy.error_rate = 0.0
        result = _sync(ctx, batch_size=100)
        assert result.accepted == 601
        assert_everything_held_once(ctx, server.db_url)
        with ctx.uow() as uow:
            results = [entry.result for entry in exchange.exchange_log(uow)]
        assert "failed" in results and results[0] == "ok"
        ctx.close()


def test_the_service_killed_and_restarted_mid_sync(tmp_path: Path, server: Server) -> None:
    with fault_proxy(server.url) as proxy:
        ctx = _connected(tmp_path / "home", server, proxy.url)
        add_sheets(ctx, 2000)
        proxy.delay = 0.15
        outcome: dict[str, object] = {}

        def run() -> None:
            try:
                outcome["result"] = _sync(ctx, exchange.HttpOptions(backoff=0.2, attempts=12), batch_size=200)
            except Exception as error:  # noqa: BLE001 - reported to the test below
                outcome["error"] = error

        worker = threading.Thread(target=run)
        worker.start()
        db = DepartmentDatabase(server.db_url)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with db.session() as session:
                if session.scalar(select(func.count()).select_from(DepExchange)) >= 3:
                    break
            time.sleep(0.05)
        db.dispose()
        assert server.process is not None
        server.process.kill()
        server.process.wait(10)
        time.sleep(0.5)
        server.start()
        worker.join(120)
        assert "error" not in outcome, outcome.get("error")
        assert _pending(ctx).total == 0
        assert_everything_held_once(ctx, server.db_url)
        ctx.close()


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is a POSIX signal")
def test_the_program_killed_with_kill_9_mid_batch_resumes(tmp_path: Path, server: Server) -> None:
    home = tmp_path / "home"
    with fault_proxy(server.url) as proxy:
        ctx = _connected(home, server, proxy.url)
        add_sheets(ctx, 2000)
        ctx.close()
        proxy.delay = 0.3  # the service has stored the batch; its answer is still on the way
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        command = [sys.executable, "-m", "desktop.cli", "--home", str(home), "sync", "--batch-size", "250", "--json"]
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and proxy.posts < 3:
                time.sleep(0.02)
            time.sleep(0.1)
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait(30)
        assert child.returncode == -signal.SIGKILL
        ctx = bootstrap(home, None, "ru")
        assert_nothing_marked_that_is_not_held(ctx, server.db_url)
        assert 0 < _pending(ctx).total < 4001
        proxy.delay = 0.0
        again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
        assert again.returncode == 0, again.stderr
        assert json.loads(again.stdout)["rejected"] == []
        assert _pending(ctx).total == 0
        assert_everything_held_once(ctx, server.db_url)
        ctx.close()


def test_the_register_shows_each_persons_state_with_the_department(tmp_path: Path, server: Server) -> None:
    """Never sent, sent with the receipt's date and time, changed since: what the Respondents list shows."""
    ctx = _connected(tmp_path / "home", server)
    with ctx.uow() as uow:
        for surname in ("Сейітов", "Әлиев"):
            uow.session.add(Person(surname=surname, name="Нұрлан", name_key=f"{surname.lower()} нұрлан"))
        uow.commit()
    with ctx.uow() as uow:
        rows = register.list_persons(uow, campaign=ctx.campaign)
        assert {r.sync for r in rows} == {"never"} and all(r.synced_at is None for r in rows)
    result = _sync(ctx)
    with ctx.uow() as uow:
        rows = register.list_persons(uow, campaign=ctx.campaign)
        assert {r.sync for r in rows} == {"sent"}
        assert {r.synced_at for r in rows} == {result.received_at}
        changed = rows[0]
        register.update_person(
            uow, changed.id, replace(changed.data(), note="переведён"), revision=changed.revision, campaign=ctx.campaign
        )
    with ctx.uow() as uow:
        states = {r.id: r.sync for r in register.list_persons(uow, campaign=ctx.campaign)}
        assert states[changed.id] == "changed" and list(states.values()).count("sent") == 1
        by_sync = register.ordered_ids(uow, sort="sync", campaign=ctx.campaign)
        assert sorted(by_sync) == sorted(states)
    ctx.close()


def test_a_removed_person_travels_as_a_tombstone(tmp_path: Path, server: Server) -> None:
    ctx = _connected(tmp_path / "home", server)
    with ctx.uow() as uow:
        person = Person(surname="Сейітов", name="Нұрлан", name_key="сейітов нұрлан")
        uow.session.add(person)
        uow.commit()
        person_id, person_uuid = person.id, person.uuid
    _sync(ctx)
    assert held(server.db_url, DEMO_BIN)[person_uuid][2] is False
    with ctx.uow() as uow:
        register.delete_person(uow, person_id)
    assert _pending(ctx).counts == {"person": 1}
    _sync(ctx)
    kind, revision, deleted, _data = held(server.db_url, DEMO_BIN)[person_uuid]
    assert (kind, deleted, revision) == ("person", True, 2)
    assert _pending(ctx).total == 0
    ctx.close()


def test_a_revoked_token_is_refused_with_a_clear_message(tmp_path: Path, server: Server) -> None:
    ctx = _connected(tmp_path / "home", server)
    cli_json("token", "revoke", "--bin", DEMO_BIN, "--db", server.db_url)
    with pytest.raises(exchange.ExchangeError) as failure:
        _sync(ctx)
    assert failure.value.code == "exchange.auth"
    assert "код" in failure.value.render(ctx.translate)
    assert _pending(ctx).unacknowledged == [("online", 1)]
    ctx.close()


def test_a_wrong_code_and_a_wrong_address_are_refused(tmp_path: Path, server: Server) -> None:
    ctx = bootstrap(tmp_path / "home", None, "ru")
    make_institution(ctx)
    _code(server)
    with ctx.uow() as uow, pytest.raises(exchange.ExchangeError) as failure:
        exchange.connect(uow, server.url, "AAAA-BBBB-CCCC-DDDD", exchange.TokenStore(ctx.paths.home), FAST)
    assert failure.value.code == "exchange.code"
    with ctx.uow() as uow, pytest.raises(exchange.ExchangeError) as failure:
        exchange.connect(uow, "ftp://example", "X", exchange.TokenStore(ctx.paths.home), FAST)
    assert failure.value.code == "exchange.url"
    with ctx.uow() as uow:
        assert exchange.connection(uow) is None
    ctx.close()


# -- USB ------------------------------------------------------------------------------------------


def _sanaq(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--home", str(home), "--lang", "ru", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_usb_package_round_trip_through_the_departments_command_line(tmp_path: Path, server: Server) -> None:
    home = tmp_path / "home"
    ctx = bootstrap(home, None, "ru")
    make_institution(ctx)
    add_sheets(ctx, 200)
    ctx.close()
    keys = tmp_path / "department-keys.json"
    cli_json("keys", "export", str(keys), "--db", server.db_url)
    _code(server)  # the institution is known to the Department; it never goes online
    connected = _sanaq(home, "connect", "--key", str(keys), "--json")
    assert connected.returncode == 0, connected.stderr
    institution_key = json.loads(connected.stdout)["institution_key"]
    package = tmp_path / "usb" / "1.sanaq"
    package.parent.mkdir()
    done = _sanaq(home, "package", "export", str(package), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["sent"] == {"institution_profile": 1, "person": 200, "census_sheet": 200}
    # The package is not a receipt.
    refused = _sanaq(home, "package", "receipt", str(package))
    assert refused.returncode == 1 and "квитанц" in refused.stderr.lower()
    # The Department does not know this institution's key yet: the package is refused, nothing stored.
    unknown = cli("import-package", str(package), "--db", server.db_url)
    assert unknown.returncode == 1 and unknown.stderr.strip()
    # The employee hands the key over with the stick; the Department binds it, with no network ever.
    bound = cli_json("institution", "key", "--bin", DEMO_BIN, "--public-key", institution_key, "--db", server.db_url)
    assert bound["bin"] == DEMO_BIN
    imported = cli_json("import-package", str(package), "--db", server.db_url)
    receipt_file = Path(str(imported["receipt"]))
    assert receipt_file.exists()
    loaded = _sanaq(home, "package", "receipt", str(receipt_file), "--json")
    assert loaded.returncode == 0, loaded.stderr
    assert json.loads(loaded.stdout)["accepted"] == 401
    again = _sanaq(home, "package", "receipt", str(receipt_file))
    assert again.returncode == 0 and "уже" in again.stdout
    status = json.loads(_sanaq(home, "sync", "status", "--json").stdout)
    assert status["pending_total"] == 0 and status["last_sync_at"]
    ctx = bootstrap(home, None, "ru")
    assert_everything_held_once(ctx, server.db_url)
    ctx.close()
    # An altered receipt is refused and marks nothing.
    altered = tmp_path / "altered.receipt.json"
    envelope = json.loads(receipt_file.read_text(encoding="utf-8"))
    envelope["receipt"] = envelope["receipt"].replace('"sequence":1', '"sequence":2')
    assert envelope["receipt"] != json.loads(receipt_file.read_text(encoding="utf-8"))["receipt"]
    altered.write_text(json.dumps(envelope), encoding="utf-8")
    refused = _sanaq(home, "package", "receipt", str(altered))
    assert refused.returncode == 1 and "изменён" in refused.stderr


def test_the_department_keeps_the_audit_trails_head_and_a_rewritten_trail_shows(tmp_path: Path, server: Server) -> None:
    from desktop.domain import audit as chain
    from desktop.models.accounts import AuditEntry, as_entry
    from desktop.services import audit
    from tests.accounts_support import sign_in_as

    ctx = _connected(tmp_path / "home", server)
    sign_in_as(ctx)
    add_sheets(ctx, 3)
    with ctx.uow() as uow:
        head = audit.head(uow)
    assert head is not None
    _sync(ctx)
    stored = DepartmentDatabase(server.db_url)
    try:
        with stored.session() as session:
            kept = session.execute(select(DepExchange.audit_seq, DepExchange.audit_hash)).one()
    finally:
        stored.dispose()
    assert tuple(kept) == head
    # Someone with the database rewrites the whole chain from the first entry on: every link holds again...
    with ctx.uow() as uow:
        rows = list(uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        prev = chain.GENESIS
        rows[0].label = "переписано"
        for row in rows:
            row.prev_hash = prev
            row.hash = prev = chain.hash_of(as_entry(row))
        uow.session.commit()
    # ...but the head no longer matches what the Department signed for.
    with ctx.uow() as uow:
        verdict = audit.verify(uow)
    assert verdict.broken == chain.Break(head[0], "rewritten")
    assert "Департамент" in verdict.broken.message().render(ctx.translate)
    ctx.close()
