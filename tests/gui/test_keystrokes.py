"""Keyboard entry from administration records counted in keystrokes: the cursor starts at the first
question still to answer, and a pick from a long list moves on with the one Enter that picks it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.app import demo_context
from desktop.domain.enums import Language
from desktop.domain.iin import Sex, make_iin
from desktop.domain.person import name_key
from desktop.i18n import Translator
from desktop.models.entities import Person
from desktop.views.application import install_translations
from desktop.views.main_window import MainWindow
from desktop.views.sheet_widget import ChoiceEditor, ClassifierEditor, LineEditor
from tests.gui.test_sheet_page import focused, key, typed

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)", r"This plugin does not support grabbing the keyboard"
)


class Keyboard:
    """Presses keys where the keyboard sends them and counts them (a typed letter is one key)."""

    def __init__(self) -> None:
        self.count = 0

    def press(self, k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        key(k, modifiers)

    def type(self, text: str) -> None:
        self.count += len(text)
        typed(text)


def _fill_by_keyboard(qtbot, page, keyboard: Keyboard) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer every question the way a person copies a record: a prefilled answer is kept, a short
    list gets the digit 1, a long list the first three letters of its first entry, a text "Да".
    Returns the questions in the order the cursor came to them."""
    sheet = page.sheet
    finished: list[bool] = []
    sheet.finished.connect(lambda: finished.append(True))
    seen: list[str] = []
    while not finished:
        assert len(seen) < 80, f"the cursor never reached the end: {seen}"
        name = sheet.current
        assert name is not None
        seen.append(name)
        row = sheet.rows[name]
        editor = row.editor
        answered = sheet.session.value(name) not in (None, "", [])
        if answered:
            keyboard.press(Qt.Key.Key_Return)
        elif isinstance(editor, ClassifierEditor):
            keyboard.type(editor.itemText(1)[:3])
            popup = editor.completer().popup()
            qtbot.waitUntil(popup.isVisible, timeout=2000)
            keyboard.press(Qt.Key.Key_Down)
            keyboard.press(Qt.Key.Key_Return)
            qtbot.waitUntil(lambda popup=popup: not popup.isVisible(), timeout=2000)
            qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=2000)
            assert editor.value() is not None, name
            qtbot.waitUntil(lambda name=name: sheet.current != name or bool(finished), timeout=2000)  # one Enter
        elif isinstance(editor, ChoiceEditor):
            keyboard.type("1")
            keyboard.press(Qt.Key.Key_Return)
        else:
            assert isinstance(editor, LineEditor), name
            keyboard.type("Да")
            keyboard.press(Qt.Key.Key_Return)
        qtbot.wait(10)
    return seen


def test_a_records_sheet_is_filled_in_fewer_keystrokes(qtbot, app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A four-year-old girl of a children's home: her name, IIN, sex, birth date, citizenship and
    residence come from the register; birth place, nationality, language, attendance and the rest
    are copied from her file (38 keystrokes when the cursor started at the surname and a pick
    from a long list took a second Enter)."""
    ctx = demo_context(tmp_path / "demo", "ru")
    born = dt.date(2017, 2, 10)
    with ctx.uow() as uow:
        uow.session.add(
            Person(
                surname="Ааронова",
                name="Айсұлу",
                patronymic="Бекқызы",
                iin=make_iin(born, Sex.FEMALE, 77),
                birth_date=born,
                sex="F",
                name_key=name_key("Ааронова", "Айсұлу", "Бекқызы"),
            )
        )
        uow.commit()
    install_translations(ctx.translate)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    assert window.show_page("sheets")
    page = window.stack.currentWidget()
    try:
        qtbot.waitUntil(lambda: len(page.list_model.ids) >= 1, timeout=10000)
        page.people.setFocus()
        page.people.setCurrentIndex(page.list_model.index(0, 0))
        assert page.list_model.data(page.list_model.index(0, 0)).endswith("Ааронова Айсұлу Бекқызы")
        with qtbot.waitSignal(page.sheet_shown, timeout=10000):
            key(Qt.Key.Key_Return)
        sheet = page.sheet
        prefilled = [n for n in sheet.relevant_names() if sheet.session.value(n) not in (None, "", [])]
        assert len(prefilled) >= 8
        first_empty = next(n for n in sheet.relevant_names() if n not in prefilled)
        start = (sheet.current, focused() is sheet.rows[first_empty].editor)

        keyboard = Keyboard()
        seen = _fill_by_keyboard(qtbot, page, keyboard)
        questions = len(sheet.relevant_names())
        print(f"\nrecords sheet: {questions} questions, {len(prefilled)} prefilled, {keyboard.count} keystrokes")
        assert questions >= 15 and not [p for p in sheet.session.problems() if p[1] in ("error", "missing")]
        assert start == (first_empty, True)
        assert not set(seen) & set(prefilled)
        assert keyboard.count < 37
    finally:
        window.runner.wait()
        ctx.close()
        install_translations(Translator(Language.RU))
