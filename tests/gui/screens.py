"""Render the window's pages and dialogs to PNG files and find words that do not fit.

Used by tests/gui/test_screens.py, and run as ``python -m tests.gui.screens`` in a child process for a
scale factor (``QT_SCALE_FACTOR`` is read once, when the application object is made).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QTabBar,
    QWidget,
)

#: Where the pictures go (git-ignored); SANAQ_SCREENS overrides it.
OUT = Path(os.environ.get("SANAQ_SCREENS", Path(__file__).resolve().parents[1] / "screens"))
SIZES = {"1280x720": QSize(1280, 720), "1920x1080": QSize(1920, 1080)}
#: Tables that must show all their columns at 1280×720 without a sideways scroll.
MUST_FIT = {"candidates", "registry"}
#: Line edits that are a part of another widget (sized by it).
EDIT_HOSTS = (QComboBox, QAbstractItemView, QAbstractSpinBox)
SLACK = 1  # px: rounding of fractional font metrics


def wait(ms: int) -> None:
    """Let the event loop run (worker threads deliver their results meanwhile)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle(runner, timeout_ms: int = 15_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the jobs of the window have ended twice in a row (a result may start another job)."""
    quiet = 0
    spent = 0
    while quiet < 2 and spent < timeout_ms:
        wait(40)
        spent += 40
        quiet = 0 if runner.busy else quiet + 1
    wait(20)


def _name(widget: QWidget) -> str:
    text = ""
    for attribute in ("text", "title", "placeholderText", "currentText"):
        getter = getattr(widget, attribute, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                text = value
                break
    label = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
    return f"{label} «{text[:60]}»" if text else label


def _in_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _label(label: QLabel) -> str | None:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    width, height = label.contentsRect().width(), label.contentsRect().height()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        return f"needs {needed} px high, has {label.height()}" if needed > label.height() + SLACK else None
    hint = label.sizeHint()
    margins = label.width() - width
    if hint.width() - margins > width + SLACK:
        return f"needs {hint.width()} px wide, has {label.width()}"
    if hint.height() - (label.height() - height) > height + SLACK:
        return f"needs {hint.height()} px high, has {label.height()}"
    return None


def _button(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        return f"needs {hint.width()} px wide, has {button.width()}"
    if hint.height() > button.height() + SLACK:
        return f"needs {hint.height()} px high, has {button.height()}"
    return None


def _tabs(bar: QTabBar) -> str | None:
    for index in range(bar.count()):
        if bar.isTabVisible(index) and bar.tabRect(index).width() + SLACK < bar.tabSizeHint(index).width():
            return f"tab «{bar.tabText(index)}» is cut"
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()) if bar.isTabVisible(i))
    if bar.shape() in (QTabBar.Shape.RoundedNorth, QTabBar.Shape.RoundedSouth) and needed > bar.width() + SLACK:
        return f"tabs need {needed} px, have {bar.width()}"
    return None


def _header(header: QHeaderView) -> str | None:
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return None
    for section in range(header.count()):
        text = str(header.model().headerData(section, Qt.Orientation.Horizontal) or "")
        if not text or header.isSectionHidden(section):
            continue
        # the text, the paddings of the style sheet and room for the sort mark, as Qt measures it
        needed = header.sectionSizeFromContents(section).width()
        if header.sectionSize(section) + SLACK < needed:
            return f"column «{text}» needs {needed} px, has {header.sectionSize(section)}"
    return None


def _combo(combo: QComboBox) -> str | None:
    if combo.isEditable() or not combo.currentText():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed > field.width() + 2:
        return f"shows «{combo.currentText()}» in {field.width()} px, needs {needed}"
    return None


def _group(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    label = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    needed = box.fontMetrics().horizontalAdvance(box.title().replace("&", ""))
    return f"title needs {needed} px, has {label.width()}" if needed > label.width() + SLACK else None


def _line(edit: QLineEdit) -> str | None:
    if edit.width() < 8 * edit.fontMetrics().averageCharWidth():
        return f"only {edit.width()} px wide"
    return None


def _list(view: QListWidget) -> str | None:
    """Items of a list (the navigation) as wide as their icon and text, or the delegate elides the text."""
    metrics = view.fontMetrics()
    for row in range(view.count()):
        item = view.item(row)
        icon = view.iconSize().width() + 6 if not item.icon().isNull() else 0
        needed = max(metrics.horizontalAdvance(line) for line in item.text().split("\n")) + icon
        room = view.visualItemRect(item).width() - 2 * 8  # the padding of an item in the style sheet
        if not view.wordWrap() and needed > room + SLACK:
            return f"item «{item.text()}» needs {needed} px, has {room}"
    return None


def problems(root: QWidget) -> list[str]:
    """What a person would see cut: elided or clipped labels, buttons, tabs, column headers and choices."""
    found: list[str] = []
    window_rect = QRect(0, 0, root.width(), root.height())
    hint = root.minimumSizeHint()
    if hint.width() > root.width() + SLACK or hint.height() > root.height() + SLACK:
        found.append(f"the window needs at least {hint.width()}×{hint.height()}, has {root.width()}×{root.height()}")
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0 or widget.height() <= 0:
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
            problem = _button(widget)
        elif isinstance(widget, QTabBar):
            problem = _tabs(widget)
        elif isinstance(widget, QHeaderView):
            problem = _header(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        elif isinstance(widget, QListWidget):
            problem = _list(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group(widget)
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), EDIT_HOSTS):
            problem = _line(widget)
        if problem is None and isinstance(widget, QAbstractItemView) and widget.objectName() in MUST_FIT:
            if widget.horizontalScrollBar().isVisible():
                problem = "scrolls sideways"
        if problem is None and not _in_scroll_area(widget, root):
            rect = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
            if not window_rect.contains(rect):
                problem = "reaches outside the window"
        if problem:
            found.append(f"{_name(widget)}: {problem}")
    return found


def shoot(widget: QWidget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))


@contextmanager
def language(lang: str) -> Iterator[object]:
    from desktop.domain.enums import Language
    from desktop.i18n import Translator
    from desktop.views.application import install_translations

    translator = Translator(Language(lang))
    install_translations(translator)
    try:
        yield translator
    finally:
        install_translations(Translator(Language.EN))


def render_pages(home: Path, lang: str, size: QSize, tag: str, theme: str = "light") -> dict[str, list[str]]:
    """Every page of the main window over the demo institution in ``home``: its pictures and its problems."""
    from desktop.app import bootstrap, sign_in_demo
    from desktop.views import theme as themes
    from desktop.views.main_window import MainWindow

    found: dict[str, list[str]] = {}
    ctx = bootstrap(home, None, lang)
    sign_in_demo(ctx)  # as the demo window opens: the administrator, who sees every page
    try:
        with language(lang):
            themes.apply(QApplication.instance(), themes.Scheme(theme))
            window = MainWindow(ctx)
            window.resize(size)
            window.show()
            settle(window.runner)
            for row, page in enumerate(window.pages):
                window.nav.setCurrentRow(row)
                settle(window.runner)
                if window.size() != size:
                    window.resize(size)
                    settle(window.runner)
                shoot(window, OUT / f"{tag}-{lang}-{theme}-{row + 1}-{page.page_id}.png")
                found[f"{lang} {tag} {page.page_id}"] = problems(window)
            window.runner.wait()
            window.close()
            window.deleteLater()
            wait(20)
    finally:
        ctx.close()
    return {where: what for where, what in found.items() if what}


def every_dialog(ctx, runner, parent: QWidget | None = None) -> dict[str, QWidget]:  # type: ignore[no-untyped-def]
    """Each dialog that opens without a file, over the demo institution of ``ctx``, by a short name."""
    from desktop.services import equipment, institution
    from desktop.services import register as reg
    from desktop.views.about import AboutDialog
    from desktop.views.duplicates_dialog import DuplicatesDialog
    from desktop.views.equipment_page import AccessoryDialog, AddTabletDialog, AssignDialog, ReturnDialog
    from desktop.views.exchange_page import ConnectDialog
    from desktop.views.person_dialog import LeftDialog, PersonDialog
    from desktop.views.profile_form import EmployeeDialog

    with ctx.uow() as uow:
        person = reg.list_persons(uow, campaign=ctx.campaign)[0]
        units = [u.name for u in reg.list_units(uow)]
        employees = institution.list_employees(uow)
        items = equipment.list_items(uow)
    tablets = [i for i in items if i.kind == "tablet"]
    return {
        "person-new": PersonDialog(ctx, runner, None, units, parent),
        "person-edit": PersonDialog(ctx, runner, person, units, parent),
        "left": LeftDialog(person, parent),
        "tablet": AddTabletDialog(parent),
        "accessory": AccessoryDialog(tablets, None, parent),
        "assign": AssignDialog(employees, parent),
        "return": ReturnDialog(items[:3], parent),
        "employee": EmployeeDialog(parent),
        "duplicates": DuplicatesDialog(ctx, runner, parent),
        "about": AboutDialog(ctx, parent),
        "connect": ConnectDialog("https://sanaq.example.kz", parent),
    }


def render_dialog(
    dialog: QWidget, name: str, lang: str, prepare: Callable[[], None] | None = None
) -> dict[str, list[str]]:
    dialog.show()
    if prepare is not None:
        prepare()
    wait(30)
    # A window manager never shows a window smaller than its layout's minimum.
    dialog.resize(dialog.size().expandedTo(dialog.minimumSizeHint()))
    wait(10)
    shoot(dialog, OUT / f"dialog-{lang}-{name}.png")
    found = problems(dialog)
    if dialog.width() > 1280 or dialog.height() > 720:
        found.append(f"opens at {dialog.width()}×{dialog.height()}, larger than 1280×720")
    return {f"{lang} {name}": found} if found else {}


def main(argv: list[str] | None = None) -> int:
    """Child process: the pages at the scale factor of the environment; prints the problems as JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", required=True)
    parser.add_argument("--tag", required=True)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.views.application import application

    application([sys.argv[0]])
    found: dict[str, list[str]] = {}
    for lang in ("ru", "kk"):
        found.update(render_pages(Path(args.home), lang, SIZES["1280x720"], args.tag))
    print(json.dumps(found, ensure_ascii=False))
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
