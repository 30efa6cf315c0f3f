"""``sanaq-department``: run and administer the Department's receiving service.

Every command takes ``--db URL`` (or the environment variable ``SANAQ_DEPARTMENT_DB``) and ``--json``.
Exit codes, as ``sanaq``: 0 done, 1 failed (one clear line on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import logging
import os
import secrets
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from department import reports, service
from department.config import ENV_DB, ENV_MAX_BODY_MB, ENV_SECURE_COOKIES
from department.db import DepartmentDatabase
from desktop.protocol import package as pkg

log = logging.getLogger(__name__)

DEMO_NAME_RU = "Школа-интернат «Шанырак» (демо)"
DEMO_NAME_KK = "«Шаңырақ» мектеп-интернаты (демо)"


class UsageError(Exception):
    """Wrong words on the command line: exit code 2."""


def _default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


class Output:
    def __init__(self, as_json: bool) -> None:
        self.json = as_json

    def emit(self, data: dict[str, Any], *lines: str) -> None:
        if self.json:
            sys.stdout.write(json.dumps({"ok": True, **data}, ensure_ascii=False, indent=2, default=_default) + "\n")
        else:
            for line in lines:
                sys.stdout.write(line + "\n")
        sys.stdout.flush()


def _database(args: argparse.Namespace) -> DepartmentDatabase:
    url = args.db or os.environ.get(ENV_DB)
    if not url:
        raise UsageError(f"give the database: --db URL (or set {ENV_DB})")
    return DepartmentDatabase(url)


def _prepared(args: argparse.Namespace) -> tuple[DepartmentDatabase, pkg.DepartmentKeys]:
    db = _database(args)
    return db, service.prepare(db)


# -- commands -------------------------------------------------------------------------------------


def cmd_serve(args: argparse.Namespace, out: Output) -> int:
    import uvicorn

    _prepared(args)  # migrate and make the keys once, before any worker starts
    os.environ[ENV_DB] = args.db or os.environ[ENV_DB]
    os.environ[ENV_MAX_BODY_MB] = str(args.max_body_mb)
    os.environ[ENV_SECURE_COOKIES] = "1" if args.secure_cookies else ""
    out.emit(
        {"url": f"http://{args.host}:{args.port}", "workers": args.workers},
        f"The Department's service is at http://{args.host}:{args.port}/ (Ctrl+C stops it).",
    )
    uvicorn.run(
        "department.app:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="warning",
        access_log=False,
    )
    return 0


def cmd_demo(args: argparse.Namespace, out: Output) -> int:
    from desktop.services.demo import DEMO_BIN

    if not args.db and not os.environ.get(ENV_DB):
        from platformdirs import user_data_path

        folder = user_data_path("sanaq-department", appauthor=False)
        folder.mkdir(parents=True, exist_ok=True)
        args.db = f"sqlite:///{folder / 'demo.sqlite'}"
    db, _keys = _prepared(args)
    known = {info.bin for info in service.list_institutions(db)}
    if DEMO_BIN in known:
        code = service.new_enrolment_code(db, DEMO_BIN)
    else:
        code = service.add_institution(db, DEMO_BIN, DEMO_NAME_RU, DEMO_NAME_KK)
    from department.pages import set_staff_password

    password = args.staff_password or secrets.token_urlsafe(9)
    set_staff_password(db, password)
    out.emit(
        {"db": args.db, "bin": DEMO_BIN, "code": code, "staff_password": password},
        f"Demo database: {args.db}",
        f"Demo institution BIN {DEMO_BIN}, one-time enrolment code: {code}",
        f"Staff password for the pages: {password}",
    )
    if args.no_serve:
        return 0
    return cmd_serve(args, Output(False))


def cmd_institution_add(args: argparse.Namespace, out: Output) -> int:
    db, _keys = _prepared(args)
    code = service.add_institution(db, args.bin, args.name_ru, args.name_kk)
    out.emit(
        {"bin": args.bin, "code": code},
        f"Institution {args.bin} registered. One-time enrolment code (give it to the institution): {code}",
    )
    return 0


def cmd_institution_code(args: argparse.Namespace, out: Output) -> int:
    db, _keys = _prepared(args)
    code = service.new_enrolment_code(db, args.bin)
    out.emit({"bin": args.bin, "code": code}, f"New one-time enrolment code for {args.bin}: {code}")
    return 0


def cmd_institution_key(args: argparse.Namespace, out: Output) -> int:
    db, _keys = _prepared(args)
    service.bind_key(db, args.bin, args.public_key)
    out.emit(
        {"bin": args.bin, "public_key": args.public_key.strip().lower()},
        f"The key of {args.bin} is bound: its USB packages are accepted now.",
    )
    return 0


def cmd_institution_list(args: argparse.Namespace, out: Output) -> int:
    db, _keys = _prepared(args)
    rows = service.list_institutions(db)
    lines = [
        f"{r.bin}  {r.name_ru}  enrolled: {r.enrolled_at.isoformat() if r.enrolled_at else 'no'}  "
        f"last sync: {r.last_sync_at.isoformat() if r.last_sync_at else 'never'}  tokens: {r.active_tokens}"
        for r in rows
    ]
    out.emit({"institutions": [r.as_dict() for r in rows]}, *(lines or ["No institutions yet."]))
    return 0


def cmd_token_revoke(args: argparse.Namespace, out: Output) -> int:
    db, _keys = _prepared(args)
    count = service.revoke_tokens(db, args.bin)
    out.emit(
        {"bin": args.bin, "revoked": count},
        f"{count} token(s) of {args.bin} revoked; `institution code --bin {args.bin}` gives a new enrolment code.",
    )
    return 0


def cmd_staff_password(args: argparse.Namespace, out: Output) -> int:
    from department.pages import set_staff_password

    db, _keys = _prepared(args)
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("New staff password: ")
        if getpass.getpass("Again: ") != password:
            raise service.DepartmentError("staff.mismatch", "The two passwords differ; nothing was changed.")
    set_staff_password(db, password)
    out.emit({}, "Staff password set; every staff member signed in before must sign in again.")
    return 0


def cmd_keys_export(args: argparse.Namespace, out: Output) -> int:
    _db, keys = _prepared(args)
    data = service.public_keys(keys).model_dump()
    Path(args.file).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    out.emit({"file": args.file, **data}, f"The Department's public keys are written to {args.file}.")
    return 0


def cmd_import_package(args: argparse.Namespace, out: Output) -> int:
    db, keys = _prepared(args)
    source = Path(args.file)
    data = source.read_bytes()
    result = service.import_package(db, keys, data)
    target = Path(args.receipt) if args.receipt else source.with_name(source.stem + pkg.RECEIPT_SUFFIX)
    target.write_bytes(result.receipt_file())
    receipt = result.receipt
    lines = [
        f"Package {receipt.sequence} of {receipt.institution_bin}"
        + (" was imported before; nothing changed." if result.already_imported else " imported.")
        + f" Accepted {receipt.accepted_total()}, rejected {len(receipt.rejected)}.",
        f"Receipt written to {target}.",
    ]
    out.emit(
        {
            "bin": receipt.institution_bin,
            "sequence": receipt.sequence,
            "already_imported": result.already_imported,
            "received_at": receipt.received_at,
            "accepted": {k.value: v for k, v in receipt.accepted.items()},
            "rejected": [r.model_dump(mode="json") for r in receipt.rejected],
            "receipt": str(target),
        },
        *lines,
    )
    return 0


def cmd_export(args: argparse.Namespace, out: Output) -> int:
    db, _keys = _prepared(args)
    path = Path(args.file)
    count = reports.export(db, path, args.format)
    out.emit({"file": str(path), "format": args.format, "persons": count}, f"{count} persons written to {path}.")
    return 0


# -- the parser -----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=None, help=f"SQLAlchemy database URL (or {ENV_DB})")
    common.add_argument("--json", action="store_true", help="machine-readable output")

    parser = argparse.ArgumentParser(prog="sanaq-department", description="The Department's receiving service.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(
        group: Any, name: str, handler: Callable[[argparse.Namespace, Output], int], text: str
    ) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = group.add_parser(name, parents=[common], help=text, description=text)
        sub.set_defaults(handler=handler)
        return sub

    def server_options(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--host", default="127.0.0.1")
        sub.add_argument("--port", type=int, default=8080)
        sub.add_argument("--max-body-mb", type=int, default=64, help="largest batch accepted, MiB")
        sub.add_argument("--secure-cookies", action="store_true", help="behind HTTPS: cookies only over HTTPS")
        sub.add_argument("--workers", type=int, default=1, help="server processes (PostgreSQL for more than one)")

    server_options(command(commands, "serve", cmd_serve, "Run the service (API and pages)."))
    demo = command(commands, "demo", cmd_demo, "A demo database that knows the desktop's demo institution; run it.")
    server_options(demo)
    demo.add_argument("--no-serve", action="store_true", help="prepare the demo database only")
    demo.add_argument("--staff-password", default=None, help="the staff password to set (else a random one)")

    institution = commands.add_parser("institution", help="Institutions and their enrolment codes.")
    inst = institution.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = command(inst, "add", cmd_institution_add, "Register an institution; print its one-time enrolment code.")
    add.add_argument("--bin", required=True)
    add.add_argument("--name-ru", required=True)
    add.add_argument("--name-kk", required=True)
    code = command(inst, "code", cmd_institution_code, "A new one-time enrolment code for an institution.")
    code.add_argument("--bin", required=True)
    bind = command(
        inst, "key", cmd_institution_key, "Bind the public key an institution without a network handed over."
    )
    bind.add_argument("--bin", required=True)
    bind.add_argument("--public-key", required=True, help="64 hex digits, as `sanaq connect --key` prints it")
    command(inst, "list", cmd_institution_list, "The registered institutions.")

    token = commands.add_parser("token", help="Institutions' tokens.")
    tok = token.add_subparsers(dest="action", metavar="ACTION", required=True)
    command(tok, "revoke", cmd_token_revoke, "Revoke every token of an institution.").add_argument(
        "--bin", required=True
    )

    staff = commands.add_parser("staff", help="The staff sign-in.")
    stf = staff.add_subparsers(dest="action", metavar="ACTION", required=True)
    command(stf, "password", cmd_staff_password, "Set the staff password (argon2-hashed).").add_argument(
        "--password-stdin", action="store_true", help="read the password from the first line of stdin"
    )

    keys = commands.add_parser("keys", help="The Department's keys.")
    kys = keys.add_subparsers(dest="action", metavar="ACTION", required=True)
    command(
        kys, "export", cmd_keys_export, "Write the Department's public keys for offline institutions."
    ).add_argument("file")

    imp = command(commands, "import-package", cmd_import_package, "Import a package file; write its receipt file.")
    imp.add_argument("file")
    imp.add_argument("--receipt", default=None, help="where to write the receipt (default: beside the package)")

    exp = command(commands, "export", cmd_export, "Export one row per person for statisticians.")
    exp.add_argument("file")
    exp.add_argument("--format", required=True, choices=reports.FORMATS)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    out = Output(bool(getattr(args, "json", False)))
    try:
        return int(args.handler(args, out))
    except UsageError as error:
        sys.stderr.write(f"sanaq-department: {error}\n")
        return 2
    except service.DepartmentError as error:
        return _fail(out, error.code, error.message)
    except OSError as error:  # a file that cannot be read or written: the person can fix it
        where = f" {error.filename}" if error.filename else ""
        return _fail(out, "file.error", f"Cannot use the file{where}: {error.strerror or error}.")
    except pkg.PackageError as error:
        return _fail(out, error.code, str(error))
    except KeyboardInterrupt:
        return _fail(out, "interrupted", "Interrupted.")
    except Exception:  # noqa: BLE001 - the last line of defence: one line for the user, the trace in the log
        log.exception("command %s failed", getattr(args, "command", "?"))
        return _fail(out, "internal", "The command failed; nothing was changed. The details are above.")


def _fail(out: Output, code: str, text: str) -> int:
    if out.json:
        sys.stdout.write(json.dumps({"ok": False, "error": {"code": code, "message": text}}, ensure_ascii=False) + "\n")
    sys.stderr.write(f"sanaq-department: {text}\n")
    return 1


if __name__ == "__main__":
    sys.exit(main())
