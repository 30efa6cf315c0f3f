"""For the exchange tests: an institution with many census sheets made quickly, a fault-injecting proxy
on loopback, and what the Department's database holds."""

from __future__ import annotations

import datetime as dt
import http.server
import random
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import requests
from sqlalchemy import insert, select

from department.db import DepartmentDatabase
from department.models import Institution as DepInstitution
from department.models import Record as DepRecord
from desktop.app import AppContext
from desktop.domain.iin import Sex, make_iin
from desktop.models.entities import Person
from desktop.models.sheets import Sheet
from desktop.services import exchange, institution
from desktop.services.demo import DEMO_BIN


def make_institution(ctx: AppContext, bin_: str = DEMO_BIN) -> None:
    with ctx.uow() as uow:
        institution.save_profile(
            uow,
            institution.ProfileInput(
                name_kk="Қарттар үйі", name_ru="Дом престарелых", bin=bin_, type_code="06", kato_code="311000000"
            ),
        )


def add_sheets(ctx: AppContext, count: int, start: int = 0) -> None:
    """``count`` persons, each with a complete census sheet, in two bulk inserts."""
    now = dt.datetime.now(dt.UTC)
    persons: list[dict[str, Any]] = []
    sheets: list[dict[str, Any]] = []
    for n in range(start, start + count):
        born = dt.date(1940, 1, 1) + dt.timedelta(days=n % 20000)
        persons.append(
            {
                "uuid": str(uuid.uuid4()),
                "surname": f"Әбенов{n}",
                "name": "Ерлан",
                "patronymic": "",
                "name_key": f"абенов{n} ерлан",
                "iin": make_iin(born, Sex.MALE, n % 9999 + 1),
                "birth_date": born,
                "sex": "M",
                "status": "interview",
                "created_at": now,
                "updated_at": now,
            }
        )
    with ctx.uow() as uow:
        uow.session.execute(insert(Person), persons)
        ids = {
            row[0]: row[1]
            for row in uow.session.execute(
                select(Person.uuid, Person.id).where(Person.uuid.in_([p["uuid"] for p in persons]))
            )
        }
        for n, person in enumerate(persons, start=start):
            sheets.append(
                {
                    "uuid": str(uuid.uuid4()),
                    "person_id": ids[person["uuid"]],
                    "kind": "person",
                    "form_id": "person",
                    "form_version": "2021.1",
                    "answers": {"P1": n, "P2": "Қазақ", "P3": [1, 2], "P4": "2021-10-05"},
                    "sources": {"P3": {"source": "records", "document": "Жеке іс №7"}} if n % 3 == 0 else {},
                    "default_source": "interview",
                    "state": "complete",
                    "completed_at": now,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        uow.session.execute(insert(Sheet), sheets)
        uow.commit()


def held(department_url: str, bin_: str) -> dict[str, tuple[str, int, bool, dict[str, Any]]]:
    """What the Department holds of an institution: UUID → (kind, revision, deleted, data)."""
    db = DepartmentDatabase(department_url)
    try:
        with db.session() as session:
            rows = session.execute(
                select(DepRecord.uuid, DepRecord.kind, DepRecord.revision, DepRecord.deleted, DepRecord.data)
                .join(DepInstitution, DepInstitution.id == DepRecord.institution_id)
                .where(DepInstitution.bin == bin_)
            ).all()
    finally:
        db.dispose()
    result = {row.uuid: (row.kind, row.revision, row.deleted, row.data) for row in rows}
    assert len(result) == len(rows)
    return result


def expected(ctx: AppContext) -> dict[str, tuple[str, int, dict[str, Any]]]:
    """What the desktop holds, as it travels: UUID → (kind, revision, data as the Department keeps it)."""
    with ctx.uow() as uow:
        result = {}
        for item in exchange._items(uow):
            record = item.build()
            data = record.model_dump(mode="json", exclude={"uuid", "revision", "updated_at", "deleted", "kind"})
            result[item.uuid] = (item.kind.value, item.revision, data)
        return result


def assert_nothing_marked_that_is_not_held(ctx: AppContext, department_url: str, bin_: str = DEMO_BIN) -> None:
    on_server = held(department_url, bin_)
    with ctx.uow() as uow:
        states = exchange.sync_state_of(uow, list(exchange_uuids(ctx)))
    for key, (revision, _when) in states.items():
        assert key in on_server, "a record is marked synchronised that the Department does not hold"
        assert on_server[key][1] >= revision


def exchange_uuids(ctx: AppContext) -> Iterator[str]:
    from desktop.models.exchange import SyncState

    with ctx.uow() as uow:
        yield from uow.session.scalars(select(SyncState.uuid)).all()


def assert_everything_held_once(ctx: AppContext, department_url: str, bin_: str = DEMO_BIN) -> int:
    """Every desktop record is at the Department, at its revision, field for field; nothing else is."""
    on_server = held(department_url, bin_)
    mine = expected(ctx)
    live = {key: value for key, value in on_server.items() if not value[2]}
    assert set(live) == set(mine)
    for key, (kind, revision, data) in mine.items():
        server_kind, server_revision, _deleted, server_data = on_server[key]
        assert (server_kind, server_revision) == (kind, revision)
        assert server_data == data
    return len(mine)


# -- a proxy that misbehaves -----------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class FaultProxy:
    """An HTTP proxy on 127.0.0.1 in front of the service that can answer 500 at random (before or after
    the service got the request), stall past the client's timeout, or drop the connection."""

    def __init__(self, target: str, *, seed: int = 7) -> None:
        self.target = target.rstrip("/")
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.error_rate = 0.0
        self.drop_rate = 0.0
        self.stall_next = 0.0
        self.delay = 0.0
        self.faults = 0
        self.posts = 0
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                return

            def do_GET(self) -> None:  # noqa: N802
                self._forward("GET")

            def do_POST(self) -> None:  # noqa: N802
                self._forward("POST")

            def _forward(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                with proxy._lock:
                    proxy.posts += method == "POST"
                    roll = proxy._random.random()
                    stall, proxy.stall_next = proxy.stall_next, 0.0
                    drop = proxy._random.random() < proxy.drop_rate
                before = roll < proxy.error_rate / 2
                after = proxy.error_rate / 2 <= roll < proxy.error_rate
                if drop:
                    proxy.faults += 1
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if before:
                    proxy.faults += 1
                    self._answer(500, b'{"error": {"code": "test.fault", "message": "injected"}}')
                    return
                headers = {k: v for k, v in self.headers.items() if k.lower() in ("authorization", "content-type")}
                try:
                    answer = requests.request(method, proxy.target + self.path, data=body, headers=headers, timeout=60)
                except requests.RequestException:
                    self._answer(502, b'{"error": {"code": "test.down", "message": "service down"}}')
                    return
                if proxy.delay:
                    time.sleep(proxy.delay)
                if stall:
                    proxy.faults += 1
                    time.sleep(stall)
                if after:
                    proxy.faults += 1
                    self._answer(500, b'{"error": {"code": "test.fault", "message": "answer lost"}}')
                    return
                self._answer(answer.status_code, answer.content)

            def _answer(self, status: int, content: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@contextmanager
def fault_proxy(target: str) -> Iterator[FaultProxy]:
    with FaultProxy(target) as proxy:
        yield proxy
