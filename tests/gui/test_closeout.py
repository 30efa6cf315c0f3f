"""The close-out from the Overview: offered when every person has an outcome, it closes the institution
and saves the statement; afterwards a change in the window asks for its reason, and without one nothing
changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QLabel

from desktop.app import AppContext
from desktop.domain.accounts import Role
from desktop.services import after_close, closeout, enumeration
from desktop.services import register as reg
from desktop.views.main_window import MainWindow
from desktop.views.operations import call
from tests.accounts_support import ADMIN_NAME, sign_in_as
from tests.integration.test_documents import setup_institution

WAIT = 10000
AFTER_INTERVIEWS = dt.datetime(2021, 11, 3, 5, 0, tzinfo=dt.UTC)


def ready(ru: AppContext) -> dict[str, int]:
    ids = setup_institution(ru)
    with ru.uow() as uow:
        enumeration.record(uow, mode="refused", person_id=ids["Сидоров"], reason="Отказ законного представителя")
    ru.clock = lambda: AFTER_INTERVIEWS
    return ids


def test_close_out_from_the_overview_then_a_change_asks_its_reason(  # type: ignore[no-untyped-def]
    qtbot, ru: AppContext, tmp_path: Path, monkeypatch
) -> None:
    from desktop.views import closeout_dialog, operations

    ids = ready(ru)
    statement_path = tmp_path / "справка.pdf"
    printed: list[Path] = []
    told: list[str] = []
    monkeypatch.setattr(closeout_dialog, "ask_pdf_path", lambda *_args: statement_path)
    monkeypatch.setattr(closeout_dialog, "print_pdf", lambda _parent, _runner, path, _title: printed.append(path))
    monkeypatch.setattr(closeout_dialog.QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(operations, "show_error", lambda _p, error, *_a: told.append(f"ERROR {error!r}"))
    window = MainWindow(ru)
    qtbot.addWidget(window)
    window.show()
    window.show_page("overview")
    page = window.page("overview")
    qtbot.waitUntil(lambda: page.closeout_button.isEnabled(), timeout=WAIT)
    assert "можно завершить" in page.closeout_label.text()

    page.start_closeout()
    dialog = page.findChild(closeout_dialog.CloseoutDialog)
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled(), timeout=WAIT)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "Подлежало переписи по списку:" in labels and "5" in labels
    dialog.close_button.click()
    qtbot.waitUntil(lambda: printed == [statement_path], timeout=WAIT)
    assert any("флешку" in text for text in told)  # not connected: the USB package is asked for
    assert len(PdfReader(str(statement_path)).pages) == 2
    with ru.uow() as uow:
        assert closeout.is_closed(uow)
    qtbot.waitUntil(lambda: "Завершено" in page.closeout_label.text(), timeout=WAIT)
    assert not page.closeout_button.isVisible()

    person_id = ids["Сидоров"]

    def status() -> str:
        with ru.uow() as uow:
            return reg.get_person(uow, person_id, campaign=ru.campaign).status

    # Without a reason nothing changes.
    monkeypatch.setattr(operations, "ask_change_reason", lambda _parent: "")
    page.op(call(enumeration.reset, person_id))
    window.runner.wait()
    assert status() == "refused"
    # With a reason the change is made and recorded.
    monkeypatch.setattr(operations, "ask_change_reason", lambda _parent: "Опекун дал согласие")
    page.op(call(enumeration.reset, person_id))
    qtbot.waitUntil(lambda: status() == "to_enumerate", timeout=WAIT)
    with ru.uow() as uow:
        assert [c.reason for c in after_close.changes(uow)] == ["Опекун дал согласие"]
    window.runner.wait()


def test_only_the_administrator_is_offered_the_close_out(qtbot, ru: AppContext) -> None:  # type: ignore[no-untyped-def]
    """An employee sees that the work can be closed out, but the button is the administrator's."""
    sign_in_as(ru, ADMIN_NAME, Role.ADMINISTRATOR)
    ready(ru)
    sign_in_as(ru, "Сотрудник Ответственный", Role.EMPLOYEE)
    window = MainWindow(ru)
    qtbot.addWidget(window)
    window.show()
    window.show_page("overview")
    page = window.page("overview")
    qtbot.waitUntil(lambda: "можно завершить" in page.closeout_label.text(), timeout=WAIT)
    assert not page.closeout_button.isVisible()
