from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.app import AppContext
from desktop.domain.enums import Language
from desktop.i18n import Translator
from desktop.views.application import install_translations, register_fonts


@pytest.fixture
def app(qapp):  # type: ignore[no-untyped-def]
    """The application with the shipped fonts; translations are reset after each test."""
    register_fonts(qapp)
    yield qapp
    install_translations(Translator(Language.EN))


@pytest.fixture
def ru(app, sqlite_context: AppContext) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    """A program in Russian over an empty SQLite database, with its translations installed."""
    install_translations(sqlite_context.translate)
    yield sqlite_context
