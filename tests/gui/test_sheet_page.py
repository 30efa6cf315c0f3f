"""The census sheet screen as a user meets it: the whole sheet filled with the keyboard alone,
autosave, problems that jump to their question, "complete and next"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from desktop.app import AppContext
from desktop.domain.iin import Sex, make_iin
from desktop.domain.person import name_key
from desktop.models.entities import Person
from desktop.services import documents_pdf, entry
from desktop.views.jobs import JobRunner
from desktop.views.sheet_page import SheetPage
from desktop.views.sheet_widget import ChoiceEditor, ClassifierEditor, LineEditor
from tests import entry_form
from tests.helpers import press, type_text

FORM = entry_form.form()

#: The offscreen platform cannot raise a popup or grab the keyboard for it (the type-ahead list).
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)", r"This plugin does not support grabbing the keyboard"
)


@pytest.fixture(autouse=True)
def _test_form(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entry, "person_form", lambda uow: FORM)
    monkeypatch.setattr(entry, "form_version", lambda uow, form_id, version: FORM)


def add_persons(ctx: AppContext, surnames: list[str]) -> list[int]:
    ids = []
    with ctx.uow() as uow:
        for serial, surname in enumerate(surnames, start=1):
            number = make_iin(dt.date(1980, 5, 15), Sex.FEMALE, serial * 3) or make_iin(
                dt.date(1980, 5, 16), Sex.FEMALE, serial * 3 + 1
            )
            person = Person(
                surname=surname,
                name="Айгүл",
                iin=number,
                birth_date=dt.date(1980, 5, 15),
                sex="F",
                name_key=name_key(surname, "Айгүл", ""),
            )
            uow.session.add(person)
            uow.session.flush()
            ids.append(person.id)
        uow.commit()
    return ids


def focused() -> QWidget:
    popup = QApplication.activePopupWidget()
    widget = popup or QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None
    return widget


def key(k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard would send it: the open popup, else the focused widget."""
    press(focused(), k, modifiers)


def typed(text: str) -> None:
    type_text(focused(), text)


@pytest.fixture
def page(qtbot, ru):  # type: ignore[no-untyped-def]
    runner = JobRunner()
    widget = SheetPage(ru, runner)
    # The tests run years after the census: the employee has confirmed completing sheets today (the question
    # itself is tested below).
    widget.outside_window_confirmed_on = dt.datetime.now(ru.campaign.timezone).date()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget, timeout=5000)
    yield widget
    runner.wait(10_000)


def open_first(qtbot, page: SheetPage) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    qtbot.waitUntil(lambda: page.list_model.rowCount() > 0, timeout=5000)
    page.people.setFocus()
    page.people.setCurrentIndex(page.list_model.index(0, 0))
    with qtbot.waitSignal(page.sheet_shown, timeout=5000):
        key(Qt.Key.Key_Return)


def current_name(page: SheetPage) -> str | None:
    return page.sheet.current


def test_a_whole_sheet_is_filled_with_the_keyboard_alone(qtbot, page: SheetPage, ru: AppContext) -> None:  # type: ignore[no-untyped-def]
    ids = add_persons(ru, ["Әбенова", "Жұмабаева"])
    open_first(qtbot, page)
    assert page.person_label.text() == "Әбенова Айгүл"
    assert page.mode.currentData() == "records"  # records first: most residents cannot be interviewed
    assert current_name(page) == "age"  # surname, birth date and sex are prefilled: the first empty question
    key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert current_name(page) == "sex" and isinstance(focused(), ChoiceEditor)
    key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert current_name(page) == "birth_date" and focused().text() == "15.05.1980"
    key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(focused(), LineEditor) and focused().text() == "Әбенова"  # prefilled
    for _ in range(3):
        key(Qt.Key.Key_Return)
    assert current_name(page) == "age"
    typed("41")
    key(Qt.Key.Key_Return)
    assert current_name(page) == "nationality"
    combo = page.sheet.rows["nationality"].editor
    assert isinstance(combo, ClassifierEditor)
    typed("захъ"[:-1])  # a few letters from the middle of the name narrow the long list
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)  # picks "Казах" in the type-ahead list and moves on
    assert combo.value() == "1"
    qtbot.waitUntil(lambda: current_name(page) == "languages", timeout=2000)
    typed("1")
    typed("2")
    key(Qt.Key.Key_Return)
    assert current_name(page) == "married"  # age 41: the marriage question is relevant
    assert page.sheet.rows["spouse"].isHidden()
    typed("1")
    assert not page.sheet.rows["spouse"].isHidden()  # answering "yes" asks the spouse's name
    key(Qt.Key.Key_Return)
    assert current_name(page) == "spouse"
    typed("Серік")
    for _ in range(3):  # F4: as the sheet → interview → proxy → administration record
        key(Qt.Key.Key_F4)
    key(Qt.Key.Key_Return)
    assert focused() is page.sheet.rows["spouse"].document  # the record's document is asked for
    typed("Журнал опеки")
    key(Qt.Key.Key_Return)
    assert current_name(page) == "remark"  # the note at the end is skipped
    typed("Жетім, құжаттары бар")
    qtbot.waitUntil(lambda: page.sheet.problems.count() == 0, timeout=2000)
    with qtbot.waitSignal(page.sheet_shown, timeout=5000) as shown:
        key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # complete and next
    assert shown.args == [ids[1]]
    assert page.person_label.text() == "Жұмабаева Айгүл"
    with ru.uow() as uow:
        data = entry.open_sheet(uow, ids[0])
    assert data.state == "complete" and data.person.status == "records"
    assert data.answers == entry_form.COMPLETE | {"remark": "Жетім, құжаттары бар"}
    assert data.sources == {"spouse": {"source": "records", "document": "Журнал опеки"}}


