"""Backups of the institution's SQLite database: made, listed, checked and restored.

A backup is a consistent copy taken with SQLite's online backup (safe while the program writes, in WAL
mode), checked with ``PRAGMA integrity_check``, compressed and encrypted with AES-256-GCM
(``cryptography``) under a key derived from the program's key store (:class:`KeyStore.derive`): the
operating system's key store or the owner-only key file, never the database.  A backup copied to
another computer, or read without that key, reveals nothing and does not open.

File (``sanaq-<UTC time>-<reason>.sanaqbak`` in the backups folder)::

    MAGIC | header length (4 bytes, big-endian) | header (JSON) | nonce (12 bytes) | ciphertext

The header says when, why, which institution (UUID and BIN: nothing personal), the schema version,
the size and SHA-256 of the copy and the key's identifier; it is the cipher's associated data, so a
changed header fails to open like a changed body.

Kept: the last :data:`KEEP_LAST`, and the newest of each day for :data:`KEEP_DAYS` days
(:func:`rotate`, with the clock passed in).  On PostgreSQL the backups are the server's: :func:`pg_dump`
runs ``pg_dump`` when it is on the PATH.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.errors import ConflictError, FileProblem, SetupRequired
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.models.db import Database
from desktop.models.keystore import KeyStore, KeyStoreError, owner_only
from desktop.services.jobs import Progress, no_progress

log = logging.getLogger(__name__)

MAGIC = b"SANAQBK1"
SUFFIX = ".sanaqbak"
KEEP_LAST = 10
KEEP_DAYS = 30
_PURPOSE = b"sanaq backups v1"
_KEY_ID = b"sanaq backups v1 key id"
_NONCE_BYTES = 12
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^sanaq-(\d{8}T\d{12}Z)-([a-z-]+)\.sanaqbak$")
#: Why a backup was made (the last word of its name).
REASONS = ("start", "close", "migration", "manual", "before-restore")
REASON_LABELS = {
    "start": QT_TRANSLATE_NOOP("backups", "at start"),
    "close": QT_TRANSLATE_NOOP("backups", "at close"),
    "migration": QT_TRANSLATE_NOOP("backups", "before an update of the database"),
    "manual": QT_TRANSLATE_NOOP("backups", "made by hand"),
    "before-restore": QT_TRANSLATE_NOOP("backups", "before a restore"),
}


def _t(text: str, **params: object) -> Message:
    return Message("backups", text, params)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as its header describes it (not yet checked: see :func:`verify`)."""

    path: Path
    created_at: dt.datetime
    reason: str
    size: int
    institution_uuid: str
    institution_bin: str
    schema: str
    sha256: str

    @property
    def name(self) -> str:
        return self.path.name

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "created_at": self.created_at.isoformat(),
            "reason": self.reason,
            "size": self.size,
            "institution_uuid": self.institution_uuid,
            "institution_bin": self.institution_bin,
            "schema": self.schema,
        }


@dataclass(frozen=True)
class Restored:
    backup: BackupInfo
    #: The backup of the database as it was just before (None when it was damaged: then ``set_aside``).
    before: BackupInfo | None
    #: Where a damaged database file was moved (kept, never deleted), if it was.
    set_aside: Path | None


# -- errors ------------------------------------------------------------------------------------------


def _not_sqlite() -> SetupRequired:
    return SetupRequired(
        _t(
            QT_TRANSLATE_NOOP(
                "backups",
                "This database is on a server (PostgreSQL): its backups are the server's (pg_dump). "
                "Ask the server's administrator to restore one.",
            )
        ),
        code="backup.server",
    )


def _unreadable(path: Path) -> FileProblem:
    return FileProblem(
        _t(
            QT_TRANSLATE_NOOP("backups", "“{file}” is not a backup of this program, or it is damaged."),
            file=path.name,
        ),
        code="backup.damaged",
    )


def _wrong_key(path: Path) -> FileProblem:
    return FileProblem(
        _t(
            QT_TRANSLATE_NOOP(
                "backups",
                "“{file}” cannot be opened: it was encrypted with the key of another computer or data folder, "
                "and this program does not hold that key.",
            ),
            file=path.name,
        ),
        code="backup.wrong_key",
    )


def _no_key() -> FileProblem:
    return FileProblem(
        _t(
            QT_TRANSLATE_NOOP(
                "backups",
                "The key that opens the backups is missing (the operating system's key store or the key file "
                "of the data folder); without it no backup can be opened.",
            )
        ),
        code="backup.no_key",
    )


