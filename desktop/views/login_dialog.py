"""Signing in: the dialog at start, the locked window's dialog, the administrator's recovery, the recovery code.

The dialogs only collect what is typed; the starter (``desktop.views.application``) and the main
window check it with ``desktop.services.accounts`` on the job runner and show the answer here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views import theme


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class LoginDialog(QDialog):
    """Login and password; ``submitted(login, password)`` when the user signs in.

    With ``locked_login`` it is the locked window's dialog: the login is fixed, only the password asked.
    """

    submitted = Signal(str, str)
    recovery_asked = Signal()

    def __init__(self, institution: str = "", *, locked_login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.locked = bool(locked_login)
        if self.locked:
            self.setWindowTitle(self.tr("Sanaq Desktop — the window is locked"))
            heading = self.tr("The window was locked after a while without work. Enter your password to go on.")
        else:
            self.setWindowTitle(self.tr("Sanaq Desktop — sign in"))
            heading = self.tr("Sign in with the account the administrator gave you.")
        title = QLabel(institution or self.tr("Sanaq Desktop"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        text = QLabel(heading)
        text.setWordWrap(True)
        self.login = QLineEdit(locked_login)
        self.login.setReadOnly(self.locked)
        self.login.setMaxLength(40)
        self.password = _password_field()
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setStyleSheet(theme.status_style(theme.Status.ERROR))
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.sign_in = buttons.addButton(self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in.setDefault(True)
        self.forgot: QPushButton | None = None
        if self.locked:
            self.quit_button = buttons.addButton(self.tr("&Quit the program"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            self.quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
            self.forgot = QPushButton(self.tr("&Forgot the password?"))
            self.forgot.setFlat(True)
            self.forgot.setToolTip(
                self.tr("An employee asks the administrator; the administrator uses the printed recovery code.")
            )
            self.forgot.clicked.connect(self.recovery_asked.emit)
            forgot_row = QHBoxLayout()
            forgot_row.addWidget(self.forgot)
            forgot_row.addStretch(1)
            form.addRow("", forgot_row)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        # The fields keep a form's width however large the dialog is: a card in the middle.
        card = QWidget()
        card.setObjectName("loginCard")
        card.setMaximumWidth(520)
        inner = QVBoxLayout(card)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addSpacing(8)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        (self.password if self.locked else self.login).setFocus()
        self.resize(520, 300)

    def _submit(self) -> None:
        login = self.login.text().strip()
        if not login or not self.password.text():
            self.show_error(self.tr("Enter the login and the password."))
            return
        self.set_busy(True)
        self.submitted.emit(login, self.password.text())

    def set_busy(self, busy: bool) -> None:
        self.sign_in.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        """A refusal: the words, the password cleared for the next try."""
        self.set_busy(False)
        self.error.setText(text)
        self.password.clear()
        self.password.setFocus()


class RecoveryDialog(QDialog):
    """The administrator's new password by the printed recovery code."""

    submitted = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover the administrator's password"))
        text = QLabel(
            self.tr(
                "Type the recovery code printed when the program was set up. A new password is set and a new "
                "recovery code is made; the old one no longer works."
            )
        )
        text.setWordWrap(True)
        self.login = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.password = _password_field()
        self.again = _password_field()
        form = QFormLayout()
        form.addRow(self.tr("Administrator's &login:"), self.login)
        form.addRow(self.tr("Recovery &code:"), self.code)
        form.addRow(self.tr("&New password:"), self.password)
        form.addRow(self.tr("The same password &again:"), self.again)
        self.error = QLabel()
        self.error.setStyleSheet(theme.status_style(theme.Status.ERROR))
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _submit(self) -> None:
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        self.submitted.emit(self.login.text().strip(), self.code.text(), self.password.text())


class RecoveryCodeDialog(QDialog):
    """Shows the administrator's recovery code once, to be printed and kept in the safe."""

    def __init__(self, login: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.login_name = login
        self.code = code
        self.setWindowTitle(self.tr("The administrator's recovery code"))
        text = QLabel(
            self.tr(
                "Print this code and keep it in the safe. With it the administrator sets a new password when "
                "the old one is forgotten. It is shown only now."
            )
        )
        text.setWordWrap(True)
        shown = QLabel(code)
        shown.setObjectName("recoveryCode")
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(18)
        shown.setFont(font)
        shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_code)
        done = buttons.addButton(self.tr("I have &kept the code"), QDialogButtonBox.ButtonRole.AcceptRole)
        done.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(shown)
        layout.addWidget(buttons)

    def document(self) -> QTextDocument:
        document = QTextDocument()
        document.setPlainText(
            self.tr("Sanaq Desktop: recovery code of the administrator {login}").format(login=self.login_name)
            + "\n\n"
            + self.code
        )
        return document

    def print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)
