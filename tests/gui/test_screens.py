"""Every page and dialog, in Russian and Kazakh, at 1280×720 and 1920×1080, light and dark, and at 150% and
200% scaling: pictures in tests/screens/ and not one word cut.

A word is cut when a label, button, tab, choice or column header is given less room than its text needs
(its size hint against its geometry), when a table that must fit scrolls sideways, or when a widget
reaches outside the window.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.app import bootstrap
from desktop.domain import iin
from desktop.domain.enums import Language
from desktop.views import theme
from desktop.views.import_dialog import ImportDialog
from desktop.views.jobs import JobRunner
from desktop.views.main_window import PAGES
from desktop.views.wizard import FirstRunWizard
from tests.gui.screens import (
    OUT,
    SIZES,
    every_dialog,
    language,
    problems,
    render_dialog,
    render_pages,
    settle,
    shoot,
    wait,
)

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture
def light(app):  # type: ignore[no-untyped-def]
    theme.apply(app, theme.Scheme.LIGHT)
    yield app
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    theme.apply(app, theme.Scheme.LIGHT)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_page_fits_at_both_sizes_in_light_and_dark(light, demo_home: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    found = {}
    found.update(render_pages(demo_home, lang, SIZES["1280x720"], "1280x720", "light"))
    found.update(render_pages(demo_home, lang, SIZES["1920x1080"], "1920x1080", "dark"))
    assert found == {}


@pytest.mark.timeout(300)  # a whole program in a child process: slow on a busy machine
@pytest.mark.parametrize("scale", ["1.5", "2"])
def test_every_page_fits_when_scaled(demo_home: Path, scale: str) -> None:
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM="offscreen", SANAQ_SCREENS=str(OUT))
    for old in OUT.glob(f"scale{scale}-*.png"):
        old.unlink()  # the pictures checked below are this run's
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    result = subprocess.run(
        [sys.executable, "-m", "tests.gui.screens", "--home", str(demo_home), "--tag", f"scale{scale}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {}
    assert (OUT / f"scale{scale}-kk-light-{len(PAGES)}-settings.png").exists()  # Settings stays last


def _iin(first: str) -> str:
    """A valid IIN from its birth date, century-and-sex digit and a serial (a serial with a check digit)."""
    for serial in range(1000, 9999):
        digit = iin.check_digit(f"{first}{serial}")
        if digit is not None:
            return f"{first}{serial}{digit}"
    raise AssertionError(first)


def _messy_register(path: Path) -> Path:
    rows = [
        ["№", "ФИО", "ИИН", "Дата рождения", "Пол", "Отделение", "Примечание"],
        ["1", "Әбдірахманова Гүлназ Серікқызы", _iin("1206156"), "15.06.2012", "ж", "1-топ «Балапан»", ""],
        ["2", "Иванов Пётр Сергеевич", _iin("0901015"), "01.01.2009", "м", "2-топ", "переведён"],
        ["3", "Қуанышбеков Ерғали", "", "2010", "М", "", ""],
    ]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_dialog_fits(light, qtbot, demo_home: Path, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    found: dict[str, list[str]] = {}
    ctx = bootstrap(demo_home, None, lang)
    runner = JobRunner()
    try:
        with language(lang):
            dialogs = every_dialog(ctx, runner)
            for name, dialog in dialogs.items():
                qtbot.addWidget(dialog)
                found.update(render_dialog(dialog, name, lang, lambda: settle(runner)))
                dialog.close()
            wizard = FirstRunWizard(Language(lang))
            qtbot.addWidget(wizard)
            wizard.show()
            for step in range(len(wizard.pageIds())):
                wait(30)
                shoot(wizard, OUT / f"dialog-{lang}-wizard-{step + 1}.png")
                if page_problems := problems(wizard):
                    found[f"{lang} wizard {step + 1}"] = page_problems
                wizard.next()
            wizard.close()
    finally:
        runner.wait()
        ctx.close()
    assert found == {}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_page_of_the_import_fits(light, qtbot, home: Path, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    found: dict[str, list[str]] = {}
    ctx = bootstrap(home, None, lang)
    runner = JobRunner()
    try:
        with language(lang):
            dialog = ImportDialog(ctx, runner, _messy_register(tmp_path / "список.csv"))
            qtbot.addWidget(dialog)
            qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10_000)
            found.update(render_dialog(dialog, "import-mapping", lang, lambda: settle(runner)))
            dialog.next_button.click()
            qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 2, timeout=10_000)
            found.update(render_dialog(dialog, "import-check", lang, lambda: settle(runner)))
            for tab in range(1, dialog.tabs.count()):
                dialog.tabs.setCurrentIndex(tab)
                found.update(render_dialog(dialog, f"import-check-{tab + 1}", lang))
            dialog.next_button.click()
            qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 3, timeout=10_000)
            found.update(render_dialog(dialog, "import-done", lang, lambda: settle(runner)))
            assert any(isinstance(w, QLabel) and w.isVisible() and w.text() for w in dialog.findChildren(QLabel))
            assert not [b for b in dialog.findChildren(QPushButton) if b.isVisible() and not b.text()]
    finally:
        runner.wait()
        ctx.close()
    assert found == {}
