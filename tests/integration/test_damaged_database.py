"""A damaged or emptied database file is found at start and by ``sanaq check``, and never written to."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from tests.integration.test_failing_writes import _register


def _filled_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    _register(tmp_path / "list.csv", 400)
    assert main(["--lang", "en", "--home", str(home), "register", "import", str(tmp_path / "list.csv")]) == 0
    database = home / "sanaq.sqlite"
    with sqlite3.connect(database) as connection:  # everything into the main file
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return home


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_flipped_bytes_are_found_and_nothing_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = _filled_home(tmp_path)
    database = home / "sanaq.sqlite"
    with sqlite3.connect(database) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    data = bytearray(database.read_bytes())
    middle = (pages // 2) * page_size
    data[middle : middle + 200] = bytes(b ^ 0xFF for b in data[middle : middle + 200])
    database.write_bytes(bytes(data))
    before = _digest(database)
    capsys.readouterr()
    assert main(["--lang", "en", "--home", str(home), "check"]) == 1
    out = capsys.readouterr().out
    assert "The database file is damaged" in out and "Everything is in order" not in out
    assert main(["--lang", "en", "--home", str(home), "register", "import", str(tmp_path / "list.csv")]) == 1
    assert "The database file is damaged" in capsys.readouterr().err
    assert _digest(database) == before


def test_a_zero_byte_database_is_not_a_new_institution(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = _filled_home(tmp_path)
    database = home / "sanaq.sqlite"
    for companion in home.glob("sanaq.sqlite-*"):
        companion.unlink()
    database.write_bytes(b"")
    capsys.readouterr()
    assert main(["--lang", "en", "--home", str(home), "register", "list"]) == 1
    assert "The database file is empty (0 bytes)" in capsys.readouterr().err
    assert main(["--lang", "en", "--home", str(home), "check"]) == 1
    assert "empty (0 bytes)" in capsys.readouterr().out
    assert database.stat().st_size == 0
