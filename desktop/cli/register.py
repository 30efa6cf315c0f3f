"""``sanaq register import | list | export`` — the respondent register from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli import Cli, UsageError, command_group
from desktop.domain.enums import COVERAGE_LABELS, CoverageStatus
from desktop.domain.person import PROBLEM_LABELS
from desktop.domain.text import QT_TRANSLATE_NOOP, Message


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    actions = command_group(subparsers, common, "register", "the respondent register")

    imp = actions.add_parser("import", parents=[common], help="import a register file (.xlsx, .xls, .ods, .csv)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--sheet", help="the sheet to read (default: the first)")
    imp.add_argument(
        "--mapping",
        default="auto",
        help="auto (detect, or the mapping remembered for this layout) or a JSON file of field → column",
    )
    imp.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    imp.add_argument("--report", type=Path, help="save the refused rows with their reasons to this .xlsx")
    imp.set_defaults(handler=cmd_import)

    listing = actions.add_parser("list", parents=[common], help="every person with status and problems")
    listing.set_defaults(handler=cmd_list)

    exp = actions.add_parser("export", parents=[common], help="export the register (.xlsx) or the stage-1 list")
    exp.add_argument("file", type=Path)
    exp.add_argument("--stage1", action="store_true", help="the stage-1 list for the Department (.xlsx or .pdf)")
    exp.set_defaults(handler=cmd_export)


def _t(text: str, **params: object) -> Message:
    return Message("register", text, params)


def cmd_import(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import register_import as imp
    from desktop.services.tables import read_table

    mapping = None if args.mapping == "auto" else Path(args.mapping)
    context = cli.context()
    # Read the file before anything else: a file that cannot be read stops here, nothing written.
    table = read_table(args.file, args.sheet)
    with context.uow() as uow:
        proposal = imp.mapping_from_file(mapping, table) if mapping else imp.propose_mapping(uow, table)
        preview = imp.preview_import(uow, table, proposal, campaign=context.campaign)
        if args.report is not None:
            imp.write_error_report(preview, args.report, cli.tr)
        result = None if args.dry_run else imp.apply_import(uow, preview)
    counts = preview.counts()
    data = {
        "ok": True,
        "dry_run": bool(args.dry_run),
        "file": args.file.name,
        "sheet": table.sheet,
        "read": counts["read"],
        "imported": result.imported if result else counts["new"],
        "updated": result.updated if result else counts["update"],
        "unchanged": counts["unchanged"],
        "duplicates": counts["duplicates"],
        "errors": counts["errors"],
        "skipped": counts["skipped"],
        "no_longer_listed": counts["no_longer_listed"],
        "rows": [
            {"row": row.line, "kind": row.kind, "reasons": [m.render(cli.tr) for m in row.errors]}
            for row in preview.rows
            if row.kind in ("error", "duplicate")
        ],
    }
    say = cli.say
    lines = [
        say(_t(QT_TRANSLATE_NOOP("register", "Rows read: {n}"), n=data["read"])),
        say(_t(QT_TRANSLATE_NOOP("register", "Imported: {n}"), n=data["imported"])),
        say(_t(QT_TRANSLATE_NOOP("register", "Updated: {n}"), n=data["updated"])),
        say(_t(QT_TRANSLATE_NOOP("register", "Duplicates: {n}"), n=data["duplicates"])),
        say(_t(QT_TRANSLATE_NOOP("register", "Errors: {n}"), n=data["errors"])),
    ]
    for row in data["rows"]:
        lines.append(
            say(
                _t(
                    QT_TRANSLATE_NOOP("register", "  row {row}: {reasons}"),
                    row=row["row"],
                    reasons="; ".join(row["reasons"]),
                )
            )
        )
    if counts["no_longer_listed"]:
        lines.append(
            say(
                _t(
                    QT_TRANSLATE_NOOP(
                        "register",
                        "{n} persons of the register are not in the file; if they left, mark them so in the window.",
                    ),
                    n=counts["no_longer_listed"],
                )
            )
        )
    if args.dry_run:
        lines.append(say(_t(QT_TRANSLATE_NOOP("register", "Dry run: nothing was written."))))
    cli.emit(data, lines)
    return 0


def cmd_list(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import register as reg

    context = cli.context()
    with context.uow() as uow:
        rows = reg.list_persons(uow, campaign=context.campaign)
    lines = []
    translate = cli.tr
    for row in rows:
        problems = ", ".join(translate("register", PROBLEM_LABELS[p]) for p in row.problems)
        status = translate("coverage", COVERAGE_LABELS[CoverageStatus(row.status)])
        born = row.birth_date.strftime("%d.%m.%Y") if row.birth_date else ""
        lines.append("\t".join([row.full_name, row.iin or "", born, row.sex or "", row.unit, status, problems]))
    cli.emit([row.to_json(cli.tr) for row in rows], lines)
    return 0


def cmd_export(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import register_export as export

    suffix = args.file.suffix.lower()
    if suffix not in (".xlsx", ".pdf") or (suffix == ".pdf" and not args.stage1):
        raise UsageError("the file must end in .xlsx (or .pdf with --stage1)")
    context = cli.context()
    with context.uow() as uow:
        if args.stage1 and suffix == ".pdf":
            count = export.export_stage1_pdf(uow, args.file, campaign=context.campaign)
        elif args.stage1:
            count = export.export_stage1_xlsx(uow, args.file, campaign=context.campaign)
        else:
            count = export.export_register_xlsx(uow, args.file, campaign=context.campaign)
    text = cli.say(_t(QT_TRANSLATE_NOOP("register", "Written: {file} ({n} persons)"), file=str(args.file), n=count))
    cli.emit({"ok": True, "file": str(args.file), "persons": count}, [text])
    return 0
