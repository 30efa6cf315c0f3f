"""``sanaq user add | list | lock | unlock | reset`` and ``sanaq audit verify | list | export``; signing in.

Every command signs in when the institution has accounts: ``SANAQ_USER`` and ``SANAQ_PASSWORD`` for
scripts, else the login and password are asked at the terminal.  A database without accounts is
open (the first account, an administrator, is made with ``sanaq user add``); a demo institution
signs in as its administrator.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from desktop.cli import Cli, command_group, parse_date
from desktop.domain.accounts import ROLE_LABELS, Role, SignInFailed
from desktop.domain.audit import Kind
from desktop.domain.text import QT_TRANSLATE_NOOP, Message


def _t(text: str, **params: object) -> Message:
    return Message("accounts", text, params)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    user = command_group(subparsers, common, "user", "accounts: who may sign in, with which role")
    add = user.add_parser("add", parents=[common], help="make an account (the first one: the administrator)")
    add.add_argument("--login", required=True)
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--full-name", required=True)
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.set_defaults(handler=cmd_user_add)
    listing = user.add_parser("list", parents=[common], help="the accounts")
    listing.set_defaults(handler=cmd_user_list)
    for name, text in (("lock", "lock an account"), ("unlock", "unlock an account (wrong passwords forgotten)")):
        p = user.add_parser(name, parents=[common], help=text)
        p.add_argument("login")
        p.set_defaults(handler=cmd_user_lock, locked=name == "lock")
    reset = user.add_parser("reset", parents=[common], help="give an account a new password")
    reset.add_argument("login")
    reset.add_argument("--password-stdin", action="store_true", help="read the new password from standard input")
    reset.set_defaults(handler=cmd_user_reset)
    recover = user.add_parser("recover", parents=[common], help="the administrator's new password by the recovery code")
    recover.add_argument("login")
    recover.add_argument("--password-stdin", action="store_true", help="read the code, then the password, from stdin")
    recover.set_defaults(handler=cmd_user_recover)

    trail = command_group(subparsers, common, "audit", "the audit trail: who did what, and whether it is whole")
    verify = trail.add_parser("verify", parents=[common], help="check the chain; name the first broken entry")
    verify.set_defaults(handler=cmd_audit_verify)
    for name, text in (("list", "the newest entries"), ("export", "the entries as .xlsx")):
        p = trail.add_parser(name, parents=[common], help=text)
        if name == "export":
            p.add_argument("file", type=Path)
        p.add_argument("--user", dest="login", default="", help="entries of this login only")
        p.add_argument("--kind", default="", choices=["", *(k.value for k in Kind)])
        p.add_argument("--since", type=parse_date)
        p.add_argument("--until", type=parse_date)
        p.add_argument("--limit", type=int, default=50)
        p.set_defaults(handler=cmd_audit_list if name == "list" else cmd_audit_export)


# -- signing in --------------------------------------------------------------------------------------


def _secret(cli: Cli, prompt: Message, from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(cli.say(prompt) + " ")


def sign_in(cli: Cli, context: Any) -> None:
    """Sign the command in, when the institution has accounts (see the module's text)."""
    from desktop.app import sign_in_demo
    from desktop.services import accounts

    with context.uow() as uow:
        if not accounts.has_accounts(uow):
            return
    if sign_in_demo(context):
        return
    login = os.environ.get("SANAQ_USER", "")
    password = os.environ.get("SANAQ_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise SignInFailed(
                _t(
                    QT_TRANSLATE_NOOP(
                        "accounts", "Sign in: set SANAQ_USER and SANAQ_PASSWORD, or run the command in a terminal."
                    )
                ),
                code="sign_in.required",
            )
        if not login:
            login = input(cli.say(_t(QT_TRANSLATE_NOOP("accounts", "Login:"))) + " ").strip()
        password = getpass.getpass(cli.say(_t(QT_TRANSLATE_NOOP("accounts", "Password:"))) + " ")
    with context.uow() as uow:
        context.account = accounts.authenticate(uow, login, password)


# -- user ------------------------------------------------------------------------------------------


def _new_password(cli: Cli, from_stdin: bool) -> str:
    first = _secret(cli, _t(QT_TRANSLATE_NOOP("accounts", "New password:")), from_stdin)
    if from_stdin:
        return first
    again = getpass.getpass(cli.say(_t(QT_TRANSLATE_NOOP("accounts", "The same password again:"))) + " ")
    if again != first:
        raise SignInFailed(_t(QT_TRANSLATE_NOOP("accounts", "The two passwords differ; nothing was changed.")))
    return first


def cmd_user_add(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import accounts

    context = cli.context()
    password = _new_password(cli, args.password_stdin)
    with context.uow() as uow:
        made = accounts.add_account(uow, args.login, args.full_name, args.role, password)
    role = cli.say(Message("accounts", ROLE_LABELS[made.account.role]))
    added = _t(QT_TRANSLATE_NOOP("accounts", "Account added: {login} ({role})"), login=made.account.login, role=role)
    lines = [cli.say(added)]
    if made.recovery_code:
        lines.append(
            cli.say(
                _t(
                    QT_TRANSLATE_NOOP(
                        "accounts",
                        "Recovery code of the administrator (print it and keep it in the safe; it is shown once): "
                        "{code}",
                    ),
                    code=made.recovery_code,
                )
            )
        )
    cli.emit({"ok": True, "account": made.account.to_json(), "recovery_code": made.recovery_code}, lines)
    return 0


def cmd_user_list(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import accounts

    context = cli.context()
    with context.uow() as uow:
        rows = accounts.list_accounts(uow)
    locked = cli.say(_t(QT_TRANSLATE_NOOP("accounts", "locked")))
    lines = [
        "\t".join([r.login, cli.say(Message("accounts", ROLE_LABELS[r.role])), r.full_name] + [locked] * r.locked)
        for r in rows
    ]
    cli.emit({"ok": True, "accounts": [r.to_json() for r in rows]}, lines)
    return 0


def cmd_user_lock(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import accounts

    context = cli.context()
    with context.uow() as uow:
        info = accounts.set_locked(uow, args.login, args.locked)
    text = (
        QT_TRANSLATE_NOOP("accounts", "The account {login} is locked.")
        if info.locked
        else QT_TRANSLATE_NOOP("accounts", "The account {login} is unlocked.")
    )
    cli.emit({"ok": True, "account": info.to_json()}, [cli.say(_t(text, login=info.login))])
    return 0


def cmd_user_reset(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import accounts

    context = cli.context()
    password = _new_password(cli, args.password_stdin)
    with context.uow() as uow:
        info = accounts.reset_password(uow, args.login, password)
    text = _t(QT_TRANSLATE_NOOP("accounts", "The account {login} has a new password."), login=info.login)
    cli.emit({"ok": True, "account": info.to_json()}, [cli.say(text)])
    return 0


def cmd_user_recover(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import accounts

    context = cli.context(sign_in=False)
    code = _secret(cli, _t(QT_TRANSLATE_NOOP("accounts", "Recovery code:")), args.password_stdin)
    password = _new_password(cli, args.password_stdin)
    with context.uow() as uow:
        fresh = accounts.recover(uow, args.login, code, password)
    text = _t(
        QT_TRANSLATE_NOOP(
            "accounts", "New password set. The new recovery code (print it; the old one is used up): {code}"
        ),
        code=fresh,
    )
    cli.emit({"ok": True, "recovery_code": fresh}, [cli.say(text)])
    return 0


# -- audit -----------------------------------------------------------------------------------------


def cmd_audit_verify(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import audit

    context = cli.context()
    with context.uow() as uow:
        verdict = audit.verify(uow)
    if verdict.broken is not None:
        line = cli.say(verdict.broken.message())
    else:
        line = cli.say(
            _t(QT_TRANSLATE_NOOP("accounts", "The audit trail is whole: {n} entries checked."), n=verdict.checked)
        )
    data = {"ok": verdict.whole, **verdict.to_json(cli.tr)}
    cli.emit(data, [line])
    if not verdict.whole and not cli.json:
        sys.stderr.write(f"sanaq: {line}\n")
    return 0 if verdict.whole else 1


def _filters(args: argparse.Namespace) -> Any:
    from desktop.services import audit

    return audit.Filters(login=args.login, kind=args.kind, since=args.since, until=args.until)


def cmd_audit_list(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import audit

    context = cli.context()
    with context.uow() as uow:
        rows = audit.entries(uow, _filters(args), limit=max(1, args.limit))
    lines = [
        "\t".join(
            [str(r.seq), f"{r.at:%Y-%m-%d %H:%M:%S}", r.login or "-", r.kind_label(cli.tr), r.action_label(cli.tr)]
            + [r.changes_text(cli.tr)]
        )
        for r in rows
    ]
    cli.emit({"ok": True, "entries": [r.to_json() for r in rows]}, lines)
    return 0


def cmd_audit_export(args: argparse.Namespace, cli: Cli) -> int:
    from desktop.services import audit

    context = cli.context()
    with context.uow() as uow:
        count = audit.export_xlsx(uow, args.file, _filters(args), translate=cli.tr, lang=context.language.value)
    text = _t(QT_TRANSLATE_NOOP("accounts", "{n} audit entries written to {file}"), n=count, file=str(args.file))
    cli.emit({"ok": True, "entries": count, "file": str(args.file)}, [cli.say(text)])
    return 0
