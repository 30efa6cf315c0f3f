"""Sending to the Department: the connection, what waits to be sent, the Send button, the date and time
of the last synchronisation, the exchange log and the USB package buttons."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import exchange
from desktop.views import theme
from desktop.views.common import show_error, tr_message
from desktop.views.operations import call, call_with_progress
from desktop.views.page import Page

if TYPE_CHECKING:
    from desktop.models.db import UnitOfWork


def when_text(value: dt.datetime | None) -> str:
    """A receipt's date and time in the user's local time, to the second."""
    return value.astimezone().strftime("%d.%m.%Y %H:%M:%S") if value else "—"


@dataclass
class ExchangeData:
    connection: exchange.Connection | None
    pending: exchange.Pending
    log: list[exchange.LogEntry]


class ConnectDialog(QDialog):
    """The Department's address and the one-time code it gave the institution."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to the Department"))
        self.url = QLineEdit(url)
        self.url.setPlaceholderText("https://")
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        form = QFormLayout()
        form.addRow(self.tr("Address of the Department's service:"), self.url)
        form.addRow(self.tr("One-time code:"), self.code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The Department gives the address and a one-time code for this institution.")))
        layout.addLayout(form)
        layout.addWidget(buttons)


class ExchangePage(Page):
    page_id = "exchange"

    def __init__(self, ctx, runner, parent=None) -> None:
        super().__init__(ctx, runner, parent)
        self.tokens = exchange.TokenStore(ctx.paths.home)
        self.data: ExchangeData | None = None

        self.heading = QLabel(self.tr("Sending to the Department"))
        theme.set_role(self.heading, "title")
        self.state_label = QLabel()
        self.state_label.setObjectName("connection_state")
        self.state_label.setWordWrap(True)
        self.connect_button = QPushButton(self.tr("Connect…"))
        theme.with_icon(self.connect_button, "connect")
        self.connect_button.clicked.connect(self.ask_connect)
        self.key_button = QPushButton(self.tr("Load the Department's key file…"))
        theme.with_icon(self.key_button, "key")
        self.key_button.clicked.connect(self.load_key)

        self.last_sync = QLabel()
        self.last_sync.setObjectName("last_sync")
        self.last_sync.setStyleSheet("font-weight: bold;")
        self.pending_table = QTableWidget(0, 2)
        self.pending_table.setObjectName("pending")
        self.pending_table.setAccessibleName(self.tr("What has not reached the Department"))
        self.pending_table.setHorizontalHeaderLabels([self.tr("Records"), self.tr("Not yet at the Department")])
        self.pending_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.pending_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.pending_table.verticalHeader().hide()
        self.pending_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.send_button = QPushButton(self.tr("Send"))
        theme.with_icon(self.send_button, "send")
        self.send_button.setObjectName("send")
        self.send_button.clicked.connect(self.send)
        self.package_button = QPushButton(self.tr("Write a package for a USB stick…"))
        theme.with_icon(self.package_button, "usb")
        self.package_button.clicked.connect(self.write_package)
        self.receipt_button = QPushButton(self.tr("Load the Department's receipt…"))
        theme.with_icon(self.receipt_button, "receipt")
        self.receipt_button.clicked.connect(self.load_receipt)

        self.log_table = QTableWidget(0, 5)
        self.log_table.setObjectName("exchange_log")
        self.log_table.setAccessibleName(self.tr("Exchange log"))
        self.log_table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Result"),
                self.tr("Receipt's date and time"),
                self.tr("Details"),
            ]
        )
        for column in range(4):  # as wide as the header or the widest entry; the details take the rest
            self.log_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.log_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.log_table.verticalHeader().hide()
        self.log_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        connection_box = QGroupBox(self.tr("Connection"))
        connection_layout = QVBoxLayout(connection_box)
        connection_layout.addWidget(self.state_label)
        row = QHBoxLayout()
        row.addWidget(self.connect_button)
        row.addWidget(self.key_button)
        row.addStretch(1)
        connection_layout.addLayout(row)

        send_box = QGroupBox(self.tr("What has not reached the Department"))
        send_layout = QVBoxLayout(send_box)
        send_layout.addWidget(self.last_sync)
        send_layout.addWidget(self.pending_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addStretch(1)
        buttons.addWidget(self.package_button)
        buttons.addWidget(self.receipt_button)
        send_layout.addLayout(buttons)

        log_box = QGroupBox(self.tr("Exchange log"))
        QVBoxLayout(log_box).addWidget(self.log_table)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(connection_box)
        layout.addWidget(send_box)
        layout.addWidget(log_box, 1)

    def title(self) -> str:
        return self.tr("Sending to the Department")

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.op(call(_load), done=self._show)

    def _show(self, data: ExchangeData) -> None:
        self.data = data
        link = data.connection
        if link is None:
            self.state_label.setText(self.tr("Not connected: connect with the address and the one-time code."))
        elif link.url:
            self.state_label.setText(
                self.tr("Connected to {url} since {when}.").format(url=link.url, when=when_text(link.connected_at))
            )
        else:
            self.state_label.setText(self.tr("No network connection: packages for a USB stick only."))
        pending = data.pending
        self.last_sync.setText(self.tr("Last synchronisation: {when}").format(when=when_text(pending.last_sync_at)))
        counts = [(kind, pending.counts.get(kind.value, 0)) for kind in exchange.KIND_ORDER]
        self.pending_table.setRowCount(len(counts))
        for row, (kind, count) in enumerate(counts):
            self.pending_table.setItem(row, 0, QTableWidgetItem(self.tr_kind(kind.value)))
            number = QTableWidgetItem(str(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.pending_table.setItem(row, 1, number)
        online = link is not None and bool(link.url)
        self.send_button.setEnabled(online)
        self.package_button.setEnabled(link is not None)
        self.receipt_button.setEnabled(link is not None)
        self.log_table.setRowCount(len(data.log))
        for row, entry in enumerate(data.log):
            cells = [
                when_text(entry.at),
                self._action_text(entry),
                self._result_text(entry.result),
                when_text(entry.received_at) if entry.received_at else "",
                tr_message(entry.message),
            ]
            for column, text in enumerate(cells):
                self.log_table.setItem(row, column, QTableWidgetItem(text))

    def tr_kind(self, kind: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("exchange", exchange.KIND_LABELS.get(kind, kind))

    def _action_text(self, entry: exchange.LogEntry) -> str:
        texts = {
            "connect": self.tr("Connection"),
            "send": self.tr("Sending"),
            "package": self.tr("Package written"),
            "receipt": self.tr("Receipt loaded"),
        }
        text = texts.get(entry.action, entry.action)
        return f"{text} {entry.sequence}" if entry.sequence else text

    def _result_text(self, result: str) -> str:
        return {"ok": self.tr("Done"), "partial": self.tr("Some records rejected"), "failed": self.tr("Failed")}.get(
            result, result
        )

    # -- actions ---------------------------------------------------------------------------------

    def ask_connect(self) -> None:
        dialog = ConnectDialog(self.data.connection.url if self.data and self.data.connection else "", self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.connect_to(dialog.url.text(), dialog.code.text())

    def connect_to(self, url: str, code: str) -> None:
        work = call(exchange.connect, url, code, self.tokens, exchange.http_options(self.ctx.settings))
        self.op(work, done=self._changed, progress=self.tr("Connecting to the Department"))

    def load_key(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The Department's key file"), "", self.tr("Key files (*.json);;All files (*)")
        )
        if not path:
            return

        def done(result: exchange.Connection) -> None:
            QMessageBox.information(
                self,
                self.title(),
                self.tr("The Department's keys were loaded. Give the Department this institution's key:\n{key}").format(
                    key=result.institution_key
                ),
            )
            self._changed()

        self.op(call(exchange.connect_offline, Path(path)), done=done, progress=self.tr("Loading the key file"))

    def send(self) -> None:
        work = call_with_progress(exchange.sync, self.tokens, exchange.http_options(self.ctx.settings))
        self.send_button.setEnabled(False)
        self.op(work, done=self._changed, failed=self._failed, progress=self.tr("Sending to the Department"))

    def _failed(self, error: BaseException) -> bool:
        show_error(self, error, self.tr("Sending to the Department"))
        self._changed()
        return True

    def write_package(self) -> None:
        stamp = dt.date.today().strftime("%Y-%m-%d")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Write a package"),
            f"sanaq-{stamp}.sanaq",
            self.tr("Sanaq packages (*.sanaq)"),
        )
        if not path:
            return

        def done(result: exchange.ExchangeResult) -> None:
            QMessageBox.information(
                self,
                self.title(),
                self.tr(
                    "The package is written: {count} records. Give it to the Department and load its receipt."
                ).format(count=sum(result.sent.values())),
            )
            self._changed()

        self.op(
            call_with_progress(exchange.export_package, Path(path)), done=done, progress=self.tr("Writing the package")
        )

    def load_receipt(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The Department's receipt"), "", self.tr("Receipts (*.json);;All files (*)")
        )
        if path:
            self.load_receipt_file(Path(path))

    def load_receipt_file(self, path: Path) -> None:
        self.op(call(exchange.load_receipt, path), done=self._changed, progress=self.tr("Loading the receipt"))

    def _changed(self, *_args: object) -> None:
        self.refresh()
        self.data_changed.emit()


def _load(uow: UnitOfWork) -> ExchangeData:
    return ExchangeData(exchange.connection(uow), exchange.pending(uow), exchange.exchange_log(uow))
