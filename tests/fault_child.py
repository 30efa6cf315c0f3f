"""Census work to be killed (kill -9) at random moments by tests/integration/test_fault_injection.py.

Run as ``python -m tests.fault_child HOME DEPARTMENT_URL``.  The process imports the program once and
then serves commands from stdin, so that fifty runs do not pay fifty starts of Python:

- ``run FIRST``: fork a worker (printed as ``pid N``) that opens the program on HOME and, from batch
  FIRST on, for each batch imports a register file of ``SIZE`` new persons, saves a census sheet for its
  first person, records the batch as enumerated, issues their certificates into a PDF and synchronises
  with the Department, printing ``<step> <batch>`` after each commit (``ready`` once the program is
  open).  When the worker ends (killed, as a rule) this process prints ``ended N``.
- ``quit``: end.

The worker holds nothing of this process's but the imported modules: it opens its own database
connections after the fork.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from sqlalchemy import update

from desktop.app import bootstrap
from desktop.models.entities import Person
from desktop.services import certificates, entry, exchange, tables
from desktop.services import register_import as imp

SIZE = 25
STEPS = ("imported", "sheet", "enumerated", "issued", "synced")
FAST = exchange.HttpOptions(backoff=0.05, attempts=8, read_timeout=10)


def _say(step: str, batch: int | None = None) -> None:
    sys.stdout.write(f"{step} {batch}\n" if batch is not None else f"{step}\n")
    sys.stdout.flush()


def work(home: Path, first: int, department: str) -> None:
    context = bootstrap(home, None, "en")
    _say("ready")
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
        if department:
            with context.uow() as uow:
                exchange.sync(uow, exchange.TokenStore(home), FAST)
            _say("synced", batch)


def main() -> int:
    home, department = Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else ""
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            break
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:  # the worker
            code = 0
            try:
                work(home, int(words[1]), department)
            except BaseException as error:  # noqa: BLE001 - said to the test, which fails on it
                sys.stdout.write(f"failed {type(error).__name__}: {error}\n")
                code = 1
            finally:
                sys.stdout.flush()
                os._exit(code)
        _say("pid", pid)
        _, status = os.waitpid(pid, 0)
        _say("ended", status)
    return 0


if __name__ == "__main__":
    sys.exit(main())
