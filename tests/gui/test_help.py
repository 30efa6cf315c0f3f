"""F1 on every page opens the help on that page's topic, in the window's language, from the files
shipped inside the program."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.app import AppContext
from desktop.domain.enums import Language
from desktop.help import PAGE_TOPICS, TOPICS, missing_help, topic_path
from desktop.i18n import Translator
from desktop.views.application import install_translations
from desktop.views.main_window import MainWindow

KAZAKH_ONLY = re.compile("[әғқңөұүһі]")


def _title(path: Path) -> str:
    found = re.search(r"<title>(.*?)</title>", path.read_text(encoding="utf-8"))
    assert found, path
    return found.group(1)


@pytest.mark.parametrize("lang", [Language.RU, Language.KK])
def test_f1_on_every_page_opens_its_topic_in_the_window_language(
    app, qtbot, sqlite_context: AppContext, lang: Language
) -> None:
    sqlite_context.language = lang
    sqlite_context.translate = Translator(lang)
    install_translations(sqlite_context.translate)
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.show()
    assert [page.page_id for page in window.pages] == list(PAGE_TOPICS), "a page without a help topic"
    for page in window.pages:
        window.show_page(page.page_id)
        window.activateWindow()  # the key goes to the main window, as when one works in it
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_F1)  # through the window system: shortcuts apply
        help_window = window.help_window
        assert help_window is not None and help_window.isVisible(), page.page_id
        assert help_window.topic() == PAGE_TOPICS[page.page_id]
        shown = Path(help_window.browser.source().toLocalFile())
        assert shown == topic_path(PAGE_TOPICS[page.page_id], lang)
        assert shown.parent.name == lang.value
        assert help_window.windowTitle() == _title(shown)
        text = help_window.browser.toPlainText()
        assert len(text) > 400, f"{shown.name}: the page is nearly empty"
        assert bool(KAZAKH_ONLY.search(text)) is (lang is Language.KK), f"{shown.name} is not in {lang.value}"
        if page.page_id != "overview":
            assert page.title() in text or page.title().lower() in text.lower(), (
                f"the help of {page.page_id} never names its page «{page.title()}»"
            )
    window.runner.wait()


def test_every_help_page_and_picture_is_shipped_and_links_stay_inside_the_help() -> None:
    assert missing_help() == []
    for lang in ("ru", "kk"):
        folder = topic_path("index", Language(lang)).parent
        assert sorted(p.stem for p in folder.glob("*.html")) == sorted(TOPICS)
        for page in folder.glob("*.html"):
            html = page.read_text(encoding="utf-8")
            assert f'<html lang="{lang}">' in html
            for target in re.findall(r'href="([^"]+)"', html):
                assert not target.startswith(("http:", "https:")), f"{page.name} links outside: {target}"
                assert (folder / target).resolve().is_file(), f"{page.name}: broken link {target}"


def test_the_contents_page_links_every_topic() -> None:
    for lang in (Language.RU, Language.KK):
        html = topic_path("index", lang).read_text(encoding="utf-8")
        linked = set(re.findall(r'href="([a-z_]+)\.html"', html))
        assert linked == set(TOPICS) - {"index"}, lang


def test_f1_in_the_import_dialog_opens_the_help_on_importing(app, qtbot, ru: AppContext, tmp_path: Path) -> None:
    from desktop.views.help_window import HelpWindow
    from desktop.views.import_dialog import ImportDialog
    from desktop.views.jobs import JobRunner

    register = tmp_path / "register.csv"
    register.write_text("Фамилия;Имя;ИИН\nАбенов;Айдос;091031503540\n", encoding="utf-8")
    runner = JobRunner()
    dialog = ImportDialog(ru, runner, register)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_F1)
    help_window = dialog.findChild(HelpWindow)
    assert help_window is not None and help_window.isVisible()
    assert help_window.topic() == "import"
    assert "Импорт реестра" in help_window.browser.toPlainText()
    runner.wait()


def test_the_pictures_of_the_help_are_taken_from_the_program(app, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from tools.screens import main

    assert main(["--lang", "kk", "--out", str(tmp_path), "--width", "400"]) == 0
    pictures = sorted((tmp_path / "kk" / "img").glob("*.png"))
    assert [p.stem for p in pictures] == sorted(PAGE_TOPICS)
    for picture in pictures:
        image = QImage(str(picture))
        assert image.width() == 400 and image.height() > 200, picture.name
    shipped = {p.name for p in (topic_path("index", Language.KK).parent / "img").glob("*.png")}
    assert shipped == {p.name for p in pictures}, "the help shows pictures tools.screens does not make"
