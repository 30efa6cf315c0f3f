"""Double entry in the window: a second employee keys a sheet blind, sees every difference side by
side and resolves them with the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.app import AppContext
from desktop.models.entities import Employee
from desktop.services import entry, verification
from desktop.views.jobs import JobRunner
from desktop.views.verification_page import VerificationPage
from tests import entry_form
from tests.gui.test_sheet_page import add_persons, focused, key, typed

FORM = entry_form.form()

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)", r"This plugin does not support grabbing the keyboard"
)


@pytest.fixture(autouse=True)
def _test_form(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entry, "person_form", lambda uow: FORM)
    monkeypatch.setattr(entry, "form_version", lambda uow, form_id, version: FORM)


def employee(ctx: AppContext, name: str) -> str:
    with ctx.uow() as uow:
        row = Employee(full_name=name)
        uow.session.add(row)
        uow.commit()
        return row.uuid


def test_a_second_employee_keys_blind_and_resolves_every_difference(qtbot, ru: AppContext) -> None:  # type: ignore[no-untyped-def]
    ru.settings.set("employee_uuid", employee(ru, "Первая Сотрудница"))
    (pid,) = add_persons(ru, ["Әбенова"])
    with ru.uow() as uow:
        entry.complete(
            uow, pid, entry.Draft(answers=dict(entry_form.COMPLETE)), expected_revision=0, campaign=ru.campaign,
            outside_window=True,
        )
    ru.settings.set("employee_uuid", employee(ru, "Второй Сотрудник"))

    runner = JobRunner()
    page = VerificationPage(ru, runner)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitActive(page, timeout=5000)
    with qtbot.waitSignal(page.listed, timeout=5000):
        page.refresh()
    assert "Заполненных листов: 1" in page.summary.text()
    page.share.setValue(100)
    with qtbot.waitSignal(page.listed, timeout=5000):
        page.choose_button.click()
    assert page.table.rowCount() == 1 and page.table.item(0, 2).text() == "Первая Сотрудница"

    page.table.setFocus()
    page.table.setCurrentCell(0, 0)
    with qtbot.waitSignal(page.shown, timeout=5000):
        key(Qt.Key.Key_Return)
    assert page.sheet.current == "age"  # the register's surname, birth date and sex are skipped
    assert page.sheet.session is not None and page.sheet.session.value("nationality") is None  # blind
    # key the paper sheet: two slips (age 14 instead of 41, nationality 2 instead of 1)
    typed("14")
    key(Qt.Key.Key_Return)  # age 14: the marriage questions are not asked
    assert page.sheet.current == "nationality"
    typed("Русск")
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.sheet.current == "languages", timeout=2000)
    typed("1")
    typed("2")
    with qtbot.waitSignal(page.shown, timeout=5000):
        key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    differences = [page.differences.item(r, 0).text() for r in range(page.differences.rowCount())]
    assert len(differences) == 4  # age, nationality, and the married/spouse answers not keyed the second time
    assert any("Возраст" in d for d in differences) and any("Национальность" in d for d in differences)
    row = next(r for r, d in enumerate(differences) if "Национальность" in d)
    assert page.differences.item(row, 1).text() == "Казах" and page.differences.item(row, 2).text() == "Русский"
    # The offscreen platform delivers the type-ahead popup's activation late; a desktop does not.
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)
    assert focused() is page.differences
    for _ in range(4):
        typed("1")  # the first keying was right every time
    with qtbot.waitSignal(page.written, timeout=5000):
        key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with ru.uow() as uow:
        summary = verification.summary(uow)
        sheet = entry.open_sheet(uow, pid)
    assert (summary.resolved, summary.differences_found, summary.differences_corrected) == (1, 4, 0)
    assert sheet.answers == entry_form.COMPLETE
    assert not page.grab().isNull()
    runner.wait(5000)
