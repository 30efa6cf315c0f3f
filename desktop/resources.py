"""Where the data files (forms, classifiers, fonts, translations, templates) are.

In a source checkout or an editable install they are in the top-level ``resources/`` folder; in a
wheel they are packaged as ``desktop/resources``.  ``SANAQ_RESOURCES`` overrides both.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    override = os.environ.get("SANAQ_RESOURCES")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "campaign").is_dir():
            return candidate
    raise FileNotFoundError("the resources folder of Sanaq Desktop is missing")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
