"""kill -9 at random moments of an import, a sheet save and a certificate issue: the database stays
sound, and every committed record is there exactly once (each batch all or nothing)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from desktop.app import AppContext
from tests.fault_child import SIZE
from tests.integration.test_documents import setup_institution

ROOT = Path(__file__).resolve().parent.parent.parent
KILLS = 8


def _committed(lines: str) -> dict[str, set[int]]:
    steps: dict[str, set[int]] = {}
    for line in lines.splitlines():
        step, batch = line.split()
        steps.setdefault(step, set()).add(int(batch))
    return steps


def test_kill_9_never_loses_or_doubles_a_committed_record(sqlite_context: AppContext) -> None:
    setup_institution(sqlite_context)
    home = sqlite_context.paths.home
    sqlite_context.close()
    chance = random.Random(20211001)
    committed: dict[str, set[int]] = {}
    first = 0
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.fault_child", str(home), str(first)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        time.sleep(chance.uniform(2.0, 5.0))
        os.kill(child.pid, signal.SIGKILL)
        out, err = child.communicate(timeout=60)
        assert child.returncode == -signal.SIGKILL, err[-2000:]
        for step, batches in _committed(out).items():
            committed.setdefault(step, set()).update(batches)
        first += 1000
    assert committed.get("imported"), "no batch was committed before a kill: the child is too slow"
    with sqlite3.connect(home / "sanaq.sqlite") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        persons = connection.execute("SELECT surname, uuid FROM person WHERE surname LIKE 'Пакет%'").fetchall()
        per_batch: dict[int, int] = {}
        for surname, _uuid in persons:
            batch = int(surname[len("Пакет") :].split("-")[0])
            per_batch[batch] = per_batch.get(batch, 0) + 1
        assert set(per_batch.values()) <= {SIZE}, per_batch  # each import all or nothing, never twice
        assert committed["imported"] <= set(per_batch)
        assert len({uuid for _s, uuid in persons}) == len(persons)
        sheets = dict(connection.execute(
            "SELECT p.surname, count(*) FROM sheet s JOIN person p ON p.id = s.person_id "
            "WHERE p.surname LIKE 'Пакет%' GROUP BY p.surname"
        ).fetchall())  # fmt: skip
        assert set(sheets.values()) <= {1}
        assert {f"Пакет{b}-0" for b in committed.get("sheet", set())} <= set(sheets)
        live = connection.execute(
            "SELECT person_id, count(*) FROM certificate WHERE state != 'voided' GROUP BY person_id"
        ).fetchall()
        assert all(count == 1 for _pid, count in live)
        issued_batches = {
            int(name[len("Пакет") :].split("-")[0])
            for (name,) in connection.execute("SELECT full_name FROM certificate WHERE full_name LIKE 'Пакет%'")
        }
        for batch in issued_batches:
            count = connection.execute(
                "SELECT count(*) FROM certificate WHERE full_name LIKE ?", (f"Пакет{batch}-%",)
            ).fetchone()[0]
            assert count == SIZE, (batch, count)
            assert (home / f"batch{batch}.pdf").exists()
        assert committed.get("issued", set()) <= issued_batches
