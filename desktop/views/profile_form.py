"""Forms for the institution profile and a responsible employee (used by the wizard and Settings)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import classifiers, iin
from desktop.domain.errors import ValidationError
from desktop.services.institution import EmployeeInput, ProfileInput, validate_employee, validate_profile
from desktop.views import theme
from desktop.views.common import from_qdate, to_qdate, tr_message


def _combo(classifier: classifiers.Classifier, lang: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(False)
    combo.setMaxVisibleItems(20)
    for item in classifier:
        combo.addItem(f"{item.name(lang)}", item.code)
    # The box takes the width of the form; the list that opens is as wide as the longest name.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 2 * theme.SPACE_L)
    return combo


class ProfileForm(QWidget):
    """The institution profile with live validation: a wrong BIN is said at once, under the field."""

    validity_changed = Signal(bool)

    def __init__(self, lang: str, parent: QWidget | None = None, *, department: bool = True) -> None:
        super().__init__(parent)
        self.lang = lang
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_kk = QLineEdit()
        self.name_ru = QLineEdit()
        self.bin = QLineEdit()
        self.bin.setValidator(QRegularExpressionValidator(QRegularExpression(r"[\d ]{0,15}")))
        self.bin.setPlaceholderText("000000000000")
        self.bin_status = QLabel()
        self.bin_status.setWordWrap(True)
        self.type_code = _combo(classifiers.institution_types(), lang)
        self.kato_code = _combo(classifiers.kato_units(), lang)
        self.address = QLineEdit()
        self.head_name = QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText(self.tr("not set"))
        self.phone = QLineEdit()
        self.department_name = QLineEdit()
        self.department_name_kk = QLineEdit()
        self.department_url = QLineEdit()
        self.department_url.setPlaceholderText("https://")
        self.error = QLabel()
        self.error.setStyleSheet(theme.status_style(theme.Status.ERROR))
        self.error.setWordWrap(True)

        form.addRow(self.tr("Name in Kazakh:"), self.name_kk)
        form.addRow(self.tr("Name in Russian:"), self.name_ru)
        form.addRow(self.tr("BIN:"), self.bin)
        form.addRow("", self.bin_status)
        form.addRow(self.tr("Type of institution:"), self.type_code)
        form.addRow(self.tr("District or city (KATO):"), self.kato_code)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Head of the institution:"), self.head_name)
        form.addRow(self.tr("Capacity (places):"), self.capacity)
        form.addRow(self.tr("Phone:"), self.phone)
        self.department_rows = department
        if department:
            form.addRow(self.tr("Department, name in Kazakh:"), self.department_name_kk)
            form.addRow(self.tr("Department, name in Russian:"), self.department_name)
            form.addRow(self.tr("Address of the Department's service:"), self.department_url)
        form.addRow(self.error)

        for edit in (self.name_kk, self.name_ru, self.bin, self.department_url):
            edit.textChanged.connect(self._check)
        for combo in (self.type_code, self.kato_code):
            combo.setPlaceholderText(self.tr("Choose from the list"))
            combo.setCurrentIndex(-1)
        self.type_code.currentIndexChanged.connect(self._check)
        self.kato_code.currentIndexChanged.connect(self._check)

    def set_value(self, profile: ProfileInput) -> None:
        self.name_kk.setText(profile.name_kk)
        self.name_ru.setText(profile.name_ru)
        self.bin.setText(profile.bin)
        self.type_code.setCurrentIndex(self.type_code.findData(profile.type_code))
        self.kato_code.setCurrentIndex(self.kato_code.findData(profile.kato_code))
        self.address.setText(profile.address)
        self.head_name.setText(profile.head_name)
        self.capacity.setValue(profile.capacity or 0)
        self.phone.setText(profile.phone)
        self.department_name.setText(profile.department_name)
        self.department_name_kk.setText(profile.department_name_kk)
        self.department_url.setText(profile.department_url)
        self._check()

    def value(self) -> ProfileInput:
        return ProfileInput(
            name_kk=self.name_kk.text(),
            name_ru=self.name_ru.text(),
            bin=self.bin.text(),
            type_code=self.type_code.currentData() or "",
            kato_code=self.kato_code.currentData() or "",
            address=self.address.text(),
            head_name=self.head_name.text(),
            capacity=self.capacity.value() or None,
            phone=self.phone.text(),
            department_name=self.department_name.text(),
            department_name_kk=self.department_name_kk.text(),
            department_url=self.department_url.text(),
        )

    def _check(self) -> None:
        number = self.bin.text().replace(" ", "")
        if not number:
            self.bin_status.setText("")
        elif len(number) < 12:
            self.bin_status.setStyleSheet(f"color: {theme.colours().muted};")
            self.bin_status.setText(self.tr("%n digit(s) of 12", "", len(number)))
        else:
            problem = iin.bin_problem(number)
            if problem is None:
                self.bin_status.setStyleSheet(theme.status_style(theme.Status.OK))
                self.bin_status.setText(self.tr("The BIN is correct."))
            else:
                self.bin_status.setStyleSheet(theme.status_style(theme.Status.ERROR))
                self.bin_status.setText(tr_message(iin.bin_problem_message(number, problem)))
        self.validity_changed.emit(self.is_valid())

    def problem(self) -> str | None:
        """The first thing to fix, in words, or None."""
        try:
            validate_profile(self.value())
        except ValidationError as error:
            return tr_message(error.message)
        return None

    def is_valid(self) -> bool:
        return self.problem() is None

    def show_problem(self) -> bool:
        problem = self.problem()
        self.error.setText(problem or "")
        return problem is None


class EmployeeForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.full_name = QLineEdit()
        self.position = QLineEdit()
        self.order_number = QLineEdit()
        self.order_date = self._date_edit()
        self.seminar_date = self._date_edit()
        self.phone = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet(theme.status_style(theme.Status.ERROR))
        self.error.setWordWrap(True)
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Position:"), self.position)
        form.addRow(self.tr("Appointment order No.:"), self.order_number)
        form.addRow(self.tr("Date of the order:"), self.order_date)
        form.addRow(self.tr("Date of the training seminar:"), self.seminar_date)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.error)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(self.tr("not set"))
        edit.setDate(edit.minimumDate())
        return edit

    @staticmethod
    def _date(edit: QDateEdit) -> QDate:
        return QDate() if edit.date() == edit.minimumDate() else edit.date()

    def set_value(self, data: EmployeeInput) -> None:
        self.full_name.setText(data.full_name)
        self.position.setText(data.position)
        self.order_number.setText(data.order_number)
        for edit, value in ((self.order_date, data.order_date), (self.seminar_date, data.seminar_date)):
            edit.setDate(to_qdate(value) if value else edit.minimumDate())
        self.phone.setText(data.phone)

    def value(self) -> EmployeeInput:
        return EmployeeInput(
            full_name=self.full_name.text(),
            position=self.position.text(),
            order_number=self.order_number.text(),
            order_date=from_qdate(self._date(self.order_date)),
            seminar_date=from_qdate(self._date(self.seminar_date)),
            phone=self.phone.text(),
        )

    def show_problem(self) -> bool:
        try:
            validate_employee(self.value())
        except ValidationError as error:
            self.error.setText(tr_message(error.message))
            return False
        self.error.setText("")
        return True


class EmployeeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, data: EmployeeInput | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Responsible employee"))
        self.form = EmployeeForm(self)
        if data is not None:
            self.form.set_value(data)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _accept(self) -> None:
        if self.form.show_problem():
            self.accept()
