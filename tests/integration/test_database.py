import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.orm.exc import StaleDataError

import desktop.models.all  # noqa: F401
from desktop.models.base import Base
from desktop.models.db import Database, sqlite_url
from desktop.models.entities import Person
from desktop.services import backups


def test_migrations_have_one_head_and_match_the_models(db: Database) -> None:
    assert db.is_current()
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_records_carry_uuid_revision_and_authorship_in_utc(db: Database) -> None:
    with db.uow("employee-1") as uow:
        person = Person(surname="Әбілқасымова", name="Гүлнұр")
        uow.session.add(person)
        uow.commit()
        first_uuid, created = person.uuid, person.created_at
        assert person.revision == 1 and person.created_by == "employee-1"
        assert created.tzinfo is not None and created.utcoffset() == dt.timedelta(0)
    with db.uow("employee-2") as uow:
        again = uow.session.get(Person, person.id)
        assert again is not None
        again.note = "переведена в 2-топ"
        uow.commit()
        assert again.uuid == first_uuid
        assert again.revision == 2
        assert again.updated_by == "employee-2" and again.created_by == "employee-1"
        assert again.surname == "Әбілқасымова"


def test_two_employees_cannot_overwrite_each_other(db: Database) -> None:
    with db.uow() as uow:
        uow.session.add(Person(surname="Иванов"))
        uow.commit()
    with db.uow("a") as first, db.uow("b") as second:
        person_id = first.session.query(Person.id).scalar()
        one = first.session.get(Person, person_id)
        two = second.session.get(Person, person_id)
        assert one is not None and two is not None
        one.note = "first"
        first.commit()
        two.note = "second"
        with pytest.raises(StaleDataError):
            second.commit()


def test_leaving_a_unit_of_work_without_commit_writes_nothing(db: Database) -> None:
    with db.uow() as uow:
        uow.session.add(Person(surname="Несохранённый"))
        uow.session.flush()
    with db.uow() as uow:
        assert uow.session.query(Person).count() == 0


def test_sqlite_runs_in_wal_mode_with_foreign_keys(home: Path) -> None:
    db = Database(sqlite_url(home / "x.sqlite"))
    db.migrate()
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.dispose()


def test_an_encrypted_backup_is_taken_before_migrating_a_database_with_data(home: Path) -> None:
    path = home / "old.sqlite"
    db = Database(sqlite_url(path))
    db.migrate()
    with db.uow() as uow:
        uow.session.add(Person(surname="Сақталған"))
        uow.commit()
    with db.engine.begin() as connection:  # the schema is there, but its version is lost: must migrate
        connection.execute(text("DELETE FROM alembic_version"))
    with pytest.raises(Exception):  # noqa: B017 - re-creating existing tables fails, whatever the driver says
        db.migrate(lambda: backups.create(db, home / "backups", reason="migration"))
    db.dispose()
    copies = backups.list_backups(home / "backups")
    assert [copy.reason for copy in copies] == ["migration"]
    assert "Сақталған".encode() not in copies[0].path.read_bytes()  # encrypted
    assert db.keystore is not None
    backups.extract(copies[0].path, db.keystore, home / "opened.sqlite")
    with sqlite3.connect(home / "opened.sqlite") as raw:
        assert raw.execute("SELECT surname FROM person").fetchall() == [("Сақталған",)]


def test_a_brand_new_database_is_not_backed_up(home: Path) -> None:
    db = Database(sqlite_url(home / "new.sqlite"))
    assert db.migrate(lambda: backups.create(db, home / "backups", reason="migration")) is True
    assert not (home / "backups").exists()
    db.dispose()


def test_persons_recorded_before_the_sort_key_get_theirs(home: Path) -> None:
    """A database of the previous version: its persons are put in the Kazakh alphabet's order."""
    from alembic import command

    from desktop.domain.collation import sort_key

    db = Database(sqlite_url(home / "older.sqlite"))
    with db.engine.begin() as connection:
        config = db._alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0010")
    with db.engine.begin() as connection:
        for number, surname in enumerate(("Ілиясов", "Әбенов", "Ахметов"), start=1):
            connection.execute(
                text(
                    "INSERT INTO person (id, uuid, revision, created_at, updated_at, created_by, updated_by, surname, "
                    "name, patronymic, name_key, citizenship, residence, left_note, note, problems, status, "
                    "status_reason) VALUES (:id, :uuid, 1, '2021-01-01', '2021-01-01', '', '', :surname, 'Арман', '', "
                    "'', 'KZ', 'usual', '', '', '', 'to_enumerate', '')"
                ),
                {"id": number, "uuid": f"00000000-0000-4000-8000-00000000000{number}", "surname": surname},
            )
    db.migrate()
    with db.engine.connect() as connection:
        rows = connection.execute(text("SELECT surname, sort_key FROM person ORDER BY sort_key")).all()
    db.dispose()
    assert [surname for surname, _key in rows] == ["Ахметов", "Әбенов", "Ілиясов"]
    assert all(key == sort_key(f"{surname} Арман") for surname, key in rows)
