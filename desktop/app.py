"""The one bootstrap: paths, logging, settings, database, campaign and translations.

Nothing happens at import time; the window (:func:`gui_main`), the command line and the tests each
call :func:`bootstrap` with what they choose.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import configure_mappers

from desktop import logsetup
from desktop.domain.accounts import Principal
from desktop.domain.campaign import Campaign, default_campaign
from desktop.domain.enums import Language
from desktop.i18n import Translator, normalize_language, system_language
from desktop.models.db import Database, UnitOfWork, sqlite_url
from desktop.models.failures import damaged_database
from desktop.models.keystore import KeyStore, usable_keyring
from desktop.paths import Paths
from desktop.services import backups, documents_pdf
from desktop.settings import Settings

log = logging.getLogger(__name__)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class AppContext:
    paths: Paths
    settings: Settings
    db: Database
    campaign: Campaign
    language: Language
    translate: Translator
    #: True when the database was migrated at this start (after an encrypted backup of it).
    migrated: bool = False
    #: The reason confirmed for changes after the close-out (``sanaq --change-reason``); None otherwise.
    change_reason: str | None = None
    #: The clock the pages read "today" from (tests set it inside a stage of the campaign).
    clock: Callable[[], dt.datetime] = _utcnow
    #: The signed-in account; None before anyone signs in (and in a database without accounts).
    account: Principal | None = None
    #: A demo institution (signed in as its administrator without a password).
    demo: bool = False

    def now(self) -> dt.datetime:
        return self.clock()

    def uow(self) -> UnitOfWork:
        uow = self.db.uow(self.actor, self.account)
        uow.change_reason = self.change_reason
        return uow

    @property
    def actor(self) -> str:
        """Who changes records: the signed-in account's employee record, else the system."""
        return self.account.actor if self.account is not None else "system"

    def close(self) -> None:
        self.db.dispose()


def bootstrap(
    home: str | Path | None = None,
    db_url: str | None = None,
    lang: str | None = None,
    *,
    migrate: bool = True,
) -> AppContext:
    paths = Paths.resolve(home)
    paths.ensure()
    logsetup.configure(paths.logs)
    settings = Settings(paths.settings)
    url = db_url or settings.get("db_url") or sqlite_url(paths.database)
    db = Database(url)
    if db.keystore is None:  # not a SQLite file (that keeps its key beside it): the data folder's key
        db.keystore = KeyStore(paths.secret_key)
    db.keystore.secrets = usable_keyring()
    for folder in (paths.home, paths.backups):  # what a killed program was writing: settings, a backup
        documents_pdf.remove_leftovers(folder)
    if migrate:  # a damaged file is never written to (``sanaq check``, with migrate off, reports it)
        damage = db.damage()
        if damage is not None:
            db.dispose()
            log.error("the database file is %s; nothing is written to it", damage)
            raise damaged_database(damage, _newest_good_name(db, paths))
    migrated = db.migrate(lambda: backups.create(db, paths.backups, reason="migration")) if migrate else False
    if migrate:
        from desktop.services import certificates

        with db.uow() as uow:
            certificates.protect_signing_key(uow)
    # The ORM sets its classes up on first use: here, rather than in the first list a person waits for.
    configure_mappers()
    language = normalize_language(lang) or normalize_language(settings.get("language"))
    if language is None:
        language = system_language()
        settings.set("language", language.value)
        settings.save()
    log.info("started: home folder ready, backend %s, language %s", db.engine.dialect.name, language.value)
    return AppContext(
        paths=paths,
        settings=settings,
        db=db,
        campaign=_campaign(settings),
        language=language,
        translate=Translator(language),
        migrated=migrated,
    )


def _campaign(settings: Settings) -> Campaign:
    """The campaign file chosen in Settings; the newest shipped one when none is chosen or the chosen
    one cannot be read (said in the log; the Settings page shows which campaign is in use)."""
    chosen = str(settings.get("campaign_file") or "")
    if chosen:
        try:
            return default_campaign(chosen)
        except (OSError, ValueError, KeyError) as error:
            log.error("the chosen campaign file cannot be read (%s); the shipped one is used", type(error).__name__)
    return default_campaign()


def _newest_good_name(db: Database, paths: Paths) -> str | None:
    """The newest backup that opens and is sound, offered when the database is found damaged."""
    good = backups.newest_good(paths.backups, db.keystore)
    return str(good.path) if good is not None else None


def new_demo_home(target: str | Path | None = None) -> Path:
    """A folder for the demo institution: the given one, or a new temporary folder."""
    if target is not None:
        path = Path(target).expanduser().resolve()
        path.mkdir(parents=True, exist_ok=True)
        return path
    return Path(tempfile.mkdtemp(prefix="sanaq-demo-"))


def demo_context(target: str | Path | None = None, lang: str | None = None, db_url: str | None = None) -> AppContext:
    """Bootstrap a demo home (over ``db_url`` when given) and fill it the first time; signed in as the
    demo's administrator."""
    from desktop.services import demo, institution

    context = bootstrap(new_demo_home(target), db_url, lang=lang)
    with context.uow() as uow:
        ready = institution.get_profile(uow) is not None
    if not ready:
        with context.uow() as uow:
            demo.build_demo(uow, campaign=context.campaign)
    sign_in_demo(context)
    return context


def sign_in_demo(context: AppContext) -> bool:
    """A demo institution is never stopped at a sign-in: sign in as its administrator.  False when the
    database is not a demo's."""
    from desktop.services import accounts, demo

    with context.uow() as uow:
        if not demo.is_demo(uow):
            return False
        context.account = accounts.principal_for(uow, demo.DEMO_ADMIN)
    context.demo = True
    return True


def _gui_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sanaq-desktop", description="Sanaq Desktop: the census in institutions")
    parser.add_argument("--home", help="folder for the database, settings and logs (or SANAQ_HOME)")
    parser.add_argument("--db", dest="db_url", help="SQLAlchemy database URL (e.g. a shared PostgreSQL)")
    parser.add_argument("--lang", choices=[lang.value for lang in Language], help="language of the window")
    parser.add_argument(
        "--demo", action="store_true", help="open a demo institution (in --home, else in a new temporary folder)"
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation in a temporary folder (database, documents, translations, forms) and exit",
    )
    parser.add_argument("--version", action="version", version=_version())
    args, _qt_args = parser.parse_known_args(argv)
    return args


def _version() -> str:
    from desktop import version

    return f"Sanaq Desktop {version()}"


def _self_check(lang: str | None) -> int:
    """The report on standard output; the Windows window program has none, so it shows it in a box."""
    from desktop import selfcheck

    if sys.stdout is not None:
        return selfcheck.main(lang)
    import io

    report = io.StringIO()
    code = selfcheck.main(lang, report)
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.application import application

    application()
    icon = QMessageBox.Icon.Information if code == 0 else QMessageBox.Icon.Warning
    box = QMessageBox(icon, "Sanaq Desktop", report.getvalue())
    box.exec()
    return code


def gui_main(argv: list[str] | None = None) -> int:
    """Start the window (``sanaq-desktop``, ``python -m desktop``)."""
    args = _gui_arguments(sys.argv[1:] if argv is None else argv)
    if args.self_check:  # no window: it runs on a machine without a display too
        return _self_check(args.lang)
    from desktop.display import missing_display_packages, missing_packages_message

    missing = missing_display_packages()
    if missing:
        sys.stderr.write(missing_packages_message(missing) + "\n")
        return 1
    from desktop.views.application import run

    return run(args)
