"""``sanaq entry transcript | verify-choose | verify-report``: the printed transcript of a sheet and
double-entry verification from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli import Cli, command_group
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.services import entry, enumeration, verification


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    actions = command_group(subparsers, common, "entry", "census sheets: transcripts and double-entry verification")

    transcript = actions.add_parser("transcript", parents=[common], help="print a person's sheet as a PDF")
    transcript.add_argument("--iin", required=True, help="IIN of the person")
    transcript.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    transcript.add_argument("--only", choices=("ru", "kk"), help="one language instead of both")
    transcript.set_defaults(handler=cmd_transcript)

    choose = actions.add_parser("verify-choose", parents=[common], help="choose complete sheets for a second keying")
    choose.add_argument("--share", type=float, required=True, help="per cent of the complete sheets not yet chosen")
    choose.add_argument("--seed", type=int, help="fixed random seed (to repeat a choice)")
    choose.set_defaults(handler=cmd_choose)

    report = actions.add_parser("verify-report", parents=[common], help="share verified and differences found")
    report.set_defaults(handler=cmd_report)


def _t(text: str, **params: object) -> Message:
    return Message("entry", text, params)


def cmd_transcript(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context()
    langs = (args.only,) if args.only else ("ru", "kk")
    with context.uow() as uow:
        person = enumeration.find_by_iin(uow, args.iin)
        path = entry.transcript(uow, person.id, args.out, campaign=context.campaign, langs=langs)
    cli.emit(
        {"ok": True, "path": str(path)},
        [cli.say(_t(QT_TRANSLATE_NOOP("entry", "Transcript written: {path}"), path=str(path)))],
    )
    return 0


def cmd_choose(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context()
    with context.uow() as uow:
        ids = verification.choose(uow, share=args.share / 100, seed=args.seed)
    cli.emit(
        {"ok": True, "chosen": len(ids), "ids": ids},
        [cli.say(_t(QT_TRANSLATE_NOOP("entry", "Sheets chosen for a second keying: {n}."), n=len(ids)))],
    )
    return 0


def cmd_report(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context()
    with context.uow() as uow:
        summary = verification.summary(uow)
        rows = verification.list_verifications(uow)
    lines = [
        cli.say(
            _t(
                QT_TRANSLATE_NOOP(
                    "entry",
                    "Complete sheets: {complete}; chosen: {chosen}; keyed a second time: {keyed}; verified: "
                    "{resolved} ({share}).",
                ),
                complete=summary.complete_sheets,
                chosen=summary.chosen,
                keyed=summary.keyed,
                resolved=summary.resolved,
                share=f"{summary.share_verified:.1%}",
            )
        ),
        cli.say(
            _t(
                QT_TRANSLATE_NOOP(
                    "entry",
                    "Answers compared: {compared}; differences found: {found} ({rate}); first keying corrected: "
                    "{corrected}.",
                ),
                compared=summary.answers_compared,
                found=summary.differences_found,
                rate=f"{summary.difference_rate:.1%}",
                corrected=summary.differences_corrected,
            )
        ),
    ]
    cli.emit({"ok": True, **summary.to_json(), "verifications": [row.to_json() for row in rows]}, lines)
    return 0
