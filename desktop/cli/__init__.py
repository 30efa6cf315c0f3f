"""``sanaq``: every main job from the command line, over the same services as the window.

Each module in this package that defines ``register(subparsers, common)`` adds its commands.
Exit codes: 0 done, 1 failed (one clear line on stderr, nothing half-written), 2 usage.
With ``--json`` the result (or the error) is printed to stdout as one JSON document.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import json
import logging
import pkgutil
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from desktop.domain.errors import SanaqError
from desktop.domain.text import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace, "Cli"], int]


def command_group(
    subparsers: Any, common: argparse.ArgumentParser, name: str, help: str, metavar: str = "ACTION"
) -> Any:
    """``sanaq NAME ACTION ...``: the command ``name``, whose actions the caller adds to what this returns."""
    group = subparsers.add_parser(name, parents=[common], help=help)
    actions = group.add_subparsers(dest=f"{name}_command", metavar=metavar)
    actions.required = True
    return actions


class UsageError(Exception):
    """Wrong words on the command line: exit code 2."""


class OutputLost(Exception):
    """The work is done (and committed) but its result could not be printed: stdout was closed."""


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


class Cli:
    """What a command handler needs: the parsed options, the context (built on demand), output."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._context: Any = None
        self._translate: Callable[[str, str], str] | None = None

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def context(self, *, migrate: bool = True, sign_in: bool = True) -> Any:
        """The program's context; signed in (see :func:`desktop.cli.accounts.sign_in`) unless ``sign_in`` is off."""
        if self._context is None:
            from desktop.app import bootstrap

            self._context = bootstrap(self.args.home, self.args.db_url, self.args.lang, migrate=migrate)
            self._context.change_reason = getattr(self.args, "change_reason", None)
            self.warn_settings()
            if migrate and sign_in:
                from desktop.cli.accounts import sign_in as signing_in

                signing_in(self, self._context)
        return self._context

    def set_context(self, context: Any) -> None:
        self._context = context
        self.warn_settings()

    def warn_settings(self) -> None:
        """Say on stderr that a damaged settings file was set aside at this start."""
        problem = self._context.settings.problem()
        if problem is not None:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                sys.stderr.write(f"sanaq: {self.say(problem)}\n")

    def tr(self, context: str, text: str) -> str:
        if self._context is not None:
            return str(self._context.translate(context, text))
        if self._translate is None:
            from desktop.i18n import Translator, normalize_language, system_language

            lang = normalize_language(self.args.lang) or system_language()
            self._translate = Translator(lang)
        return self._translate(context, text)

    def say(self, message: Message) -> str:
        return message.render(self.tr)

    def emit(self, data: Any, lines: Iterable[str] = ()) -> None:
        """Print the result: JSON with ``--json``, else the human lines.  Called when the work is
        done: a closed or broken output raises :class:`OutputLost`, never "nothing was changed"."""
        try:
            if self.json:
                sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default) + "\n")
            else:
                for line in lines:
                    sys.stdout.write(line + "\n")
            sys.stdout.flush()
        except (OSError, ValueError, AttributeError) as error:  # closed: ValueError; None: AttributeError
            raise OutputLost from error

    def close(self) -> None:
        if self._context is not None:
            self._context.close()


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output")
    common.add_argument("--home", default=argparse.SUPPRESS, help="data folder (or SANAQ_HOME)")
    common.add_argument("--db", dest="db_url", default=argparse.SUPPRESS, help="SQLAlchemy database URL")
    common.add_argument("--lang", choices=("ru", "kk", "en"), default=argparse.SUPPRESS, help="language")
    return common


def build_parser() -> argparse.ArgumentParser:
    from desktop import version

    parser = argparse.ArgumentParser(
        prog="sanaq",
        description="Sanaq Desktop from the command line: the census in institutions.",
    )
    parser.add_argument("--version", action="version", version=f"sanaq {version()}")
    parser.add_argument("--json", action="store_true", default=False, help="machine-readable output")
    parser.add_argument("--home", default=None, help="data folder (or SANAQ_HOME)")
    parser.add_argument("--db", dest="db_url", default=None, help="SQLAlchemy database URL")
    parser.add_argument("--lang", choices=("ru", "kk", "en"), default=None, help="language of messages")
    parser.add_argument(
        "--change-reason", default=None, help="after the close-out: the reason that confirms this change (recorded)"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    common = _common()
    package = Path(__file__).parent
    for module_info in sorted(pkgutil.iter_modules([str(package)]), key=lambda m: m.name):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    cli = Cli(args)
    handler: Handler = args.handler
    try:
        return handler(args, cli)
    except UsageError as error:
        parser.error(str(error))  # exits 2
        return 2
    except SanaqError as error:
        return _fail(cli, error.code, error.render(cli.tr))
    except OutputLost:
        text = cli.say(
            Message(
                "cli",
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The work was done and saved, but its report could not be printed: the output was closed.",
                ),
            )
        )
        return _fail(cli, "output_lost", text, report=False)
    except KeyboardInterrupt:
        return _fail(cli, "interrupted", cli.say(Message("cli", QT_TRANSLATE_NOOP("cli", "Interrupted."))))
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line for the user, the trace in the log
        from desktop.models.failures import describe

        known = describe(error)
        if known is not None:
            log.error("command %s failed: %s (%s)", getattr(args, "command", "?"), known.code, type(error).__name__)
            return _fail(cli, known.code, known.render(cli.tr))
        log.exception("unexpected error in command %s", getattr(args, "command", "?"))
        text = cli.say(
            Message("cli", QT_TRANSLATE_NOOP("cli", "Unexpected error; nothing was changed. Details are in the log."))
        )
        return _fail(cli, "internal", text)
    finally:
        cli.close()


def _fail(cli: Cli, code: str, text: str, *, report: bool = True) -> int:
    if cli.json and report:
        with contextlib.suppress(OutputLost):  # lost standard output: it is said on stderr below
            cli.emit({"ok": False, "error": {"code": code, "message": text}})
    with contextlib.suppress(OSError, ValueError, AttributeError):  # nowhere left to say it: the exit code does
        sys.stderr.write(f"sanaq: {text}\n")
    return 1


def parse_date(text: str) -> dt.date:
    """ISO (YYYY-MM-DD) or the Russian habit (DD.MM.YYYY); for argparse ``type=``."""
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD or DD.MM.YYYY)")
