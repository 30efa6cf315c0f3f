"""``sanaq forms check|install|list`` and ``sanaq questionnaires prefill|export``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli import Cli, command_group
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.services import forms as form_service
from desktop.services import questionnaires


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    actions = command_group(subparsers, common, "forms", "census sheet forms (XLSForm): check, install, list")
    check = actions.add_parser("check", parents=[common], help="check a form file; exit 1 with sheet/row/column")
    check.add_argument("file", type=Path)
    check.set_defaults(handler=cmd_check)
    install = actions.add_parser("install", parents=[common], help="install a form sent by the Department")
    install.add_argument("file", type=Path)
    install.set_defaults(handler=cmd_install)
    listing = actions.add_parser("list", parents=[common], help="forms shipped and installed")
    listing.set_defaults(handler=cmd_list)

    qa = command_group(subparsers, common, "questionnaires", "census sheets: prefill from a file, export")
    prefill = qa.add_parser(
        "prefill",
        parents=[common],
        help="fill draft sheets from an administration file (.xlsx/.csv), matched by IIN or full name and birth date",
    )
    prefill.add_argument("file", type=Path)
    prefill.add_argument("--mapping", type=Path, help='JSON: {"columns": {"header": "question"}, "iin": "header", ...}')
    prefill.set_defaults(handler=cmd_prefill)
    export = qa.add_parser("export", parents=[common], help="one row per sheet: codes, labels and sources")
    export.add_argument("file", type=Path, help="FILE.xlsx or FILE.csv")
    export.add_argument("--kind", choices=("person", "institution"), default="person")
    export.add_argument("--labels", choices=("ru", "kk", "en"), default="ru", help="language of the labels")
    export.set_defaults(handler=cmd_export)


def _t(text: str, **params: object) -> Message:
    return Message("forms", text, params)


def cmd_check(args: argparse.Namespace, cli: Cli) -> int:
    result = form_service.check_file(args.file)
    if result.ok and result.info is not None:
        info = result.info
        line = _t(
            QT_TRANSLATE_NOOP("forms", "The form {form_id} version {version} is valid: {questions} questions."),
            form_id=info.form_id,
            version=info.version,
            questions=info.questions,
        )
        notices = [notice.render(cli.tr) for notice in result.notices]
        cli.emit(result.to_json(), [cli.say(line), *notices, *result.warnings])
        return 0
    lines = [problem.render(cli.tr) for problem in result.problems]
    cli.emit(result.to_json(), [cli.say(_t(QT_TRANSLATE_NOOP("forms", "The form is not valid:"))), *lines])
    return 1


def cmd_install(args: argparse.Namespace, cli: Cli) -> int:
    with cli.context().uow() as uow:
        info = form_service.install_form(uow, args.file)
    line = _t(
        QT_TRANSLATE_NOOP("forms", "Installed: form {form_id} version {version}; new sheets are filled on it."),
        form_id=info.form_id,
        version=info.version,
    )
    cli.emit({"ok": True, "form_id": info.form_id, "version": info.version, "kind": info.kind}, [cli.say(line)])
    return 0


def cmd_list(args: argparse.Namespace, cli: Cli) -> int:
    with cli.context().uow() as uow:
        infos = form_service.list_forms(uow)
    lines = [f"{i.form_id}\t{i.version}\t{i.kind}\t{i.origin}\t{i.questions}" for i in infos]
    cli.emit({"forms": [i.__dict__ for i in infos]}, lines)
    return 0


_UNMATCHED = {
    "no_identity": QT_TRANSLATE_NOOP("forms", "row {row}: no IIN match, and no full name with a birth date"),
    "ambiguous": QT_TRANSLATE_NOOP("forms", "row {row}: several persons of the register match"),
    "not_found": QT_TRANSLATE_NOOP("forms", "row {row}: nobody in the register matches"),
}


def cmd_prefill(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context()
    with context.uow() as uow:
        report = questionnaires.prefill_from_file(uow, args.file, campaign=context.campaign, mapping_path=args.mapping)
    lines = [
        cli.say(
            _t(
                QT_TRANSLATE_NOOP(
                    "forms",
                    "Rows: {rows}; matched: {matched}; new sheets: {created}; answers filled: {filled}; "
                    "complete sheets left alone: {complete}.",
                ),
                rows=report.rows,
                matched=report.matched,
                created=report.sheets_created,
                filled=report.answers_filled,
                complete=len(report.skipped_complete),
            )
        )
    ]
    lines += [cli.say(_t(_UNMATCHED.get(why, _UNMATCHED["not_found"]), row=row)) for row, why in report.unmatched]
    lines += [
        cli.say(_t(QT_TRANSLATE_NOOP("forms", "row {row}: the value for “{name}” was not understood"), row=r, name=n))
        for r, n in report.rejected
    ]
    cli.emit({"ok": True, **report.to_json()}, lines)
    return 0


def cmd_export(args: argparse.Namespace, cli: Cli) -> int:
    with cli.context().uow() as uow:
        count = questionnaires.export_sheets(uow, args.file, kind=args.kind, lang=args.labels)
    line = _t(QT_TRANSLATE_NOOP("forms", "Exported {count} sheet(s) to {file}."), count=count, file=args.file.name)
    cli.emit({"ok": True, "sheets": count, "file": args.file}, [cli.say(line)])
    return 0
