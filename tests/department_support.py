"""Running the Department's service for tests: a real uvicorn process on 127.0.0.1, fresh databases,
simulated institutions that enrol and send batches over real HTTP."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests

from desktop.protocol import api
from desktop.protocol import package as pkg
from desktop.protocol.records import Batch, CensusSheet, CertificateEntry, EnumerationOutcome, Person, Receipt
from tests.conftest import _postgres_schema_url

ROOT = Path(__file__).resolve().parents[1]
POSTGRES_URL = os.environ.get("SANAQ_TEST_POSTGRES_URL", "")
NOW = dt.datetime(2021, 10, 5, 9, 30, tzinfo=dt.UTC)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def cli(*args: str, stdin: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``sanaq-department ARGS`` in a child process (the tree of this checkout first on the path)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "department", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


def cli_json(*args: str, stdin: str | None = None) -> dict[str, Any]:
    done = cli(*args, "--json", stdin=stdin)
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


#: A URL of an empty schema in the test PostgreSQL database, dropped afterwards.
postgres_schema = contextmanager(_postgres_schema_url)


@contextmanager
def database_url(backend: str, folder: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'department.sqlite'}"
    else:
        with postgres_schema() as url:
            yield url


class Server:
    """``sanaq-department serve`` in its own process."""

    def __init__(self, db_url: str, *, max_body_mb: int = 64, workers: int = 1) -> None:
        self.workers = workers
        self.db_url = db_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.max_body_mb = max_body_mb
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Server:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "department",
                "serve",
                "--db",
                self.db_url,
                "--port",
                str(self.port),
                "--max-body-mb",
                str(self.max_body_mb),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the service stopped at start with code {self.process.returncode}")
            try:
                if requests.get(self.url + "/api/v1/keys", timeout=1).ok:
                    return self
            except requests.ConnectionError:
                time.sleep(0.1)
        raise RuntimeError("the service did not start within 30 seconds")

    def memory_mib(self) -> float:
        """The resident memory of the server: its process and its worker processes."""
        assert self.process is not None
        pending, total = [self.process.pid], 0.0
        while pending:
            pid = pending.pop()
            try:
                status = Path(f"/proc/{pid}/status").read_text()
                for task in Path(f"/proc/{pid}/task").iterdir():
                    pending.extend(int(child) for child in (task / "children").read_text().split())
            except OSError:  # the process ended meanwhile
                continue
            total += sum(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")) / 1024
        return total

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)

    def keys(self) -> dict[str, str]:
        return dict(requests.get(self.url + "/api/v1/keys", timeout=10).json())


class Institution:
    """A simulated institution: its BIN, signing key, token and a running batch number."""

    def __init__(self, server: Server, bin_: str, *, session: requests.Session | None = None) -> None:
        self.server = server
        self.bin = bin_
        self.signing_key = pkg.new_signing_key()
        self.token = ""
        self.sequence = 0
        self.http = session or requests.Session()
        self.department_public_key = b""
        self.recipient = ""

    def enrol(self, code: str) -> Institution:
        answer = self.http.post(
            self.server.url + api.ENROL,
            json={"code": code, "public_key": pkg.signing_public_key(self.signing_key).hex()},
            timeout=10,
        )
        assert answer.status_code == 200, answer.text
        body = api.EnrolResponse.model_validate_json(answer.content)
        assert body.institution_bin == self.bin
        self.token = body.token
        self.department_public_key = bytes.fromhex(body.signing_public_key)
        self.recipient = body.age_recipient
        return self

    def batch(self, records: list[Any], sequence: int | None = None) -> Batch:
        if sequence is None:
            self.sequence += 1
            sequence = self.sequence
        return Batch(institution_bin=self.bin, sequence=sequence, created_at=NOW, records=records)

    def post(self, body: bytes | str, token: str | None = None, **headers: str) -> requests.Response:
        token = self.token if token is None else token
        all_headers = {"Content-Type": "application/json", **headers}
        if token:
            all_headers["Authorization"] = f"Bearer {token}"
        return self.http.post(self.server.url + api.BATCHES, data=body, headers=all_headers, timeout=60)

    def send(self, records: list[Any], sequence: int | None = None) -> Receipt:
        answer = self.post(self.batch(records, sequence).model_dump_json())
        assert answer.status_code == 200, answer.text
        return pkg.SignedReceipt.model_validate_json(answer.content).verify(
            self.department_public_key, expected_bin=self.bin
        )

    def package(self, records: list[Any], sequence: int | None = None) -> bytes:
        return pkg.write_package(self.batch(records, sequence), recipient=self.recipient, signing_key=self.signing_key)


def person(revision: int = 1, uuid_: uuid.UUID | None = None, **fields: Any) -> Person:
    data: dict[str, Any] = {"uuid": uuid_ or uuid.uuid4(), "revision": revision, "updated_at": NOW, "surname": "Абаев"}
    data.update(fields)
    return Person.model_validate(data)


def sheet(person_uuid: uuid.UUID, revision: int = 1, uuid_: uuid.UUID | None = None, **answers: Any) -> CensusSheet:
    return CensusSheet.model_validate(
        {
            "uuid": uuid_ or uuid.uuid4(),
            "revision": revision,
            "updated_at": NOW,
            "person_uuid": person_uuid,
            "form_id": "person",
            "form_version": "2021.1",
            "state": "complete",
            "answers": {name: {"value": value, "source": "interview"} for name, value in answers.items()},
        }
    )


def outcome(person_uuid: uuid.UUID, kind: str, **fields: Any) -> EnumerationOutcome:
    return EnumerationOutcome.model_validate(
        {"uuid": uuid.uuid4(), "revision": 1, "updated_at": NOW, "person_uuid": person_uuid, "outcome": kind, **fields}
    )


def certificate(
    person_uuid: uuid.UUID, number: str, signing_key: bytes, full_name: str = "Абаев Ержан Болатович", **fields: Any
) -> tuple[CertificateEntry, str]:
    """A certificate entry signed like the desktop signs one, and its short code."""
    import base64

    from desktop.protocol.codes import short_code

    payload = f"C1*100540012349*{number}*U{person_uuid.hex.upper()}*AAAAAAAA*-*20211005"
    signature = pkg.sign(signing_key, payload.encode("ascii"))
    entry = CertificateEntry.model_validate(
        {
            "uuid": fields.pop("uuid", uuid.uuid4()),
            "revision": fields.pop("revision", 1),
            "updated_at": NOW,
            "number": number,
            "person_uuid": person_uuid,
            "full_name": full_name,
            "issued_on": "2021-10-05",
            "payload": payload,
            "signature": base64.b64encode(signature).decode(),
            **fields,
        }
    )
    return entry, short_code(signature)


@contextmanager
def sqlite_server(folder: Path) -> Iterator[Server]:
    """The Department's service running over a new SQLite database in ``folder``, stopped afterwards."""
    with database_url("sqlite", folder) as url:
        running = Server(url).start()
        try:
            yield running
        finally:
            running.stop()
