"""ruff (E, F, W, I, B, UP) keeps the code clean; a lint error fails the suite like any other bug."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ruff_finds_nothing() -> None:
    ruff = shutil.which("ruff")
    command = [ruff] if ruff else [sys.executable, "-m", "ruff"]
    folders = [name for name in ("desktop", "department", "tools", "tests") if (ROOT / name).is_dir()]
    result = subprocess.run(
        [*command, "check", "--no-cache", "--output-format", "concise", *folders],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
