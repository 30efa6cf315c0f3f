"""Import of a register file: the column mapping over a preview, the outcome before anything is
written (to import, to update field by field, duplicates, errors, persons no longer listed), then
one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import person as rules
from desktop.domain.enums import CitizenshipKind, Residence
from desktop.domain.iin import Sex
from desktop.services import register_import as imp
from desktop.services.tables import Table, read_table
from desktop.views.common import local_date, qt_translate, tr_message
from desktop.views.help_window import help_on_f1
from desktop.views.operations import RunsOperations, call, call_with_progress, run_task
from desktop.views.theme import combo_width

if TYPE_CHECKING:
    from desktop.app import AppContext
    from desktop.models.db import UnitOfWork
    from desktop.views.jobs import JobRunner

PREVIEW_ROWS = 12
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("register", text)


class RowsModel(QAbstractTableModel):
    """A read-only table over a list, its cells computed when shown (fine for 100,000 rows)."""

    def __init__(
        self,
        headers: Sequence[str],
        items: Sequence[Any],
        cells: Callable[[Any], Sequence[str]],
        parent=None,
        optional: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._items = items
        self._cells = cells
        #: Columns left out of the view when no row has anything in them (warnings, a unit).
        self.optional = tuple(optional)

    def empty(self, column: int) -> bool:
        """No row has text in ``column`` (stops at the first that has)."""
        return not any(self._cells(item)[column] for item in self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if not 0 <= index.row() < len(self._items):
            return None
        values = self._cells(self._items[index.row()])
        return values[index.column()] if index.column() < len(values) else None


def _table(model: RowsModel) -> QTableView:
    """A table whose columns are as wide as their contents (names and IINs whole), the empty optional
    ones hidden, and the last one shown taking the rest of the width."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(22)
    view.setWordWrap(False)
    for column in model.optional:
        view.setColumnHidden(column, model.empty(column))
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(500)  # the widest of the first rows: instant for 100,000 rows
    view.resizeColumnsToContents()
    header.setStretchLastSection(True)
    return view


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, dt.date):
        return local_date(value)
    if isinstance(value, str):
        for enum, labels in (
            (Sex, rules.SEX_LABELS),
            (CitizenshipKind, rules.CITIZENSHIP_LABELS),
            (Residence, rules.RESIDENCE_LABELS),
        ):
            try:
                return _tr(labels[enum(value)])  # type: ignore[index]  # each enum comes with its own labels
            except (ValueError, KeyError):
                continue
    return str(value)


