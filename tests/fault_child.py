"""Census work to be killed (kill -9) at a random moment by tests/integration/test_fault_injection.py.

Run as ``python -m tests.fault_child HOME FIRST_BATCH``: from batch FIRST_BATCH on, each batch imports
a register file of ``SIZE`` new persons, saves a census sheet for its first person, records the batch
as enumerated and issues their certificates into a PDF, printing ``<step> <batch>`` after each commit.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from sqlalchemy import update

from desktop.app import bootstrap
from desktop.models.entities import Person
from desktop.services import certificates, entry, tables
from desktop.services import register_import as imp

SIZE = 60


def _say(step: str, batch: int) -> None:
    sys.stdout.write(f"{step} {batch}\n")
    sys.stdout.flush()


def main() -> int:
    home, first = Path(sys.argv[1]), int(sys.argv[2])
    context = bootstrap(home, None, "en")
    for batch in range(first, first + 1000):
        path = home / f"batch{batch}.csv"
        rows = "".join(f"Пакет{batch}-{n};Дана;01.02.1990\n" for n in range(SIZE))
        path.write_text("Фамилия;Имя;Дата рождения\n" + rows, encoding="utf-8")
        with context.uow() as uow:
            table = tables.read_table(path)
            preview = imp.preview_import(uow, table, imp.propose_mapping(uow, table), campaign=context.campaign)
            imp.apply_import(uow, preview)
        _say("imported", batch)
        with context.uow() as uow:
            ids = [pid for (pid,) in uow.session.execute(
                Person.__table__.select().with_only_columns(Person.id).where(Person.surname.like(f"Пакет{batch}-%"))
            )]  # fmt: skip
        with context.uow() as uow:
            opened = entry.open_sheet(uow, ids[0])
            draft = entry.Draft({**opened.answers, "nationality": "001"}, default_source="records")
            entry.save_draft(uow, ids[0], draft, expected_revision=opened.revision, campaign=context.campaign)
        _say("sheet", batch)
        with context.uow() as uow:
            uow.session.execute(
                update(Person).where(Person.id.in_(ids)).values(
                    status="records", enumerated_at=dt.datetime(2021, 10, 12, tzinfo=dt.UTC)
                )
            )  # fmt: skip
            uow.commit()
        _say("enumerated", batch)
        with context.uow() as uow:
            certificates.issue(uow, target=home / f"batch{batch}.pdf", person_ids=ids, campaign=context.campaign)
        _say("issued", batch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
