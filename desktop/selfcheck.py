"""``sanaq-desktop --self-check``: does this installation have everything it needs?

Run after an install (and by the tests on the frozen build), without a window and without touching the
user's data: a temporary home folder gets a new database, which is migrated and filled with the demo
institution; a certificate and a sheet's transcript are printed from it; both translations (ours and
Qt's own), the shipped forms, the fonts, the help and Qt's plugins are looked for.  Each step says "ok"
or names what is missing; the exit code is 0 only when every step is ok.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from desktop.domain.enums import Language
from desktop.domain.text import QT_TRANSLATE_NOOP, Message, Translate
from desktop.resources import resource

log = logging.getLogger(__name__)

CONTEXT = "selfcheck"

#: The languages that ship complete; English is the source and needs no catalogue.
SHIPPED = (Language.RU, Language.KK)

#: The Qt platform plugin the window needs on each system.
PLATFORM_PLUGINS = {"win32": "qwindows", "darwin": "qcocoa"}


def _t(text: str, **params: object) -> Message:
    return Message(CONTEXT, text, params)


@dataclass
class Step:
    name: Message
    problems: list[Message] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems


# -- the steps: each returns its problems ---------------------------------------------------------


def missing_file(relative: str) -> Message:
    return _t(QT_TRANSLATE_NOOP("selfcheck", "A file of the program is missing: {path}"), path=relative)


def check_resources() -> list[Message]:
    from desktop.services import info

    problems = [missing_file(path) for path in info.missing_resources()]
    problems.extend(
        _t(QT_TRANSLATE_NOOP("selfcheck", "A font cannot render Kazakh letters: {font}"), font=font)
        for font in info.fonts_without_kazakh()
    )
    return problems


def translation_problems(langs: tuple[Language, ...] = SHIPPED) -> list[Message]:
    """Each catalogue of each area (``resources/i18n/areas.json``) and Qt's own, loaded one by one."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    areas_file = resource("i18n", "areas.json")
    try:
        areas = [name for name in json.loads(areas_file.read_text(encoding="utf-8")) if not name.startswith("_")]
    except (OSError, ValueError):
        return [missing_file("i18n/areas.json")]
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    problems = []
    for lang in langs:
        for area in areas:
            path = resource("i18n", f"{area}.{lang.value}.qm")
            if not QTranslator().load(str(path)):
                problems.append(missing_file(f"i18n/{path.name}"))
        if not QTranslator().load(f"qtbase_{lang.value}", qt_folder):
            problems.append(
                _t(
                    QT_TRANSLATE_NOOP("selfcheck", "Qt's own translation is missing: {path}"),
                    path=f"translations/qtbase_{lang.value}.qm",
                )
            )
    return problems


