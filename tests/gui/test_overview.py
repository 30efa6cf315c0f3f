"""The Overview of the demo institution as the employee sees it on a morning of the interviews: the
numbers equal counts made straight from the database, each opens the persons behind it, what is late
is said, the chart prints, and the close-out is offered only when every person has an outcome."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel

from desktop.app import demo_context
from desktop.domain.enums import Language
from desktop.i18n import Translator
from desktop.views.application import install_translations
from desktop.views.main_window import MainWindow
from tests.integration.test_progress import independent_counts

WAIT = 10000
MORNING = dt.datetime(2021, 10, 27, 6, 0, tzinfo=dt.UTC)  # 12:00 in Taraz, four days of interviews left


@pytest.fixture
def window(qtbot, app, demo_home: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    home = tmp_path / "demo"
    shutil.copytree(demo_home, home)
    ctx = demo_context(home, "ru")
    ctx.clock = lambda: MORNING
    install_translations(ctx.translate)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1280, 720)
    main.show()
    main.show_page("overview")
    page = main.page("overview")
    qtbot.waitUntil(lambda: page.findChild(QLabel, "figure_to_do") is not None, timeout=WAIT)
    yield main
    main.runner.wait()
    ctx.close()
    install_translations(Translator(Language.RU))


def _number(page, key: str) -> int:  # type: ignore[no-untyped-def]
    label = page.findChild(QLabel, f"figure_{key}")
    assert label is not None, key
    return int(label.text().split(">")[1].split("<")[0])


def test_the_numbers_are_the_counts_of_the_database(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = window.page("overview")
    expected = independent_counts(Path(window.ctx.db.sqlite_path))
    assert {key: _number(page, key) for key in expected} == expected
    assert page.stage_label.text() == "Опрос — осталось 4 дня (до 30.10.2021)"
    late = page.findChild(QLabel, "warning_interviews_ending")
    assert f"Осталось переписать лиц: {expected['to_do']}, а до конца опроса дней: 4." in late.text()
    assert not page.closeout_button.isEnabled()
    assert f"Без итога переписи ещё лиц: {expected['to_do']}" in page.closeout_label.text()


@pytest.mark.parametrize(
    ("key", "state", "status", "work"),
    [
        ("to_do", "to_count", "to_enumerate", None),
        ("records", "to_count", "records", None),
        ("certificates_to_issue", "all", None, "certificate_waiting"),
        ("sheets_draft", "all", None, "sheet_draft"),
    ],
)
def test_a_number_opens_the_persons_behind_it(qtbot, window, key, state, status, work) -> None:  # type: ignore[no-untyped-def]
    page = window.page("overview")
    expected = _number(page, key)
    respondents = window.page("respondents")
    with qtbot.waitSignal(respondents.rows_shown, timeout=WAIT, check_params_cb=lambda n: n == expected):
        page.findChild(QLabel, f"figure_{key}").linkActivated.emit(key)
    assert window.stack.currentWidget() is respondents
    assert respondents.state_filter.currentData() == state
    assert respondents.status_filter.currentData() == status
    assert respondents.work_filter.currentData() == work
    assert respondents.model.rowCount() == expected


def test_a_warning_opens_its_list_and_tablets_open_their_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.page("overview")
    page.findChild(QLabel, "figure_tablets_to_return").linkActivated.emit("tablets_to_return")
    assert window.stack.currentWidget().page_id == "equipment"
    window.show_page("overview")
    respondents = window.page("respondents")
    with qtbot.waitSignal(respondents.rows_shown, timeout=WAIT):
        page.findChild(QLabel, "warning_list_not_sent").linkActivated.emit("list_not_sent")
    assert (respondents.state_filter.currentData(), respondents.work_filter.currentData()) == (
        "on_list",
        "not_at_department",
    )


def test_the_chart_prints_to_a_pdf(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    page = window.page("overview")
    assert sum(d.total for d in page.chart.data.days) > 0 and len(page.chart.data.units) == 5
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = Path(os.environ.get("SANAQ_KEEP_CHART", tmp_path / "диаграмма.pdf"))
    printer.setOutputFileName(str(target))
    assert page.print_chart(printer)
    reader = PdfReader(str(target))
    assert len(reader.pages) == 1
    text = " ".join((reader.pages[0].extract_text() or "").split())
    for words in ("Ход переписи", "Переписано по дням", "По подразделениям", "1-топ «Балапан»", "опрос"):
        assert words in text