def _source_damaged() -> FileProblem:
    return FileProblem(
        _t(
            QT_TRANSLATE_NOOP(
                "backups",
                "The database is damaged, so no backup was made of it (the older backups are kept). "
                "Restore the newest good backup.",
            )
        ),
        code="backup.source_damaged",
    )


# -- the file ---------------------------------------------------------------------------------------


def _cipher(keystore: KeyStore, *, create: bool) -> tuple[Any, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = keystore.derive(_PURPOSE, create=create)
        key_id = hashlib.sha256(keystore.derive(_KEY_ID, create=create)).hexdigest()[:16]
    except KeyStoreError:
        raise _no_key() from None
    return AESGCM(key), key_id


def _read_header(path: Path) -> tuple[dict[str, Any], bytes, int]:
    """The header, the associated data it makes and where the nonce starts."""
    try:
        with path.open("rb") as handle:
            lead = handle.read(len(MAGIC) + 4)
            if len(lead) != len(MAGIC) + 4 or not lead.startswith(MAGIC):
                raise _unreadable(path)
            length = int.from_bytes(lead[len(MAGIC) :], "big")
            if length > 65536:
                raise _unreadable(path)
            raw = handle.read(length)
    except OSError as error:
        raise _unreadable(path) from error
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _unreadable(path) from None
    if not isinstance(header, dict) or header.get("format") != 1:
        raise _unreadable(path)
    return header, lead + raw, len(lead) + length


def info_of(path: Path) -> BackupInfo:
    """What the header of ``path`` says (FileProblem when it is not a backup)."""
    header, _aad, _start = _read_header(path)
    try:
        return BackupInfo(
            path=path,
            created_at=dt.datetime.fromisoformat(str(header["created_at"])),
            reason=str(header["reason"]),
            size=int(header["size"]),
            institution_uuid=str(header.get("institution_uuid") or ""),
            institution_bin=str(header.get("institution_bin") or ""),
            schema=str(header.get("schema") or ""),
            sha256=str(header["sha256"]),
        )
    except (KeyError, TypeError, ValueError):
        raise _unreadable(path) from None


def _decrypt(path: Path, keystore: KeyStore | None) -> tuple[BackupInfo, bytes]:
    from cryptography.exceptions import InvalidTag

    if keystore is None:
        raise _no_key()
    header, aad, start = _read_header(path)
    info = info_of(path)
    cipher, key_id = _cipher(keystore, create=False)
    if header.get("key_id") != key_id:
        raise _wrong_key(path)
    body = path.read_bytes()[start:]
    try:
        data = zlib.decompress(cipher.decrypt(body[:_NONCE_BYTES], body[_NONCE_BYTES:], aad))
    except (InvalidTag, zlib.error):
        raise _unreadable(path) from None
    if hashlib.sha256(data).hexdigest() != info.sha256 or len(data) != info.size:
        raise _unreadable(path)
    return info, data


def _integrity(path: Path) -> bool:
    try:
        connection = sqlite3.connect(path)
        try:
            return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False


def _identity(path: Path) -> tuple[str, str, str]:
    """The institution's UUID and BIN and the schema version in the SQLite file at ``path``."""
    connection = sqlite3.connect(path)
    try:
        try:
            row = connection.execute("SELECT uuid, bin FROM institution ORDER BY id LIMIT 1").fetchone()
        except sqlite3.DatabaseError:
            row = None
        try:
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            version = None
    finally:
        connection.close()
    uuid_, bin_ = (str(row[0] or ""), str(row[1] or "")) if row else ("", "")
    return uuid_, bin_, str(version[0]) if version else ""


@contextmanager
def _temporary(folder: Path, suffix: str = ".sqlite") -> Iterator[Path]:
    """A temporary file in ``folder`` (owner-only), removed whatever happens."""
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".sanaq-{os.getpid()}-backup-", suffix=suffix, dir=folder)
    os.close(handle)
    path = Path(name)
    owner_only(path)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)
        for companion in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            companion.unlink(missing_ok=True)


def _snapshot(source: Path, target: Path, progress: Progress) -> None:
    """SQLite's online backup of ``source`` into ``target``, reporting pages copied."""

    def pages(_status: int, remaining: int, total: int) -> None:
        progress(total - remaining, total)

    src = sqlite3.connect(source, timeout=30)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=256, progress=pages)
        finally:
            dst.close()
    finally:
        src.close()


