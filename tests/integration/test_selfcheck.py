"""``sanaq-desktop --self-check``: it passes on this installation, and names what a broken one lacks."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import pyproject_version, selfcheck, version
from desktop.resources import resources_dir

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_resources() -> Iterator[None]:
    resources_dir.cache_clear()
    yield
    resources_dir.cache_clear()


def run(lang: str = "en") -> tuple[int, str]:
    out = io.StringIO()
    code = selfcheck.main(lang, out)
    return code, out.getvalue()


def test_the_self_check_of_this_installation_passes(fresh_resources: None, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    code = main(["--lang", "en", "self-check"])  # what `sanaq self-check` and `sanaq-desktop --self-check` run
    text = capsys.readouterr().out
    assert code == 0, text
    assert text.rstrip().endswith("Everything is in order.")
    for step in ("Resources and fonts", "Translations", "Qt plugins", "Census forms", "Help", "Database"):
        assert any(line.strip().startswith("ok") and step in line for line in text.splitlines()), (step, text)


def test_a_resources_folder_without_the_kazakh_catalogue_is_named(
    fresh_resources: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    (copy / "i18n" / "core.kk.qm").unlink()
    (copy / "help" / "kk" / "img" / "sheets.png").unlink()
    monkeypatch.setenv("SANAQ_RESOURCES", str(copy))
    resources_dir.cache_clear()
    code, text = run()
    assert code == 1
    assert "A file of the program is missing: i18n/core.kk.qm" in text
    assert "A file of the program is missing: help/kk/img/sheets.png" in text
    assert "core.ru.qm" not in text
    assert text.rstrip().endswith("The self-check failed.")


def test_both_commands_say_the_version_of_pyproject() -> None:
    wanted = pyproject_version(ROOT / "pyproject.toml")
    assert wanted and version() == wanted
    for module, name in (("desktop", "Sanaq Desktop"), ("desktop.cli", "sanaq")):
        done = subprocess.run(
            [sys.executable, "-m", module, "--version"], cwd=ROOT, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"{name} {wanted}"


def test_a_checkout_never_installed_reads_the_version_from_pyproject(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    def not_installed(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", not_installed)
    version.cache_clear()
    try:
        assert version() == pyproject_version(ROOT / "pyproject.toml")
    finally:
        version.cache_clear()


def test_the_window_program_without_a_console_shows_its_report_in_a_box(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import gui_main

    def fake_check(lang: str | None, out: io.StringIO) -> int:
        out.write("✗  Translations\n      A file of the program is missing: i18n/core.kk.qm\n")
        return 1

    shown: list[str] = []
    monkeypatch.setattr(selfcheck, "main", fake_check)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(sys, "stdout", None)  # a Windows program built without a console
    assert gui_main(["--self-check"]) == 1
    assert shown and "i18n/core.kk.qm" in shown[0]
