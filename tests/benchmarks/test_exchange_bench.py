"""Syncing 10,000 census sheets (and their 10,000 persons) against posting batches of the same shape and
size with bare ``requests`` to the same service in the same run (run: pytest -m benchmark
tests/benchmarks/test_exchange_bench.py -s).  Target: the sync takes at most 2× the bare posts."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import requests

from desktop.app import bootstrap
from desktop.protocol import api
from desktop.services import exchange
from tests.department_support import Server, cli_json, database_url
from tests.exchange_support import add_sheets, make_institution

pytestmark = pytest.mark.benchmark

SHEETS = 10_000


def _enrolled(home: Path, server: Server, bin_: str) -> tuple[object, str]:
    ctx = bootstrap(home, None, "ru")
    make_institution(ctx, bin_)
    code = cli_json("institution", "add", "--bin", bin_, "--name-ru", "Д", "--name-kk", "Ү", "--db", server.db_url)
    with ctx.uow() as uow:
        exchange.connect(uow, server.url, str(code["code"]), exchange.TokenStore(home))
    add_sheets(ctx, SHEETS)
    return ctx, exchange.TokenStore(home).load()


def test_sync_against_bare_posts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with database_url("sqlite", tmp_path) as url:
        server = Server(url).start()
        try:
            bare_ctx, bare_token = _enrolled(tmp_path / "bare", server, "100540012359")
            # The bare side's bodies are made beforehand, by the same code, and not timed.
            with bare_ctx.uow() as uow:  # type: ignore[attr-defined]
                link = exchange._require_link(uow)
                items = exchange._pending_items(uow)
                bodies = [
                    row.body.encode("utf-8")
                    for row, _batch in exchange._new_batches(uow, link, items, exchange.BATCH_SIZE)
                ]
            http = requests.Session()
            started = time.perf_counter()
            for body in bodies:
                answer = http.post(
                    server.url + api.BATCHES,
                    data=body,
                    headers={"Authorization": f"Bearer {bare_token}", "Content-Type": "application/json"},
                    timeout=120,
                )
                assert answer.status_code == 200
            bare = time.perf_counter() - started

            ctx, _token = _enrolled(tmp_path / "desktop", server, "100540012349")
            started = time.perf_counter()
            with ctx.uow() as uow:  # type: ignore[attr-defined]
                result = exchange.sync(uow, exchange.TokenStore(tmp_path / "desktop"))
            synced = time.perf_counter() - started
            assert result.accepted == 2 * SHEETS + 1
        finally:
            server.stop()
    ratio = synced / bare
    print(
        f"\nsync of {SHEETS} sheets + {SHEETS} persons: {synced:.1f} s; bare requests posting "
        f"{len(bodies)} batches of the same size: {bare:.1f} s; ratio {ratio:.2f}"
    )
    assert ratio <= 2.0
