"""Settings: the institution profile, the responsible employees, language and this computer."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.accounts import Permission
from desktop.domain.campaign import default_campaign, shipped_campaigns
from desktop.domain.enums import LANGUAGE_NAMES, Language
from desktop.services import institution
from desktop.settings import DECLARED
from desktop.views import theme
from desktop.views.common import local_date, show_error
from desktop.views.drafts import AUTOSAVE_BOUNDS, autosave_ms
from desktop.views.operations import OpWork, call
from desktop.views.page import Page
from desktop.views.profile_form import EmployeeDialog, ProfileForm

if TYPE_CHECKING:
    from desktop.models.db import UnitOfWork


def _mask_password(url: str) -> str:
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1•••@", url)


class SettingsPage(Page):
    page_id = "settings"

    def __init__(self, ctx, runner, parent=None) -> None:
        super().__init__(ctx, runner, parent)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._profile_tab(), self.tr("Institution"))
        self.tabs.addTab(self._employees_tab(), self.tr("Responsible employees"))
        self.tabs.addTab(self._computer_tab(), self.tr("Language and this computer"))
        if not self.may(Permission.ADMINISTER):  # the institution's profile and employees are the administrator's
            self.tabs.setTabVisible(0, False)
            self.tabs.setTabVisible(1, False)
            self.tabs.setCurrentIndex(2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._employees: list[institution.EmployeeInfo] = []
        self._profile_loaded = False

    def title(self) -> str:
        return self.tr("Settings")

    # -- profile -------------------------------------------------------------------------------

    def _profile_tab(self) -> QWidget:
        tab = QWidget()
        self.profile_form = ProfileForm(self.ctx.language.value, tab)
        self.save_profile_button = QPushButton(self.tr("Save"))
        self.save_profile_button.clicked.connect(self.save_profile)
        self.profile_saved = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.profile_saved, 1)
        buttons.addWidget(self.save_profile_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.profile_form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return tab

    def save_profile(self) -> None:
        if not self.profile_form.show_problem():
            return

        def done(_profile: institution.Profile) -> None:
            self.profile_saved.setText(self.tr("Saved."))
            self.data_changed.emit()

        self.profile_saved.setText("")
        self.op(call(institution.save_profile, self.profile_form.value()), done=done)

    # -- employees -----------------------------------------------------------------------------

    def _employees_tab(self) -> QWidget:
        tab = QWidget()
        self.employee_table = QTableWidget(0, 5)
        self.employee_table.setAccessibleName(self.tr("Responsible employees"))
        self.employee_table.setHorizontalHeaderLabels(
            [self.tr("Full name"), self.tr("Position"), self.tr("Order"), self.tr("Seminar"), self.tr("Phone")]
        )
        self.employee_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.employee_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.employee_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.employee_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.employee_table.verticalHeader().setVisible(False)
        self.employee_table.doubleClicked.connect(lambda _index: self.edit_employee())
        add = QPushButton(self.tr("Add…"))
        add.clicked.connect(self.add_employee)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self.edit_employee)
        remove = QPushButton(self.tr("No longer responsible"))
        remove.setToolTip(self.tr("The employee stays in the records of what they did, but is no longer listed."))
        remove.clicked.connect(self.deactivate_employee)
        buttons = QHBoxLayout()
        for button in (add, edit, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.employee_table)
        layout.addLayout(buttons)
        return tab

    def _selected_employee(self) -> institution.EmployeeInfo | None:
        row = self.employee_table.currentRow()
        return self._employees[row] if 0 <= row < len(self._employees) else None

    def _run_employee(self, work: OpWork) -> None:
        def done(_result: object) -> None:
            self.refresh()
            self.data_changed.emit()

        self.op(work, done=done)

    def add_employee(self) -> None:
        dialog = EmployeeDialog(self)
        if dialog.exec():
            self._run_employee(call(institution.add_employee, dialog.form.value()))

    def edit_employee(self) -> None:
        employee = self._selected_employee()
        if employee is None:
            return
        dialog = EmployeeDialog(self, employee)
        if dialog.exec():
            self._run_employee(call(institution.update_employee, employee.id, dialog.form.value()))

    def deactivate_employee(self) -> None:
        employee = self._selected_employee()
        if employee is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Responsible employees"),
            self.tr("{name} will no longer be listed as a responsible employee. Continue?").format(
                name=employee.full_name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run_employee(call(institution.set_employee_active, employee.id, False))

    # -- language and this computer ------------------------------------------------------------

    def _computer_tab(self) -> QWidget:
        tab = QWidget()
        self.language = QComboBox()
        for option in (Language.RU, Language.KK, Language.EN):
            self.language.addItem(LANGUAGE_NAMES[option], option.value)
        self.language.setCurrentIndex(self.language.findData(self.ctx.language.value))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(self.tr("The new language is applied when the program starts again."))
        self.language_note.setWordWrap(True)
        self.scheme = QComboBox()
        self.scheme.setObjectName("colourScheme")
        for scheme in theme.Scheme:
            self.scheme.addItem(theme.scheme_label(scheme), scheme.value)
        self.scheme.setCurrentIndex(self.scheme.findData(theme.scheme_of(self.ctx.settings).value))
        self.scheme.currentIndexChanged.connect(self._scheme_chosen)
        self.restart_button = QPushButton(self.tr("Restart now"))
        self.restart_button.setVisible(False)
        self.restart_button.clicked.connect(self.restart)
        account = self.ctx.account
        self.me = QLabel(f"{account.full_name} ({account.login})" if account is not None else "—")
        self.me.setObjectName("signedInAs")
        self.me.setToolTip(self.tr("Changes are recorded under the account signed in."))
        self.autosave = QSpinBox()
        self.autosave.setObjectName("autosaveSeconds")
        self.autosave.setRange(*AUTOSAVE_BOUNDS)
        self.autosave.setValue(autosave_ms(self.ctx.settings) // 1000)
        self.autosave.valueChanged.connect(self._autosave_chosen)
        home = QLabel(str(self.ctx.paths.home))
        home.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        database = QLabel(_mask_password(self.ctx.db.url))
        database.setWordWrap(True)
        database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(tab)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow("", self.restart_button)
        form.addRow(QCoreApplication.translate("settings", DECLARED["theme"].label) + ":", self.scheme)
        form.addRow(self.tr("Signed in as:"), self.me)
        form.addRow(QCoreApplication.translate("settings", DECLARED["autosave_seconds"].label) + ":", self.autosave)
        form.addRow(self.tr("Census campaign:"), self._campaign_row())
        form.addRow("", self.campaign_note)
        form.addRow(self.tr("Data folder:"), home)
        form.addRow(self.tr("Database:"), database)
        form.addRow(self.tr("Backups before updates:"), QLabel(str(self.ctx.paths.backups)))
        return tab

    def _campaign_row(self) -> QWidget:
        """The campaign file (the census's dates): a shipped one, or a file the Department sent."""
        self.campaign = QComboBox()
        self.campaign.setObjectName("campaignFile")
        self.campaign.setAccessibleName(self.tr("Campaign file"))
        # A file's path may be long: the list that opens shows it whole, the page keeps its width.
        self.campaign.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.campaign.setMinimumContentsLength(24)
        self.campaign.addItem(self.tr("The newest shipped: {name}").format(name=self._campaign_name(None)), "")
        for path in shipped_campaigns():
            self.campaign.addItem(self._campaign_name(path), str(path))
        chosen = str(self.ctx.settings.get("campaign_file") or "")
        if chosen and self.campaign.findData(chosen) < 0:
            self.campaign.addItem(chosen, chosen)
        self.campaign.setCurrentIndex(max(self.campaign.findData(chosen), 0))
        self.campaign.currentIndexChanged.connect(self._campaign_chosen)
        browse = QPushButton(self.tr("Other file…"))
        browse.clicked.connect(self.choose_campaign_file)
        self.campaign_note = QLabel(
            self.tr("In use: {name}. A new campaign is applied when the program starts again.").format(
                name=self.ctx.campaign.name(self.ctx.language.value)
            )
        )
        self.campaign_note.setWordWrap(True)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.campaign, 1)
        line.addWidget(browse)
        return row

    def _campaign_name(self, path) -> str:
        try:
            campaign = default_campaign(path)
        except (OSError, ValueError, KeyError):
            return str(path)
        return campaign.name(self.ctx.language.value)

    def choose_campaign_file(self, path: str | None = None) -> None:
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Campaign file"), "", self.tr("Campaign files (*.json)")
            )
        if not path:
            return
        try:
            default_campaign(path)
        except (OSError, ValueError, KeyError):
            QMessageBox.warning(
                self,
                self.tr("Campaign file"),
                self.tr("“{file}” is not a campaign file: it needs the dates of the census (list date, "
                        "reference moment, online and interview windows).").format(file=path),
            )
            return
        if self.campaign.findData(path) < 0:
            self.campaign.addItem(self._campaign_name(path), path)
        self.campaign.setCurrentIndex(self.campaign.findData(path))

    def _campaign_chosen(self, _index: int) -> None:
        self.ctx.settings.set("campaign_file", self.campaign.currentData() or "")
        try:
            self.ctx.settings.save()
        except OSError as error:
            show_error(self, error)
            return
        self.restart_button.setVisible(True)

    def _language_chosen(self, _index: int) -> None:
        chosen = self.language.currentData()
        self.ctx.settings.set("language", chosen)
        try:
            self.ctx.settings.save()
        except OSError as error:
            show_error(self, error)
            return
        self.restart_button.setVisible(chosen != self.ctx.language.value)

    def _scheme_chosen(self, _index: int) -> None:
        """Light, dark or as the system: applied at once, and kept for the next start."""
        scheme = theme.Scheme(self.scheme.currentData())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, scheme)
        self.ctx.settings.set("theme", scheme.value)
        try:
            self.ctx.settings.save()
        except OSError as error:
            show_error(self, error)

    def _autosave_chosen(self, seconds: int) -> None:
        """The sheets and double-entry pages take the new interval when they are shown next."""
        self.ctx.settings.set("autosave_seconds", seconds)
        try:
            self.ctx.settings.save()
        except OSError as error:
            show_error(self, error)

    def restart(self) -> None:
        """Start the program again with the same arguments, then close this window."""
        arguments = QCoreApplication.arguments()
        if QProcess.startDetached(arguments[0], arguments[1:]):
            window = self.window()
            window.close()

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.op(call(_page_data), done=self._show)

    def _show(self, result: tuple[institution.Profile | None, list[institution.EmployeeInfo]]) -> None:
        profile, employees = result
        if profile is not None and not self._profile_loaded:
            self.profile_form.set_value(profile)
            self._profile_loaded = True
        self._employees = employees
        table = self.employee_table
        table.setRowCount(len(employees))
        for row, employee in enumerate(employees):
            order = " ".join(x for x in (employee.order_number, local_date(employee.order_date)) if x)
            values = [employee.full_name, employee.position, order, local_date(employee.seminar_date), employee.phone]
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))


def _page_data(uow: UnitOfWork) -> tuple[institution.Profile | None, list[institution.EmployeeInfo]]:
    return institution.get_profile(uow), institution.list_employees(uow)
