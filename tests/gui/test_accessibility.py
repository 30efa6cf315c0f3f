"""A screen reader can read every input of the pages and of the census sheet: each has an accessible
name, or a label that names it (a buddy)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desktop.app import bootstrap
from desktop.domain.enums import Language
from desktop.services import entry
from desktop.views.application import install_translations
from desktop.views.main_window import MainWindow

INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit, QSlider, QAbstractItemView)


def _inside_another_input(widget: QWidget, root: QWidget) -> bool:
    """The line edit of a spin box or an editable combo box is read with its owner."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_inputs(root: QWidget) -> list[str]:
    """Each visible input without an accessible name or a buddy label, described so it can be found."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    unnamed = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or _inside_another_input(widget, root):
            continue
        if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
            continue  # read with their table; Qt's own parts (the corner button of a table)
        is_input = isinstance(widget, INPUTS) or (isinstance(widget, QAbstractButton) and not widget.text())
        if is_input and not widget.accessibleName().strip() and id(widget) not in buddies:
            unnamed.append(f"{type(widget).__name__} {widget.objectName() or '(no name)'} in {_path(widget, root)}")
    return unnamed


def _path(widget: QWidget, root: QWidget) -> str:
    names = []
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        names.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return "/".join(reversed(names))


def test_an_unnamed_input_is_found(app, qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    named, unnamed, labelled = QLineEdit(holder), QLineEdit(holder), QLineEdit(holder)
    named.setAccessibleName("IIN")
    unnamed.setObjectName("bare")
    QLabel("&Name:", holder).setBuddy(labelled)
    holder.show()
    assert [line.split()[1] for line in unnamed_inputs(holder)] == ["bare"]


@pytest.mark.parametrize("lang", [Language.RU, Language.KK])
def test_every_input_of_every_page_and_of_the_sheet_has_a_name(
    app, qtbot, demo_home: Path, tmp_path: Path, lang: Language
) -> None:
    home = tmp_path / "home"
    shutil.copytree(demo_home, home)
    ctx = bootstrap(home, None, lang.value)
    install_translations(ctx.translate)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    found: dict[str, list[str]] = {}
    for page in window.pages:
        window.show_page(page.page_id)
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
        if page.page_id == "sheets":
            with ctx.uow() as uow:
                (person_id,) = entry.person_ids(uow, entry.ListFilter(which="to_fill"), campaign=ctx.campaign, limit=1)
            with qtbot.waitSignal(page.sheet_shown, timeout=10_000):
                page.open_person(person_id)
            assert page.sheet.isVisibleTo(window)
        problems = []
        for tabs in page.findChildren(QTabWidget):  # every tab, not only the one open
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                problems += [p for p in unnamed_inputs(page) if p not in problems]
        problems += [p for p in unnamed_inputs(page) if p not in problems]
        if problems:
            found[page.page_id] = problems
    window.runner.wait()
    ctx.close()
    assert found == {}, "\n".join(f"{page}: {item}" for page, items in found.items() for item in items)
