"""Shared fixtures: a fresh home folder and database per test, on SQLite and (when
SANAQ_TEST_POSTGRES_URL is set) on PostgreSQL, and the offscreen Qt platform."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SANAQ_HOME", None)
os.environ.setdefault("LANG", "C.UTF-8")
# No test (nor any program it starts) may read or write the tester's own key store: keys go to files.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from desktop.app import AppContext, bootstrap  # noqa: E402
from desktop.domain.campaign import Campaign, default_campaign  # noqa: E402
from desktop.models.db import Database, sqlite_url  # noqa: E402

POSTGRES_URL = os.environ.get("SANAQ_TEST_POSTGRES_URL", "")

BACKENDS = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])


@pytest.fixture(autouse=True)
def _no_user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may write to the real user data folder or read the tester's settings."""
    fake = tmp_path_factory.mktemp("userhome")
    monkeypatch.setenv("HOME", str(fake))
    monkeypatch.setenv("XDG_DATA_HOME", str(fake / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(fake / "config"))


@pytest.fixture(scope="session")
def campaign() -> Campaign:
    """The campaign the program loads at start (resources/campaign), for tests without a context."""
    return default_campaign()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


def _postgres_schema_url() -> Iterator[str]:
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, home: Path) -> Iterator[str]:
    """A database URL for an empty database: every backend under test, one test each."""
    if request.param == "sqlite":
        yield sqlite_url(home / "sanaq.sqlite")
    else:
        yield from _postgres_schema_url()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate()
    yield database
    database.dispose()


@pytest.fixture
def context(home: Path, db_url: str) -> Iterator[AppContext]:
    """A bootstrapped program (Russian messages) over an empty, migrated database."""
    ctx = bootstrap(home, db_url, "ru")
    yield ctx
    ctx.close()


@pytest.fixture
def sqlite_context(home: Path) -> Iterator[AppContext]:
    """Like ``context``, SQLite only (for tests about files and the window)."""
    ctx = bootstrap(home, None, "ru")
    yield ctx
    ctx.close()


@pytest.fixture(scope="session")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo institution built once per test session; tests must not change it."""
    from desktop.app import demo_context

    path = tmp_path_factory.mktemp("demo")
    ctx = demo_context(path, "ru")
    ctx.close()
    return path
