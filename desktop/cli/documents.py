"""``sanaq certificates | equipment | lists``: certificates of participation, tablets and their acts,
printed lists."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli import Cli, UsageError, command_group, parse_date
from desktop.domain import certificates as rules
from desktop.domain.certificates import STATE_LABELS, CertificateState
from desktop.domain.text import QT_TRANSLATE_NOOP, Message


def _t(text: str, **params: object) -> Message:
    return Message("documents", text, params)


def _label(cli: Cli, text: str) -> str:
    """A label marked elsewhere (context "documents") in the user's language."""
    return cli.say(Message("documents", text))


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    actions = command_group(subparsers, common, "certificates", "certificates of census participation")

    issue = actions.add_parser("issue", parents=[common], help="issue certificates to enumerated persons (PDF)")
    who = issue.add_mutually_exclusive_group(required=True)
    who.add_argument("--all-eligible", action="store_true", help="every enumerated person without a certificate")
    who.add_argument("--iin", nargs="+", action="extend", metavar="IIN", help="the persons with these IINs")
    who.add_argument(
        "--person-id", nargs="+", action="extend", type=int, metavar="ID", help="the persons with these record ids"
    )
    issue.add_argument("--out", required=True, type=Path, help="the PDF to write")
    issue.add_argument("--layout", choices=("a4", "a5"), default="a4")
    issue.add_argument("--date", type=parse_date, help="date of issue (default: today)")
    issue.set_defaults(handler=cmd_issue)

    verify = actions.add_parser("verify", parents=[common], help="check a certificate's code (exit 0 when genuine)")
    verify.add_argument("code", help="the short code printed under the QR code, or the text of the QR code")
    verify.add_argument("--public-key", type=Path, help="check a QR text with this public key file (hex or PEM) alone")
    verify.set_defaults(handler=cmd_verify)

    listing = actions.add_parser("list", parents=[common], help="the registry of certificates")
    listing.add_argument("--state", choices=("issued", "reprinted", "voided", "valid"))
    listing.add_argument("--search", default="", help="name, IIN or number")
    listing.set_defaults(handler=cmd_list)

    eligible = actions.add_parser("eligible", parents=[common], help="enumerated persons and their certificates")
    eligible.add_argument("--without", action="store_true", help="only those without a valid certificate")
    eligible.set_defaults(handler=cmd_eligible)

    reprint = actions.add_parser("reprint", parents=[common], help="print certificates again as duplicates")
    reprint.add_argument("numbers", nargs="+", metavar="NUMBER")
    reprint.add_argument("--out", required=True, type=Path)
    reprint.add_argument("--layout", choices=("a4", "a5"), default="a4")
    reprint.set_defaults(handler=cmd_reprint)

    void = actions.add_parser("void", parents=[common], help="void a certificate for good, with the reason")
    void.add_argument("number")
    void.add_argument("--reason", required=True)
    void.set_defaults(handler=cmd_void)

    key = actions.add_parser("public-key", parents=[common], help="the institution's public key (for the Department)")
    key.add_argument("--pem", action="store_true", help="PEM instead of hex")
    key.set_defaults(handler=cmd_public_key)

    actions = command_group(subparsers, common, "equipment", "tablets and accessories lent by the Department")

    add = actions.add_parser("add", parents=[common], help="register an item received from the Department")
    add.add_argument(
        "--kind",
        default="tablet",
        choices=("tablet", "case", "glass", "charger", "usb_cable", "stylus", "powerbank", "powerbank_cable"),
    )
    add.add_argument("--inventory", default="", help="inventory number")
    add.add_argument("--serial", default="", help="serial number")
    add.add_argument("--kit-of", help="inventory number of the tablet an accessory belongs to")
    add.add_argument("--with-accessories", action="store_true", help="a tablet with its whole kit of accessories")
    add.add_argument("--date", type=parse_date, help="date received")
    add.add_argument("--note", default="")
    add.set_defaults(handler=cmd_equipment_add)

    listing = actions.add_parser("list", parents=[common], help="the register of equipment")
    listing.add_argument("--outstanding", action="store_true", help="only what is still to be returned")
    listing.set_defaults(handler=cmd_equipment_list)

    assign = actions.add_parser(
        "assign", parents=[common], help="hand tablets to an employee (acceptance-transfer act)"
    )
    assign.add_argument("inventory", nargs="+", help="inventory numbers (a tablet brings its accessories)")
    assign.add_argument("--employee", required=True, help="the employee's full name or id")
    assign.add_argument("--date", type=parse_date)
    assign.add_argument("--department-person", default="", help="who hands over for the Department")
    assign.set_defaults(handler=cmd_equipment_assign)

    ret = actions.add_parser("return", parents=[common], help="take tablets back (return act)")
    ret.add_argument("inventory", nargs="+", help="inventory numbers (a tablet brings its accessories)")
    ret.add_argument("--missing", nargs="+", default=[], metavar="INVENTORY", help="items not given back")
    ret.add_argument("--missing-accessory", nargs="+", default=[], metavar="KIND",
                     help="accessories of the tablet not given back (e.g. stylus charger)")  # fmt: skip
    ret.add_argument("--condition", default="good", choices=("good", "worn", "damaged", "faulty"))
    ret.add_argument("--date", type=parse_date)
    ret.add_argument("--department-person", default="")
    ret.add_argument("--note", default="")
    ret.set_defaults(handler=cmd_equipment_return)

    sign = actions.add_parser("sign", parents=[common], help="record that an act was signed on paper")
    sign.add_argument("kind", choices=("transfer", "return"))
    sign.add_argument("number", type=int)
    sign.add_argument("--date", type=parse_date)
    sign.set_defaults(handler=cmd_equipment_sign)

    acts = actions.add_parser("acts", parents=[common], help="the acts")
    acts.set_defaults(handler=cmd_equipment_acts)

    for name, kind, text in (
        ("act", "transfer", "the acceptance-transfer act as PDF (the newest, or --number)"),
        ("return-act", "return", "the return act as PDF (the newest, or --number)"),
    ):
        act = actions.add_parser(name, parents=[common], help=text)
        act.add_argument("file", type=Path)
        act.add_argument("--number", type=int)
        act.set_defaults(handler=cmd_equipment_act, act_kind=kind)

    actions = command_group(
        subparsers, common, "lists", "printed lists with the institution's header (PDF)", metavar="LIST"
    )
    stage1 = actions.add_parser("stage1", parents=[common], help="the stage-1 list of respondents")
    stage1.add_argument("file", type=Path)
    stage1.set_defaults(handler=cmd_lists_stage1)
    report = actions.add_parser("progress", parents=[common], help="the progress report of the census")
    report.add_argument("file", type=Path)
    report.set_defaults(handler=cmd_lists_progress)