def test_problems_are_listed_and_jump_to_their_question(qtbot, page: SheetPage, ru: AppContext) -> None:  # type: ignore[no-untyped-def]
    add_persons(ru, ["Әбенова"])
    open_first(qtbot, page)
    titles = [page.sheet.problems.item(i).text() for i in range(page.sheet.problems.count())]
    assert any("Возраст" in t for t in titles) and any("Национальность" in t for t in titles)
    row = page.sheet.rows["age"]
    assert row.label.text().endswith("*")  # required
    # A fresh sheet is not red from top to bottom: "needs an answer" waits until the question is passed.
    assert row.messages.isHidden()
    assert row.hint.text() == "Число лет"
    row.editor.setFocus()
    typed("150")
    assert "Возраст от 0 до 120" in row.messages.text()
    # Ctrl+Enter refuses to complete and goes to the first problem
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "нельзя" in page.status.text().lower() or page.sheet.current == "age"
    assert "нужен ответ" in page.sheet.rows["nationality"].messages.text()  # completing reveals the rest
    page.sheet.problems.setFocus()
    texts = [page.sheet.problems.item(i).text() for i in range(page.sheet.problems.count())]
    target = next(i for i, text in enumerate(texts) if "Национальность" in text)
    page.sheet.problems.setCurrentRow(target)
    key(Qt.Key.Key_Return)
    assert page.sheet.current == "nationality"
    # a warning is confirmed with a reason typed under it, without the mouse
    page.sheet.go_to("age")
    focused().selectAll()
    typed("104")
    assert "Больше 100" in row.messages.text() and not row.reason.isHidden()
    key(Qt.Key.Key_Return)
    assert focused() is row.reason
    typed("по паспорту")
    assert "Больше 100" not in row.messages.text()


