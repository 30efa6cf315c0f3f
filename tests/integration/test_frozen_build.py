"""The one-folder bundle (PyInstaller) is built on this machine and checks itself: what a person without
Python gets.  It takes a minute or more of processor time; CI runs it like every other test."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import pyproject_version

ROOT = Path(__file__).resolve().parents[2]
EXE = ".exe" if sys.platform == "win32" else ""

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("frozen")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "installer.build", "--dist", str(where / "dist"), "--work", str(where / "work")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    print(f"\nbundle built in {time.perf_counter() - started:.0f} s: {done.stdout.strip().splitlines()[-1]}")
    return where / "dist" / "sanaq"


def frozen(bundle: Path, name: str, *args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SANAQ_RESOURCES", "SANAQ_HOME")}
    return subprocess.run(
        [str(bundle / (name + EXE)), *args], capture_output=True, text=True, timeout=300, env=env, cwd=home
    )


def test_the_bundle_checks_itself(bundle: Path) -> None:
    started = time.perf_counter()
    done = frozen(bundle, "sanaq-desktop", "--self-check", "--lang", "en")
    print(f"\nself-check of the bundle: {time.perf_counter() - started:.1f} s")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.rstrip().endswith("Everything is in order."), done.stdout


def test_both_executables_say_the_version_of_pyproject(bundle: Path) -> None:
    wanted = pyproject_version(ROOT / "pyproject.toml")
    assert frozen(bundle, "sanaq", "--version").stdout.strip() == f"sanaq {wanted}"
    assert frozen(bundle, "sanaq-desktop", "--version").stdout.strip() == f"Sanaq Desktop {wanted}"


def test_the_command_line_of_the_bundle_has_its_commands_and_speaks_kazakh(bundle: Path, tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    demo = frozen(bundle, "sanaq", "--lang", "kk", "--home", home, "demo")
    assert demo.returncode == 0 and home in demo.stdout, demo.stdout + demo.stderr
    done = frozen(bundle, "sanaq", "--lang", "kk", "--home", home, "check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Барлығы дұрыс." in done.stdout, done.stdout
    codes = frozen(bundle, "sanaq", "--lang", "kk", "codes", "kato")
    assert codes.returncode == 0 and "Тараз" in codes.stdout, codes.stderr


def test_what_is_left_out_is_not_in_the_bundle(bundle: Path) -> None:
    inside = bundle / "_internal"
    names = {p.relative_to(inside).as_posix() for p in inside.rglob("*")}
    plugins = [n.split("/plugins/", 1)[1] for n in names if "/plugins/" in n]
    left_out = ("sqldrivers", "tls", "wayland", "platforms/libqwayland", "platformthemes/libqgtk3")
    assert plugins and not [n for n in plugins if n.startswith(left_out)]
    assert not [n for n in names if Path(n).name.startswith(("libgtk", "libgdk", "libatk"))]
    assert not [n for n in names if n.startswith(("PySide6/QtNetwork", "PySide6/QtQml", "PySide6/QtQuick"))]
    assert not [n for n in names if n.startswith(("department/", "pyarrow/", "pytest/", "tkinter/"))]
    qt_catalogues = {Path(n).name for n in names if "/translations/" in n and n.endswith(".qm")}
    assert qt_catalogues and all(name.rsplit(".", 1)[0].rsplit("_", 1)[1] in ("ru", "kk") for name in qt_catalogues)
    for shipped in (
        "desktop/resources/help/kk/index.html",
        "desktop/resources/i18n/core.kk.qm",
        "desktop/resources/forms/census2021_person.xlsx",
        "desktop/models/migrations/env.py",
    ):
        assert shipped in names, shipped
