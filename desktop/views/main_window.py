"""The main window: a navigation list on the left, the pages on the right."""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop.domain.accounts import ROLE_LABELS
from desktop.views import theme
from desktop.views.idle_lock import IdleLock
from desktop.views.jobs import JobRunner
from desktop.views.page import Page

if TYPE_CHECKING:
    from desktop.app import AppContext
    from desktop.views.help_window import HelpWindow

__all__ = ["PAGES", "MainWindow", "Page"]

log = logging.getLogger(__name__)

#: The pages in the order of the navigation list, as "module:Class" (imported when the window opens).
#: Settings stays last.
PAGES: list[str] = [
    "desktop.views.overview_page:OverviewPage",
    "desktop.views.respondents_page:RespondentsPage",
    "desktop.views.sheet_page:SheetPage",
    "desktop.views.verification_page:VerificationPage",
    "desktop.views.certificates_page:CertificatesPage",
    "desktop.views.equipment_page:EquipmentPage",
    "desktop.views.exchange_page:ExchangePage",
    "desktop.views.accounts_page:AccountsPage",
    "desktop.views.audit_page:AuditPage",
    "desktop.views.backups_page:BackupsPage",
    "desktop.views.settings_page:SettingsPage",
]


def default_size(available: QSize) -> QSize:
    """The first size of the window: most of the screen, up to 1440×900; never less than a census sheet
    beside its list needs (1200×720), which a window manager fits into a smaller screen."""
    return QSize(
        min(1440, max(1200, available.width() * 92 // 100)), min(900, max(720, available.height() * 92 // 100))
    )


def _page_class(spec: str) -> type[Page]:
    module_name, _, class_name = spec.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    assert issubclass(cls, Page), spec
    return cls


class MainWindow(QMainWindow):
    #: The user signed out: the starter closes this window and asks the next person to sign in.
    signed_out = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = JobRunner(self)
        self.help_window: HelpWindow | None = None
        self.setWindowTitle(self._title())
        self.setMinimumSize(QSize(760, 520))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(theme.NAV_ICON)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.stack = QStackedWidget()
        self.pages: list[Page] = []
        for spec in PAGES:
            cls = _page_class(spec)
            if ctx.account is not None and not ctx.account.may(cls.permission):
                continue  # the window shows only what the role may do
            page = cls(ctx, self.runner, self)
            page.data_changed.connect(self._on_data_changed)
            self.pages.append(page)
            self.stack.addWidget(page)
            item = QListWidgetItem(page.icon(), page.title())
            item.setData(Qt.ItemDataRole.UserRole, page.page_id)
            item.setSizeHint(QSize(0, theme.NAV_ICON.height() + 2 * theme.SPACE_S + theme.SPACE_XS))
            self.nav.addItem(item)
        # As wide as the longest page name (the names are longer in Kazakh), plus the icon and the paddings.
        widest = max(self.nav.fontMetrics().horizontalAdvance(page.title()) for page in self.pages)
        self.nav.setFixedWidth(widest + theme.NAV_ICON.width() + 5 * theme.SPACE_S + 2 * theme.SPACE_XS + 3)
        self.nav.currentRowChanged.connect(self._show_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.busy_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.runner.busy_changed.connect(self._on_busy)
        self._build_menu()
        self._restore_state()
        self.idle = IdleLock(self)

    def _title(self) -> str:
        title = self.tr("Sanaq Desktop — population census in institutions")
        account = self.ctx.account
        if account is None:
            return title
        role = QCoreApplication.translate("accounts", ROLE_LABELS[account.role])
        if self.ctx.demo:
            return self.tr("{title} — demo, signed in as {login} ({role})").format(
                title=title, login=account.login, role=role
            )
        return self.tr("{title} — {name} ({role})").format(title=title, name=account.full_name, role=role)

    # -- menus ---------------------------------------------------------------------------------

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        if self.ctx.account is not None:
            lock_action = QAction(self.tr("&Lock the window"), self)
            lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
            lock_action.triggered.connect(lambda: self.idle.lock())
            file_menu.addAction(lock_action)
            sign_out = QAction(self.tr("Sign &out"), self)
            sign_out.triggered.connect(self.sign_out)
            file_menu.addAction(sign_out)
            file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for row, page in enumerate(self.pages):
            action = QAction(page.title(), self)
            if row < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, row=row: self.nav.setCurrentRow(row))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_action = QAction(self.tr("&Help on this page"), self)
        help_action.setObjectName("help_action")
        help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1
        help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        help_action.triggered.connect(self.show_help)
        help_menu.addAction(help_action)
        about = QAction(self.tr("&About Sanaq Desktop"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_help(self) -> None:
        """F1: the help on the topic of the page shown, in the window's language."""
        from desktop.help import topic_of_page
        from desktop.views.help_window import show_help

        current = self.stack.currentWidget()
        topic = topic_of_page(current.page_id if isinstance(current, Page) else "")
        self.help_window = show_help(self, self.ctx.language, topic)

    def sign_out(self) -> None:
        for page in self.pages:
            closer = getattr(page, "can_close", None)
            if callable(closer) and not closer():
                return
        self.save_state()
        self.runner.wait(30_000)
        self.signed_out.emit()

    def show_about(self) -> None:
        from desktop.views.about import AboutDialog

        AboutDialog(self.ctx, self).exec()

    # -- pages ---------------------------------------------------------------------------------

    def page(self, page_id: str) -> Page | None:
        return next((p for p in self.pages if p.page_id == page_id), None)

    def show_page(self, page_id: str) -> bool:
        for row, page in enumerate(self.pages):
            if page.page_id == page_id:
                self.nav.setCurrentRow(row)
                return True
        return False

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
            page = self.pages[row]
            page.refresh()
            self.ctx.settings.set("last_page", page.page_id)

    def _on_data_changed(self) -> None:
        current = self.stack.currentWidget()
        sender = self.sender()
        for page in self.pages:
            if page is current and page is not sender:
                page.refresh()

    def _on_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    # -- state ---------------------------------------------------------------------------------

    def _window_settings(self) -> QSettings:
        return QSettings(str(self.ctx.paths.window_state), QSettings.Format.IniFormat)

    def _restore_state(self) -> None:
        state = self._window_settings()
        geometry = state.value("geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(default_size(self.screen().availableGeometry().size()))
        if not self.show_page(str(self.ctx.settings.get("last_page"))):
            self.nav.setCurrentRow(0)

    def save_state(self) -> None:
        state = self._window_settings()
        state.setValue("geometry", self.saveGeometry())
        state.sync()
        try:
            self.ctx.settings.save()
        except OSError:
            log.warning("settings could not be saved")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        for page in self.pages:
            closer = getattr(page, "can_close", None)
            if callable(closer) and not closer():
                event.ignore()
                return
        self.save_state()
        self.runner.wait(30_000)
        event.accept()
