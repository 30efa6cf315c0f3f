"""Encrypted backups: made, damaged database restored record by record, useless without the key,
another institution's refused, rotation by the clock, and PostgreSQL's pg_dump."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.app import bootstrap, sign_in_demo
from desktop.cli import main
from desktop.models.db import Database, sqlite_url
from desktop.services import backups, institution
from tests.conftest import POSTGRES_URL


def _tables(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in rowid order: what "everything back" is compared on."""
    with sqlite3.connect(database) as connection:
        names = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {name: connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall() for name in names}


def _flip_middle(database: Path) -> None:
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    data = bytearray(database.read_bytes())
    middle = (pages // 2) * page_size
    data[middle : middle + 400] = bytes(b ^ 0xA5 for b in data[middle : middle + 400])
    database.write_bytes(bytes(data))


def _run(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> tuple[int, dict[str, object]]:
    capsys.readouterr()
    code = main(["--lang", "en", "--home", str(home), *args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


@pytest.fixture
def demo(tmp_path: Path, demo_home: Path) -> Path:
    home = tmp_path / "demo"
    shutil.copytree(demo_home, home)
    return home


def test_backup_damage_restore_gives_every_record_back(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = demo / "sanaq.sqlite"
    before = _tables(database)
    assert len(before["person"]) > 100 and before["sheet"] and before["certificate"]
    code, made = _run(capsys, demo, "backup", "create")
    assert code == 0 and made["ok"]
    _flip_middle(database)
    capsys.readouterr()
    assert main(["--lang", "en", "--home", str(demo), "check"]) == 1
    said = capsys.readouterr().out
    assert "The database file is damaged" in said and "The newest good backup is" in said
    assert Path(made["backup"]["file"]).name in said  # type: ignore[index]
    assert main(["--lang", "en", "--home", str(demo), "register", "list"]) == 1
    assert "sanaq backup restore --newest" in capsys.readouterr().err

    code, restored = _run(capsys, demo, "backup", "restore", "--newest", "--yes")
    assert code == 0, restored
    aside = Path(str(restored["set_aside"]))
    assert aside.exists() and aside.name.startswith("sanaq.sqlite.damaged-")  # kept, never deleted
    after = _tables(database)
    assert after.keys() == before.keys()
    for table, rows in before.items():
        assert after[table] == rows, table  # record by record, field by field
    assert main(["--lang", "en", "--home", str(demo), "check"]) == 0


def test_restore_takes_a_backup_of_the_present_state_first(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, first = _run(capsys, demo, "backup", "create")
    ctx = bootstrap(demo, None, "en")
    sign_in_demo(ctx)  # the demo's administrator, as its window and commands are
    with ctx.uow() as uow:
        institution.add_employee(uow, institution.EmployeeInput(full_name="Жаңа Қызметкер"))
    ctx.close()
    code, restored = _run(capsys, demo, "backup", "restore", str(first["backup"]["file"]), "--yes")  # type: ignore[index]
    assert code == 0
    before = restored["before"]
    assert isinstance(before, dict) and before["reason"] == "before-restore"
    ctx = bootstrap(demo, None, "en")
    with ctx.uow() as uow:
        assert "Жаңа Қызметкер" not in [e.full_name for e in institution.list_employees(uow)]
    ctx.close()
    code, undone = _run(capsys, demo, "backup", "restore", str(before["file"]), "--yes")
    assert code == 0
    ctx = bootstrap(demo, None, "en")
    with ctx.uow() as uow:
        assert "Жаңа Қызметкер" in [e.full_name for e in institution.list_employees(uow)]
    ctx.close()


def test_a_backup_copied_elsewhere_does_not_open_and_reveals_nothing(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, made = _run(capsys, demo, "backup", "create")
    backup = Path(str(made["backup"]["file"]))  # type: ignore[index]
    raw = backup.read_bytes()
    with sqlite3.connect(demo / "sanaq.sqlite") as connection:
        surname, iin = connection.execute("SELECT surname, iin FROM person WHERE iin != '' LIMIT 1").fetchone()
    for secret in (surname.encode(), iin.encode(), b"SQLite format 3", b"CREATE TABLE"):
        assert secret not in raw
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "backups").mkdir(parents=True)
    copy = elsewhere / "backups" / backup.name
    shutil.copy(backup, copy)
    # Another computer without any key: the backup is listed by its header, but does not open.
    code, listed = _run(capsys, elsewhere, "backup", "list")
    assert code == 0 and len(listed["backups"]) == 1  # type: ignore[arg-type]
    code, checked = _run(capsys, elsewhere, "backup", "verify", str(copy))
    assert code == 1 and checked["backups"][0]["code"] == "backup.no_key"  # type: ignore[index]
    code, refused = _run(capsys, elsewhere, "backup", "restore", str(copy), "--yes")
    assert code == 1 and refused["error"]["code"] == "backup.no_key"  # type: ignore[index]
    # Another computer with a key of its own: the wrong key, still nothing.
    assert main(["--lang", "en", "--home", str(elsewhere), "demo"]) == 0
    code, checked = _run(capsys, elsewhere, "backup", "verify", str(copy))
    assert code == 1 and checked["backups"][0]["code"] == "backup.wrong_key"  # type: ignore[index]
    # A changed byte anywhere (header or body) and it does not open even with the key.
    for position in (20, len(raw) // 2):
        altered = bytearray(raw)
        altered[position] ^= 1
        damaged = demo / "backups" / ("altered-" + backup.name)
        damaged.write_bytes(bytes(altered))
        code, checked = _run(capsys, demo, "backup", "verify", str(damaged))
        assert code == 1 and checked["backups"][0]["code"] == "backup.damaged"  # type: ignore[index]
        damaged.unlink()


def test_a_backup_of_another_institution_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    assert main(["--home", str(home), "demo"]) == 0
    code, made = _run(capsys, home, "backup", "create")
    # The same computer (same key), a new institution set up over a new database.
    for path in home.glob("sanaq.sqlite*"):
        if not path.name.endswith(".key"):
            path.unlink()
    args = ["init", "--institution-name-ru", "Другой", "--institution-name-kk", "Басқа", "--bin", "990140000017"]
    assert main(["--lang", "en", "--home", str(home), *args, "--type", "06", "--kato", "311000000"]) == 0
    before = _tables(home / "sanaq.sqlite")
    code, refused = _run(capsys, home, "backup", "restore", str(made["backup"]["file"]), "--yes")  # type: ignore[index]
    assert code == 1
    assert refused["error"]["code"] == "backup.other_institution"  # type: ignore[index]
    assert "another institution (BIN 100540012349)" in refused["error"]["message"]  # type: ignore[index]
    assert _tables(home / "sanaq.sqlite") == before
    assert [b.reason for b in backups.list_backups(home / "backups")] == ["manual"]  # nothing made either


def test_rotation_keeps_the_last_ten_and_one_a_day_for_a_month(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "sanaq.sqlite"))
    db.migrate()
    folder = tmp_path / "backups"
    start = dt.datetime(2026, 9, 1, 6, 0, tzinfo=dt.UTC)
    made: list[dt.datetime] = []
    for day in range(45):  # three a day for 45 days
        for hour in (0, 4, 9):
            moment = start + dt.timedelta(days=day, hours=hour)
            backups.create(db, folder, reason="start", now=moment)
            made.append(moment)
    db.dispose()
    now = made[-1]
    kept = sorted(b.created_at for b in backups.list_backups(folder))
    last_ten = made[-10:]
    daily = [
        max(m for m in made if m.date() == day)
        for day in sorted({m.date() for m in made})
        if day > (now - dt.timedelta(days=backups.KEEP_DAYS)).date()
    ]
    assert kept == sorted(set(last_ten) | set(daily))
    assert len(daily) == 30 and len(kept) == 30 + 10 - 4  # the last 4 days' newest are among the last ten
    assert sorted(p.name for p in folder.iterdir()) == sorted(b.name for b in backups.list_backups(folder))


def test_an_unchanged_database_is_not_backed_up_twice_at_start_and_close(tmp_path: Path) -> None:
    ctx = bootstrap(tmp_path / "home", None, "en")
    with ctx.uow() as uow:
        institution.add_employee(uow, institution.EmployeeInput(full_name="Бір"))
    first = backups.create(ctx.db, ctx.paths.backups, reason="start", skip_unchanged=True)
    again = backups.create(ctx.db, ctx.paths.backups, reason="close", skip_unchanged=True)
    assert first is not None and again is not None and again.path == first.path
    with ctx.uow() as uow:
        institution.add_employee(uow, institution.EmployeeInput(full_name="Екі"))
    changed = backups.create(ctx.db, ctx.paths.backups, reason="close", skip_unchanged=True)
    assert changed is not None and changed.path != first.path and changed.reason == "close"
    ctx.close()


def test_a_damaged_database_is_not_backed_up_over_the_good_ones(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, made = _run(capsys, demo, "backup", "create")
    _flip_middle(demo / "sanaq.sqlite")
    code, refused = _run(capsys, demo, "backup", "create")
    assert code == 1 and refused["error"]["code"] == "backup.source_damaged"  # type: ignore[index]
    assert [b.name for b in backups.list_backups(demo / "backups")] == [Path(made["backup"]["file"]).name]  # type: ignore[index]
    assert not list((demo / "backups").glob(".sanaq-*"))  # no temporary file left


def test_backups_and_the_folder_are_readable_by_their_owner_only(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, made = _run(capsys, demo, "backup", "create")
    assert (demo / "backups").stat().st_mode & 0o077 == 0
    assert Path(made["backup"]["file"]).stat().st_mode & 0o077 == 0  # type: ignore[index]


@pytest.mark.skipif(not POSTGRES_URL, reason="SANAQ_TEST_POSTGRES_URL is not set")
def test_on_postgresql_backup_create_runs_pg_dump(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import _postgres_schema_url

    for url in _postgres_schema_url():
        home = tmp_path / "home"
        code, made = _run(capsys, home, "--db", url, "backup", "create")
        assert code == 0, made
        dump = Path(str(made["file"]))
        assert dump.read_bytes().startswith(b"PGDMP") and dump.stat().st_mode & 0o077 == 0
        saved = os.environ["PATH"]
        os.environ["PATH"] = str(tmp_path / "nothing-here")
        try:
            code, refused = _run(capsys, home, "--db", url, "backup", "create")
        finally:
            os.environ["PATH"] = saved
        assert code == 1 and refused["error"]["code"] == "backup.no_pg_dump"  # type: ignore[index]
        assert "pg_dump is not installed" in refused["error"]["message"]  # type: ignore[index]


def test_without_pg_dump_the_command_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(backups.SetupRequired) as refused:
        backups.pg_dump("postgresql+psycopg://u:p@127.0.0.1/db", tmp_path / "backups")
    assert refused.value.code == "backup.no_pg_dump"
    assert "its backups are the server's" in refused.value.render()


def test_restoring_an_old_backup_keeps_it_through_the_rotation(tmp_path: Path) -> None:
    ctx = bootstrap(tmp_path / "home", None, "en")
    start = dt.datetime(2026, 9, 1, 6, 0, tzinfo=dt.UTC)
    made = []
    for minute in range(backups.KEEP_LAST):  # ten on one day: the oldest is the next to go
        with ctx.uow() as uow:
            institution.add_employee(uow, institution.EmployeeInput(full_name=f"Қызметкер {minute}"))
        made.append(backups.create(ctx.db, ctx.paths.backups, now=start + dt.timedelta(minutes=minute)))
    oldest = made[0]
    assert oldest is not None and oldest.path.exists()
    backups.restore(ctx.db, oldest.path, ctx.paths.backups, now=start + dt.timedelta(hours=1))
    assert oldest.path.exists()  # still there to restore again
    with ctx.uow() as uow:
        assert [e.full_name for e in institution.list_employees(uow)] == ["Қызметкер 0"]
    ctx.close()
