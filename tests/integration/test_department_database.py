"""The Department's database on SQLite and PostgreSQL: migrations, keys, and the storing rules
that the HTTP tests do not reach."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from department import reports, service
from department.db import DepartmentDatabase
from department.models import Base
from desktop.protocol.records import Batch
from tests.department_support import NOW, outcome, person, sheet

BIN = "100540012349"


@pytest.fixture
def department(db_url: str) -> Iterator[DepartmentDatabase]:
    database = DepartmentDatabase(db_url)
    yield database
    database.dispose()


def test_migrations_match_the_models_and_keys_are_made_once(department: DepartmentDatabase) -> None:
    keys = service.prepare(department)
    assert department.is_current()
    with department.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    assert service.prepare(department) == keys
    assert service.public_keys(keys).age_recipient.startswith("age1")


def test_one_batch_is_one_transaction_and_the_newest_copy_in_it_wins(department: DepartmentDatabase) -> None:
    keys = service.prepare(department)
    service.add_institution(department, BIN, "Дом", "Үй")
    first = person(surname="Первая")
    newest = person(revision=4, uuid_=first.uuid, surname="Четвёртая")
    middle = person(revision=2, uuid_=first.uuid, surname="Вторая")
    batch = Batch(institution_bin=BIN, sequence=1, created_at=NOW, records=[first, newest, middle])
    signed = service.store_batch(department, keys, BIN, batch, "a" * 64)
    assert signed.verify(keys.public_key).accepted == {"person": 1}
    assert [r["surname"] for r in reports.export_rows(department)] == ["Четвёртая"]
    # A batch that fails half-way leaves nothing: a batch of another institution is refused before any write.
    other = Batch(institution_bin="990140000017", sequence=2, created_at=NOW, records=[person()])
    with pytest.raises(service.DepartmentError) as refused:
        service.store_batch(department, keys, BIN, other, "b" * 64)
    assert refused.value.status == 403
    assert len(reports.export_rows(department)) == 1


def test_progress_counts_each_person_once_by_outcome(department: DepartmentDatabase) -> None:
    import datetime as dt

    from desktop.domain.campaign import default_campaign

    keys = service.prepare(department)
    service.add_institution(department, BIN, "Дом", "Үй")
    people = [person() for _ in range(5)]
    records = [*people, sheet(people[0].uuid), outcome(people[1].uuid, "online"), outcome(people[2].uuid, "refused")]
    records.append(person(uuid_=people[3].uuid, revision=2, status="not_resident"))
    service.store_batch(
        department, keys, BIN, Batch(institution_bin=BIN, sequence=1, created_at=NOW, records=records), "c" * 64
    )
    campaign = default_campaign()
    during = reports.progress(department, campaign, dt.date(2021, 10, 10))[0]
    assert during.persons == 5
    assert during.by_category == {"sheet": 1, "online": 1, "refused": 1, "not_resident": 1, "to_enumerate": 1}
    assert during.done_percent == 80 and during.overdue == []
    after = reports.progress(department, campaign, dt.date(2021, 11, 1))[0]
    assert after.overdue == [("overdue.not_enumerated", {"count": 1, "date": campaign.interviews_until})]
