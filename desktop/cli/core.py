"""``sanaq init | employee | info | check | demo | codes``."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from desktop.cli import Cli, command_group, parse_date
from desktop.domain import classifiers
from desktop.domain.enums import COVERAGE_LABELS, CoverageStatus, Language
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.models.failures import damaged_database
from desktop.services import backups, info, institution


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("init", parents=[common], help="create or update the institution profile")
    p.add_argument("--institution-name-ru", dest="name_ru")
    p.add_argument("--institution-name-kk", dest="name_kk")
    p.add_argument("--bin", help="BIN of the institution, 12 digits")
    p.add_argument("--type", dest="type_code", help="institution type code (see: sanaq codes types)")
    p.add_argument("--kato", dest="kato_code", help="KATO code of the city or district (see: sanaq codes kato)")
    p.add_argument("--address")
    p.add_argument("--head", dest="head_name", help="full name of the head of the institution")
    p.add_argument("--capacity", type=int, help="number of places")
    p.add_argument("--phone")
    p.add_argument("--department-name", help="the Department's name in Russian, as printed on the acts")
    p.add_argument("--department-name-kk", help="the Department's name in Kazakh, as printed on the acts")
    p.add_argument("--department-url", help="address of the Department's receiving service")
    p.set_defaults(handler=cmd_init)

    employee = command_group(subparsers, common, "employee", "responsible employees")
    add = employee.add_parser("add", parents=[common], help="add a responsible employee")
    add.add_argument("--full-name", required=True)
    add.add_argument("--position", default="")
    add.add_argument("--order-number", default="", help="number of the appointment order")
    add.add_argument("--order-date", type=parse_date, help="date of the appointment order")
    add.add_argument("--seminar-date", type=parse_date, help="date of the training seminar")
    add.add_argument("--phone", default="")
    add.set_defaults(handler=cmd_employee_add)
    listing = employee.add_parser("list", parents=[common], help="list the employees")
    listing.add_argument("--all", action="store_true", help="include those no longer active")
    listing.set_defaults(handler=cmd_employee_list)

    p = subparsers.add_parser("info", parents=[common], help="profile, employees, counts, schema version")
    p.set_defaults(handler=cmd_info)

    p = subparsers.add_parser("check", parents=[common], help="check the database, resources and translations")
    p.set_defaults(handler=cmd_check)

    p = subparsers.add_parser(
        "self-check", parents=[common], help="check this installation in a temporary folder (as sanaq-desktop does)"
    )
    p.set_defaults(handler=cmd_self_check)

    p = subparsers.add_parser("demo", parents=[common], help="build a demo institution (in --home or a new folder)")
    p.set_defaults(handler=cmd_demo)

    p = subparsers.add_parser("codes", parents=[common], help="list the codes of a classifier")
    p.add_argument("which", choices=("types", "kato"))
    p.set_defaults(handler=cmd_codes)


def _t(text: str, **params: object) -> Message:
    return Message("cli", text, params)


def cmd_init(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context()
    with context.uow() as uow:
        current = institution.get_profile(uow)
        base: dict[str, Any] = {}
        if current is not None:
            base = {k: v for k, v in asdict(current).items() if k in institution.ProfileInput.__dataclass_fields__}
        else:
            base = {key: "" for key in ("name_kk", "name_ru", "bin", "type_code", "kato_code")}
        for key in institution.ProfileInput.__dataclass_fields__:
            value = getattr(args, key, None)
            if value is not None:
                base[key] = value
        profile = institution.save_profile(uow, institution.ProfileInput(**base))
    verb = (
        QT_TRANSLATE_NOOP("cli", "Profile updated: {name}")
        if current
        else QT_TRANSLATE_NOOP("cli", "Profile created: {name}")
    )
    name = profile.name_kk if context.language is Language.KK else profile.name_ru
    cli.emit({"ok": True, "profile": profile.to_json()}, [cli.say(_t(verb, name=name))])
    return 0


def cmd_employee_add(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context()
    with context.uow() as uow:
        institution.require_profile(uow)
        added = institution.add_employee(
            uow,
            institution.EmployeeInput(
                full_name=args.full_name,
                position=args.position,
                order_number=args.order_number,
                order_date=args.order_date,
                seminar_date=args.seminar_date,
                phone=args.phone,
            ),
        )
    cli.emit(
        {"ok": True, "employee": added.to_json()},
        [cli.say(_t(QT_TRANSLATE_NOOP("cli", "Employee added: {name}"), name=added.full_name))],
    )
    return 0


def cmd_employee_list(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context()
    with context.uow() as uow:
        employees = institution.list_employees(uow, include_inactive=args.all)
    lines = [f"{e.full_name}\t{e.position}\t{e.order_number}" for e in employees]
    cli.emit({"ok": True, "employees": [e.to_json() for e in employees]}, lines)
    return 0


def cmd_info(args: argparse.Namespace, cli: Cli) -> int:
    context = cli.context()
    lang = context.language.value
    with context.uow() as uow:
        profile = institution.get_profile(uow)
        employees = institution.list_employees(uow)
        counts = info.counts(uow, campaign=context.campaign)
    schema = context.db.current_revision()
    data = {
        "ok": True,
        "home": str(context.paths.home),
        "database": context.db.engine.dialect.name,
        "schema_version": schema,
        "language": lang,
        "campaign": context.campaign.id,
        "profile": profile.to_json() if profile else None,
        "employees": [e.to_json() for e in employees],
        "counts": {
            "persons": counts.persons,
            "on_list": counts.on_list,
            "enumerated": counts.enumerated,
            "by_status": counts.by_status,
            "employees": counts.employees,
            "units": counts.units,
            **counts.extra,
        },
    }
    say, tr = cli.say, cli.tr
    lines = []
    if profile is None:
        lines.append(say(_t(QT_TRANSLATE_NOOP("cli", "The institution is not set up yet (sanaq init)."))))
    else:
        lines.append(profile.name_kk if lang == "kk" else profile.name_ru)
        lines.append(say(_t(QT_TRANSLATE_NOOP("cli", "BIN: {bin}"), bin=profile.bin)))
        lines.append(say(_t(QT_TRANSLATE_NOOP("cli", "Type: {type}"), type=profile.type_name.get(lang, ""))))
        lines.append(say(_t(QT_TRANSLATE_NOOP("cli", "District: {kato}"), kato=profile.kato_name.get(lang, ""))))
    lines.append(say(_t(QT_TRANSLATE_NOOP("cli", "Responsible employees: {n}"), n=len(employees))))
    for employee in employees:
        lines.append(f"  {employee.full_name} — {employee.position}")
    lines.append(say(_t(QT_TRANSLATE_NOOP("cli", "Persons in the register: {n}"), n=counts.persons)))
    for status in CoverageStatus:
        lines.append(f"  {tr('coverage', COVERAGE_LABELS[status])}: {counts.by_status[status.value]}")
    lines.append(say(_t(QT_TRANSLATE_NOOP("cli", "Database schema version: {v}"), v=schema or "-")))
    cli.emit(data, lines)
    return 0


def cmd_check(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.i18n import Translator

    problems: list[str] = []
    context = cli.context(migrate=False)
    damage = context.db.damage()
    if damage is not None:
        good = backups.newest_good(context.paths.backups, context.db.keystore)
        problems.append(cli.say(damaged_database(damage, str(good.path) if good else None).message))
    try:
        current = context.db.current_revision() if damage is None else None
        head = context.db.head_revision()
        if damage is None and current != head:
            problems.append(
                cli.say(
                    _t(
                        QT_TRANSLATE_NOOP("cli", "The database is at version {current}, the program needs {head}."),
                        current=current or "-",
                        head=head,
                    )
                )
            )
    except Exception as error:  # noqa: BLE001 - any failure to open is what check reports
        problems.append(
            cli.say(_t(QT_TRANSLATE_NOOP("cli", "The database cannot be opened: {error}"), error=type(error).__name__))
        )
    for missing in info.missing_resources():
        problems.append(cli.say(_t(QT_TRANSLATE_NOOP("cli", "A resource file is missing: {path}"), path=missing)))
    problems.extend(
        cli.say(_t(QT_TRANSLATE_NOOP("cli", "A font cannot render Kazakh letters: {font}"), font=font))
        for font in info.fonts_without_kazakh()
    )
    probe = ("coverage", COVERAGE_LABELS[CoverageStatus.REFUSED])
    for lang in (Language.RU, Language.KK):
        translator = Translator(lang)
        if translator(*probe) == probe[1]:
            problems.append(
                cli.say(_t(QT_TRANSLATE_NOOP("cli", "The translation “{lang}” does not load."), lang=lang.value))
            )
    ok = not problems
    lines = problems or [cli.say(_t(QT_TRANSLATE_NOOP("cli", "Everything is in order.")))]
    cli.emit({"ok": ok, "problems": problems}, lines)
    return 0 if ok else 1


def cmd_self_check(args: argparse.Namespace, cli: Cli) -> int:
    from desktop import selfcheck

    return selfcheck.main(args.lang)


def cmd_demo(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.app import demo_context

    context = demo_context(args.home, args.lang, args.db_url)
    cli.set_context(context)
    with context.uow() as uow:
        counts = info.counts(uow, campaign=context.campaign)
    home = str(context.paths.home)
    cli.emit(
        {"ok": True, "home": home, "persons": counts.persons},
        [
            cli.say(_t(QT_TRANSLATE_NOOP("cli", "The demo institution is in {home}"), home=home)),
            cli.say(_t(QT_TRANSLATE_NOOP("cli", "Open it with: sanaq-desktop --home {home}"), home=home)),
            cli.say(
                _t(
                    QT_TRANSLATE_NOOP(
                        "cli", "Accounts: admin (administrator), employee, viewer; the password of each: demo"
                    )
                )
            ),
        ],
    )
    return 0


def cmd_codes(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.i18n import normalize_language, system_language

    lang = (normalize_language(args.lang) or system_language()).value
    table = classifiers.institution_types() if args.which == "types" else classifiers.kato_units()
    items = [{"code": item.code, "name_ru": item.name_ru, "name_kk": item.name_kk} for item in table]
    cli.emit({"ok": True, "codes": items}, [f"{item.code}\t{item.name(lang)}" for item in table])
    return 0