# -- making, listing, rotating ----------------------------------------------------------------------


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (files that are not backups are left out)."""
    found = []
    for path in folder.glob("sanaq-*" + SUFFIX) if folder.is_dir() else ():
        try:
            found.append(info_of(path))
        except FileProblem:
            log.warning("a file in the backups folder is not a backup: %s", path.name)
    return sorted(found, key=lambda item: (item.created_at, item.name), reverse=True)


def create(
    db: Database,
    folder: Path,
    *,
    reason: str = "manual",
    now: dt.datetime | None = None,
    skip_unchanged: bool = False,
    keep: Path | None = None,
    progress: Progress = no_progress,
) -> BackupInfo | None:
    """Back the SQLite database up into ``folder``; checked, encrypted, rotated.

    With ``skip_unchanged`` (at start and at close) nothing is written when the database is the same as
    the newest backup, which is returned instead.  None when there is no database file yet.
    """
    assert reason in REASONS, reason
    source = db.sqlite_path
    if source is None:
        raise _not_sqlite()
    if not source.exists() or source.stat().st_size == 0:
        return None
    if db.keystore is None:
        raise _no_key()
    moment = now or dt.datetime.now(dt.UTC)
    folder.mkdir(parents=True, exist_ok=True)
    owner_only(folder)
    with _temporary(folder) as copy:
        _snapshot(source, copy, progress)
        if not _integrity(copy):
            raise _source_damaged()
        institution_uuid, institution_bin, schema = _identity(copy)
        data = copy.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if skip_unchanged:
        newest = next(iter(list_backups(folder)), None)
        if newest is not None and newest.sha256 == digest:
            return newest
    cipher, key_id = _cipher(db.keystore, create=True)
    header = {
        "format": 1,
        "created_at": moment.isoformat(),
        "reason": reason,
        "size": len(data),
        "sha256": digest,
        "institution_uuid": institution_uuid,
        "institution_bin": institution_bin,
        "schema": schema,
        "key_id": key_id,
    }
    raw = json.dumps(header, sort_keys=True).encode("utf-8")
    aad = MAGIC + len(raw).to_bytes(4, "big") + raw
    nonce = os.urandom(_NONCE_BYTES)
    sealed = cipher.encrypt(nonce, zlib.compress(data, 6), aad)
    target = folder / f"sanaq-{moment.strftime(_STAMP)}-{reason}{SUFFIX}"
    with _temporary(folder, SUFFIX + ".part") as part:
        with part.open("wb") as handle:
            handle.write(aad + nonce + sealed)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(part, target)
    owner_only(target)
    try:
        made = verify(target, db.keystore)  # what is on the disk opens and passes integrity_check
    except FileProblem:
        target.unlink(missing_ok=True)
        raise
    rotate(folder, moment, keep)
    log.info("backup made (%s, %d bytes)", reason, len(data))
    return made


def rotate(folder: Path, now: dt.datetime, also: Path | None = None) -> list[Path]:
    """Keep the last :data:`KEEP_LAST` backups and the newest of each of the last :data:`KEEP_DAYS`
    days (and ``also``, the one being restored); remove the rest and return what was removed."""
    backups = list_backups(folder)
    keep = {item.path for item in backups[:KEEP_LAST]} | ({also} if also is not None else set())
    since = (now - dt.timedelta(days=KEEP_DAYS)).date()
    days: set[dt.date] = set()
    for item in backups:  # newest first: the first of each day is its newest
        day = item.created_at.astimezone(dt.UTC).date()
        if day > since and day not in days:
            days.add(day)
            keep.add(item.path)
    removed = [item.path for item in backups if item.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


# -- checking and restoring -------------------------------------------------------------------------


def verify(path: Path, keystore: KeyStore | None) -> BackupInfo:
    """Open the backup with the key and check the copy (SHA-256 and ``PRAGMA integrity_check``);
    FileProblem when it does not open or is not sound."""
    with _temporary(path.parent) as copy:
        return extract(path, keystore, copy)


def extract(path: Path, keystore: KeyStore | None, target: Path) -> BackupInfo:
    """Write the database the backup ``path`` holds to ``target`` (readable by its owner only), checked
    as :func:`verify` checks it."""
    info, data = _decrypt(path, keystore)
    with target.open("wb") as handle:
        owner_only(target)
        handle.write(data)
    if not _integrity(target):
        raise _unreadable(path)
    return info


def newest_good(folder: Path, keystore: KeyStore | None) -> BackupInfo | None:
    """The newest backup that opens and passes its check, None when there is none."""
    for item in list_backups(folder):
        try:
            return verify(item.path, keystore)
        except FileProblem:
            continue
    return None


def restore(
    db: Database,
    path: Path,
    folder: Path,
    *,
    now: dt.datetime | None = None,
    progress: Progress = no_progress,
) -> Restored:
    """Put the backup ``path`` in place of the SQLite database.

    Refused, nothing changed: a file that does not open with this program's key or is not sound, and a
    backup of another institution.  First the database as it is now is backed up (or, when it is
    damaged, moved aside beside it); then the database's connections are closed and the file replaced.
    """
    target = db.sqlite_path
    if target is None:
        raise _not_sqlite()
    if db.keystore is None:
        raise _no_key()
    progress(0, 4)
    info, data = _decrypt(path, db.keystore)
    damage = db.damage()
    if damage is None and target.exists():
        current_uuid, current_bin, _schema = _current_identity(db)
        if current_uuid and info.institution_uuid and current_uuid != info.institution_uuid:
            raise ConflictError(
                _t(
                    QT_TRANSLATE_NOOP(
                        "backups",
                        "“{file}” is a backup of another institution (BIN {other}); this database is of BIN "
                        "{bin}. Nothing was changed.",
                    ),
                    file=path.name,
                    other=info.institution_bin or "—",
                    bin=current_bin or "—",
                ),
                code="backup.other_institution",
            )
    progress(1, 4)
    moment = now or dt.datetime.now(dt.UTC)
    with _temporary(target.parent) as incoming:
        incoming.write_bytes(data)
        if not _integrity(incoming):
            raise _unreadable(path)
        before: BackupInfo | None = None
        set_aside: Path | None = None
        if damage is None and target.exists():
            before = create(db, folder, reason="before-restore", now=moment, keep=path)
        progress(2, 4)
        db.dispose()
        if damage is not None:
            set_aside = target.with_name(f"{target.name}.damaged-{moment.strftime(_STAMP)}")
            os.replace(target, set_aside)
            owner_only(set_aside)
        for companion in (target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
            if set_aside is not None and companion.exists():
                shutil.move(companion, set_aside.with_name(set_aside.name + companion.name[len(target.name) :]))
            companion.unlink(missing_ok=True)
        os.replace(incoming, target)
        owner_only(target)
    progress(4, 4)
    log.info("database restored from a backup made %s", info.created_at.isoformat())
    return Restored(backup=info, before=before, set_aside=set_aside)


def _current_identity(db: Database) -> tuple[str, str, str]:
    path = db.sqlite_path
    assert path is not None
    try:
        return _identity(path)
    except sqlite3.DatabaseError:
        return "", "", ""


# -- PostgreSQL -------------------------------------------------------------------------------------


def pg_dump(
    url: str, folder: Path, *, now: dt.datetime | None = None, runner: Callable[..., Any] = subprocess.run
) -> Path:
    """``pg_dump`` of the database at ``url`` (custom format) into ``folder``, readable by its owner only.

    SetupRequired when ``pg_dump`` is not on the PATH; FileProblem with its first line when it fails.
    """
    from sqlalchemy.engine import make_url

    program = shutil.which("pg_dump")
    if program is None:
        raise SetupRequired(
            _t(
                QT_TRANSLATE_NOOP(
                    "backups",
                    "pg_dump is not installed on this computer (or not on the PATH), so no backup was made. "
                    "The database is on a PostgreSQL server: its backups are the server's; install the "
                    "PostgreSQL client programs or ask the server's administrator.",
                )
            ),
            code="backup.no_pg_dump",
        )
    parsed = make_url(url)
    moment = now or dt.datetime.now(dt.UTC)
    folder.mkdir(parents=True, exist_ok=True)
    owner_only(folder)
    target = folder / f"sanaq-{moment.strftime(_STAMP)}.pgdump"
    env = {**os.environ}
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    options = parsed.query.get("options")
    if options:
        env["PGOPTIONS"] = str(options)
    command = [program, "--format=custom", "--no-owner", f"--file={target}"]
    for flag, value in (("--host", parsed.host), ("--port", parsed.port), ("--username", parsed.username)):
        if value:
            command.append(f"{flag}={value}")
    command.append(f"--dbname={parsed.database}")
    done = runner(command, capture_output=True, text=True, env=env, timeout=3600, check=False)
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        first = (done.stderr or "").strip().splitlines()
        raise FileProblem(
            _t(QT_TRANSLATE_NOOP("backups", "pg_dump failed: {reason}"), reason=first[0] if first else "?"),
            code="backup.pg_dump_failed",
        )
    owner_only(target)
    return target
