"""Writes that fail on purpose — a full disk, a locked or read-only database, a bad address, two
writers at once: each says what happened in its own words, exits 1, prints no traceback, and leaves
nothing personal in the log."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import AppContext, bootstrap
from desktop.cli import main
from desktop.domain.iin import Sex, make_iin
from desktop.models import failures

ROOT = Path(__file__).resolve().parent.parent.parent
SECRET = "Секретова"


def _iin(serial: int) -> str:
    born = dt.date(1960, 1, 1) + dt.timedelta(days=serial)
    number = make_iin(born, Sex.FEMALE, 1) or make_iin(born, Sex.FEMALE, 2)
    assert number is not None
    return number


def _register(path: Path, count: int) -> list[str]:
    iins = [_iin(serial) for serial in range(1, count + 1)]
    lines = ["Фамилия;Имя;ИИН;Дата рождения"]
    lines += [f"{SECRET}{n};Айгерим;{number};01.01.1990" for n, number in enumerate(iins)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return iins


def _no_personal_data(home: Path, iins: list[str], *texts: str) -> None:
    logs = "".join(p.read_text(encoding="utf-8") for p in (home / "logs").glob("sanaq.log*"))
    for text in (logs, *texts):
        assert SECRET not in text
        assert not any(number in text for number in iins[:50])


def _new_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    bootstrap(home, None, "en").close()
    return home


_FULL_DISK = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_full_disk_says_so_and_logs_nothing_personal(tmp_path: Path) -> None:
    home = _new_home(tmp_path)
    iins = _register(tmp_path / "list.csv", 3000)
    limit = max(p.stat().st_size for p in home.rglob("*") if p.is_file()) + 64 * 1024
    done = subprocess.run(
        [sys.executable, "-c", _FULL_DISK.format(limit=limit), "--lang", "en", "--home", str(home),
         "register", "import", str(tmp_path / "list.csv")],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr[-3000:]
    assert "The disk is full" in done.stderr or "The disk did not accept the write (it may be full" in done.stderr
    assert "Traceback" not in done.stderr and "Unexpected" not in done.stderr
    _no_personal_data(home, iins, done.stdout, done.stderr)
    with sqlite3.connect(home / "sanaq.sqlite") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM person").fetchone() == (0,)


def test_a_locked_database_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = _new_home(tmp_path)
    iins = _register(tmp_path / "list.csv", 20)
    holder = sqlite3.connect(home / "sanaq.sqlite")
    try:
        holder.execute("BEGIN EXCLUSIVE")
        assert main(["--lang", "en", "--home", str(home), "register", "import", str(tmp_path / "list.csv")]) == 1
    finally:
        holder.rollback()
        holder.close()
    err = capsys.readouterr().err
    assert "The database is busy" in err and "Unexpected" not in err
    _no_personal_data(home, iins, err)


def test_a_read_only_database_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = _new_home(tmp_path)
    iins = _register(tmp_path / "list.csv", 20)
    url = f"sqlite:///file:{home / 'sanaq.sqlite'}?mode=ro&uri=true"
    code = main(["--lang", "en", "--home", str(home), "--db", url, "register", "import", str(tmp_path / "list.csv")])
    err = capsys.readouterr().err
    assert code == 1 and "cannot be written" in err and "Unexpected" not in err, err
    _no_personal_data(home, iins, err)


@pytest.mark.parametrize("url", ["nonsense://nowhere", "sqlite+nosuchdriver:///x.sqlite", "postgresql://"])
def test_a_bad_database_address_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str) -> None:
    code = main(["--lang", "en", "--home", str(tmp_path / "home"), "--db", url, "register", "list"])
    err = capsys.readouterr().err
    assert code == 1 and "Unexpected" not in err and "Traceback" not in err
    assert "database address" in err or "cannot be opened" in err, err


def test_two_writers_at_once_are_a_conflict() -> None:
    from sqlalchemy.orm.exc import StaleDataError

    described = failures.describe(StaleDataError("UPDATE statement on table 'x' expected to update 1 row(s)"))
    assert described is not None and described.code == "database.conflict"
    assert "at the same moment" in described.render()


def test_issuing_with_stdout_closed_says_the_certificates_were_issued(sqlite_context: AppContext) -> None:
    from tests.integration.test_documents import setup_institution

    setup_institution(sqlite_context)
    home = sqlite_context.paths.home
    sqlite_context.close()
    out = home / "certificates.pdf"
    command = [sys.executable, "-m", "desktop.cli", "--lang", "en", "--home", str(home),
               "certificates", "issue", "--all-eligible", "--out", str(out)]  # fmt: skip
    done = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", *command], capture_output=False, stderr=subprocess.PIPE,
        text=True, timeout=120, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert done.returncode == 1
    assert "The work was done and saved" in done.stderr and "nothing was changed" not in done.stderr
    assert out.exists()
    with sqlite3.connect(home / "sanaq.sqlite") as connection:
        assert connection.execute("SELECT count(*) FROM certificate").fetchone()[0] == 3
