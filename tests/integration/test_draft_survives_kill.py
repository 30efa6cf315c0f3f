"""The program is killed (kill -9) while a sheet is being typed: the draft reopens intact."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import bootstrap
from desktop.domain.iin import Sex, make_iin
from desktop.domain.person import name_key
from desktop.models.entities import Person
from desktop.services import entry
from tests import entry_form

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Жетім бала, құжаттары жеке істе; өтініш бойынша қабылданған. " * 6


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is a POSIX signal")
def test_a_draft_survives_kill_9_while_typing(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = bootstrap(home, None, "ru")
    with ctx.uow() as uow:
        person = Person(
            surname="Әбенова",
            name="Айгүл",
            iin=make_iin(dt.date(1980, 5, 15), Sex.FEMALE, 5),
            birth_date=dt.date(1980, 5, 15),
            sex="F",
            name_key=name_key("Әбенова", "Айгүл", ""),
        )
        uow.session.add(person)
        uow.commit()
        person_id = person.id
    ctx.close()

    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.entry_crash_child", str(home), str(person_id), TEXT],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
    )
    saves: list[tuple[int, str]] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("SAVED "):
                _word, revision, remark = line.rstrip("\n").split(" ", 2)
                saves.append((int(revision), remark))
            if len(saves) >= 6 and 0 < len(saves[-1][1]) < len(TEXT):
                break  # typing is still going on: kill it in the middle
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    last_revision, last_remark = saves[-1]

    database = home / "sanaq.sqlite"
    with sqlite3.connect(database) as connection:  # the file is whole
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)

    monkeypatch.setattr(entry, "person_form", lambda uow: entry_form.form())
    monkeypatch.setattr(entry, "form_version", lambda uow, form_id, version: entry_form.form())
    ctx = bootstrap(home, None, "ru")
    try:
        with ctx.uow() as uow:
            data = entry.open_sheet(uow, person_id)
    finally:
        ctx.close()
    assert data.state == "draft"
    remark = data.answers["remark"]
    # Every save the program reported is there; at most the last moments of typing are lost.
    assert data.revision >= last_revision
    assert TEXT.startswith(remark) and len(remark) >= len(last_remark.strip())
    assert data.answers["surname"] == "Әбенова"  # the prefilled answers were saved with the draft
