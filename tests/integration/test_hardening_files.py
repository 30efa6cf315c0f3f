"""The key in the operating system's key store, ``demo --db``, a damaged settings file, and the
temporary PDF of a process killed with kill -9."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordSetError

from desktop.app import bootstrap
from desktop.cli import main
from desktop.models.keystore import KEYRING_SERVICE, KeyStore
from desktop.services import backups
from tests.integration.test_documents import setup_institution

ROOT = Path(__file__).resolve().parents[2]


class MemoryKeyring(KeyringBackend):
    """A key store in this process's memory: the tests never touch the tester's own key store."""

    priority = 1  # type: ignore[assignment]  # keyring declares it as a class property

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


class RefusingKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("locked")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    try:
        yield store
    finally:
        keyring.set_keyring(previous)


def _issue(ctx: Any, person_id: int) -> None:
    from desktop.services import certificates

    with ctx.uow() as uow:
        certificates.issue(uow, target=None, person_ids=[person_id], campaign=ctx.campaign)


def test_the_key_is_kept_in_the_os_key_store_where_there_is_one(
    home: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    ctx = bootstrap(home, None, "en")
    ids = setup_institution(ctx)
    _issue(ctx, ids["Петрова"])
    assert ctx.db.keystore is not None and ctx.db.keystore.where == "keyring"
    assert not (home / "sanaq.sqlite.key").exists()  # no key file beside the database
    (entry,) = memory_keyring.entries
    assert entry == (KEYRING_SERVICE, str((home / "sanaq.sqlite.key").resolve()))
    made = backups.create(ctx.db, ctx.paths.backups)
    assert made is not None
    ctx.close()
    # The database and its backups copied together (without the key store) open nothing secret.
    assert main(["--lang", "en", "--home", str(home), "backup", "verify", str(made.path)]) == 0
    memory_keyring.entries.clear()
    capsys.readouterr()
    assert main(["--lang", "en", "--home", str(home), "backup", "verify", str(made.path)]) == 1
    assert "The key that opens the backups is missing" in capsys.readouterr().out


def test_a_key_file_of_an_older_version_moves_into_the_key_store(home: Path, memory_keyring: MemoryKeyring) -> None:
    saved = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[attr-defined]
    try:
        ctx = bootstrap(home, None, "en")
        ids = setup_institution(ctx)
        _issue(ctx, ids["Петрова"])
        ctx.close()
    finally:
        keyring.set_keyring(saved)
    key_file = home / "sanaq.sqlite.key"
    key = key_file.read_bytes()
    ctx = bootstrap(home, None, "en")
    _issue(ctx, ids["Құрманғазы"])  # signs with the key, now from the key store
    ctx.close()
    assert not key_file.exists()
    assert len(memory_keyring.entries) == 1
    assert KeyStore(key_file, memory_keyring)._key(create=False) == key


def test_a_key_store_that_refuses_leaves_the_key_in_its_file(home: Path) -> None:
    store = KeyStore(home / "x.key", RefusingKeyring())
    sealed = store.seal(b"secret")
    assert (home / "x.key").stat().st_mode & 0o077 == 0 and store.where == "file"
    assert KeyStore(home / "x.key").open(sealed) == b"secret"


def test_the_tests_never_reach_the_users_key_store() -> None:
    from keyring.backends import fail

    assert os.environ["PYTHON_KEYRING_BACKEND"] == "keyring.backends.fail.Keyring"
    assert isinstance(keyring.get_keyring(), fail.Keyring)


def test_demo_honours_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    elsewhere = tmp_path / "elsewhere.sqlite"
    assert main(["--lang", "en", "--home", str(home), "--db", f"sqlite:///{elsewhere}", "demo", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["persons"] > 100
    with sqlite3.connect(elsewhere) as connection:
        assert connection.execute("SELECT count(*) FROM person").fetchone()[0] > 100
    assert not (home / "sanaq.sqlite").exists()


def test_a_damaged_settings_file_is_kept_aside_and_the_user_told(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = '{"language": "kk", "db_url": "postgresql://'
    (home / "settings.json").write_text(broken, encoding="utf-8")
    assert main(["--lang", "en", "--home", str(home), "info"]) == 0
    err = capsys.readouterr().err
    assert "The settings file could not be read" in err
    aside = list(home.glob("settings.json.damaged-*"))
    assert len(aside) == 1 and aside[0].name in err
    assert aside[0].read_text(encoding="utf-8") == broken  # kept as it was, for the user to mend
    assert main(["--lang", "en", "--home", str(home), "info"]) == 0
    assert "settings file" not in capsys.readouterr().err  # said once, not at every start


_SLOW_PDF = """
import sys, time
from desktop.services import documents_pdf
drawn = documents_pdf.certificates_pdf
def slow(*args, **kwargs):
    drawn(*args, **kwargs)
    print("drawn", flush=True)
    time.sleep(120)
documents_pdf.certificates_pdf = slow
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_temporary_pdf_of_a_killed_issue_is_removed_by_the_next(
    tmp_path: Path, demo_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "demo"
    shutil.copytree(demo_home, home)
    out = tmp_path / "out"
    out.mkdir()
    args = ["--lang", "en", "--home", str(home), "certificates", "issue", "--all-eligible", "--out", str(out / "c.pdf")]
    child = subprocess.Popen(
        [sys.executable, "-c", _SLOW_PDF, *args], stdout=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "drawn"
    os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=30)
    left = list(out.glob(".sanaq-*.pdf"))
    assert len(left) == 1 and left[0].stat().st_size > 10_000  # the killed process's whole PDF, never moved
    assert not (out / "c.pdf").exists()
    assert main(args) == 0  # nothing was committed: the same certificates are issued now
    assert (out / "c.pdf").exists()
    assert list(out.glob(".sanaq-*")) == []


def test_temporary_files_a_killed_program_left_in_the_data_folder_are_removed_at_start(home: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    left = home / f".sanaq-{dead.stdout.strip()}-settings-abc"
    left.write_text("{}", encoding="utf-8")
    mine = home / f".sanaq-{os.getpid()}-settings-def"  # a process still running: its file stays
    mine.write_text("{}", encoding="utf-8")
    (home / "backups").mkdir()
    (home / "backups" / f".sanaq-{dead.stdout.strip()}-backup-x.sqlite").write_bytes(b"copy")
    bootstrap(home, None, "en").close()
    assert not left.exists() and mine.exists()
    assert list((home / "backups").iterdir()) == []
