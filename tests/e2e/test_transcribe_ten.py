"""Done when: a new user transcribes ten persons from an administration list without touching the
mouse, prints one transcript, and a second user verifies them — in the main window, keys only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.app import bootstrap
from desktop.domain.iin import Sex, make_iin
from desktop.domain.person import name_key
from desktop.models.entities import Employee, Person
from desktop.services import entry, institution, verification
from desktop.views import print_preview
from desktop.views.application import install_translations, register_fonts
from desktop.views.main_window import MainWindow
from tests import entry_form
from tests.gui.test_sheet_page import focused, key, typed

FORM = entry_form.form()

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)", r"This plugin does not support grabbing the keyboard"
)

#: The administration list: surname, age, nationality (typed letters), married.
LIST = [
    ("Абаева", 34, "Каз", True),
    ("Бекова", 12, "Рус", False),
    ("Валиева", 51, "Узб", True),
    ("Галиева", 8, "Каз", False),
    ("Данова", 77, "Тат", True),
    ("Ержанова", 15, "Каз", False),
    ("Жумабаева", 29, "Уйг", False),
    ("Закирова", 44, "Каз", True),
    ("Ибраева", 63, "Кор", True),
    ("Кабылова", 19, "Каз", False),
]


@pytest.fixture(autouse=True)
def _test_form(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entry, "person_form", lambda uow: FORM)
    monkeypatch.setattr(entry, "form_version", lambda uow, form_id, version: FORM)


def test_ten_persons_transcribed_printed_and_verified_by_keyboard(  # type: ignore[no-untyped-def]
    qtbot, qapp, home: Path, tmp_path: Path, monkeypatch
) -> None:
    register_fonts(qapp)
    ctx = bootstrap(home, None, "ru")
    install_translations(ctx.translate)
    with ctx.uow() as uow:
        institution.save_profile(
            uow,
            institution.ProfileInput(
                name_kk="«Бөбек» балалар үйі",
                name_ru="Детский дом «Бөбек»",
                bin="100540012349",
                type_code="03",
                kato_code="311000000",
            ),
        )
    with ctx.uow() as uow:
        first, second = Employee(full_name="Новая Сотрудница"), Employee(full_name="Второй Сотрудник")
        uow.session.add_all([first, second])
        for serial, (surname, age, _nation, _married) in enumerate(LIST, start=1):
            born = dt.date(2021 - age, 3, 1 + serial)
            uow.session.add(
                Person(
                    surname=surname,
                    name="Айгүл",
                    iin=make_iin(born, Sex.FEMALE, serial * 7),
                    birth_date=born,
                    sex="F",
                    name_key=name_key(surname, "Айгүл", ""),
                )
            )
        uow.commit()
        first_uuid, second_uuid = first.uuid, second.uuid
    ctx.settings.set("employee_uuid", first_uuid)

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    sheets = window.page("sheets")
    assert sheets is not None
    # Keyed years after the census: the first completion asks to confirm today's date, once for the day.
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.Yes)
    number = window.pages.index(sheets) + 1
    key(Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)  # Go → Census sheets
    assert window.stack.currentWidget() is sheets
    qtbot.waitUntil(lambda: sheets.list_model.rowCount() == len(LIST), timeout=5000)
    key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert focused() is sheets.people
    with qtbot.waitSignal(sheets.sheet_shown, timeout=5000):
        key(Qt.Key.Key_Return)

    for index, (surname, age, nation, married) in enumerate(LIST):
        assert sheets.person_label.text() == f"{surname} Айгүл"
        # Surname, birth date and sex come from the register: the cursor starts at the age.
        assert sheets.sheet.current == "age"
        typed(str(age))
        key(Qt.Key.Key_Return)
        typed(nation)
        key(Qt.Key.Key_Down)
        key(Qt.Key.Key_Return)  # picks and moves on
        qtbot.waitUntil(lambda: sheets.sheet.current == "languages", timeout=2000)
        typed("12")  # Kazakh and Russian
        key(Qt.Key.Key_Return)
        if age >= 16:
            typed("1" if married else "2")
            key(Qt.Key.Key_Return)
            if married:
                typed("Серік")
                key(Qt.Key.Key_Return)
        if index < len(LIST) - 1:
            with qtbot.waitSignal(sheets.sheet_shown, timeout=5000):
                key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        else:
            key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            qtbot.waitUntil(lambda: "последний человек" in sheets.status.text(), timeout=5000)
    with ctx.uow() as uow:
        done = entry.list_persons(uow, entry.ListFilter("complete"), campaign=ctx.campaign)
    assert len(done) == len(LIST) and all(row.status == "records" for row in done)
    assert len(asked) == 1 and "30.10.2021" in asked[0]

    # Print one transcript: Ctrl+P, the file dialog answers with a path as the user would type it,
    # and the print dialog prints it (to a PDF file here).
    target = tmp_path / "transcript.pdf"
    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    monkeypatch.setattr(print_preview, "open_file", lambda path: printed.write_bytes(Path(path).read_bytes()))

    def print_to_file(dialog: QPrintPreviewDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        dialog.findChild(QPrintPreviewWidget).print_()
        return 1

    monkeypatch.setattr(QPrintPreviewDialog, "exec", print_to_file)
    key(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists, timeout=5000)
    qtbot.waitUntil(printed.exists, timeout=10000)
    window.activateWindow()  # the print dialog has closed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Кабылова" in text and "Административные данные" in text and "Әкімшілік деректер" in text

    # The second user verifies a third of them, blind, from the keyboard.
    ctx.settings.set("employee_uuid", second_uuid)
    double = window.page("verification")
    assert double is not None
    key(Qt.Key(Qt.Key.Key_0 + window.pages.index(double) + 1), Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Заполненных листов: 10" in double.summary.text(), timeout=5000)
    double.share.setFocus()
    double.share.selectAll()
    typed("30")
    key(Qt.Key.Key_Tab)
    assert focused() is double.choose_button
    with qtbot.waitSignal(double.listed, timeout=5000):
        key(Qt.Key.Key_Space)
    assert double.table.rowCount() == 3
    for row in range(3):
        double.table.setFocus()
        double.table.setCurrentCell(row, 0)
        person = next(p for p in LIST if p[0] in double.table.item(row, 0).text())
        with qtbot.waitSignal(double.shown, timeout=5000):
            key(Qt.Key.Key_Return)
        typed(str(person[1] + (1 if row == 0 else 0)))  # one slip in the first sheet
        key(Qt.Key.Key_Return)
        typed(person[2])
        key(Qt.Key.Key_Down)
        key(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: double.sheet.current == "languages", timeout=2000)
        typed("12")
        key(Qt.Key.Key_Return)
        if person[1] + (1 if row == 0 else 0) >= 16:
            typed("1" if person[3] else "2")
            key(Qt.Key.Key_Return)
            if person[3]:
                typed("Серік")
                key(Qt.Key.Key_Return)
        with qtbot.waitSignal(double.shown, timeout=5000):
            key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        if double.comparison is not None and double.comparison.state == "keyed":
            double.activateWindow()  # the offscreen platform activates the type-ahead popup late
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
            double.differences.setFocus()
            for _ in range(double.differences.rowCount()):
                typed("1")  # the first keying was right
            with qtbot.waitSignal(double.written, timeout=5000):
                key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with ctx.uow() as uow:
        summary = verification.summary(uow)
    assert (summary.complete_sheets, summary.resolved) == (10, 3)
    assert summary.differences_found >= 1 and summary.differences_corrected == 0
    window.runner.wait(5000)
