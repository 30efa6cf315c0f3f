"""The window locks after the minutes without a key or a click that the administrator set, and opens
again with the signed-in account's password (checked by the services, wrong passwords counted)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop.views.common import error_text
from desktop.views.operations import call, run_op

if TYPE_CHECKING:
    from desktop.views.login_dialog import LoginDialog
    from desktop.views.main_window import MainWindow

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleLock(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.minutes = 0
        self.dialog: LoginDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        if window.ctx.account is None:
            return
        from desktop.services import accounts

        run_op(window, window.ctx, window.runner, call(accounts.idle_minutes), done=self.set_minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """Lock after ``minutes`` without input (0: never)."""
        self.minutes = int(minutes)
        self.timer.stop()
        if self.minutes > 0:
            self.timer.start(self.minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY and self.dialog is None and self.minutes > 0:
            self.timer.start(self.minutes * 60_000)
        return False

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def lock(self) -> None:
        """Hide what the window shows and ask for the password of the account signed in."""
        from desktop.views.login_dialog import LoginDialog

        account = self.window.ctx.account
        if account is None or self.dialog is not None:
            return
        self.timer.stop()
        central = self.window.centralWidget()
        if central is not None:
            central.setVisible(False)
        self.window.menuBar().setEnabled(False)
        dialog = LoginDialog(locked_login=account.login, parent=self.window)
        dialog.submitted.connect(self._unlock)
        dialog.rejected.connect(self._quit)
        self.dialog = dialog
        dialog.open()

    def _quit(self) -> None:
        """ "Quit the program" from the locked window; when the window may not close yet, it stays locked."""
        self.window.close()
        if self.window.isVisible() and self.dialog is not None:
            self.dialog.open()

    def _unlock(self, login: str, password: str) -> None:
        from desktop.services import accounts

        dialog = self.dialog

        def done(_principal: object) -> None:
            self.dialog = None
            central = self.window.centralWidget()
            if central is not None:
                central.setVisible(True)
            self.window.menuBar().setEnabled(True)
            if dialog is not None:
                dialog.rejected.disconnect()
                dialog.accept()
                dialog.deleteLater()
            self.set_minutes(self.minutes)

        def failed(error: BaseException) -> bool:
            if dialog is not None:
                dialog.show_error(error_text(error))
            return True

        ctx = self.window.ctx
        run_op(self.window, ctx, self.window.runner, call(accounts.authenticate, login, password), done=done,
               failed=failed)  # fmt: skip
