"""What went wrong with the database or the disk, in words a person can act on.

:func:`describe` turns the errors that SQLAlchemy, SQLite, PostgreSQL and the operating system
raise when a write cannot happen (a locked or read-only database, a full disk, a damaged file, a
bad database address, two writers at once) into a :class:`~desktop.domain.errors.SanaqError` with
its own message and code; None for anything else.  The command line and the window call it before
falling back to "unexpected error".
"""

from __future__ import annotations

import errno
from pathlib import Path

from desktop.domain.errors import ConflictError, FileProblem, SanaqError, SetupRequired
from desktop.domain.text import QT_TRANSLATE_NOOP, Message


def _m(template: str) -> Message:
    return Message("cli", template, {})


LOCKED = QT_TRANSLATE_NOOP(
    "cli",
    "The database is busy: another program or employee is writing to it. Wait a moment and try again; "
    "nothing was changed.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "cli",
    "The database cannot be written: the file or its folder is read-only. Check the permissions of the data "
    "folder; nothing was changed.",
)
FULL = QT_TRANSLATE_NOOP(
    "cli",
    "The disk is full (or the database reached its size limit); nothing was changed. Free some space and try again.",
)
DISK_ERROR = QT_TRANSLATE_NOOP(
    "cli",
    "The disk did not accept the write (it may be full or failing); nothing was changed. Free some space, check the "
    "disk and try again.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "cli",
    "The database file is damaged; nothing was changed and nothing will be written to it. Restore the last good "
    "copy from the backups folder, or ask for help.",
)
EMPTY_FILE = QT_TRANSLATE_NOOP(
    "cli",
    "The database file is empty (0 bytes): it was cut off, for example by a failed copy or a full disk. Restore "
    "the last good copy from the backups folder; the program does not start a new institution over it.",
)
NEWEST_GOOD = QT_TRANSLATE_NOOP(
    "cli",
    "The newest good backup is “{file}”: restore it with “sanaq backup restore --newest” (the damaged file is "
    "kept aside), or start the window, which offers it.",
)
NO_GOOD_BACKUP = QT_TRANSLATE_NOOP("cli", "No backup that opens with this computer's key was found.")
CONFLICT = QT_TRANSLATE_NOOP(
    "cli",
    "Somebody else changed the same records at the same moment; nothing was changed. Open them again and repeat.",
)
BAD_ADDRESS = QT_TRANSLATE_NOOP(
    "cli",
    "The database address (--db or the settings) is not one the program can use; nothing was changed. "
    "Write it as sqlite:///path/to/file.sqlite or postgresql+psycopg://user@host/database.",
)
UNREACHABLE = QT_TRANSLATE_NOOP(
    "cli", "The database cannot be opened: the file or the server cannot be reached. Check the address and try again."
)
FOLDER = QT_TRANSLATE_NOOP(
    "cli", "The data folder cannot be written (it is read-only or the disk is full); nothing was changed."
)


_FULL_ERRNOS = (errno.ENOSPC, errno.EFBIG)


def damaged_database(which: str, backup: str | None = None) -> FileProblem:
    """The error for :meth:`desktop.models.db.Database.damage`: nothing may be written to such a file.

    ``backup`` is the newest good backup (its path), offered in the message and kept in ``details``."""
    problem = _m(EMPTY_FILE if which == "empty" else DAMAGED)
    advice = Message("cli", NEWEST_GOOD, {"file": Path(backup).name}) if backup else _m(NO_GOOD_BACKUP)
    code = "database.empty" if which == "empty" else "database.damaged"
    return FileProblem(
        Message("cli", "{problem} {advice}", {"problem": problem, "advice": advice}), code=code, backup=backup
    )


def describe(error: BaseException) -> SanaqError | None:
    """The clear error for a database or disk failure, None when ``error`` is not one."""
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
    from sqlalchemy.orm.exc import StaleDataError

    if isinstance(error, StaleDataError):
        return ConflictError(_m(CONFLICT), code="database.conflict")
    if isinstance(error, ArgumentError | NoSuchModuleError):
        return SetupRequired(_m(BAD_ADDRESS), code="database.address")
    if isinstance(error, DBAPIError):
        text = str(error.orig).lower()
        code = getattr(error.orig, "sqlstate", None) or ""
        if "locked" in text or "busy" in text or code in ("55P03", "40P01"):
            return ConflictError(_m(LOCKED), code="database.locked")
        if "readonly" in text or "read-only" in text or code == "25006":
            return FileProblem(_m(READ_ONLY), code="database.read_only")
        if "disk is full" in text or "disk full" in text or code == "53100":
            return FileProblem(_m(FULL), code="database.full")
        if "disk i/o error" in text:
            return FileProblem(_m(DISK_ERROR), code="disk.error")
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            return FileProblem(_m(DAMAGED), code="database.damaged")
        if code in ("40001",):
            return ConflictError(_m(CONFLICT), code="database.conflict")
        if "unable to open" in text or "connection" in text or code.startswith("08"):
            return FileProblem(_m(UNREACHABLE), code="database.unreachable")
        return None
    if isinstance(error, OSError) and error.errno in (errno.EACCES, errno.EPERM, errno.EROFS, *_FULL_ERRNOS):
        if error.errno in _FULL_ERRNOS:
            return FileProblem(_m(FULL), code="disk.full")
        return FileProblem(_m(FOLDER), code="folder.read_only")
    return None
