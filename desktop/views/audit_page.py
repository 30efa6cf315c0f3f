"""The audit trail (the administrator's page): who did what and when, old → new; filters by person,
account, kind and date; the chain checked; an export to .xlsx through the service."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.domain.accounts import Permission
from desktop.domain.audit import KIND_LABELS, Kind
from desktop.services import audit
from desktop.views import theme
from desktop.views.common import tr_message
from desktop.views.operations import call, call_with_progress
from desktop.views.page import Page

#: How many of the newest entries the page shows; the export takes every entry that passes the filters.
SHOWN = 2000


class AuditPage(Page):
    page_id = "audit"
    permission = Permission.ADMINISTER

    def __init__(self, ctx, runner, parent=None) -> None:
        super().__init__(ctx, runner, parent)
        self.person = QLineEdit()
        self.person.setObjectName("auditPerson")
        self.person.setPlaceholderText(self.tr("Person: name or IIN"))
        self.person.setClearButtonEnabled(True)
        self.person.setAccessibleName(self.person.placeholderText())
        self.person.setMinimumWidth(self.person.fontMetrics().horizontalAdvance(self.person.placeholderText() + "MMMM"))
        self.person.returnPressed.connect(self.reload)
        self.account = QComboBox()
        self.account.setObjectName("auditAccount")
        self.account.addItem(self.tr("Any account"), "")
        self.kind = QComboBox()
        self.kind.setObjectName("auditKind")
        self.kind.addItem(self.tr("Anything"), "")
        self.account.setAccessibleName(self.tr("Account"))
        theme.keep_first_choice_whole(self.account)
        theme.keep_first_choice_whole(self.kind)
        self.kind.setAccessibleName(self.tr("Kind of change"))
        for kind in Kind:
            self.kind.addItem(QCoreApplication.translate("audit", KIND_LABELS[kind]), kind.value)
        today = QDate.currentDate()
        self.use_since = QCheckBox(self.tr("&From"))
        self.since = QDateEdit(today.addDays(-7))
        self.use_until = QCheckBox(self.tr("&to"))
        self.until = QDateEdit(today)
        self.since.setAccessibleName(self.tr("From date"))
        self.until.setAccessibleName(self.tr("To date"))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.dateChanged.connect(self.reload)
        for combo in (self.account, self.kind):
            combo.currentIndexChanged.connect(self.reload)
        for box in (self.use_since, self.use_until):
            box.toggled.connect(self.reload)
        self.find_button = QPushButton(self.tr("F&ind"))
        self.find_button.clicked.connect(self.reload)
        filters = QHBoxLayout()
        filters.addWidget(self.person, 2)
        filters.addWidget(self.find_button)
        filters.addWidget(self.account, 1)
        filters.addWidget(self.kind, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.use_since)
        dates.addWidget(self.since)
        dates.addWidget(self.use_until)
        dates.addWidget(self.until)
        dates.addStretch(1)

        self.table = QTableWidget(0, 7)
        self.table.setObjectName("auditEntries")
        self.table.setAccessibleName(self.tr("Audit trail entries"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Date and time"),
                self.tr("Account"),
                self.tr("Kind"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("Changes: old → new"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._fit = theme.fit_columns(self.table, (5, 6))
        self._fit()

        self.verify_button = QPushButton(self.tr("&Check the trail"))
        self.verify_button.setToolTip(
            self.tr("Each entry carries the hash of the one before: a changed or removed entry shows here.")
        )
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.export_button.clicked.connect(self.export)
        self.verdict = QLabel()
        self.verdict.setObjectName("auditVerdict")
        self.verdict.setWordWrap(True)
        self.summary = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.verdict)
        layout.addLayout(bottom)
        self._logins_loaded = False

    def title(self) -> str:
        return self.tr("Audit")

    def filters(self) -> audit.Filters:
        since = self.since.date().toPython() if self.use_since.isChecked() else None
        until = self.until.date().toPython() if self.use_until.isChecked() else None
        return audit.Filters(
            login=str(self.account.currentData() or ""),
            kind=str(self.kind.currentData() or ""),
            person_text=self.person.text().strip(),
            since=since if isinstance(since, dt.date) else None,
            until=until if isinstance(until, dt.date) else None,
        )

    def refresh(self) -> None:
        if not self._logins_loaded:
            self.op(call(audit.logins), done=self._fill_logins)
        self.reload()

    def reload(self, *_args: object) -> None:
        self.op(call(audit.entries, self.filters(), limit=SHOWN), done=self._show)

    def _fill_logins(self, logins: list[str]) -> None:
        self._logins_loaded = True
        self.account.blockSignals(True)
        for login in logins:
            self.account.addItem(login, login)
        self.account.blockSignals(False)

    def _show(self, rows: list[audit.EntryRow]) -> None:
        self.table.setRowCount(len(rows))
        translate = QCoreApplication.translate
        for row, entry in enumerate(rows):
            values = (
                str(entry.seq),
                entry.at.astimezone().strftime("%d.%m.%Y %H:%M:%S"),
                entry.login or "—",
                entry.kind_label(translate),
                entry.action_label(translate),
                entry.label,
                entry.changes_text(translate),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 6:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self._fit()
        if len(rows) >= SHOWN:
            self.summary.setText(
                self.tr("The newest {n} entries; narrow the filters or export them all.").format(n=SHOWN)
            )
        else:
            self.summary.setText(self.tr("Entries: {n}").format(n=len(rows)))

    def verify(self) -> None:
        self.op(call_with_progress(audit.verify), done=self._show_verdict, progress=self.tr("Checking the trail…"))

    def _show_verdict(self, verdict: audit.Verdict) -> None:
        if verdict.broken is not None:
            self.verdict.setStyleSheet("color: #b00020; font-weight: bold;")
            self.verdict.setText(tr_message(verdict.broken.message()))
        else:
            self.verdict.setStyleSheet("color: #1b5e20;")
            self.verdict.setText(self.tr("The trail is whole: {n} entries checked.").format(n=verdict.checked))

    def export(self, path: str | None = None) -> None:
        if path is None:
            folder = str(QSettings().value("audit/export_folder", str(Path.home())))
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the audit trail"),
                str(Path(folder) / "audit.xlsx"),
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not path:
                return
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            QSettings().setValue("audit/export_folder", str(Path(path).parent))
        target = Path(path)
        lang = self.ctx.language.value
        work = call_with_progress(
            audit.export_xlsx, target, self.filters(), translate=QCoreApplication.translate, lang=lang
        )

        def done(count: int) -> None:
            self.summary.setText(self.tr("{n} entries written to {file}").format(n=count, file=target.name))

        self.op(work, done=done, progress=self.tr("Exporting…"))
