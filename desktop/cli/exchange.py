"""``sanaq connect``, ``sanaq sync [status]``, ``sanaq package export|receipt``: sending to the Department."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from desktop.cli import Cli, UsageError
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.services import exchange


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("connect", parents=[common], help="connect to the Department (once)")
    p.add_argument("--url", help="address of the Department's service (https://...)")
    p.add_argument("--code", help="the one-time enrolment code from the Department")
    p.add_argument("--key", type=Path, help="the Department's key file, for an institution without a network")
    p.set_defaults(handler=cmd_connect)

    s = subparsers.add_parser("sync", parents=[common], help="send what changed to the Department")
    s.add_argument("what", nargs="?", choices=("status",), help="status: the last synchronisation and what waits")
    s.add_argument("--batch-size", type=int, default=exchange.BATCH_SIZE, help="records per request")
    s.set_defaults(handler=cmd_sync)

    k = subparsers.add_parser("package", parents=[common], help="exchange with the Department on a USB stick")
    actions = k.add_subparsers(dest="package_command", metavar="ACTION")
    actions.required = True
    exp = actions.add_parser("export", parents=[common], help="write everything not yet received to a package file")
    exp.add_argument("file", type=Path)
    exp.set_defaults(handler=cmd_package_export)
    rec = actions.add_parser("receipt", parents=[common], help="load the Department's receipt file of a package")
    rec.add_argument("file", type=Path)
    rec.set_defaults(handler=cmd_package_receipt)


def _t(text: str, **params: object) -> Message:
    return Message("exchange", text, params)


def _when(value: dt.datetime | None) -> str:
    return value.astimezone().strftime("%d.%m.%Y %H:%M:%S") if value else "—"


def cmd_connect(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context()
    if args.key is not None:
        if args.url or args.code:
            raise UsageError("--key goes alone (without --url and --code)")
        with context.uow() as uow:
            done = exchange.connect_offline(uow, args.key)
        cli.emit(
            {"ok": True, **done.to_json()},
            [
                cli.say(
                    _t(QT_TRANSLATE_NOOP("exchange", "The Department's keys were loaded: packages can be written."))
                ),
                cli.say(
                    _t(
                        QT_TRANSLATE_NOOP("exchange", "This institution's key for the Department: {key}"),
                        key=done.institution_key,
                    )
                ),
            ],
        )
        return 0
    if not args.url or not args.code:
        raise UsageError("give --url and --code (or --key FILE)")
    tokens = exchange.TokenStore(context.paths.home)
    with context.uow() as uow:
        done = exchange.connect(uow, args.url, args.code, tokens, exchange.http_options(context.settings))
    cli.emit(
        {"ok": True, **done.to_json()},
        [cli.say(_t(QT_TRANSLATE_NOOP("exchange", "Connected to the Department at {url}."), url=done.url))],
    )
    return 0


def _kind_lines(cli: Cli, counts: dict[str, int]) -> list[str]:
    return [
        f"  {cli.tr('exchange', exchange.KIND_LABELS.get(kind, kind))}: {count}"
        for kind, count in sorted(counts.items())
    ]


def cmd_sync(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context()
    if args.what == "status":
        with context.uow() as uow:
            state = exchange.pending(uow)
        lines = [
            cli.say(_t(QT_TRANSLATE_NOOP("exchange", "Last synchronisation: {when}"), when=_when(state.last_sync_at))),
            cli.say(_t(QT_TRANSLATE_NOOP("exchange", "Not yet at the Department: {count}"), count=state.total)),
            *_kind_lines(cli, state.counts),
        ]
        cli.emit({"ok": True, **state.to_json()}, lines)
        return 0
    tokens = exchange.TokenStore(context.paths.home)

    def progress(done: int, total: int) -> None:
        if done >= 0 and not cli.json and sys.stderr.isatty():
            sys.stderr.write(f"\r{done}/{total}")

    with context.uow() as uow:
        result = exchange.sync(
            uow, tokens, exchange.http_options(context.settings), progress, batch_size=max(1, args.batch_size)
        )
    lines = [
        cli.say(
            _t(
                QT_TRANSLATE_NOOP(
                    "exchange", "Sent: {accepted} accepted, {rejected} rejected. Synchronised at {when}."
                ),
                accepted=result.accepted,
                rejected=len(result.rejected),
                when=_when(result.received_at),
            )
        )
        if result.batches
        else cli.say(_t(QT_TRANSLATE_NOOP("exchange", "Nothing to send: the Department has everything."))),
        *(f"  {item['uuid']}: {item['text']}" for item in result.rejected),
    ]
    cli.emit(result.to_json(), lines)
    return 1 if result.cancelled else 0


def cmd_package_export(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context()
    with context.uow() as uow:
        result = exchange.export_package(uow, args.file)
    lines = [
        cli.say(
            _t(
                QT_TRANSLATE_NOOP("exchange", "Package written to {file}: {count} records."),
                file=args.file,
                count=sum(result.sent.values()),
            )
        ),
        *_kind_lines(cli, result.sent),
    ]
    cli.emit(result.to_json(), lines)
    return 0


def cmd_package_receipt(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context()
    with context.uow() as uow:
        result = exchange.load_receipt(uow, args.file)
    if result.batches == 0:
        line = cli.say(_t(QT_TRANSLATE_NOOP("exchange", "This receipt was already loaded; nothing changed.")))
    else:
        line = cli.say(
            _t(
                QT_TRANSLATE_NOOP("exchange", "Receipt loaded: {accepted} records synchronised at {when}."),
                accepted=result.accepted,
                when=_when(result.received_at),
            )
        )
    cli.emit(result.to_json(), [line])
    return 0
