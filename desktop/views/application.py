"""Start the window: the application object, fonts, translations, the first-start wizard, the main window."""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.accounts import Principal
from desktop.domain.enums import Language
from desktop.domain.errors import SanaqError
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.i18n import Translator
from desktop.resources import resource
from desktop.services import backups
from desktop.views import theme
from desktop.views.common import error_text
from desktop.views.jobs import JobRunner
from desktop.views.operations import call, run_op, run_task

if TYPE_CHECKING:
    from desktop.app import AppContext
    from desktop.models.db import UnitOfWork
    from desktop.views.login_dialog import LoginDialog, RecoveryCodeDialog
    from desktop.views.main_window import MainWindow
    from desktop.views.wizard import AdministratorWizard, FirstRunWizard

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Sanaq Desktop")
    app.setOrganizationName("Sanaq")
    icon = resource("icons", "sanaq.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    register_fonts(app)
    return app


def register_fonts(app: QApplication) -> None:
    """Make the shipped font (full Kazakh Cyrillic) available; use it when the system font lacks Kazakh letters."""
    family = ""
    for path in sorted(resource("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0 and not family:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else ""
    if family and QFontDatabase.WritingSystem.Cyrillic not in QFontDatabase.writingSystems(app.font().family()):
        app.setFont(QFont(family, 10))


def install_translations(translator: Translator) -> None:
    """Install the catalogues of a language into the application (``self.tr`` uses them)."""
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    for qt_translator in translator.translators:
        QCoreApplication.installTranslator(qt_translator)
        _installed.append(qt_translator)
    locale = {Language.RU: "ru_KZ", Language.KK: "kk_KZ"}.get(translator.lang, "en_GB")
    QLocale.setDefault(QLocale(locale))


class Starter:
    """Opens the wizard when the institution is not set up (the administrator's page alone when only the
    accounts are missing), else the sign-in; then the main window."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.runner = JobRunner()
        self.window: MainWindow | None = None
        self.wizard: FirstRunWizard | AdministratorWizard | None = None
        self.login: LoginDialog | None = None
        #: The administrator's recovery code, shown once after the first start.
        self.recovery: RecoveryCodeDialog | None = None

    def start(self) -> None:
        if not self.ctx.db.is_sqlite:
            self._after_backup()
            return

        def not_backed_up(error: BaseException) -> bool:
            log.error("no backup at start: %s", type(error).__name__)  # the next start tries again
            self._after_backup()
            return True

        db, folder = self.ctx.db, self.ctx.paths.backups  # first, before anything writes
        run_task(
            None,
            self.runner,
            lambda _progress: backups.create(db, folder, reason="start", skip_unchanged=True),
            done=lambda _made: self._after_backup(),
            failed=not_backed_up,
        )

    def _after_backup(self) -> None:
        if self.ctx.account is not None:  # the demo: signed in as its administrator already
            self.open_main()
            return

        def show(state: tuple[object, bool]) -> None:
            profile, has_accounts = state
            if profile is None:
                self.open_wizard()
            elif not has_accounts:
                self.open_administrator_wizard(str(getattr(profile, "head_name", "")))
            else:
                self.open_login(profile)

        run_op(None, self.ctx, self.runner, call(_start_state), done=show)

    # -- first start -----------------------------------------------------------------------------

    def open_wizard(self) -> None:
        from desktop.views.wizard import FirstRunWizard

        # The wizard hides on "Finish" while the profile is still being saved: without this, that
        # hidden last window would end the program before the main window opens.
        QApplication.setQuitOnLastWindowClosed(False)
        self.wizard = FirstRunWizard(self.ctx.language)
        self.wizard.language_changed.connect(self._switch_language)
        self.wizard.accepted.connect(self._save_wizard)
        self.wizard.rejected.connect(QCoreApplication.quit)
        self.wizard.show()

    def open_administrator_wizard(self, head_name: str) -> None:
        from desktop.views.wizard import AdministratorWizard

        QApplication.setQuitOnLastWindowClosed(False)
        self.wizard = AdministratorWizard(head_name)
        self.wizard.accepted.connect(self._save_wizard)
        self.wizard.rejected.connect(QCoreApplication.quit)
        self.wizard.show()

    def _switch_language(self, lang: Language) -> None:
        self.ctx.language = lang
        self.ctx.translate = Translator(lang)
        self.ctx.settings.set("language", lang.value)
        self.ctx.settings.save()
        install_translations(self.ctx.translate)
        old = self.wizard
        if old is not None:
            old.rejected.disconnect()
            old.close()
            old.deleteLater()
        self.open_wizard()

    def _save_wizard(self) -> None:
        from desktop.services import accounts, institution
        from desktop.views.wizard import FirstRunWizard

        wizard = self.wizard
        assert wizard is not None
        full = isinstance(wizard, FirstRunWizard)
        profile = wizard.profile() if isinstance(wizard, FirstRunWizard) else None
        employee = wizard.employee() if isinstance(wizard, FirstRunWizard) else None
        admin = wizard.administrator()
        ctx = self.ctx

        def work(uow: UnitOfWork, _progress: object) -> tuple[Principal, str]:
            if profile is not None and employee is not None:
                institution.save_profile(uow, profile)
                institution.add_employee(uow, employee)
            return accounts.set_up_administrator(uow, admin.login, admin.full_name, admin.password)

        def done(result: tuple[Principal, str]) -> None:
            principal, code = result
            ctx.account = principal
            self.open_main()
            from desktop.views.login_dialog import RecoveryCodeDialog

            self.recovery = RecoveryCodeDialog(principal.login, code, self.window)
            self.recovery.open()

        def failed(_error: BaseException) -> None:
            if full:
                self.open_wizard()
            else:
                self.open_administrator_wizard(admin.full_name)

        run_op(None, ctx, self.runner, work, done=done, failed=failed)

    # -- signing in ------------------------------------------------------------------------------

    def open_login(self, profile: object = None) -> None:
        from desktop.views.login_dialog import LoginDialog

        QApplication.setQuitOnLastWindowClosed(False)
        name = ""
        if profile is not None:
            name = str(getattr(profile, "name_kk" if self.ctx.language is Language.KK else "name_ru", ""))
        self.login = LoginDialog(name)
        self.login.submitted.connect(self._sign_in)
        self.login.recovery_asked.connect(self._recover)
        self.login.rejected.connect(QCoreApplication.quit)
        self.login.show()

    def _sign_in(self, login: str, password: str) -> None:
        from desktop.services import accounts

        dialog = self.login

        def done(principal: Principal) -> None:
            self.ctx.account = principal
            if dialog is not None:
                dialog.rejected.disconnect()
                dialog.accept()
            self.open_main()

        def failed(error: BaseException) -> bool:
            if dialog is not None:
                dialog.show_error(error_text(error))
            return True

        run_op(None, self.ctx, self.runner, call(accounts.authenticate, login, password), done=done, failed=failed)

    def _recover(self) -> None:
        from desktop.services import accounts
        from desktop.views.login_dialog import RecoveryCodeDialog, RecoveryDialog

        dialog = RecoveryDialog(self.login)

        def submitted(login: str, code: str, password: str) -> None:
            def done(fresh: str) -> None:
                dialog.accept()
                RecoveryCodeDialog(login, fresh, self.login).exec()

            def failed(error: BaseException) -> bool:
                dialog.error.setText(error_text(error))
                return True

            run_op(None, self.ctx, self.runner, call(accounts.recover, login, code, password), done=done, failed=failed)

        dialog.submitted.connect(submitted)
        dialog.open()

    def open_main(self) -> None:
        from desktop.views.main_window import MainWindow

        self.window = MainWindow(self.ctx)
        self.window.signed_out.connect(self._signed_out)
        self.window.show()
        QApplication.setQuitOnLastWindowClosed(True)

    def _signed_out(self) -> None:
        """Sign out: the window closes, the sign-in opens for the next person."""
        window = self.window
        self.ctx.account = None
        self.window = None
        if window is not None:
            QApplication.setQuitOnLastWindowClosed(False)
            window.close()
            window.deleteLater()
        self.open_login()


def _start_state(uow: UnitOfWork) -> tuple[object, bool]:
    from desktop.services import accounts, institution

    return institution.get_profile(uow), accounts.has_accounts(uow)


RESTORE_QUESTION = QT_TRANSLATE_NOOP(
    "application", "Restore the newest good backup, made {when}? The damaged file is kept aside, nothing is deleted."
)


def _ask_restore(text: str) -> bool:
    """Ask whether to restore the newest good backup (a function of its own, so tests can answer)."""
    box = QMessageBox(QMessageBox.Icon.Critical, "Sanaq Desktop", text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def recover_damaged(args: argparse.Namespace, error: SanaqError, translate: Translator) -> AppContext | None:
    """A damaged or emptied database at start: offer the newest good backup; restore it (the damaged
    file kept aside) and start over it when the user agrees.  None when there is nothing to start."""
    from desktop.app import bootstrap

    found = error.details.get("backup")
    if args.demo or not found:
        QMessageBox.critical(None, "Sanaq Desktop", error.render(translate))
        return None
    info = backups.info_of(Path(found))
    question = translate("application", RESTORE_QUESTION).format(
        when=info.created_at.astimezone().strftime("%d.%m.%Y %H:%M:%S")
    )
    if not _ask_restore(error.render(translate) + "\n\n" + question):
        return None
    damaged = bootstrap(args.home, args.db_url, args.lang, migrate=False)
    try:
        backups.restore(damaged.db, info.path, damaged.paths.backups)
    finally:
        damaged.close()
    log.info("the database was restored from the newest good backup at start")
    return bootstrap(args.home, args.db_url, args.lang)


def _backup_at_close(ctx: AppContext) -> None:
    if not ctx.db.is_sqlite:
        return
    try:
        backups.create(ctx.db, ctx.paths.backups, reason="close", skip_unchanged=True)
    except Exception as error:  # noqa: BLE001 - the window is gone: the log says why, the next start tries again
        log.error("no backup at close: %s", type(error).__name__)


def run(args: argparse.Namespace) -> int:
    from desktop.app import bootstrap, demo_context

    app = application()
    try:
        ctx = demo_context(args.home, args.lang) if args.demo else bootstrap(args.home, args.db_url, args.lang)
    except SanaqError as error:  # a damaged or emptied database: its own words, in the user's language
        from desktop.i18n import normalize_language, system_language

        log.error("the program could not start: %s", error.code)
        translate = Translator(normalize_language(args.lang) or system_language())
        try:
            recovered = recover_damaged(args, error, translate)
        except SanaqError as again:
            QMessageBox.critical(None, "Sanaq Desktop", again.render(translate))
            return 1
        if recovered is None:
            return 1
        ctx = recovered
    except Exception:  # noqa: BLE001 - the user gets one clear sentence; the log gets the trace
        log.exception("the program could not start")
        QMessageBox.critical(
            None,
            "Sanaq Desktop",
            "Не удалось открыть базу данных. Подробности в журнале программы.\n"
            "Дерекқорды ашу мүмкін болмады. Толығырақ бағдарлама журналында.\n"
            "The database could not be opened. Details are in the program's log.",
        )
        return 1
    install_translations(ctx.translate)
    theme.apply(app, theme.scheme_of(ctx.settings))
    settings_problem = ctx.settings.problem()
    if settings_problem is not None:
        QMessageBox.warning(None, "Sanaq Desktop", settings_problem.render(ctx.translate))
    starter = Starter(ctx)
    starter.start()
    code = app.exec()
    starter.runner.wait()
    _backup_at_close(ctx)
    ctx.close()
    if args.demo and not args.home:  # the demo's own temporary folder: nothing in it is the user's
        shutil.rmtree(ctx.paths.home, ignore_errors=True)
    return int(code)
