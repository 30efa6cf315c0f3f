"""``sanaq backup create | list | verify | restore``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli import Cli, UsageError, command_group
from desktop.domain.errors import FileProblem, NotFoundError
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.services import backups


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = command_group(subparsers, common, "backup", "encrypted backups of the database")
    p = group.add_parser("create", parents=[common], help="back the database up now (pg_dump on PostgreSQL)")
    p.set_defaults(handler=cmd_create)
    p = group.add_parser("list", parents=[common], help="the backups, newest first")
    p.set_defaults(handler=cmd_list)
    p = group.add_parser("verify", parents=[common], help="open and check backups (all, or the one given)")
    p.add_argument("file", nargs="?", help="a backup file (default: every backup of the backups folder)")
    p.set_defaults(handler=cmd_verify)
    p = group.add_parser("restore", parents=[common], help="put a backup in place of the database")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", help="the backup file")
    which.add_argument("--newest", action="store_true", help="the newest backup that opens and is sound")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cmd_restore)


def _t(text: str, **params: object) -> Message:
    return Message("cli", text, params)


def _when(info: backups.BackupInfo) -> str:
    return info.created_at.astimezone().strftime("%d.%m.%Y %H:%M:%S")


def _line(cli: Cli, info: backups.BackupInfo) -> str:
    reason = cli.say(Message("backups", backups.REASON_LABELS.get(info.reason, info.reason)))
    return f"{_when(info)}\t{reason}\t{info.size // 1024} KB\t{info.institution_bin}\t{info.path}"


def cmd_create(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context(migrate=False)
    if not context.db.is_sqlite:
        dump = backups.pg_dump(context.db.url, context.paths.backups)
        cli.emit(
            {"ok": True, "file": str(dump), "kind": "pg_dump"},
            [cli.say(_t(QT_TRANSLATE_NOOP("cli", "pg_dump wrote {file}"), file=str(dump)))],
        )
        return 0
    made = backups.create(context.db, context.paths.backups, reason="manual")
    if made is None:
        raise NotFoundError(_t(QT_TRANSLATE_NOOP("cli", "There is no database to back up yet.")), code="backup.nothing")
    cli.emit(
        {"ok": True, "backup": made.to_json()},
        [cli.say(_t(QT_TRANSLATE_NOOP("cli", "Backup made and checked: {file}"), file=str(made.path)))],
    )
    return 0


def cmd_list(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context(migrate=False)
    found = backups.list_backups(context.paths.backups)
    lines = [_line(cli, info) for info in found] or [
        cli.say(_t(QT_TRANSLATE_NOOP("cli", "No backups yet in {folder}"), folder=str(context.paths.backups)))
    ]
    cli.emit({"ok": True, "folder": str(context.paths.backups), "backups": [i.to_json() for i in found]}, lines)
    return 0


def cmd_verify(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context(migrate=False)
    keystore = context.db.keystore
    paths = [Path(args.file)] if args.file else [info.path for info in backups.list_backups(context.paths.backups)]
    results: list[dict[str, Any]] = []
    lines: list[str] = []
    for path in paths:
        try:
            info = backups.verify(path, keystore)
        except FileProblem as problem:
            text = problem.render(cli.tr)
            results.append({"file": str(path), "ok": False, "code": problem.code, "message": text})
            lines.append(f"{path.name}: {text}")
            continue
        results.append({"file": str(path), "ok": True, **info.to_json()})
        lines.append(cli.say(_t(QT_TRANSLATE_NOOP("cli", "{file}: opens and is sound"), file=path.name)))
    ok = all(item["ok"] for item in results)
    if not paths:
        lines = [cli.say(_t(QT_TRANSLATE_NOOP("cli", "No backups yet in {folder}"), folder=str(context.paths.backups)))]
    cli.emit({"ok": ok, "backups": results}, lines)
    return 0 if ok else 1


def cmd_restore(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context(migrate=False)
    keystore = context.db.keystore
    if args.newest:
        good = backups.newest_good(context.paths.backups, keystore)
        if good is None:
            raise NotFoundError(
                _t(QT_TRANSLATE_NOOP("cli", "No backup that opens and is sound was found in {folder}."),
                   folder=str(context.paths.backups)),
                code="backup.none_good",
            )  # fmt: skip
        path = good.path
    else:
        path = Path(args.file)
    if not args.yes:
        question = cli.say(
            _t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The database will be replaced by the backup {file}; the present one is backed up first. "
                    "Type yes to go on: ",
                ),
                file=path.name,
            )
        )
        if not sys.stdin or not sys.stdin.isatty():
            raise UsageError("restore replaces the database: confirm with --yes")
        sys.stderr.write(question)
        sys.stderr.flush()
        if sys.stdin.readline().strip().lower() not in ("yes", "да", "иә"):
            cli.emit({"ok": False, "restored": False}, [cli.say(_t(QT_TRANSLATE_NOOP("cli", "Nothing was changed.")))])
            return 1
    done = backups.restore(context.db, path, context.paths.backups)
    lines = [cli.say(_t(QT_TRANSLATE_NOOP("cli", "The database was restored from {file}."), file=path.name))]
    if done.before is not None:
        lines.append(
            cli.say(_t(QT_TRANSLATE_NOOP("cli", "The database as it was is kept in {file}."), file=done.before.name))
        )
    if done.set_aside is not None:
        lines.append(
            cli.say(_t(QT_TRANSLATE_NOOP("cli", "The damaged file is kept as {file}."), file=str(done.set_aside)))
        )
    cli.emit(
        {
            "ok": True,
            "restored": done.backup.to_json(),
            "before": done.before.to_json() if done.before else None,
            "set_aside": str(done.set_aside) if done.set_aside else None,
        },
        lines,
    )
    return 0
