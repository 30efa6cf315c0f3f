"""mypy checks the types: strictly in desktop/domain, desktop/services and desktop/models, normally elsewhere
(the settings are in pyproject.toml); an error fails the suite like any other bug."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "pyproject.toml"


def _errors(report: str) -> list[str]:
    """The error lines of a report ("file:line: error: message  [code]")."""
    return [line for line in report.splitlines() if ": error:" in line]


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_mypy_finds_no_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    # The files to check are named in the configuration, relative to the project folder; the cache
    # (.mypy_cache there) makes a second run take seconds.
    monkeypatch.chdir(ROOT)
    report, errors, status = api.run(["--config-file", str(CONFIG), "--cache-dir", str(ROOT / ".mypy_cache")])
    found = _errors(report)
    assert status == 0 and not found, "\n".join(found or [report, errors])


PROBE = '''\
def untyped(value):
    return value


def unused(value: int) -> int:
    return value  # type: ignore[arg-type]


def bare(value: int) -> str:
    return value  # type: ignore
'''


@pytest.mark.parametrize(
    ("package", "expected"),
    [
        (
            ("desktop", "domain"),
            {
                (1, "no-untyped-def"),
                (6, "unused-ignore"),
                (10, "ignore-without-code"),
            },
        ),
        (
            ("desktop", "views"),
            {
                (6, "unused-ignore"),
                (10, "ignore-without-code"),
            },
        ),
    ],
)
def test_untyped_code_and_silenced_errors_are_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, package: tuple[str, ...], expected: set[tuple[int, str]]
) -> None:
    """The rules are strict where the configuration says so: an untyped function in the domain is an error,
    in the window it is not; everywhere a "type: ignore" must name the error it silences and be needed."""
    folder = tmp_path.joinpath(*package)
    folder.mkdir(parents=True)
    for level in range(1, len(package) + 1):
        (tmp_path.joinpath(*package[:level]) / "__init__.py").write_text("")
    (folder / "probe.py").write_text(PROBE)
    monkeypatch.chdir(tmp_path)
    report, _, _ = api.run(
        ["--config-file", str(CONFIG), "--cache-dir", str(tmp_path / "cache"), str(folder / "probe.py")]
    )
    found = {(int(line.split(":")[1]), line.rsplit("[", 1)[-1].rstrip("]")) for line in _errors(report)}
    assert found == expected, report
