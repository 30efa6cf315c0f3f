"""Accounts (the administrator's page): who may sign in with which role; lock, unlock, a new password;
the minutes after which the window locks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import accounts as rules
from desktop.domain.accounts import ROLE_LABELS, Permission, Role
from desktop.services import accounts
from desktop.views import theme
from desktop.views.common import tr_message
from desktop.views.login_dialog import RecoveryCodeDialog
from desktop.views.operations import call
from desktop.views.page import Page

if TYPE_CHECKING:
    from desktop.models.db import UnitOfWork


def role_name(role: Role) -> str:
    return QCoreApplication.translate("accounts", ROLE_LABELS[role])


class AccountDialog(QDialog):
    """A new account (login, owner, role, password), or a new password for one (``login`` given)."""

    def __init__(self, parent: QWidget | None = None, *, login: str = "") -> None:
        super().__init__(parent)
        self.reset = bool(login)
        self.setWindowTitle(
            self.tr("New password for {login}").format(login=login) if login else self.tr("New account")
        )
        self.login = QLineEdit(login)
        self.login.setReadOnly(self.reset)
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in (Role.EMPLOYEE, Role.VIEWER, Role.ADMINISTRATOR):
            self.role.addItem(role_name(role), role.value)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Login:"), self.login)
        if not self.reset:
            form.addRow(self.tr("Full name:"), self.full_name)
            form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("The same password again:"), self.again)
        self.error = QLabel()
        self.error.setStyleSheet(theme.status_style(theme.Status.ERROR))
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(440, 0)

    def _check(self) -> None:
        problem = rules.password_problem(self.password.text())
        if problem is not None:
            self.error.setText(tr_message(problem))
        elif self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ."))
        else:
            self.accept()


class AccountsPage(Page):
    page_id = "accounts"
    permission = Permission.ADMINISTER

    COLUMNS = 5

    def __init__(self, ctx, runner, parent=None) -> None:
        super().__init__(ctx, runner, parent)
        self._accounts: list[accounts.AccountInfo] = []
        heading = QLabel(
            self.tr(
                "Who may sign in, and with which role: the administrator manages accounts, settings and the "
                "audit trail; a responsible employee keeps the register, the census sheets and the certificates "
                "and sends them; a viewer reads lists and reports."
            )
        )
        heading.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("accounts")
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Full name"), self.tr("Role"), self.tr("State"), self.tr("Last sign-in")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._fit = theme.fit_columns(self.table, (1,))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&New account…"))
        self.add_button.clicked.connect(self.add_account)
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.lock_button.clicked.connect(lambda: self.set_locked(True))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.clicked.connect(lambda: self.set_locked(False))
        self.reset_button = QPushButton(self.tr("New &password…"))
        self.reset_button.clicked.connect(self.reset_password)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.lock_button, self.unlock_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(0, 240)
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.editingFinished.connect(self._idle_chosen)
        idle_row = QFormLayout()
        idle_row.addRow(self.tr("Lock the window after (minutes without work, every computer):"), self.idle)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(idle_row)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Accounts")

    def refresh(self) -> None:
        self.op(call(_page_data), done=self._show)

    def _show(self, data: tuple[list[accounts.AccountInfo], int]) -> None:
        rows, minutes = data
        self._accounts = rows
        self.idle.blockSignals(True)
        self.idle.setValue(minutes)
        self.idle.blockSignals(False)
        self.table.setRowCount(len(rows))
        for row, info in enumerate(rows):
            state = self.tr("locked") if info.locked else self.tr("active")
            if not info.locked and info.failures:
                state = self.tr("active, wrong passwords: {n}").format(n=info.failures)
            when = info.last_login_at.astimezone().strftime("%d.%m.%Y %H:%M") if info.last_login_at else "—"
            for column, text in enumerate((info.login, info.full_name, role_name(info.role), state, when)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, info.login)
                self.table.setItem(row, column, item)
        self._fit()
        self._update_buttons()

    def current(self) -> accounts.AccountInfo | None:
        row = self.table.currentRow()
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def _update_buttons(self) -> None:
        info = self.current()
        me = self.ctx.account.login if self.ctx.account is not None else ""
        self.lock_button.setEnabled(info is not None and not info.locked and info.login != me)
        self.unlock_button.setEnabled(info is not None and (info.locked or info.failures > 0))
        self.reset_button.setEnabled(info is not None)

    def _changed(self, _result: object = None) -> None:
        self.refresh()

    def add_account(self) -> AccountDialog:
        dialog = AccountDialog(self)

        def save() -> None:
            role = Role(dialog.role.currentData())
            work = call(
                accounts.add_account, dialog.login.text(), dialog.full_name.text(), role, dialog.password.text()
            )

            def done(made: accounts.NewAccount) -> None:
                self.refresh()
                if made.recovery_code:
                    RecoveryCodeDialog(made.account.login, made.recovery_code, self).open()

            self.op(work, done=done)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def set_locked(self, locked: bool) -> None:
        info = self.current()
        if info is not None:
            self.op(call(accounts.set_locked, info.login, locked), done=self._changed)

    def reset_password(self) -> AccountDialog | None:
        info = self.current()
        if info is None:
            return None
        dialog = AccountDialog(self, login=info.login)
        dialog.accepted.connect(
            lambda: self.op(call(accounts.reset_password, info.login, dialog.password.text()), done=self._changed)
        )
        dialog.open()
        return dialog

    def _idle_chosen(self) -> None:
        minutes = self.idle.value()

        def done(value: int) -> None:
            idle = getattr(self.window(), "idle", None)
            if idle is not None:
                idle.set_minutes(value)

        self.op(call(accounts.set_idle_minutes, minutes), done=done)


def _page_data(uow: UnitOfWork) -> tuple[list[accounts.AccountInfo], int]:
    return accounts.list_accounts(uow), accounts.idle_minutes(uow)
