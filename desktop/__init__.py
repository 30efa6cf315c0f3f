"""Sanaq Desktop: the population census inside institutions.

The version is defined once, in ``pyproject.toml``: an installed program (and the frozen build, which
carries the package's metadata) reads it with :mod:`importlib.metadata`; a source checkout that was
never installed reads ``pyproject.toml`` itself.  It is read on first use, never at import.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "sanaq-desktop"


def pyproject_version(pyproject: Path | None = None) -> str | None:
    """The ``version`` of the ``[project]`` table of ``pyproject.toml`` (the checkout's by default)."""
    import tomllib

    path = pyproject or Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        project = tomllib.loads(path.read_text(encoding="utf-8")).get("project", {})
    except (OSError, tomllib.TOMLDecodeError):
        return None
    if project.get("name") != DISTRIBUTION:
        return None
    version = project.get("version")
    return str(version) if version else None


@cache
def version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return pyproject_version() or "0+unknown"


def windows_version(text: str) -> str:
    """The four numbers Windows wants in a file's version resource (``1.2.3`` → ``1.2.3.0``)."""
    numbers = [int(part) for part in re.findall(r"\d+", text.split("+")[0])[:4]]
    return ".".join(str(n) for n in (numbers + [0, 0, 0, 0])[:4])


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
