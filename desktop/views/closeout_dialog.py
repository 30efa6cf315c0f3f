"""The close-out: the statement's figures to check, then the institution marked closed, the final
sending to the Department, and the statement saved as a PDF and printed for the head to sign."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop.services import closeout, exchange
from desktop.views.common import show_error
from desktop.views.operations import RunsOperations, call, call_with_progress, run_op
from desktop.views.print_preview import ask_pdf_path, print_pdf


class CloseoutDialog(QDialog, RunsOperations):
    def __init__(self, ctx, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.setWindowTitle(self.tr("Close out the census work"))
        self.intro = QLabel(
            self.tr(
                "Every person on the list has an outcome. Check the figures of the statement. Closing out marks "
                "the institution closed, sends everything to the Department and gives the statement for the head "
                "to sign. After it, a change needs a confirmation with its reason."
            )
        )
        self.intro.setWordWrap(True)
        self.figures = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(self.tr("Close out"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setObjectName("confirm_closeout")
        self.close_button.setEnabled(False)
        self.buttons.accepted.connect(self.close_out)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.figures)
        layout.addWidget(self.buttons)
        self.statement: closeout.Statement | None = None
        self.op(call(closeout.statement, campaign=ctx.campaign, now=ctx.now()), done=self._show)

    def _show(self, statement: closeout.Statement) -> None:
        self.statement = statement
        rows = [
            (self.tr("Expected from the list:"), statement.expected),
            (self.tr("Enumerated by interview:"), statement.interview),
            (self.tr("Enumerated from records:"), statement.records),
            (self.tr("Self-enumerated online:"), statement.online),
            (self.tr("Refused:"), statement.refused),
            (self.tr("Not resident at the census moment:"), statement.not_resident),
            (self.tr("Certificates issued:"), statement.certificates_issued),
            (
                self.tr("Equipment returned:"),
                self.tr("{returned} of {items}").format(
                    returned=statement.equipment_returned, items=statement.equipment_items
                ),
            ),
            (self.tr("Still with the employees:"), statement.equipment_held),
        ]
        for label, value in rows:
            self.figures.addRow(label, QLabel(str(value)))
        self.close_button.setEnabled(True)

    def close_out(self) -> None:
        self.close_button.setEnabled(False)

        def closed(_statement: closeout.Statement) -> None:
            self.accept()
            final_sync(self.parentWidget() or self, self.ctx, self.runner)

        self.op(
            call(closeout.close, campaign=self.ctx.campaign, now=self.ctx.now()),
            done=closed,
            progress=self.tr("Closing out"),
        )


def final_sync(parent: QWidget, ctx, runner) -> None:
    """The final sending (online where the institution is connected; else the USB package is asked
    for), then the statement."""
    sending = QCoreApplication.translate("CloseoutDialog", "Sending to the Department")

    def after(_result: object = None) -> None:
        save_statement(parent, ctx, runner)

    def failed(error: BaseException) -> bool:
        show_error(parent, error, sending)
        after()
        return True

    def connected(link: exchange.Connection | None) -> None:
        if link is None or not link.url:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("CloseoutDialog", "Close out the census work"),
                QCoreApplication.translate(
                    "CloseoutDialog",
                    "The institution is not connected to the Department over the network: write a package for a "
                    "USB stick on the page Sending to the Department, and take it to the Department.",
                ),
            )
            after()
            return
        tokens = exchange.TokenStore(ctx.paths.home)
        work = call_with_progress(exchange.sync, tokens, exchange.http_options(ctx.settings))
        run_op(parent, ctx, runner, work, done=after, failed=failed, progress=sending)

    run_op(parent, ctx, runner, call(exchange.connection), done=connected)


def save_statement(parent: QWidget, ctx, runner) -> None:
    """Save the statement as a PDF where the person chooses, then offer to print it."""
    title = QCoreApplication.translate("CloseoutDialog", "Statement of the institution")
    path = ask_pdf_path(parent, title, title + ".pdf")
    if path is None:
        return

    def written(statement: closeout.Statement) -> None:
        if statement.last_sync_at is None:
            QMessageBox.information(
                parent,
                title,
                QCoreApplication.translate(
                    "CloseoutDialog",
                    "Nothing has reached the Department yet: the statement shows no synchronisation. Send, then "
                    "print the statement again.",
                ),
            )
        print_pdf(parent, runner, Path(path), title)

    work = call(closeout.write_statement, path, campaign=ctx.campaign, now=ctx.now())
    run_op(parent, ctx, runner, work, done=written, progress=title)
