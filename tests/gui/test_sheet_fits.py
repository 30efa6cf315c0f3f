"""The census sheet fits its window: nothing scrolled sideways, no question cut on the left
(Kazakh) or on the right (Russian), at the window's first size and at 1280×720."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.app import demo_context
from desktop.domain.enums import Language
from desktop.i18n import Translator
from desktop.views.application import install_translations
from desktop.views.main_window import MainWindow


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_first_sheets_fit_without_sideways_scrolling(qtbot, app, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    ctx = demo_context(tmp_path / "demo", lang)
    install_translations(ctx.translate)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.show_page("sheets")
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: len(page.list_model.ids) >= 4, timeout=10000)
    try:
        for size in (window.size(), (1280, 720)):  # the size a first start opens with, then a small laptop
            if isinstance(size, tuple):
                window.resize(*size)
            for person_id in page.list_model.ids[:4]:
                page.open_person(person_id)
                qtbot.waitUntil(lambda pid=person_id: page.person_id == pid and page.data is not None, timeout=10000)
                qtbot.wait(100)
                scroll = page.sheet.scroll_area
                bar = scroll.horizontalScrollBar()
                assert (bar.value(), bar.maximum()) == (0, 0), f"sheet {person_id} scrolls sideways at {window.size()}"
                width = scroll.viewport().width()
                for row in page.sheet.rows.values():
                    if row.isVisible():
                        assert 0 <= row.geometry().left() and row.geometry().right() < width
    finally:
        window.runner.wait()
        ctx.close()
        install_translations(Translator(Language.RU))


def test_a_child_sheet_shows_no_heading_without_questions(qtbot, app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from sqlalchemy import select

    from desktop.models.entities import Person

    ctx = demo_context(tmp_path / "demo", "ru")
    install_translations(ctx.translate)
    with ctx.uow() as uow:
        child = uow.session.scalars(select(Person.id).where(Person.birth_date >= dt.date(2016, 1, 1))).first()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    assert window.show_page("sheets")
    page = window.stack.currentWidget()
    try:
        page.open_person(child)
        qtbot.waitUntil(lambda: page.person_id == child and page.data is not None, timeout=10000)
        sheet = page.sheet
        headings = {section: title.isVisible() for section, title in sheet.section_titles.items()}
        assert headings.get("Состояние в браке") is False
        for section, visible in headings.items():
            has_question = any(row.isVisible() for row in sheet.rows.values() if row.item.section == section)
            assert visible == has_question, section
    finally:
        window.runner.wait()
        ctx.close()
        install_translations(Translator(Language.RU))