class ImportDialog(QDialog, RunsOperations):
    """``imported(ImportResult)`` is emitted after the import was written."""

    imported = Signal(object)
    #: The file was read and the mapping page is shown.
    mapping_ready = Signal()
    #: The outcome page is shown.
    preview_ready = Signal()

    def __init__(self, ctx: AppContext, runner: JobRunner, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.path = path
        self.table: Table | None = None
        self.proposal: imp.MappingProposal | None = None
        self.preview: imp.ImportPreview | None = None
        self.outcome: imp.ImportResult | None = None
        self.setWindowTitle(self.tr("Import a register: %1").replace("%1", path.name))
        help_on_f1(self, ctx.language, "import")
        self.resize(1000, 680)

        self.stack = QStackedWidget()
        self.reading = QLabel(self.tr("Reading the file…"))
        self.reading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.reading)
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._outcome_page())
        self.stack.addWidget(self._done_page())

        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.clicked.connect(lambda: self.stack.setCurrentIndex(1))
        self.report_button = QPushButton(self.tr("&Save the errors…"))
        self.report_button.clicked.connect(lambda: self.save_report())
        self.next_button = QPushButton(self.tr("&Check the rows >"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.stack.currentChanged.connect(self._update_buttons)
        self._update_buttons()
        self.read()

    # -- step 1: read and map -------------------------------------------------------------------

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.sheet = QComboBox()
        self.sheet.activated.connect(lambda _i: self.read(self.sheet.currentText()))
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.header_row = QSpinBox()
        self.header_row.setMinimum(1)
        self.header_row.setToolTip(self.tr("The row of the file that holds the column headers"))
        self.header_row.editingFinished.connect(self._header_row_changed)
        self.mapping_info = QLabel()
        self.mapping_info.setWordWrap(True)
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setDefaultSectionSize(24)
        top = QHBoxLayout()
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet)
        top.addSpacing(20)
        top.addWidget(QLabel(self.tr("Header row:")))
        top.addWidget(self.header_row)
        top.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.mapping_info)
        layout.addWidget(self.grid, 1)
        return page

    def read(self, sheet: str | None = None) -> None:
        self.stack.setCurrentIndex(0)
        self.op(call(_read_and_propose, self.path, sheet), done=self._read_done, failed=self._read_failed)

    def _read_failed(self, _error: BaseException) -> None:
        self.reject()

    def _read_done(self, result: tuple[Table, imp.MappingProposal]) -> None:
        self.table, self.proposal = result
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(self.table.sheets)
        self.sheet.setCurrentText(self.table.sheet)
        self.sheet.blockSignals(False)
        self.sheet.setVisible(len(self.table.sheets) > 1)
        self.sheet_label.setVisible(len(self.table.sheets) > 1)
        self.header_row.setMaximum(max(1, len(self.table.rows)))
        self._show_mapping()
        self.stack.setCurrentIndex(1)
        self.mapping_ready.emit()

    def _header_row_changed(self) -> None:
        if self.table is None or self.proposal is None:
            return
        row = self.header_row.value() - 1
        if row != self.proposal.header_row:
            self.proposal = imp.mapping_for_header_row(self.table, row)
            self._show_mapping()

    def _show_mapping(self) -> None:
        table, proposal = self.table, self.proposal
        assert table is not None and proposal is not None
        if proposal.header_row < 0:
            self.mapping_info.setText(
                self.tr("No header row was recognised. Set the header row, then choose for each column what it holds.")
            )
        elif proposal.remembered:
            self.mapping_info.setText(
                self.tr(
                    "The columns are mapped as you confirmed before for files of this layout. Check them and go on."
                )
            )
        else:
            self.mapping_info.setText(
                self.tr(
                    "The header was found in row %1. Check what each column holds (choose “—” to leave a column out); "
                    "the choice is remembered for files of this layout."
                ).replace("%1", str(proposal.header_row + 1))
            )
        self.header_row.blockSignals(True)
        self.header_row.setValue(max(1, proposal.header_row + 1))
        self.header_row.blockSignals(False)
        width = table.width
        start = proposal.header_row + 1
        shown = [
            (start + offset + 1, r)
            for offset, r in enumerate(table.rows[start : start + 200])
            if any(imp._text(v) for v in r)
        ][:PREVIEW_ROWS]
        rows = [r for _line, r in shown]
        self.grid.clear()
        self.grid.setColumnCount(width)
        self.grid.setRowCount(len(rows) + 1)
        self.grid.setHorizontalHeaderLabels(
            [
                f"{_column_letter(c)}: {proposal.headers[c]}"
                if c < len(proposal.headers) and proposal.headers[c]
                else _column_letter(c)
                for c in range(width)
            ]
        )
        self.grid.setVerticalHeaderLabels([self.tr("holds")] + [str(line) for line, _r in shown])
        self.combos: list[QComboBox] = []
        for column in range(width):
            combo = QComboBox()
            combo.addItem("—", None)
            for name in imp.FIELDS:
                combo.addItem(_tr(imp.FIELD_LABELS[name]), name)
            combo.setCurrentIndex(max(0, combo.findData(proposal.mapping.get(column))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.grid.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for r, row in enumerate(rows, start=1):
            for c in range(width):
                value = row[c] if c < len(row) else None
                self.grid.setItem(r, c, QTableWidgetItem(imp._text(value)))
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, combo in enumerate(self.combos):  # the field proposed for a column shown whole
            header = self.grid.horizontalHeader().sectionSizeFromContents(column).width()
            self.grid.setColumnWidth(column, max(150, header, combo_width(combo, combo.currentText())))
        self._update_buttons()

    def _mapping_changed(self) -> None:
        """A field is held by one column: choosing it for a column takes it from any other."""
        assert self.proposal is not None
        sender = self.sender()
        chosen = sender.currentData() if isinstance(sender, QComboBox) else None
        if chosen is not None:
            for combo in self.combos:
                if combo is not sender and combo.currentData() == chosen:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.proposal.mapping = {c: combo.currentData() for c, combo in enumerate(self.combos) if combo.currentData()}
        self.proposal.remembered = False
        self._update_buttons()

    def set_mapping(self, column: int, field: str | None) -> None:
        """Choose what a column holds (as the user does with the combo box)."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(0, combo.findData(field)))

    # -- step 2: the outcome ---------------------------------------------------------------------

    def _done_page(self) -> QWidget:
        """What the import did, one figure a line."""
        page = QWidget()
        self.done_title = QLabel(self.tr("The register is imported."))
        font = self.done_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.done_title.setFont(font)
        self.done_figures = QFormLayout()
        self.done_hint = QLabel()
        self.done_hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_title)
        layout.addLayout(self.done_figures)
        layout.addWidget(self.done_hint)
        layout.addStretch(1)
        return page

    def _outcome_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.tabs = QTabWidget()
        self.changes = QTreeWidget()
        self.changes.setHeaderLabels([self.tr("Row / field"), self.tr("In the register"), self.tr("In the file")])
        self.changes.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.missing = QTreeWidget()
        self.missing.setHeaderLabels([self.tr("Person"), self.tr("Birth date"), self.tr("IIN"), self.tr("Unit")])
        self.missing.setRootIsDecorated(False)
        self.left_on = QDateEdit()
        self.left_on.setCalendarPopup(True)
        self.left_on.setDisplayFormat("dd.MM.yyyy")
        self.left_on.setMaximumDate(QDate.currentDate())
        self.left_on.setDate(QDate.currentDate())
        self.missing_page = QWidget()
        missing_layout = QVBoxLayout(self.missing_page)
        explanation = QLabel(
            self.tr(
                "These persons are in the register but not in the file. Tick those who left the institution: they "
                "will be marked as left on the date below (they stay in the register with their history)."
            )
        )
        explanation.setWordWrap(True)
        missing_layout.addWidget(explanation)
        missing_layout.addWidget(self.missing, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Left on:")))
        row.addWidget(self.left_on)
        tick_all = QPushButton(self.tr("Tick all"))
        tick_all.clicked.connect(lambda: self._tick_missing(True))
        row.addWidget(tick_all)
        row.addStretch(1)
        missing_layout.addLayout(row)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        return page

    def check(self) -> None:
        """Validate and reconcile every row with the current mapping (on the runner)."""
        assert self.table is not None and self.proposal is not None
        if not ({"surname", "full_name"} & set(self.proposal.mapping.values())):
            self.mapping_info.setText(
                "<span style='color:#c0392b'>"
                + self.tr("Choose the column that holds the surname (or the full name).")
                + "</span>"
            )
            return
        work = call_with_progress(imp.preview_import, self.table, self.proposal, campaign=self.ctx.campaign)
        self.op(work, done=self._show_outcome, progress=self.tr("Checking the rows…"))

    def _show_outcome(self, preview: imp.ImportPreview) -> None:
        self.preview = preview
        counts = preview.counts()
        parts = [
            self.tr("Rows with persons: <b>%1</b>").replace("%1", str(counts["read"])),
            self.tr("new: <b>%1</b>").replace("%1", str(counts["new"])),
            self.tr("with changes: <b>%1</b>").replace("%1", str(counts["update"])),
            self.tr("unchanged: %1").replace("%1", str(counts["unchanged"])),
            self.tr("duplicates: %1").replace("%1", str(counts["duplicates"])),
            self.tr("errors: <b>%1</b>").replace("%1", str(counts["errors"])),
            self.tr("not in the file: %1").replace("%1", str(counts["no_longer_listed"])),
            self.tr("lines skipped (totals, signatures, headers): %1").replace("%1", str(counts["skipped"])),
        ]
        text = " · ".join(parts)
        if counts["errors"]:
            text += "<br>" + self.tr(
                "Rows with errors are not imported: correct them in the file and import it again, or add "
                "those persons by hand. “Save the errors…” writes them to a workbook with the reasons."
            )
        self.summary.setText(text)
        self.tabs.clear()
        row_header = self.tr("Row")
        name_header = self.tr("Person")
        new_rows = preview.of("new")
        self.tabs.addTab(
            _table(
                RowsModel(
                    [
                        row_header,
                        name_header,
                        self.tr("IIN"),
                        self.tr("Birth date"),
                        self.tr("Unit"),
                        self.tr("Warnings"),
                    ],
                    new_rows,
                    lambda r: [
                        str(r.line),
                        rules.full_name(r.data.surname, r.data.name, r.data.patronymic),
                        r.data.iin or "",
                        local_date(r.data.birth_date),
                        r.data.unit,
                        "; ".join(tr_message(m) for m in r.warnings),
                    ],
                    self,
                    optional=(4, 5),
                )
            ),
            self.tr("New (%1)").replace("%1", str(len(new_rows))),
        )
        self._fill_changes(preview)
        self.tabs.addTab(self.changes, self.tr("Changes (%1)").replace("%1", str(counts["update"])))
        for kind, title in (("duplicate", self.tr("Duplicates (%1)")), ("error", self.tr("Errors (%1)"))):
            rows = preview.of(kind)
            self.tabs.addTab(
                _table(
                    RowsModel(
                        [row_header, name_header, self.tr("Reason")],
                        rows,
                        lambda r: [
                            str(r.line),
                            rules.full_name(r.data.surname, r.data.name, r.data.patronymic)
                            if r.data
                            else " ".join(c for c in r.cells if c)[:80],
                            "; ".join(tr_message(m) for m in r.errors),
                        ],
                        self,
                    )
                ),
                title.replace("%1", str(len(rows))),
            )
        self.missing.clear()
        for person in preview.missing:
            item = QTreeWidgetItem([person.full_name, local_date(person.birth_date), person.iin or "", person.unit])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setData(0, Qt.ItemDataRole.UserRole, person.id)
            self.missing.addTopLevelItem(item)
        for column in range(4):
            self.missing.resizeColumnToContents(column)
        if preview.reconciling:
            self.tabs.addTab(
                self.missing_page, self.tr("Not in the file (%1)").replace("%1", str(len(preview.missing)))
            )
        skipped = [r for r in preview.of("skipped") if not r.blank]
        self.tabs.addTab(
            _table(
                RowsModel(
                    [row_header, self.tr("Text")],
                    skipped,
                    lambda r: [str(r.line), " | ".join(c for c in r.cells if c)],
                    self,
                )
            ),
            self.tr("Skipped (%1)").replace("%1", str(len(skipped))),
        )
        self.stack.setCurrentIndex(2)
        self._update_buttons()
        self.preview_ready.emit()

    def _fill_changes(self, preview: imp.ImportPreview) -> None:
        self.changes.clear()
        for row in preview.of("update"):
            assert row.data is not None
            top = QTreeWidgetItem(
                [
                    self.tr("Row %1: %2")
                    .replace("%1", str(row.line))
                    .replace("%2", rules.full_name(row.data.surname, row.data.name, row.data.patronymic))
                ]
            )
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            top.setData(0, Qt.ItemDataRole.UserRole, row.line)
            for change in row.changes:
                label = _tr(imp.FIELD_LABELS.get(change.field, imp.FIELD_LABELS["citizenship"]))
                child = QTreeWidgetItem([label, _value(change.old), _value(change.new)])
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked)
                child.setData(0, Qt.ItemDataRole.UserRole, change.field)
                top.addChild(child)
            self.changes.addTopLevelItem(top)
            top.setExpanded(True)

    def _tick_missing(self, checked: bool) -> None:
        for item in _children(self.missing.invisibleRootItem()):
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def decisions(self) -> imp.Decisions:
        rejected: set[tuple[int, str]] = set()
        for top in _children(self.changes.invisibleRootItem()):
            line = top.data(0, Qt.ItemDataRole.UserRole)
            for child in _children(top):
                if child.checkState(0) != Qt.CheckState.Checked:
                    rejected.add((line, child.data(0, Qt.ItemDataRole.UserRole)))
        mark_left = set()
        for item in _children(self.missing.invisibleRootItem()):
            if item.checkState(0) == Qt.CheckState.Checked:
                mark_left.add(item.data(0, Qt.ItemDataRole.UserRole))
        qdate = self.left_on.date()
        return imp.Decisions(
            rejected_changes=rejected,
            mark_left=mark_left,
            left_on=dt.date(qdate.year(), qdate.month(), qdate.day()),
        )

    # -- step 3: write --------------------------------------------------------------------------

    def write(self) -> None:
        assert self.preview is not None
        work = call_with_progress(imp.apply_import, self.preview, self.decisions())
        self.op(work, done=self._written, progress=self.tr("Importing…"))

    def _written(self, result: imp.ImportResult) -> None:
        self.outcome = result
        while self.done_figures.rowCount():
            self.done_figures.removeRow(0)
        for label, value in (
            (self.tr("New persons added:"), result.imported),
            (self.tr("Persons updated:"), result.updated),
            (self.tr("Unchanged:"), result.unchanged),
            (self.tr("Marked as left:"), result.marked_left),
            (self.tr("Not imported, with errors:"), result.errors),
            (self.tr("Not imported, duplicates in the file:"), result.duplicates),
        ):
            figure = QLabel(str(value))
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.done_figures.addRow(label, figure)
        self.done_hint.setText(
            self.tr(
                "The persons are on the Respondents page. Rows not imported stay in the file: correct them "
                "there and import the file again, or add those persons by hand."
            )
            if result.errors or result.duplicates
            else self.tr("The persons are on the Respondents page.")
        )
        self.stack.setCurrentIndex(3)
        self._update_buttons()
        for index in (1, 2):  # the tables of the other pages no longer set the dialog's size
            other = self.stack.widget(index)
            if other is not None:
                other.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.resize(min(self.width(), 640), 0)
        self.adjustSize()
        self.imported.emit(result)

    def save_report(self, path: str | None = None) -> None:
        if self.preview is None:
            return
        if not path:
            suggested = str(self.path.with_name(self.path.stem + " — " + self.tr("errors") + ".xlsx"))
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the errors"), suggested, self.tr("Excel workbook (*.xlsx)")
            )
            if not path:
                return
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        preview, target = self.preview, Path(path)
        run_task(self, self.runner, lambda _progress: imp.write_error_report(preview, target, qt_translate))

    # -- buttons --------------------------------------------------------------------------------

    def _next(self) -> None:
        page = self.stack.currentIndex()
        if page == 1:
            self.check()
        elif page == 2:
            self.write()
        elif page == 3:
            self.accept()

    def _update_buttons(self) -> None:
        page = self.stack.currentIndex()
        self.back_button.setVisible(page == 2)
        self.report_button.setVisible(
            page == 2
            and self.preview is not None
            and bool(self.preview.counts()["errors"] + self.preview.counts()["duplicates"])
        )
        self.cancel_button.setVisible(page != 3)
        self.next_button.setEnabled(page in (1, 2, 3))
        if page == 1:
            self.next_button.setText(self.tr("&Check the rows >"))
        elif page == 2 and self.preview is not None:
            counts = self.preview.counts()
            self.next_button.setText(self.tr("&Import"))
            self.next_button.setEnabled(bool(counts["new"] or counts["update"] or self.preview.missing))
        elif page == 3:
            self.next_button.setText(self.tr("Close"))


def _read_and_propose(uow: UnitOfWork, path: Path, sheet: str | None) -> tuple[Table, imp.MappingProposal]:
    table = read_table(path, sheet)
    return table, imp.propose_mapping(uow, table)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _children(item: QTreeWidgetItem | None) -> list[QTreeWidgetItem]:
    """The items under ``item`` (a tree's invisible root for its top-level items)."""
    if item is None:
        return []
    children = (item.child(i) for i in range(item.childCount()))
    return [child for child in children if child is not None]
