"""The engine, the session factory, the unit of work and the migrations.

Nothing here runs at import: :class:`Database` is built by the bootstrap (``desktop.app``) or by a
test, with the URL it chooses.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.accounts import Principal
from desktop.domain.audit import Event
from desktop.models import accounts
from desktop.models.base import Tracked, utcnow
from desktop.models.keystore import KeyStore, owner_only

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _owner_only_files(path: Path) -> None:
    """The database file and its companions readable by their owner only (they hold personal data)."""
    for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if companion.exists():
            owner_only(companion)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    row = dbapi_connection.execute("PRAGMA database_list").fetchone()
    if row is not None and row[2]:
        _owner_only_files(Path(row[2]))
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _stamp_tracked(session: Session, _context: Any, _instances: Any) -> None:
    actor = session.info.get("actor", "system")
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, Tracked):
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            obj.created_by = actor
            obj.updated_by = actor
    for obj in session.dirty:
        if isinstance(obj, Tracked) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by = actor


class UnitOfWork:
    """One session, one transaction: ``with db.uow(actor) as uow: ...; uow.commit()``.

    Leaving the block without :meth:`commit` rolls everything back, so an error never leaves a
    half-written change behind.
    """

    def __init__(
        self,
        factory: sessionmaker[Session],
        actor: str = "system",
        keystore: KeyStore | None = None,
        account: Principal | None = None,
    ) -> None:
        self._factory = factory
        self.actor = actor
        #: Seals the secrets kept in the database (the signing key); None where none was given.
        self.keystore = keystore
        #: Why a change to a closed-out institution is made, as confirmed by the person who makes it
        #: (``desktop.services.after_close``); None for ordinary work.
        self.change_reason: str | None = None
        #: The signed-in account (the services check its role); None before anyone signs in.
        self.account = account
        #: What was done in this transaction, added to the audit trail by :meth:`commit`.
        self.audit: list[Event] = []
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.session.info["actor"] = self.actor
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()

    def record(self, event: Event) -> None:
        """Note ``event`` for the audit trail; it is written with the transaction's other changes at :meth:`commit`."""
        self.audit.append(event)

    def commit(self) -> None:
        if self.audit:
            login = self.account.login if self.account is not None else ""
            accounts.append(self.session, login, self.audit, lambda: self.lock_writes("audit"))
            self.audit = []
        self.session.commit()

    def lock_writes(self, name: str) -> None:
        """Wait until no other transaction holds the write lock ``name``, then hold it until this one
        ends: two employees (or two windows) doing the same write one after the other, each seeing what
        the other committed.  Call it first in the unit of work, before reading what the write depends on.

        SQLite has one writer at a time: a write that matches nothing takes the database's write lock.
        PostgreSQL: a transaction-scoped advisory lock named after ``name``.
        """
        dialect = self.session.get_bind().dialect.name
        if dialect == "sqlite":
            self.session.execute(text("UPDATE meta SET value = value WHERE 0 = 1"))
        elif dialect == "postgresql":
            self.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": zlib.crc32(name.encode())})

    def first_column(self, query: Any) -> list[Any]:
        """The first column of every row of a Core ``select``, straight from the driver's cursor: up to
        100,000 ids for every keystroke of a search (the ORM's result machinery would double the time)."""
        connection = self.session.connection()
        compiled = query.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
        params = compiled.construct_params()
        args = tuple(params[name] for name in compiled.positiontup) if compiled.positiontup else params
        cursor = connection.connection.cursor()
        try:
            cursor.execute(str(compiled), args)
            return [row[0] for row in cursor.fetchall()]
        finally:
            cursor.close()

    def rollback(self) -> None:
        self.audit = []
        self.session.rollback()


class Database:
    """An engine and its session factory for one SQLAlchemy URL.

    ``keystore`` seals the secrets kept in the database; a SQLite file without one gets the key file
    beside it (``<file>.key``).
    """

    def __init__(self, url: str, *, echo: bool = False, keystore: KeyStore | None = None) -> None:
        self.url = url
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.keystore = keystore
        # hide_parameters: an error's text never quotes the values of a row (names, IINs), so that
        # no log line and no message carries them.
        kwargs: dict[str, Any] = {"echo": echo, "hide_parameters": True}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": 30}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine: Engine = create_engine(url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.factory = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self.factory, "before_flush", _stamp_tracked)
        path = self.sqlite_path
        if self.keystore is None and path is not None:
            self.keystore = KeyStore(path.with_name(path.name + ".key"))

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        if not database or database == ":memory:":
            return None
        return Path(database)

    def damage(self) -> str | None:
        """What is wrong with the SQLite file itself: ``"empty"`` (zero bytes: a cut-off copy, never a
        new institution), ``"damaged"`` (``PRAGMA quick_check`` finds faults, or it is not a database);
        None when it is sound, not yet made, or not SQLite."""
        path = self.sqlite_path
        if path is None or not path.exists():
            return None
        if path.stat().st_size == 0:
            return "empty"
        try:
            with self.engine.connect() as connection:
                rows = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
        except DBAPIError:
            return "damaged"
        return None if [tuple(row) for row in rows] == [("ok",)] else "damaged"

    def uow(self, actor: str = "system", account: Principal | None = None) -> UnitOfWork:
        return UnitOfWork(self.factory, actor, self.keystore, account)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.uow() as uow:
            yield uow.session

    def dispose(self) -> None:
        self.engine.dispose()

    # -- migrations ----------------------------------------------------------------------------

    def _alembic_config(self) -> Config:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        return config

    def head_revision(self) -> str:
        heads = ScriptDirectory.from_config(self._alembic_config()).get_heads()
        if len(heads) != 1:
            raise RuntimeError(f"the migrations have {len(heads)} heads; they must have one")
        return heads[0]

    def current_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def is_current(self) -> bool:
        return self.current_revision() == self.head_revision()

    def has_tables(self) -> bool:
        with self.engine.connect() as connection:
            return bool(inspect(connection).get_table_names())

    def migrate(self, backup: Callable[[], object] | None = None) -> bool:
        """Bring the schema to the newest revision; True when there was something to migrate.

        ``backup()`` is called first when a SQLite database that already holds data is to be migrated
        (the bootstrap passes an encrypted backup, :func:`desktop.services.backups.create`); if it
        fails, nothing is migrated.  On PostgreSQL the migration runs in one transaction, so a failed
        migration leaves the database as it was.
        """
        current = self.current_revision()
        head = self.head_revision()
        if current == head:
            return False
        path = self.sqlite_path
        if backup is not None and path is not None and path.exists() and self.has_tables():
            backup()
            log.info("database backed up before migrating from %s to %s", current, head)
        with self.engine.begin() as connection:
            config = self._alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        log.info("database migrated to %s", head)
        return True


def run_migrations(target_metadata: MetaData) -> None:
    """The body of a migrations folder's ``env.py``: migrate on the connection :meth:`Database.migrate`
    hands in, or (the ``alembic`` command) on one of its own to ``sqlalchemy.url``."""
    from alembic import context

    def run(connection: Connection) -> None:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()

    connection = context.config.attributes.get("connection")
    if connection is not None:
        run(connection)
        return
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as own:
        run(own)
