"""The "Sending to the Department" page as a user meets it: connect with the address and the code,
see what waits, press Send against a real service on 127.0.0.1, see the receipt's date and time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.app import AppContext
from desktop.services import exchange
from desktop.views.exchange_page import ExchangePage, when_text
from desktop.views.jobs import JobRunner
from tests.department_support import Server, cli_json, sqlite_server
from tests.exchange_support import add_sheets, make_institution


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    runner = JobRunner()
    yield runner
    qtbot.waitUntil(lambda: not runner._jobs, timeout=30000)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with sqlite_server(tmp_path) as running:
        yield running


def test_connect_send_and_see_the_receipts_date_and_time(
    qtbot,
    ru: AppContext,
    runner,
    server: Server,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    make_institution(ru)
    add_sheets(ru, 50)
    code = cli_json(
        "institution", "add", "--bin", "100540012349", "--name-ru", "Д", "--name-kk", "Ү", "--db", server.db_url
    )["code"]
    page = ExchangePage(ru, runner)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    assert page.title() == "Отправка в Департамент"
    page.refresh()
    qtbot.waitUntil(lambda: page.data is not None, timeout=10000)
    assert "Не подключено" in page.state_label.text()
    assert not page.send_button.isEnabled()
    sheets_row = exchange.KIND_ORDER.index(exchange.proto.Kind.CENSUS_SHEET)
    assert page.pending_table.item(sheets_row, 1).text() == "50"

    page.connect_to(server.url, str(code))
    qtbot.waitUntil(lambda: page.send_button.isEnabled(), timeout=20000)
    assert server.url in page.state_label.text()

    page.send_button.click()
    qtbot.waitUntil(lambda: page.data is not None and page.data.pending.last_sync_at is not None, timeout=30000)
    with ru.uow() as uow:
        received = exchange.last_sync_at(uow)
    assert received is not None
    assert page.last_sync.text() == f"Последняя синхронизация: {when_text(received)}"
    assert page.pending_table.item(sheets_row, 1).text() == "0"
    assert page.log_table.item(0, 3).text() == when_text(received)
