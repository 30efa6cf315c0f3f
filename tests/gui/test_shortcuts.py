"""Alt-letter shortcuts: in every window, page and dialog, in Russian and in Kazakh, no two visible items
share one letter (Alt+letter would then reach only the first of them)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QTabWidget, QWidget

from desktop.app import bootstrap
from desktop.domain.enums import Language
from desktop.i18n import Translator
from desktop.views.main_window import MainWindow
from desktop.views.wizard import FirstRunWizard
from tests.gui.screens import every_dialog

MNEMONIC = re.compile(r"&(?!&)(\w)")


def letter(text: str) -> str | None:
    found = MNEMONIC.search((text or "").replace("&&", ""))
    return found.group(1).casefold() if found else None


def visible_texts(root: QWidget) -> list[str]:
    """The texts of the items of ``root`` a person sees now and could reach with Alt+letter."""
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(root, QMainWindow):
        texts += [action.text() for action in root.menuBar().actions()]
    return texts


def clashes(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        key = letter(text)
        if key:
            by_letter[key].append(text)
    return {key: items for key, items in by_letter.items() if len(items) > 1}


def test_a_clash_is_found() -> None:
    assert clashes(["&Имя", "И&ИН", "&Фамилия", "Save && close"]) == {"и": ["&Имя", "И&ИН"]}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_no_two_visible_items_share_a_shortcut_letter(qtbot, app, demo_home: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.application import install_translations

    ctx = bootstrap(demo_home, None, lang)
    install_translations(ctx.translate)
    found: dict[str, dict[str, list[str]]] = {}
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            found[f"window: {window.nav.item(row).text()}"] = clashes(visible_texts(window))
        for menu in (action.menu() for action in window.menuBar().actions()):
            found[f"menu {menu.title()}"] = clashes([a.text() for a in menu.actions()])
        dialogs = list(every_dialog(ctx, window.runner, window).values())
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            found[type(dialog).__name__] = clashes(visible_texts(dialog))
            dialog.close()
        wizard = FirstRunWizard(Language(lang))
        qtbot.addWidget(wizard)
        for page_id in wizard.pageIds():  # one page is shown at a time: each is its own screen
            page = wizard.page(page_id)
            texts = [w.text() for w in page.findChildren(QAbstractButton) + page.findChildren(QLabel)]
            found[f"wizard: {page.title()}"] = clashes(texts)
        window.runner.wait()
    finally:
        ctx.close()
        install_translations(Translator(Language.EN))
    assert {where: c for where, c in found.items() if c} == {}
