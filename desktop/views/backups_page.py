"""Backups: the encrypted copies of the database, made now, checked and restored with confirmation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.domain.accounts import Permission
from desktop.domain.errors import FileProblem
from desktop.services import backups
from desktop.views.common import error_text
from desktop.views.operations import Progress, run_task
from desktop.views.page import Page

if TYPE_CHECKING:
    from desktop.views.jobs import Job


def when_text(info: backups.BackupInfo) -> str:
    return info.created_at.astimezone().strftime("%d.%m.%Y %H:%M:%S")


def size_text(size: int) -> str:
    """1,1 MB in the user's language, with its own decimal separator."""
    if size >= 1024 * 1024:
        number = QLocale().toString(size / (1024 * 1024), "f", 1)
        return QCoreApplication.translate("backups_page", "{n} MB").format(n=number)
    return QCoreApplication.translate("backups_page", "{n} KB").format(n=max(1, size // 1024))


class BackupsPage(Page):
    page_id = "backups"
    permission = Permission.ADMINISTER  # a restore replaces everyone's work: the administrator's

    WHEN, WHY, SIZE, BIN, STATE = range(5)

    def __init__(self, ctx, runner, parent=None) -> None:
        super().__init__(ctx, runner, parent)
        self.items: list[backups.BackupInfo] = []
        #: What the last check said of each file: True sound, or the reason it is not.
        self.checked: dict[str, bool | str] = {}
        self.heading = QLabel(self.tr("Backups"))
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.about = QLabel()
        self.about.setObjectName("backups_about")
        self.about.setWordWrap(True)
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("backups")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("Size"), self.tr("BIN"), self.tr("Check result")]
        )
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.STATE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.create_button = QPushButton(self.tr("&Make a backup now"))
        self.create_button.setObjectName("create_backup")
        self.create_button.clicked.connect(self.make_backup)
        self.verify_button = QPushButton(self.tr("C&heck"))
        self.verify_button.setToolTip(self.tr("Open the selected backup with the key and check it, changing nothing"))
        self.verify_button.clicked.connect(self.verify)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setToolTip(self.tr("Put the selected backup in place of the database"))
        self.restore_button.clicked.connect(self.restore)
        self.result = QLabel()
        self.result.setObjectName("backup_result")
        self.result.setWordWrap(True)

        box = QGroupBox(self.tr("Copies of the database"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.result)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        layout.addWidget(self.folder)
        layout.addWidget(box, 1)
        self._describe()
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Backups")

    def _describe(self) -> None:
        if not self.ctx.db.is_sqlite:
            self.about.setText(
                self.tr(
                    "The database is on a PostgreSQL server: its backups are the server's (pg_dump), made by its "
                    "administrator. “Make a backup now” runs pg_dump when it is installed on this computer."
                )
            )
        else:
            self.about.setText(
                self.tr(
                    "A copy of the database is made at start, at close, before every update and before a restore; "
                    "each is checked and encrypted. Kept: the last 10 and one a day for a month. A copy opens only "
                    "with the key this program holds on this computer: copied elsewhere, it reveals nothing."
                )
            )
        self.folder.setText(self.tr("Folder: {folder}").format(folder=self.ctx.paths.backups))

    def _task(self, work: Any, done: Any, progress: str | None = None) -> Job:
        return run_task(self, self.runner, work, done=done, progress=progress)

    # -- the list --------------------------------------------------------------------------------

    def refresh(self) -> None:
        folder = self.ctx.paths.backups
        self._task(lambda _progress: backups.list_backups(folder), self._show)

    def _show(self, items: list[backups.BackupInfo]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, info in enumerate(items):
            reason = QCoreApplication.translate("backups", backups.REASON_LABELS.get(info.reason, info.reason))
            cells = [when_text(info), reason, size_text(info.size), info.institution_bin, self._state(info)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == self.SIZE:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if items and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._selection_changed()

    def _state(self, info: backups.BackupInfo) -> str:
        state = self.checked.get(info.name)
        if state is True:
            return self.tr("opens and is sound")
        if isinstance(state, str):
            return state
        return self.tr("checked when made")

    def selected(self) -> backups.BackupInfo | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.verify_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen and self.ctx.db.is_sqlite)

    # -- actions ---------------------------------------------------------------------------------

    def make_backup(self) -> None:
        db, folder = self.ctx.db, self.ctx.paths.backups
        self.result.setText("")
        if not db.is_sqlite:

            def dump(_progress: Progress) -> object:
                return backups.pg_dump(db.url, folder)

            self._task(dump, lambda path: self._said(self.tr("pg_dump wrote {file}").format(file=path)))
            return

        def work(progress: Progress) -> backups.BackupInfo | None:
            return backups.create(db, folder, reason="manual", progress=progress)

        def done(made: backups.BackupInfo | None) -> None:
            if made is not None:
                self.checked[made.name] = True
                self._said(self.tr("Backup made and checked: {file}").format(file=made.name))
            self.refresh()

        self._task(work, done, progress=self.tr("Making a backup…"))

    def _said(self, text: str) -> None:
        self.result.setText(text)

    def verify(self) -> None:
        info = self.selected()
        if info is None:
            return
        keystore, path = self.ctx.db.keystore, info.path

        def work(_progress: Progress) -> FileProblem | None:
            try:
                backups.verify(path, keystore)
            except FileProblem as problem:
                return problem
            return None

        def done(problem: FileProblem | None) -> None:
            state: bool | str = True if problem is None else error_text(problem)
            self.checked[info.name] = state
            self._said(self.tr("{file}: opens and is sound").format(file=info.name) if state is True else str(state))
            self._show(self.items)

        self._task(work, done, progress=self.tr("Checking the backup…"))

    def restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "The database will be replaced by the backup made {when}. Whatever was changed after it is taken "
                "out of the database; the database as it is now is backed up first, so this can be undone. "
                "Restore?"
            ).format(when=when_text(info)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, folder, path = self.ctx.db, self.ctx.paths.backups, info.path

        def work(progress: Progress) -> backups.Restored:
            return backups.restore(db, path, folder, progress=progress)

        def done(restored: backups.Restored) -> None:
            self.checked[info.name] = True
            self._said(self.tr("The database was restored from the backup made {when}.").format(when=when_text(info)))
            self.data_changed.emit()
            self.refresh()

        self._task(work, done, progress=self.tr("Restoring the backup…"))
