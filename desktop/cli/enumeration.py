"""``sanaq enumeration record|reset``: outcomes without a sheet (online with a code, refused)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli import Cli, UsageError, command_group, parse_date
from desktop.domain.entry import MODE_LABELS, EntryMode
from desktop.domain.errors import NeedsConfirmation
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.services import enumeration


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    actions = command_group(
        subparsers, common, "enumeration", "record outcomes without a sheet: online (with the code) or refused"
    )

    rec = actions.add_parser("record", parents=[common], help="record an outcome for one person or a whole file")
    who = rec.add_mutually_exclusive_group(required=True)
    who.add_argument("--iin", help="IIN of the person")
    who.add_argument(
        "--file",
        type=Path,
        help="Excel (.xlsx) or CSV file: IIN in the first column, the code (online) or reason (refused) in the second",
    )
    rec.add_argument("--mode", required=True, choices=(EntryMode.ONLINE.value, EntryMode.REFUSED.value))
    rec.add_argument("--code", help="confirmation code of the online census (with --iin --mode online)")
    rec.add_argument("--reason", help="reason for the refusal (--mode refused; with --file, for rows without one)")
    rec.add_argument(
        "--date",
        type=parse_date,
        help="the day the person was enumerated: the online code's own date (default: today)",
    )
    rec.add_argument(
        "--outside-window",
        action="store_true",
        help="confirm a date of enumeration outside the census period of the campaign",
    )
    rec.set_defaults(handler=cmd_record)

    reset = actions.add_parser("reset", parents=[common], help="take back an online or refused outcome")
    reset.add_argument("--iin", required=True)
    reset.set_defaults(handler=cmd_reset)


def _t(text: str, **params: object) -> Message:
    return Message("entry", text, params)


def cmd_record(args: argparse.Namespace, cli: Cli) -> int:
    try:
        return _record(args, cli)
    except NeedsConfirmation as error:
        raise NeedsConfirmation(
            _t(
                QT_TRANSLATE_NOOP(
                    "entry", "{problem} To record it as it is, repeat the command with --outside-window."
                ),
                problem=error.message,
            ),
            code=error.code,
        ) from None


def _record(args: argparse.Namespace, cli: Cli) -> int:
    mode = EntryMode(args.mode)
    if args.iin is not None:
        if mode is EntryMode.ONLINE and not args.code:
            raise UsageError("--mode online needs --code")
        if mode is EntryMode.REFUSED and not args.reason:
            raise UsageError("--mode refused needs --reason")
    if args.file is not None and args.code:
        raise UsageError("--code goes with --iin; with --file the codes are in the file")
    context = cli.context()
    with context.uow() as uow:
        if args.iin is not None:
            outcome = enumeration.record(
                uow, mode=mode, iin=args.iin, code=args.code, reason=args.reason, on=args.date,
                campaign=context.campaign, outside_window=args.outside_window,
            )
            text = (
                _t(QT_TRANSLATE_NOOP("entry", "Recorded: {mode}."), mode=cli.say(Message("entry", MODE_LABELS[mode])))
                if outcome.changed
                else _t(QT_TRANSLATE_NOOP("entry", "Already recorded; nothing changed."))
            )
            cli.emit({"ok": True, "outcome": outcome.to_json()}, [cli.say(text)])
            return 0
        result = enumeration.record_file(
            uow, args.file, mode=mode, reason=args.reason, on=args.date, campaign=context.campaign,
            outside_window=args.outside_window,
        )
    line = _t(
        QT_TRANSLATE_NOOP("entry", "Rows: {rows}; recorded: {recorded}; already recorded: {unchanged}."),
        rows=result.rows,
        recorded=result.recorded,
        unchanged=result.unchanged,
    )
    cli.emit({"ok": True, **result.to_json()}, [cli.say(line)])
    return 0


def cmd_reset(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context()
    with context.uow() as uow:
        person = enumeration.find_by_iin(uow, args.iin)
        outcome = enumeration.reset(uow, person.id)
    cli.emit(
        {"ok": True, "outcome": outcome.to_json()},
        [cli.say(_t(QT_TRANSLATE_NOOP("entry", "The outcome was taken back: the person is to be enumerated.")))],
    )
    return 0