def check_qt_plugins() -> list[Message]:
    """The platform plugin of this system (a window cannot open without it) and the SVG image reader
    (the icons); looked for where Qt looks for them."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    folders = [Path(p) for p in QCoreApplication.libraryPaths()]
    folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))
    wanted = {
        "platforms": PLATFORM_PLUGINS.get(sys.platform, "qxcb"),
        "imageformats": "qsvg",
        "iconengines": "qsvgicon",
    }
    problems = []
    for kind, stem in wanted.items():
        if not any(
            candidate.stem.removeprefix("lib") == stem
            for folder in folders
            if (folder / kind).is_dir()
            for candidate in (folder / kind).iterdir()
        ):
            problems.append(
                _t(
                    QT_TRANSLATE_NOOP("selfcheck", "A Qt plugin is missing: {plugin}"),
                    plugin=f"{kind}/{stem}",
                )
            )
    return problems


def check_forms() -> list[Message]:
    from desktop.domain.errors import SanaqError
    from desktop.services import forms

    problems = []
    for path in sorted(forms.shipped_dir().glob("*.xlsx")):
        try:
            result = forms.check_file(path)
        except SanaqError as error:
            problems.append(
                _t(
                    QT_TRANSLATE_NOOP("selfcheck", "The form {name} cannot be read: {error}"),
                    name=path.name,
                    error=error.message,
                )
            )
            continue
        if not result.ok:
            problems.append(
                _t(
                    QT_TRANSLATE_NOOP("selfcheck", "The form {name} has errors: {first}"),
                    name=path.name,
                    first=result.problems[0].message,
                )
            )
    kinds = {form.kind for form, _sha in forms.shipped_forms()} if not problems else set()
    if not problems and "person" not in kinds:
        problems.append(missing_file("forms/*_person.xlsx"))  # the form of a person, of whichever census
    return problems


def _pdf_problem(path: Path, problem: Message) -> list[Message]:
    if path.is_file() and path.read_bytes()[:5] == b"%PDF-" and path.stat().st_size > 1000:
        return []
    return [problem]


def check_database_and_documents(folder: Path) -> list[Message]:
    """A new database in ``folder``: migrated, the demo institution, a certificate and a transcript."""
    from desktop.app import bootstrap, sign_in_demo
    from desktop.services import certificates, demo, entry

    context = bootstrap(folder / "home", db_url=None, lang="en")
    try:
        if context.db.current_revision() != context.db.head_revision():
            return [_t(QT_TRANSLATE_NOOP("selfcheck", "The new database was not migrated to the program's version."))]
        with context.uow() as uow:
            demo.build_demo(uow, campaign=context.campaign)
        sign_in_demo(context)  # the demo has accounts: print as its administrator, as its window does
        with context.uow() as uow:
            valid = certificates.list_certificates(uow, state="valid", campaign=context.campaign)
            sheets = entry.person_ids(uow, entry.ListFilter(which="complete"), campaign=context.campaign, limit=1)
        problems: list[Message] = []
        certificate_pdf = folder / "certificate.pdf"
        if valid:
            with context.uow() as uow:
                certificates.reprint(uow, [valid[0].number], target=certificate_pdf, campaign=context.campaign)
        problems += _pdf_problem(
            certificate_pdf, _t(QT_TRANSLATE_NOOP("selfcheck", "The certificate was not printed."))
        )
        transcript_pdf = folder / "transcript.pdf"
        if sheets:
            with context.uow() as uow:
                entry.transcript(uow, sheets[0], transcript_pdf, campaign=context.campaign)
        problems += _pdf_problem(
            transcript_pdf, _t(QT_TRANSLATE_NOOP("selfcheck", "The census sheet's transcript was not printed."))
        )
        return problems
    finally:
        context.close()


def check_help() -> list[Message]:
    from desktop.help import missing_help

    return [missing_file(path) for path in missing_help()]


def steps(folder: Path) -> list[tuple[Message, Callable[[], list[Message]]]]:
    return [
        (_t(QT_TRANSLATE_NOOP("selfcheck", "Resources and fonts")), check_resources),
        (_t(QT_TRANSLATE_NOOP("selfcheck", "Translations")), translation_problems),
        (_t(QT_TRANSLATE_NOOP("selfcheck", "Qt plugins")), check_qt_plugins),
        (_t(QT_TRANSLATE_NOOP("selfcheck", "Census forms")), check_forms),
        (_t(QT_TRANSLATE_NOOP("selfcheck", "Help")), check_help),
        (
            _t(QT_TRANSLATE_NOOP("selfcheck", "Database, certificate and transcript")),
            lambda: check_database_and_documents(folder),
        ),
    ]


def run_steps(report: Callable[[Step], None]) -> list[Step]:
    """Run every step in a temporary folder (removed afterwards); a step that fails with an error
    is reported by the error's kind and the others still run."""
    from desktop.domain.errors import SanaqError

    done = []
    folder = Path(tempfile.mkdtemp(prefix="sanaq-selfcheck-"))
    try:
        for name, check in steps(folder):
            started = time.perf_counter()
            try:
                problems = check()
            except SanaqError as error:
                problems = [error.message]
            except Exception as error:  # noqa: BLE001 - what the self-check exists for: name it, go on
                log.exception("self-check step failed")
                problems = [
                    _t(QT_TRANSLATE_NOOP("selfcheck", "Failed: {error}"), error=f"{type(error).__name__}: {error}")
                ]
            step = Step(name, problems, time.perf_counter() - started)
            report(step)
            done.append(step)
    finally:
        _close_log_in(folder)
        shutil.rmtree(folder, ignore_errors=True)
    return done


def _close_log_in(folder: Path) -> None:
    """Close the log file the temporary home opened, before its folder goes."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        filename = getattr(handler, "baseFilename", "")
        if filename and Path(filename).is_relative_to(folder):
            root.removeHandler(handler)
            handler.close()


def main(lang: str | None = None, out: TextIO | None = None) -> int:
    """Print each step and its problems; 0 when all is in order, 1 otherwise."""
    from desktop.i18n import Translator, normalize_language, system_language

    stream = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # nothing here opens a window
    translate: Translate = Translator(normalize_language(lang) or system_language())
    ok_word = _t(QT_TRANSLATE_NOOP("selfcheck", "ok")).render(translate)

    def report(step: Step) -> None:
        status = ok_word if step.ok else "✗"
        stream.write(f"{status:>4}  {step.name.render(translate)} ({step.seconds:.1f} s)\n")
        for problem in step.problems:
            stream.write(f"      {problem.render(translate)}\n")
        stream.flush()

    from desktop import version

    stream.write(f"Sanaq Desktop {version()}\n")
    results = run_steps(report)
    failed = [step for step in results if not step.ok]
    if failed:
        stream.write(_t(QT_TRANSLATE_NOOP("selfcheck", "The self-check failed.")).render(translate) + "\n")
        return 1
    stream.write(_t(QT_TRANSLATE_NOOP("selfcheck", "Everything is in order.")).render(translate) + "\n")
    return 0
