"""The Respondents page: the register of persons to be counted, instant with 100,000 persons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
)

from desktop.domain import person as rules
from desktop.domain.accounts import Permission
from desktop.domain.enums import COVERAGE_LABELS, CoverageStatus
from desktop.services import register, register_export
from desktop.views.operations import call, call_with_progress
from desktop.views.page import Page
from desktop.views.person_dialog import LeftDialog, PersonDialog
from desktop.views.respondents_model import PERSON_ID_ROLE, PersonTableModel
from desktop.views.theme import action_icon, keep_first_choice_whole
from desktop.views.windowed import FIRST_ROWS, WINDOW, ListLoader

if TYPE_CHECKING:
    from desktop.domain.campaign import Campaign
    from desktop.models.db import UnitOfWork


class RespondentsPage(Page):
    page_id = "respondents"
    #: The list was recomputed (search, filters, sort, a change): how many rows it shows.
    rows_shown = Signal(int)

    def __init__(self, ctx, runner, parent=None) -> None:
        super().__init__(ctx, runner, parent)
        self._sort = ("name", False)
        self._units: list[register.UnitInfo] = []
        self._total = 0
        self._pending_select: int | None = None
        self.model = PersonTableModel(self._fetch_rows, ctx.language.value, self)
        self.loader = ListLoader(self, self.model)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: surname, name, patronymic or IIN"))
        self.search.setAccessibleName(self.search.placeholderText())
        self.search.textChanged.connect(self.reload)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in CoverageStatus:
            self.status_filter.addItem(QCoreApplication.translate("coverage", COVERAGE_LABELS[status]), status.value)
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.unit_filter = QComboBox()
        self.unit_filter.setAccessibleName(self.tr("Unit"))
        self.problem_filter = QComboBox()
        self.problem_filter.setAccessibleName(self.tr("Problems"))
        self.problem_filter.addItem(self.tr("Any problems or none"), None)
        self.problem_filter.addItem(self.tr("With any problem"), "any")
        for problem in rules.Problem:
            self.problem_filter.addItem(
                QCoreApplication.translate("register", rules.PROBLEM_LABELS[problem]), problem.value
            )
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(self.tr("Who is shown"))
        self.state_filter.addItem(self.tr("Everyone"), "all")
        self.state_filter.addItem(self.tr("Present (not left)"), "present")
        self.state_filter.addItem(self.tr("On the stage-1 list"), "on_list")
        self.state_filter.addItem(self.tr("Left"), "left")
        self.state_filter.addItem(self.tr("To be counted (list or census moment)"), "to_count")
        self.work_filter = QComboBox()
        self.work_filter.setObjectName("work_filter")
        self.work_filter.setAccessibleName(self.tr("Work left"))
        self.work_filter.addItem(self.tr("Any work left"), None)
        work_labels = {
            "sheet_draft": self.tr("Census sheet in draft"),
            "not_verified": self.tr("Waiting for double entry"),
            "certificate_waiting": self.tr("Certificate to issue"),
            "not_at_department": self.tr("Not yet at the Department"),
        }
        for work in register.WORK_FILTERS:
            self.work_filter.addItem(work_labels[work], work)
        filter_combos = (self.status_filter, self.unit_filter, self.problem_filter, self.state_filter, self.work_filter)
        for combo in filter_combos:
            combo.currentIndexChanged.connect(self.reload)
            # As wide as its first choice ("any…"); the list that opens shows the long ones whole.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) // 2)
        self.search.addAction(action_icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        for tool in self.search.findChildren(QToolButton):  # the icon and the clear button: read with the field
            tool.setAccessibleName(self.search.placeholderText())
        self._fill_units()
        for combo in filter_combos:
            keep_first_choice_whole(combo)

        self.add_button = self._button(self.tr("&Add…"), self.add_person, "add")
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_person, "edit")
        self.left_button = self._button(self.tr("Mark as &left…"), self.mark_left)
        self.return_button = self._button(self.tr("Came &back"), self.cancel_left)
        self.delete_button = self._button(self.tr("&Delete…"), self.delete_person)
        self.import_button = self._button(self.tr("&Import…"), self.import_file, "import")
        self.duplicates_button = self._button(self.tr("D&uplicates…"), self.find_duplicates)
        self.export_button = QPushButton(self.tr("E&xport"))  # draws its menu arrow beside the text
        self.export_button.setIcon(action_icon("export"))
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Stage-1 list for the Department (.xlsx)…"), lambda: self.export("stage1_xlsx"))
        menu.addAction(self.tr("Stage-1 list to sign (PDF)…"), lambda: self.export("stage1_pdf"))
        menu.addAction(self.tr("Whole register (.xlsx)…"), lambda: self.export("register_xlsx"))
        self.export_button.setMenu(menu)
        if not self.may(Permission.CENSUS_WORK):  # a viewer reads the register and changes nothing
            for button in (self.add_button, self.edit_button, self.left_button, self.return_button,
                           self.delete_button, self.import_button, self.duplicates_button, self.export_button):
                button.setVisible(False)  # fmt: skip

        self.table = QTableView()
        self.table.setObjectName("persons")
        self.table.setAccessibleName(self.tr("Respondents"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.model.sort_requested.connect(self._on_sort)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        header = self.table.horizontalHeader()
        for column, width in enumerate((250, 110, 100, 60, 75, 300, 200, 150, 110, 170, 100, 150, 200)):
            self.table.setColumnWidth(column, max(width, header.sectionSizeFromContents(column).width()))
        self.table.doubleClicked.connect(self.edit_person)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rows_arrived.connect(self._update_buttons)
        edit_action = QAction(self)
        edit_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_action.triggered.connect(self.edit_person)
        self.table.addAction(edit_action)
        new_action = QAction(self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self.add_person)
        new_action.setEnabled(self.may(Permission.CENSUS_WORK))
        self.addAction(new_action)
        find_action = QAction(self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find_action.triggered.connect(self._focus_search)
        self.addAction(find_action)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.empty_hint = QLabel(
            self.tr(
                "The register is empty. Add persons one by one, or import the institution's own list "
                "(Excel, LibreOffice or CSV) with “Import…”."
            )
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setVisible(False)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.unit_filter, 1)
        filters.addWidget(self.problem_filter, 1)
        filters.addWidget(self.state_filter, 1)
        filters.addWidget(self.work_filter, 1)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.left_button, self.return_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for widget in (self.duplicates_button, self.import_button, self.export_button):
            actions.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Respondents")

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _button(self, text: str, slot, icon: str | None = None) -> QToolButton:
        """A button of the toolbar; the main actions (add, edit, import) carry an icon."""
        button = QToolButton()
        button.setText(text)
        if icon is not None:
            button.setIcon(action_icon(icon))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(slot)
        return button

    # -- reading ------------------------------------------------------------------------------

    def _fetch_rows(self, ids: Sequence[int], deliver: Callable[[list[register.PersonRow]], None]) -> None:
        """One window of rows for the view, read on the database thread."""
        self.op(call(register.rows_by_ids, list(ids), campaign=self.ctx.campaign), done=deliver)

    def filters(self) -> register.Filters:
        return register.Filters(
            text=self.search.text(),
            status=self.status_filter.currentData(),
            unit_id=self.unit_filter.currentData(),
            problem=self.problem_filter.currentData(),
            state=self.state_filter.currentData() or "all",
            work=self.work_filter.currentData(),
        )

    def show_filtered(self, *, status: str | None = None, state: str = "all", work: str | None = None) -> None:
        """Show the persons behind a number of the Overview: these filters set, the others cleared."""
        combos = [
            (self.status_filter, status),
            (self.state_filter, state),
            (self.work_filter, work),
            (self.unit_filter, None),
            (self.problem_filter, None),
        ]
        for combo, value in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reload()

    def refresh(self) -> None:
        """Reload units, counts and the rows (called when the page is shown and after changes)."""

        def got_units(result: tuple[list[register.UnitInfo], int]) -> None:
            self._units, self._total = result
            self._fill_units()
            self._show_summary()

        self.reload()  # the rows first: they are what the person waits for
        self.op(call(_units_and_total, self.ctx.campaign), done=got_units)

    def _fill_units(self) -> None:
        current = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("Any unit"), None)
        self.unit_filter.addItem(self.tr("Without a unit"), 0)
        for unit in self._units:
            self.unit_filter.addItem(f"{unit.name} ({unit.persons})", unit.id)
        index = self.unit_filter.findData(current)
        self.unit_filter.setCurrentIndex(index if index >= 0 else 0)
        self.unit_filter.blockSignals(False)

    def reload(self) -> None:
        """Recompute the list after a keystroke, a filter or a sort: its first rows at once, then the
        whole list (see :class:`ListLoader`); the selected person stays selected."""
        filters = self.filters()
        sort, descending = self._sort
        campaign = self.ctx.campaign
        selected = self._pending_select or self.current_id()
        self._pending_select = None

        def first(uow: UnitOfWork, _progress: object) -> tuple[list[int], list[register.PersonRow]]:
            ids = register.ordered_ids(uow, filters, sort, descending, campaign=campaign, limit=WINDOW)
            return ids, register.rows_by_ids(uow, ids[:FIRST_ROWS], campaign=campaign)

        def rest(uow: UnitOfWork, _progress: object) -> tuple[list[int], None]:
            return register.ordered_ids(uow, filters, sort, descending, campaign=campaign), None

        def reselect() -> None:
            if selected is not None and self.current_id() != selected:
                self.select(selected)

        def complete(_extra: None) -> None:
            if self.unit_filter.currentData() != filters.unit_id:
                self.reload()  # the chosen unit no longer exists
                return
            reselect()
            self._show_summary()
            self.rows_shown.emit(self.model.rowCount())

        self.loader.load(first, rest, first_shown=reselect, complete=complete)

    def _on_sort(self, key: str, descending: bool) -> None:
        if (key, descending) == self._sort:
            return
        self._sort = (key, descending)
        self.reload()

    def _show_summary(self) -> None:
        shown = self.model.rowCount()
        total = max(self._total, shown)
        self.summary.setText(self.tr("Shown: %1 of %2").replace("%1", str(shown)).replace("%2", str(total)))
        self.empty_hint.setVisible(total == 0)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.data(index, PERSON_ID_ROLE)

    def current_person(self) -> register.PersonRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.person(index.row())

    def select(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        person = self.current_person()
        self.edit_button.setEnabled(person is not None)
        self.left_button.setEnabled(person is not None and person.left_on is None)
        self.return_button.setEnabled(person is not None and person.left_on is not None)
        self.delete_button.setEnabled(person is not None and person.status == CoverageStatus.TO_ENUMERATE.value)

    # -- actions ------------------------------------------------------------------------------

    def _changed(self, person_id: int | None = None) -> None:
        """After a change: reload this page (keeping the person selected) and tell the others."""
        self._pending_select = person_id
        self.refresh()
        self.data_changed.emit()

    def add_person(self) -> PersonDialog:
        dialog = PersonDialog(self.ctx, self.runner, None, [u.name for u in self._units], self)
        dialog.saved.connect(self._after_add)
        dialog.open()
        return dialog

    def _after_add(self, row: register.PersonRow) -> None:
        self._changed(row.id)

    def edit_person(self, *_args: object) -> PersonDialog | None:
        person = self.current_person()
        if person is None or not self.may(Permission.CENSUS_WORK):
            return None
        dialog = PersonDialog(self.ctx, self.runner, person, [u.name for u in self._units], self)
        dialog.saved.connect(lambda row: self._changed(row.id))
        dialog.open()
        return dialog

    def mark_left(self) -> LeftDialog | None:
        person = self.current_person()
        if person is None or person.left_on is not None:
            return None
        dialog = LeftDialog(person, self)

        def accepted() -> None:
            left_on, reason, note = dialog.values()
            work = call(register.mark_left, person.id, left_on, reason, note, revision=person.revision,
                        campaign=self.ctx.campaign)  # fmt: skip
            self.op(work, done=lambda row: self._changed(row.id))

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def cancel_left(self) -> None:
        person = self.current_person()
        if person is None or person.left_on is None:
            return
        work = call(register.cancel_left, person.id, campaign=self.ctx.campaign)
        self.op(work, done=lambda row: self._changed(row.id))

    def delete_person(self) -> QMessageBox | None:
        person = self.current_person()
        if person is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete the record"),
            self.tr(
                "Delete %1 from the register? Do this only for a record entered by mistake; a person who "
                "left is marked as left instead."
            ).replace("%1", person.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.op(call(register.delete_person, person.id), done=lambda _r: self._changed())

        box.finished.connect(answered)
        box.open()
        return box

    def import_file(self, path: str | None = None):
        from desktop.views.import_dialog import ImportDialog

        if not path:
            folder = QSettings().value("register/import_folder", str(Path.home()))
            path, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Import a register"),
                str(folder),
                self.tr("Registers (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)"),
            )
            if not path:
                return None
            QSettings().setValue("register/import_folder", str(Path(path).parent))
        dialog = ImportDialog(self.ctx, self.runner, Path(path), self)
        dialog.imported.connect(lambda _result: self._changed())
        dialog.open()
        return dialog

    def find_duplicates(self):
        from desktop.views.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.ctx, self.runner, self)
        dialog.changed.connect(self._changed)
        dialog.open()
        return dialog

    def export(self, kind: str, path: str | None = None) -> None:
        suffix = ".pdf" if kind == "stage1_pdf" else ".xlsx"
        if not path:
            folder = str(QSettings().value("register/export_folder", str(Path.home())))
            default = {
                "stage1_xlsx": self.tr("stage-1 list"),
                "stage1_pdf": self.tr("stage-1 list"),
                "register_xlsx": self.tr("register"),
            }[kind]
            pattern = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Excel workbook (*.xlsx)")
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export"), str(Path(folder) / (default + suffix)), pattern
            )
            if not path:
                return
            if not path.lower().endswith(suffix):
                path += suffix
            QSettings().setValue("register/export_folder", str(Path(path).parent))
        target = Path(path)
        function = {
            "stage1_xlsx": register_export.export_stage1_xlsx,
            "stage1_pdf": register_export.export_stage1_pdf,
            "register_xlsx": register_export.export_register_xlsx,
        }[kind]

        def done(count: int) -> None:
            self.summary.setText(self.tr("Saved %1 (%2 persons).").replace("%1", str(target)).replace("%2", str(count)))

        work = call_with_progress(function, target, campaign=self.ctx.campaign)
        self.op(work, done=done, progress=self.tr("Exporting…"))


def _units_and_total(uow: UnitOfWork, campaign: Campaign) -> tuple[list[register.UnitInfo], int]:
    return register.list_units(uow), register.count_persons(uow, campaign=campaign)
