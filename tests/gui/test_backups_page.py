"""The Backups page as a user meets it (make, check, restore with confirmation), and the window's offer
of the newest good backup when the database is found damaged at start."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.app import AppContext, bootstrap, sign_in_demo
from desktop.domain.errors import SanaqError
from desktop.services import backups, institution
from desktop.views import application
from desktop.views.application import install_translations
from desktop.views.backups_page import BackupsPage
from desktop.views.jobs import JobRunner
from tests.integration.test_backups import _flip_middle, _tables

WAIT = 20_000


@pytest.fixture
def demo_ctx(app, tmp_path: Path, demo_home: Path) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    home = tmp_path / "demo"
    shutil.copytree(demo_home, home)
    ctx = bootstrap(home, None, "ru")
    sign_in_demo(ctx)  # the demo opens as its administrator, whose page this is
    install_translations(ctx.translate)
    yield ctx
    ctx.close()


@pytest.fixture
def page(qtbot, demo_ctx: AppContext) -> Iterator[BackupsPage]:  # type: ignore[no-untyped-def]
    runner = JobRunner()
    widget = BackupsPage(demo_ctx, runner)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    yield widget
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)


def _employees(ctx: AppContext) -> list[str]:
    with ctx.uow() as uow:
        return [e.full_name for e in institution.list_employees(uow)]


def test_make_check_and_restore_with_confirmation(qtbot, page: BackupsPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = page.ctx
    assert page.title() == "Резервные копии"
    assert page.table.rowCount() == 0 and not page.restore_button.isEnabled()
    page.create_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT)
    assert page.table.item(0, page.WHY).text() == "вручную"
    assert page.table.item(0, page.STATE).text() == "открывается и цела"
    assert page.table.item(0, page.BIN).text() == "100540012349"
    with ctx.uow() as uow:
        institution.add_employee(uow, institution.EmployeeInput(full_name="Позже Добавленный"))

    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    page.restore_button.click()
    assert "Позже Добавленный" in _employees(ctx)  # declined: nothing changed

    page.verify_button.click()
    qtbot.waitUntil(lambda: "открывается и цела" in page.result.text(), timeout=WAIT)

    asked: list[str] = []

    def yes(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    with qtbot.waitSignal(page.data_changed, timeout=WAIT):
        page.restore_button.click()
    assert "сначала сохраняется" in asked[0]
    assert "Позже Добавленный" not in _employees(ctx)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=WAIT)
    assert {page.table.item(row, page.WHY).text() for row in range(2)} == {"вручную", "перед восстановлением"}


def test_a_backup_that_does_not_open_says_why(qtbot, page: BackupsPage) -> None:  # type: ignore[no-untyped-def]
    page.create_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT)
    path = page.items[0].path
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))
    page.checked.clear()
    page.table.selectRow(0)
    page.verify_button.click()
    refused = "не является резервной копией этой программы или повреждён"
    qtbot.waitUntil(lambda: refused in page.table.item(0, page.STATE).text(), timeout=WAIT)
    assert refused in page.result.text()
    assert page.isVisible()


def test_the_window_offers_the_newest_good_backup_when_the_database_is_damaged(
    app,
    tmp_path: Path,
    demo_home: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    home = tmp_path / "demo"
    shutil.copytree(demo_home, home)
    ctx = bootstrap(home, None, "ru")
    made = backups.create(ctx.db, ctx.paths.backups)
    ctx.close()
    before = _tables(home / "sanaq.sqlite")
    _flip_middle(home / "sanaq.sqlite")
    args = argparse.Namespace(home=str(home), db_url=None, lang="ru", demo=False)
    with pytest.raises(SanaqError) as damaged:
        bootstrap(home, None, "ru")
    asked: list[str] = []
    monkeypatch.setattr(application, "_ask_restore", lambda text: asked.append(text) or True)
    recovered = application.recover_damaged(args, damaged.value, bootstrap(tmp_path / "other", None, "ru").translate)
    assert recovered is not None and made is not None
    try:
        assert "Файл базы данных повреждён" in asked[0] and "Восстановить самую новую исправную копию" in asked[0]
        with recovered.uow() as uow:
            assert institution.get_profile(uow) is not None
    finally:
        recovered.close()
    assert _tables(home / "sanaq.sqlite") == before
    assert list(home.glob("sanaq.sqlite.damaged-*"))


def test_a_damaged_database_without_any_backup_is_only_reported(
    app,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    home = tmp_path / "home"
    ctx = bootstrap(home, None, "ru")
    with ctx.uow() as uow:
        institution.add_employee(uow, institution.EmployeeInput(full_name="Бір"))
    ctx.close()
    with sqlite3.connect(home / "sanaq.sqlite") as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (home / "sanaq.sqlite").write_bytes(b"")
    with pytest.raises(SanaqError) as damaged:
        bootstrap(home, None, "ru")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(application, "_ask_restore", lambda text: pytest.fail("nothing to offer"))
    args = argparse.Namespace(home=str(home), db_url=None, lang="ru", demo=False)
    assert application.recover_damaged(args, damaged.value, lambda _c, text: text) is None
    assert "empty (0 bytes)" in shown[0] and "No backup that opens" in shown[0]


def test_the_window_backs_up_at_start_and_at_close(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    starter = application.Starter(demo_ctx)
    starter.start()
    qtbot.waitUntil(lambda: starter.window is not None, timeout=WAIT)
    assert starter.window is not None
    qtbot.addWidget(starter.window)
    assert [b.reason for b in backups.list_backups(demo_ctx.paths.backups)] == ["start"]
    application._backup_at_close(demo_ctx)  # nothing changed: no second copy of the same
    assert [b.reason for b in backups.list_backups(demo_ctx.paths.backups)] == ["start"]
    with demo_ctx.uow() as uow:
        institution.add_employee(uow, institution.EmployeeInput(full_name="Кешкі Қызметкер"))
    starter.window.close()
    starter.runner.wait()
    application._backup_at_close(demo_ctx)
    assert [b.reason for b in backups.list_backups(demo_ctx.paths.backups)] == ["close", "start"]
