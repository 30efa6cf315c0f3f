"""Duplicate screening on demand: pairs of records that may be one person, side by side, to merge
or to keep apart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import register
from desktop.views import theme
from desktop.views.common import local_date, tr_message
from desktop.views.operations import RunsOperations, call, call_with_progress
from desktop.views.respondents_model import citizenship_text, problems_text, sex_text, status_text

if TYPE_CHECKING:
    from desktop.app import AppContext
    from desktop.views.jobs import JobRunner


class DuplicatesDialog(QDialog, RunsOperations):
    """``changed()`` is emitted after a merge or a "different people" decision."""

    changed = Signal()
    #: The screening finished and the pairs are listed.
    screened = Signal(int)

    def __init__(self, ctx: AppContext, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.pairs: list[register.DuplicatePair] = []
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(900, 520)
        self.list = QListWidget()
        self.list.setWordWrap(True)  # two long names side by side: on two lines rather than cut
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(280)
        self.list.currentRowChanged.connect(self._show_pair)
        self.compare = QTableWidget(0, 2)
        self.compare.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare.setHorizontalHeaderLabels([self.tr("Left record"), self.tr("Right record")])
        self.info = QLabel(self.tr("Looking for records that may be one person…"))
        self.info.setWordWrap(True)
        self.keep_first = QPushButton(self.tr("Keep the left one, merge the right into it"))
        self.keep_first.clicked.connect(lambda: self.merge(keep_first=True))
        self.keep_second = QPushButton(self.tr("Keep the right one, merge the left into it"))
        self.keep_second.clicked.connect(lambda: self.merge(keep_first=False))
        self.apart = QPushButton(self.tr("Different people"))
        self.apart.clicked.connect(self.keep_apart)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.compare, 1)
        buttons = QHBoxLayout()  # each under the record it keeps
        for button in (self.keep_first, self.keep_second):
            buttons.addWidget(button, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([300, 600])
        bottom = QHBoxLayout()
        bottom.addWidget(self.apart)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._update_buttons()
        self.find_pairs()

    def find_pairs(self) -> None:
        work = call_with_progress(register.screen_duplicates, campaign=self.ctx.campaign)
        self.op(work, done=self._show, progress=self.tr("Looking for duplicates…"))

    def _show(self, pairs: list[register.DuplicatePair]) -> None:
        self.pairs = pairs
        self.list.clear()
        for pair in pairs:
            reason = tr_message(pair.message())
            text = f"{pair.first.full_name} — {pair.second.full_name}\n{reason}"
            if pair.reason == "similar_name_birth":
                text += f" ({pair.score:.0f}%)"
            self.list.addItem(QListWidgetItem(text))
        if pairs:
            self.info.setText(self.tr(
                "%1 pairs of records may be one person. Compare them: merge a pair entered twice, or say they "
                "are different people so that they are not proposed again."
            ).replace("%1", str(len(pairs))))  # fmt: skip
            self.list.setCurrentRow(0)
        else:
            self.info.setText(self.tr("No likely duplicates: every person is in the register once."))
        self._update_buttons()
        self.screened.emit(len(pairs))

    def _show_pair(self, row: int) -> None:
        self._update_buttons()
        if not 0 <= row < len(self.pairs):
            self.compare.setRowCount(0)
            return
        pair = self.pairs[row]
        translate = QCoreApplication.translate
        lang = self.ctx.language.value
        fields = [
            (translate("PersonTableModel", "Full name"), lambda p: p.full_name),
            (translate("PersonTableModel", "IIN"), lambda p: p.iin or ""),
            (translate("PersonTableModel", "Birth date"), lambda p: local_date(p.birth_date)),
            (translate("PersonTableModel", "Sex"), lambda p: sex_text(p.sex)),
            (translate("PersonTableModel", "Citizenship"), lambda p: citizenship_text(p, lang)),
            (translate("PersonTableModel", "Unit"), lambda p: p.unit),
            (translate("PersonTableModel", "Admitted"), lambda p: local_date(p.admitted_on)),
            (translate("PersonTableModel", "Left"), lambda p: local_date(p.left_on)),
            (translate("PersonTableModel", "Coverage status"), lambda p: status_text(p.status)),
            (translate("PersonTableModel", "Problems"), problems_text),
        ]
        self.compare.setRowCount(len(fields))
        self.compare.setVerticalHeaderLabels([label for label, _f in fields])
        self.compare.setHorizontalHeaderLabels([self.tr("Left record"), self.tr("Right record")])
        for r, (_label, get) in enumerate(fields):
            first, second = get(pair.first), get(pair.second)
            for c, value in enumerate((first, second)):
                item = QTableWidgetItem(value)
                if first != second:  # marked by colour and by bold type (the colour alone says nothing to some)
                    item.setBackground(theme.status_colour(theme.Status.WARNING, background=True))
                    item.setForeground(theme.status_colour(theme.Status.WARNING))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.compare.setItem(r, c, item)

    def _update_buttons(self) -> None:
        has = 0 <= self.list.currentRow() < len(self.pairs)
        for button in (self.keep_first, self.keep_second, self.apart):
            button.setEnabled(has)

    def _current(self) -> tuple[int, register.DuplicatePair] | None:
        row = self.list.currentRow()
        return (row, self.pairs[row]) if 0 <= row < len(self.pairs) else None

    def _drop_ids(self, ids: set[int]) -> None:
        """Forget the pairs that involve a record that no longer exists or was decided."""
        keep = [p for p in self.pairs if not ({p.first.id, p.second.id} & ids)]
        self._show(keep)

    def merge(self, keep_first: bool) -> None:
        current = self._current()
        if current is None:
            return
        _row, pair = current
        keep, drop = (pair.first, pair.second) if keep_first else (pair.second, pair.first)

        def done(_row: register.PersonRow) -> None:
            self._drop_ids({drop.id})
            self.changed.emit()

        self.op(call(register.merge_persons, keep.id, drop.id, campaign=self.ctx.campaign), done=done)

    def keep_apart(self) -> None:
        current = self._current()
        if current is None:
            return
        row, pair = current

        def done(_result: object) -> None:
            self._show([p for i, p in enumerate(self.pairs) if i != row])
            self.changed.emit()

        self.op(call(register.keep_apart, pair.first.id, pair.second.id), done=done)
