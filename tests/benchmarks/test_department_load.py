"""Load on one Department service over PostgreSQL: many institutions syncing at once.

Each simulated institution enrols, then sends its persons and their census sheets in batches over its
own HTTP connection, all institutions at the same time (one thread each, loopback only).  Printed:
sheets per second, the slowest institution, the server's peak memory; asserted: nothing lost or doubled.

    SANAQ_TEST_POSTGRES_URL=... pytest -m benchmark tests/benchmarks/test_department_load.py -s

The scale can be changed with SANAQ_BENCH_INSTITUTIONS (200) and SANAQ_BENCH_SHEETS (500 per institution),
the server's processes with SANAQ_BENCH_WORKERS (1).
"""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from department import reports, service
from department.db import DepartmentDatabase
from department.models import Record
from tests.department_support import POSTGRES_URL, Institution, Server, database_url, person, sheet

pytestmark = [
    pytest.mark.benchmark,
    pytest.mark.postgres,
    pytest.mark.skipif(not POSTGRES_URL, reason="needs SANAQ_TEST_POSTGRES_URL"),
    pytest.mark.timeout(1800),
]

INSTITUTIONS = int(os.environ.get("SANAQ_BENCH_INSTITUTIONS", "200"))
SHEETS = int(os.environ.get("SANAQ_BENCH_SHEETS", "500"))
WORKERS = int(os.environ.get("SANAQ_BENCH_WORKERS", "1"))
PERSONS_PER_BATCH = 125  # 125 persons and their 125 sheets in one batch


def test_many_institutions_sync_at_once(tmp_path: Path) -> None:
    with database_url("postgresql", tmp_path) as url:
        db = DepartmentDatabase(url)
        service.prepare(db)
        codes = {f"{700000000000 + n:012d}": "" for n in range(INSTITUTIONS)}
        for bin_ in codes:
            codes[bin_] = service.add_institution(db, bin_, f"Учреждение {bin_}", f"Мекеме {bin_}")
        server = Server(url, workers=WORKERS).start()
        peak = [server.memory_mib()]
        stop = threading.Event()

        def watch() -> None:
            while not stop.wait(0.2):
                peak[0] = max(peak[0], server.memory_mib())

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        start = threading.Barrier(INSTITUTIONS)

        def institution(bin_: str) -> float:
            with requests.Session() as http:
                inst = Institution(server, bin_, session=http).enrol(codes[bin_])
                people = [person(iin=f"{bin_[-7:]}{n:05d}") for n in range(SHEETS)]
                batches = [
                    [*chunk, *(sheet(p.uuid, P1=n) for n, p in enumerate(chunk))]
                    for chunk in (people[i : i + PERSONS_PER_BATCH] for i in range(0, SHEETS, PERSONS_PER_BATCH))
                ]
                start.wait(120)
                began = time.perf_counter()
                for records in batches:
                    receipt = inst.send(records)
                    assert receipt.rejected == [] and receipt.accepted_total() == len(records)
                return time.perf_counter() - began

        try:
            began = time.perf_counter()
            with ThreadPoolExecutor(max_workers=INSTITUTIONS) as pool:
                durations = list(pool.map(institution, codes))
            elapsed = time.perf_counter() - began
        finally:
            stop.set()
            watcher.join()
            server.stop()

        with db.session() as session:
            per_kind = dict(session.execute(select(Record.kind, func.count()).group_by(Record.kind)).all())
            distinct = session.scalar(select(func.count(func.distinct(Record.uuid))))
        rows = reports.export_rows(db)
        db.dispose()

    total = INSTITUTIONS * SHEETS
    print(
        f"\n{INSTITUTIONS} institutions x {SHEETS} sheets (with their persons) at once on PostgreSQL, "
        f"{WORKERS} server process(es): "
        f"{total / elapsed:.0f} sheets/s ({elapsed:.1f} s in all); slowest institution {max(durations):.1f} s, "
        f"median {sorted(durations)[len(durations) // 2]:.1f} s; server memory peak {peak[0]:.0f} MiB"
    )
    assert per_kind == {"person": total, "census_sheet": total}
    assert distinct == 2 * total
    assert len(rows) == total and len({r["person_uuid"] for r in rows}) == total
    assert all(r["category"] == "sheet" for r in rows)