def test_drafts_save_by_themselves_while_typing(qtbot, page: SheetPage, ru: AppContext) -> None:  # type: ignore[no-untyped-def]
    ids = add_persons(ru, ["Әбенова"])
    open_first(qtbot, page)
    assert page.autosave.interval() == 5000  # "every few seconds": autosave_seconds of the settings
    page.autosave.setInterval(300)  # the same timer, quicker for the test
    page.sheet.go_to("age")
    with qtbot.waitSignal(page.saved, timeout=5000):
        typed("7")  # the timer saves while the cursor stays in the question
    page.sheet.go_to("remark")
    typed("Қағаз")
    with qtbot.waitSignal(page.saved, timeout=5000):
        key(Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # moving back saves at once
    with ru.uow() as uow:
        data = entry.open_sheet(uow, ids[0])
    assert data.state == "draft" and data.answers["age"] == 7 and data.answers["remark"] == "Қағаз"
    assert "сохран" in page.status.text().lower()


def test_an_online_outcome_is_recorded_from_the_keyboard(qtbot, page: SheetPage, ru: AppContext) -> None:  # type: ignore[no-untyped-def]
    ids = add_persons(ru, ["Әбенова"])
    open_first(qtbot, page)
    page.mode.setFocus()
    page.mode.setCurrentIndex(page.mode.findData("online"))
    assert page.stack.currentWidget() is page.outcome
    page.outcome_date.setDate(QDate(2021, 9, 20))  # the date printed with the code
    page.code.setFocus()
    typed("ab12cd34")
    with qtbot.waitSignal(page.sheet_shown, timeout=5000):
        key(Qt.Key.Key_Return)
    with ru.uow() as uow:
        person = uow.session.get(Person, ids[0])
        assert person is not None and person.status == "online" and person.online_code == "AB12CD34"
        assert local_day(person.enumerated_at, ru) == dt.date(2021, 9, 20)


def local_day(moment: dt.datetime | None, ctx: AppContext) -> dt.date:
    assert moment is not None
    return moment.replace(tzinfo=moment.tzinfo or dt.UTC).astimezone(ctx.campaign.timezone).date()


@pytest.mark.parametrize("confirm", [False, True])
def test_a_code_dated_outside_the_census_period_is_recorded_only_when_confirmed(  # type: ignore[no-untyped-def]
    qtbot, page: SheetPage, ru: AppContext, monkeypatch, confirm: bool
) -> None:
    ids = add_persons(ru, ["Әбенова"])
    open_first(qtbot, page)
    page.mode.setCurrentIndex(page.mode.findData("online"))
    page.outcome_date.setDate(QDate(2021, 11, 20))  # three weeks after the census ended
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes if confirm else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    page.code.setText("LATE1234")
    if confirm:
        with qtbot.waitSignal(page.sheet_shown, timeout=5000):
            page.record_outcome()
    else:
        page.record_outcome()
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert len(asked) == 1 and "20.11.2021" in asked[0] and "30.10.2021" in asked[0]
    with ru.uow() as uow:
        person = uow.session.get(Person, ids[0])
        assert person is not None
        if confirm:
            assert person.status == "online" and local_day(person.enumerated_at, ru) == dt.date(2021, 11, 20)
        else:
            assert person.status == "to_enumerate" and person.online_code is None


def test_the_screen_in_kazakh_and_a_screenshot(qtbot, page: SheetPage, ru: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_persons(ru, ["Әбенова", "Жұмабаева", "Иванова"])
    open_first(qtbot, page)
    page.sheet.go_to("age")
    typed("104")
    image = page.grab()
    assert not image.isNull()
    image.save(str(tmp_path / "sheet.png"))
    assert isinstance(page.search, QLineEdit)


def test_closing_the_window_saves_what_was_just_typed(qtbot, page: SheetPage, ru: AppContext) -> None:  # type: ignore[no-untyped-def]
    ids = add_persons(ru, ["Әбенова"])
    open_first(qtbot, page)
    page.sheet.go_to("remark")
    typed("соңғы сөз")  # typed a moment ago: neither the timer nor a move has saved it yet
    assert page.dirty
    assert page.can_close()
    page.runner.wait(10_000)  # what the main window does when it closes
    with ru.uow() as uow:
        assert entry.open_sheet(uow, ids[0]).answers["remark"] == "соңғы сөз"


def test_a_persons_sheet_opens_from_anywhere_in_the_window(qtbot, ru: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.main_window import MainWindow
    from desktop.views.sheet_page import show_person_sheet

    ids = add_persons(ru, ["Әбенова", "Жұмабаева"])
    window = MainWindow(ru)
    qtbot.addWidget(window)
    window.show()
    page = window.page("sheets")
    assert isinstance(page, SheetPage)
    with qtbot.waitSignal(page.sheet_shown, timeout=5000):
        assert show_person_sheet(window, ids[1])
    assert window.stack.currentWidget() is page and page.person_label.text() == "Жұмабаева Айгүл"
    window.runner.wait(5000)


def test_drafts_save_at_the_interval_chosen_in_the_settings(qtbot, ru: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.settings_page import SettingsPage
    from desktop.views.verification_page import VerificationPage

    ru.settings.set("autosave_seconds", 2)
    runner = JobRunner()
    sheets, second_keying, settings = SheetPage(ru, runner), VerificationPage(ru, runner), SettingsPage(ru, runner)
    for widget in (sheets, second_keying, settings):
        qtbot.addWidget(widget)
    assert sheets.autosave.interval() == 2000 and second_keying.autosave.interval() == 2000
    spin = settings.findChild(QWidget, "autosaveSeconds")
    assert spin is not None and spin.value() == 2
    spin.setValue(9)  # the person changes it on the Settings page
    assert ru.settings.get("autosave_seconds") == 9
    sheets.refresh()  # the pages are shown again
    second_keying.refresh()
    assert sheets.autosave.interval() == 9000 and second_keying.autosave.interval() == 9000
    runner.wait(10_000)


def test_a_choice_question_shows_that_it_has_the_keyboard(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    """A digit answers the focused choice question: the user must see which one that is."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QVBoxLayout

    choices = [SimpleNamespace(label=label, value=str(n)) for n, label in enumerate(["Да", "Нет"])]
    item = SimpleNamespace(choices=choices)
    holder = QWidget()
    layout = QVBoxLayout(holder)
    first, second = ChoiceEditor(item, multiple=False), ChoiceEditor(item, multiple=False)
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(holder)
    holder.show()
    holder.activateWindow()
    qtbot.waitActive(holder, timeout=5000)
    second.setFocus()
    qtbot.waitUntil(second.hasFocus, timeout=2000)
    unfocused = first.grab().toImage()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus, timeout=2000)
    focused = first.grab().toImage()
    assert focused != unfocused


def test_the_required_star_never_wraps_onto_a_line_of_its_own(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextLayout, QTextOption

    from desktop.domain.sheet_session import Item
    from desktop.views.sheet_widget import QuestionRow

    row = QuestionRow(Item(name="q", number="27", kind="text", label="Умеете ли вы читать и писать", hint=""))
    qtbot.addWidget(row)
    row._set_label(True)
    text = row.label.text()
    assert text.endswith("*")
    for width in range(60, 420):
        layout = QTextLayout(text, row.label.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        lines = []
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
        layout.endLayout()
        assert lines[-1] != "*", f"the star alone on the last line at {width} px"


@pytest.mark.skipif(not documents_pdf.preview_available(), reason="no PDF renderer for the print preview")
def test_ctrl_p_prints_the_transcript_and_warns_without_an_employee(  # type: ignore[no-untyped-def]
    qtbot, page: SheetPage, ru: AppContext, tmp_path: Path, monkeypatch
) -> None:
    from pypdf import PdfReader
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    add_persons(ru, ["Әбенова"])
    open_first(qtbot, page)
    with qtbot.waitSignal(page.saved, timeout=5000):
        key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ru.account is None  # a database without accounts: nobody signed in
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *a: asked.append(text) or answer[0])
    folders: list[Path] = []
    saved_as = tmp_path / "transcript.pdf"

    def save_dialog(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        folders.append(Path(suggested).parent)
        return str(saved_as), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    printed = tmp_path / "printed.pdf"

    def print_to_file(dialog: QPrintPreviewDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        dialog.findChild(QPrintPreviewWidget).print_()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintPreviewDialog, "exec", print_to_file)

    key(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1 and "Вход" in asked[0]  # warned: nobody to name as the filler
    assert not folders  # cancelled: nothing saved, nothing printed

    answer[0] = QMessageBox.StandardButton.Yes
    key(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(printed.exists, timeout=10000)  # through the print dialog, not only a saved PDF
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert folders == [Path(documents) if Path(documents).is_dir() else Path.home()]
    assert folders[0] != Path.cwd()
    text = "".join(p.extract_text() for p in PdfReader(saved_as).pages)
    assert "лист ещё не завершён" in text and "Заполнил(а): —" not in text
    assert len(PdfReader(printed).pages) == len(PdfReader(saved_as).pages)


@pytest.mark.parametrize("confirm", [False, True])
def test_completing_after_the_census_period_is_confirmed_once_a_day(  # type: ignore[no-untyped-def]
    qtbot, page: SheetPage, ru: AppContext, monkeypatch, confirm: bool
) -> None:
    ids = add_persons(ru, ["Әбенова", "Жұмабаева"])
    page.outside_window_confirmed_on = None
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes if confirm else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    for pid in ids:
        page.open_person(pid)
        qtbot.waitUntil(lambda pid=pid: page.person_id == pid and page.data is not None, timeout=5000)
        session = page.sheet.session
        assert session is not None
        for name, value in entry_form.COMPLETE.items():
            session.set(name, value)
            editor = page.sheet.rows[name].editor  # shows the value, as if typed: the cursor's question keeps it
            editor.blockSignals(True)
            editor.set_value(value)
            editor.blockSignals(False)
        page.complete(then_next=False)
        if confirm:
            qtbot.waitUntil(lambda: page.data is not None and page.data.state == "complete", timeout=5000)
    today = dt.datetime.now(ru.campaign.timezone).date()
    assert len(asked) == (1 if confirm else 2)  # once a day when confirmed; each time when not
    assert today.strftime("%d.%m.%Y") in asked[0] and "30.10.2021" in asked[0]
    with ru.uow() as uow:
        states = [entry.open_sheet(uow, pid).state for pid in ids]
    assert states == (["complete", "complete"] if confirm else ["empty", "empty"])
    if not confirm:
        assert "вне периода переписи" in page.status.text()
