"""What a newcomer does first, through the installed commands: build the demo, look at it, start the window."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("SANAQ_HOME", None)
    return env


def _sanaq() -> list[str]:
    found = shutil.which("sanaq")
    return [found] if found else [sys.executable, "-m", "desktop.cli"]


def test_the_sanaq_command_builds_and_describes_the_demo(tmp_path: Path) -> None:
    env, home = _env(tmp_path), tmp_path / "demo"
    built = subprocess.run([*_sanaq(), "demo", "--home", str(home)], env=env, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    info = subprocess.run([*_sanaq(), "--home", str(home), "info", "--json"], env=env, capture_output=True, text=True)
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["profile"]["type_code"] == "06"
    check = subprocess.run([*_sanaq(), "--home", str(home), "check"], env=env, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


@pytest.mark.slow
def test_the_window_starts_with_demo_data_and_keeps_running(tmp_path: Path) -> None:
    env, home = _env(tmp_path), tmp_path / "demo"
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--demo", "--home", str(home), "--lang", "kk"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        log = home / "logs" / "sanaq.log"
        while time.monotonic() < deadline and process.poll() is None:
            if log.exists() and "language kk" in log.read_text(encoding="utf-8"):
                break
            time.sleep(0.2)
        time.sleep(1.5)
        assert process.poll() is None, process.communicate()[1]
        assert (home / "sanaq.sqlite").exists()
    finally:
        process.terminate()
        process.wait(10)
