"""mypy checks the types: strictly in desktop/domain, desktop/services and desktop/models, normally elsewhere
(the settings are in pyproject.toml); an error fails the suite like any other bug."""

from __future__ import annotations

import re
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


#: "# type: ignore[code]" then a comment of at least two words saying why.
_IGNORE = re.compile(r"#\s*type:\s*ignore(?P<rest>.*)$")
_REASONED = re.compile(r"^\[[a-z-]+(,\s*[a-z-]+)*\]\s+#\s*(?!noqa)\S+\s+\S+")


def _unexplained_ignores(folders: list[Path]) -> list[str]:
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                match = _IGNORE.search(line)
                if match and not _REASONED.match(match["rest"].strip()):
                    found.append(f"{path.relative_to(folder.parent)}:{number}: {line.strip()}")
    return found


def test_every_silenced_error_says_why() -> None:
    assert _unexplained_ignores([ROOT / "desktop", ROOT / "department"]) == []


def test_an_ignore_without_a_reason_is_found(tmp_path: Path) -> None:
    folder = tmp_path / "desktop"
    folder.mkdir()
    (folder / "a.py").write_text(
        "x = f()  # type: ignore[attr-defined]\n"
        "y = g()  # type: ignore\n"
        "z = h()  # type: ignore[attr-defined]  # the stubs lack it\n"
        "q = k()  # type: ignore[attr-defined]  # noqa: N802\n"
    )
    assert [line.split(":")[1] for line in _unexplained_ignores([folder])] == ["1", "2", "4"]


PROBE = """\
def untyped(value):
    return value


def unused(value: int) -> int:
    return value  # type: ignore[arg-type]


def bare(value: int) -> str:
    return value  # type: ignore
"""


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