# -- certificates ---------------------------------------------------------------------------------


def cmd_issue(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import certificates

    context = cli.context()
    with context.uow() as uow:
        result = certificates.issue(
            uow,
            target=args.out,
            all_eligible=args.all_eligible,
            iins=args.iin,
            person_ids=args.person_id,
            layout=args.layout,
            issued_on=args.date,
            campaign=context.campaign,
        )
    lines = []
    if result.issued:
        lines.append(
            cli.say(
                _t(QT_TRANSLATE_NOOP("documents", "Certificates issued: {n}; written to {file}"),
                   n=len(result.issued), file=str(args.out))
            )
        )  # fmt: skip
        lines += [f"{c.number}\t{c.full_name}\t{c.code}" for c in result.issued]
    else:
        lines.append(cli.say(_t(QT_TRANSLATE_NOOP("documents", "No new certificate: nobody is waiting for one."))))
    if result.already:
        lines.append(
            cli.say(
                _t(QT_TRANSLATE_NOOP("documents", "Already hold a certificate (reprint it if it is lost): {n}"),
                   n=len(result.already))
            )
        )  # fmt: skip
        lines += [f"  {number}\t{name}" for name, number in result.already]
    cli.emit(
        {
            "ok": True,
            "file": str(args.out) if result.path else None,
            "certificates": [
                {"number": c.number, "iin": c.iin, "person_uuid": c.person_uuid, "code": c.code, "qr": c.qr}
                for c in result.issued
            ],
            "already": [{"number": number} for _name, number in result.already],
        },
        lines,
    )
    return 0


def cmd_verify(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import certificates

    if args.public_key is not None:
        try:
            key = rules.load_public_key(args.public_key.read_bytes())
        except (OSError, ValueError):
            raise UsageError(f"cannot read an Ed25519 public key from {args.public_key}") from None
        result = certificates.verify_offline(args.code, key)
    else:
        context = cli.context()
        with context.uow() as uow:
            result = certificates.verify(uow, args.code, campaign=context.campaign)
    data = result.to_json(cli.tr)
    if result.ok:
        lines = [cli.say(_t(QT_TRANSLATE_NOOP("documents", "Genuine: certificate {number}."), number=result.number))]
        cert = data.get("certificate", {})
        for key_name in ("full_name", "birth_date", "iin", "enumerated_on", "issued_on", "bin"):
            if cert.get(key_name):
                lines.append(f"  {key_name}: {cert[key_name]}")
        if result.certificate is not None and result.certificate.state == CertificateState.REPRINTED.value:
            lines.append("  " + _label(cli, STATE_LABELS[CertificateState.REPRINTED]))
        if args.public_key is not None:  # the signature alone: a voided certificate signs as well as ever
            offline = cli.say(
                _t(
                    QT_TRANSLATE_NOOP(
                        "documents",
                        "Checked with the public key alone: the signature is genuine, but whether the certificate "
                        "was voided since only the institution's registry can say.",
                    )
                )
            )
            lines.append(offline)
            data["offline"] = offline
        cli.emit(data, lines)
        return 0
    text = result.message.render(cli.tr) if result.message else ""
    cli.emit(data, [])
    import sys

    sys.stderr.write(f"sanaq: {text}\n")
    return 1


def cmd_list(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import certificates

    context = cli.context()
    with context.uow() as uow:
        rows = certificates.list_certificates(uow, state=args.state, text=args.search, campaign=context.campaign)
    lines = []
    for c in rows:
        line = (
            f"{c.number}\t{c.issued_on:%d.%m.%Y}\t{_label(cli, STATE_LABELS[CertificateState(c.state)])}\t{c.full_name}"
        )
        reason = c.reason_message()
        if reason is not None:
            line += f"\t{reason.render(cli.tr)}"
        elif c.person_enumerated is False:
            line += "\t" + cli.say(_t(QT_TRANSLATE_NOOP("documents", "the person is not recorded as enumerated now")))
        lines.append(line)
    cli.emit({"ok": True, "certificates": [c.to_json() for c in rows]}, lines)
    return 0


def cmd_eligible(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import certificates

    context = cli.context()
    with context.uow() as uow:
        rows = certificates.candidates(uow, without_certificate=args.without, campaign=context.campaign)
    lines = [f"{c.iin or '-'}\t{c.full_name}\t{c.number or '-'}" for c in rows]
    data = [{"person_id": c.person_id, "iin": c.iin, "full_name": c.full_name, "number": c.number} for c in rows]
    cli.emit({"ok": True, "persons": data}, lines)
    return 0


def cmd_reprint(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import certificates

    context = cli.context()
    with context.uow() as uow:
        rows = certificates.reprint(uow, args.numbers, target=args.out, layout=args.layout, campaign=context.campaign)
    cli.emit(
        {"ok": True, "file": str(args.out), "certificates": [{"number": c.number, "copies": c.copies} for c in rows]},
        [cli.say(_t(QT_TRANSLATE_NOOP("documents", "Duplicates printed: {n}; written to {file}"),
                    n=len(rows), file=str(args.out)))],
    )  # fmt: skip
    return 0


def cmd_void(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import certificates

    context = cli.context()
    with context.uow() as uow:
        row = certificates.void(uow, args.number, args.reason, campaign=context.campaign)
    cli.emit(
        {"ok": True, "certificate": row.to_json()},
        [cli.say(_t(QT_TRANSLATE_NOOP("documents", "The certificate {number} is voided."), number=row.number))],
    )
    return 0


def cmd_public_key(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import certificates

    context = cli.context()
    with context.uow() as uow:
        key = certificates.public_key_text(uow)
    cli.emit({"ok": True, "public_key": key}, [key["pem"].rstrip("\n") if args.pem else key["hex"]])
    return 0


# -- equipment ------------------------------------------------------------------------------------


def _kind(cli: Cli, kind: str) -> str:
    from desktop.services import equipment

    return _label(cli, equipment.KIND_LABELS[equipment.EquipmentKind(kind)])


def cmd_equipment_add(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import equipment, institution

    context = cli.context()
    with context.uow() as uow:
        institution.require_profile(uow)
        items = equipment.add_item(
            uow,
            kind=args.kind,
            inventory_number=args.inventory,
            serial_number=args.serial,
            kit_of=args.kit_of,
            with_accessories=args.with_accessories,
            received_on=args.date,
            note=args.note,
        )
    lines = [cli.say(_t(QT_TRANSLATE_NOOP("documents", "Items registered: {n}"), n=len(items)))]
    lines += [f"  {_kind(cli, i.kind)}\t{i.inventory_number}\t{i.serial_number}" for i in items]
    cli.emit({"ok": True, "items": [i.to_json() for i in items]}, lines)
    return 0


def cmd_equipment_list(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import equipment

    context = cli.context()
    with context.uow() as uow:
        items = equipment.list_items(uow, outstanding_only=args.outstanding)
    lines = []
    for item in items:
        state = _label(cli, equipment.STATE_LABELS[equipment.ItemState(item.state)])
        indent = "    " if item.kit_id else ""
        lines.append(f"{indent}{_kind(cli, item.kind)}\t{item.inventory_number or '-'}\t{item.serial_number or '-'}\t"
                     f"{state}\t{item.holder}")  # fmt: skip
    cli.emit({"ok": True, "items": [i.to_json() for i in items]}, lines)
    return 0


def _act_lines(cli: Cli, act: Any) -> list[str]:
    title = (
        QT_TRANSLATE_NOOP("documents", "Acceptance-transfer act {number} of {date}: {employee}, items: {n}")
        if act.kind == "transfer"
        else QT_TRANSLATE_NOOP("documents", "Return act {number} of {date}: {employee}, items: {n}, missing: {missing}")
    )
    signed = (
        cli.say(_t(QT_TRANSLATE_NOOP("documents", "signed on {date}"), date=f"{act.signed_on:%d.%m.%Y}"))
        if act.signed and act.signed_on
        else cli.say(_t(QT_TRANSLATE_NOOP("documents", "not signed yet")))
    )
    text = cli.say(
        _t(title, number=act.number, date=f"{act.act_date:%d.%m.%Y}", employee=act.employee_name,
           n=len(act.lines), missing=act.missing)
    )  # fmt: skip
    return [f"{text} ({signed})"]


def cmd_equipment_assign(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import equipment

    context = cli.context()
    employee: int | str = int(args.employee) if args.employee.isdigit() else args.employee
    with context.uow() as uow:
        act = equipment.assign(
            uow,
            inventories=args.inventory,
            employee=employee,
            act_date=args.date,
            department_person=args.department_person,
        )
    cli.emit({"ok": True, "act": act.to_json()}, _act_lines(cli, act))
    return 0


def cmd_equipment_return(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import equipment

    context = cli.context()
    with context.uow() as uow:
        missing_ids: list[int] = []
        if args.missing_accessory:
            kinds = set(args.missing_accessory)
            unknown = kinds - {k.value for k in equipment.EquipmentKind}
            if unknown:
                raise UsageError(f"unknown accessory kind: {', '.join(sorted(unknown))}")
            for item in equipment.list_items(uow, outstanding_only=True):
                if item.kit_inventory in args.inventory and item.kind in kinds:
                    missing_ids.append(item.id)
        act = equipment.return_items(
            uow,
            inventories=args.inventory,
            missing=args.missing,
            missing_ids=missing_ids,
            condition=args.condition,
            act_date=args.date,
            department_person=args.department_person,
            note=args.note,
        )
    cli.emit({"ok": True, "act": act.to_json()}, _act_lines(cli, act))
    return 0


def cmd_equipment_sign(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import equipment

    context = cli.context()
    with context.uow() as uow:
        act = equipment.mark_signed(uow, args.kind, args.number, signed_on=args.date)
    cli.emit({"ok": True, "act": act.to_json()}, _act_lines(cli, act))
    return 0


def cmd_equipment_acts(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import equipment

    context = cli.context()
    with context.uow() as uow:
        acts = equipment.list_acts(uow)
    lines = [line for act in acts for line in _act_lines(cli, act)]
    cli.emit({"ok": True, "acts": [a.to_json() for a in acts]}, lines)
    return 0


def cmd_equipment_act(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import equipment

    context = cli.context()
    with context.uow() as uow:
        act = equipment.act_pdf(uow, args.act_kind, args.file, number=args.number)
    cli.emit(
        {"ok": True, "file": str(args.file), "act": act.to_json()},
        [*_act_lines(cli, act), cli.say(_t(QT_TRANSLATE_NOOP("documents", "Written to {file}"), file=str(args.file)))],
    )
    return 0


# -- printed lists --------------------------------------------------------------------------------


def cmd_lists_stage1(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import printed_lists

    context = cli.context()
    with context.uow() as uow:
        count = printed_lists.stage1_pdf(uow, args.file, campaign=context.campaign)
    cli.emit(
        {"ok": True, "file": str(args.file), "persons": count},
        [cli.say(_t(QT_TRANSLATE_NOOP("documents", "The stage-1 list ({n} persons) is written to {file}"),
                    n=count, file=str(args.file)))],
    )  # fmt: skip
    return 0


def cmd_lists_progress(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import printed_lists

    context = cli.context()
    with context.uow() as uow:
        result = printed_lists.progress_report(uow, args.file, campaign=context.campaign)
    cli.emit(
        {"ok": True, "file": str(args.file), "persons": result.persons, "enumerated": result.enumerated},
        [cli.say(_t(QT_TRANSLATE_NOOP("documents", "The progress report is written to {file}"), file=str(args.file)))],
    )
    return 0
