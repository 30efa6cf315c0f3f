"""``sanaq report progress``: where the census stands; ``sanaq closeout``: closing the institution's work."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop.cli import Cli, command_group
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.services import closeout, progress, progress_report


def _moment(text: str) -> dt.datetime:
    """An ISO date and time with its offset (the report "as of" then; tests set the clock this way)."""
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date and time: {text!r} (use 2030-10-27T12:00+06:00)") from error
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError("give the date and time with its UTC offset, e.g. +06:00")
    return value


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    clock = argparse.ArgumentParser(add_help=False)
    clock.add_argument("--at", type=_moment, default=None, help="as of this date and time (ISO, with offset)")
    report = command_group(subparsers, common, "report", "reports of the census work")
    p = report.add_parser("progress", parents=[common, clock], help="progress: outcomes, per day, per unit, late work")
    p.add_argument("--out", type=Path, help="write the report to FILE.pdf or FILE.xlsx")
    p.set_defaults(handler=cmd_report_progress)

    close = command_group(subparsers, common, "closeout", "close the institution's census work")
    s = close.add_parser("status", parents=[common, clock], help="whether the close-out can be made")
    s.set_defaults(handler=cmd_closeout_status)
    c = close.add_parser(
        "close", parents=[common, clock], help="mark the institution closed (every person has an outcome)"
    )
    c.set_defaults(handler=cmd_closeout_close)
    st = close.add_parser(
        "statement", parents=[common, clock], help="the statement of the institution as a PDF to sign"
    )
    st.add_argument("file", type=Path)
    st.set_defaults(handler=cmd_closeout_statement)


def _now(args: argparse.Namespace) -> dt.datetime:
    return args.at or dt.datetime.now(dt.UTC)


def _t(text: str, **params: object) -> Message:
    return Message("progress", text, params)


def cmd_report_progress(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context()
    now = _now(args)
    with context.uow() as uow:
        if args.out is not None:
            figures = progress_report.write_report(uow, args.out, campaign=context.campaign, now=now)
        else:
            figures = progress.figures(uow, campaign=context.campaign, now=now)
    data = {"ok": True, **figures.to_json(), "file": str(args.out) if args.out else None}
    said = [cli.say(warning.message) for warning in figures.warnings]
    data["warnings"] = [{**w, "message": text} for w, text in zip(data["warnings"], said, strict=True)]
    stage = figures.stage
    lines = [
        cli.say(
            _t(
                QT_TRANSLATE_NOOP("progress", "Stage: {stage}; days left: {days}"),
                stage=stage.label,
                days=stage.days_left,
            )
        )
    ]
    for key in progress.FIGURES:
        value = figures.value(key)
        lines.append(f"{cli.tr('progress', progress.FIGURE_LABELS[key])}: {'—' if value is None else value}")
    when = progress_report.local_time(figures.last_sync_at, context.campaign)
    lines.append(cli.say(_t(QT_TRANSLATE_NOOP("progress", "Last synchronisation: {when}"), when=when)))
    lines += ["! " + cli.say(w.message) for w in figures.warnings]
    if args.out is not None:
        lines.append(cli.say(_t(QT_TRANSLATE_NOOP("progress", "Report written to {file}."), file=args.out)))
    cli.emit(data, lines)
    return 0


def cmd_closeout_status(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context()
    with context.uow() as uow:
        state = closeout.readiness(uow, campaign=context.campaign, now=_now(args))
    cli.emit(
        {"ok": True, "ready": state.ready, "closed_at": state.closed_at, "to_do": state.to_do},
        [cli.say(state.message)],
    )
    return 0


def cmd_closeout_close(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context()
    with context.uow() as uow:
        done = closeout.close(uow, campaign=context.campaign, now=_now(args))
    lines = [
        cli.say(
            _t(
                QT_TRANSLATE_NOOP(
                    "progress",
                    "The institution's census work is closed. Send to the Department now (sanaq sync) and print "
                    "the statement (sanaq closeout statement FILE.pdf).",
                )
            )
        )
    ]
    cli.emit({"ok": True, "statement": done.to_json()}, lines)
    return 0


def cmd_closeout_statement(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context()
    with context.uow() as uow:
        done = closeout.write_statement(uow, args.file, campaign=context.campaign, now=_now(args))
    cli.emit(
        {"ok": True, "file": str(args.file), "statement": done.to_json()},
        [cli.say(_t(QT_TRANSLATE_NOOP("progress", "Statement written to {file}."), file=args.file))],
    )
    return 0
