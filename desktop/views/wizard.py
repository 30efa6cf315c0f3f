"""The first start: language, the institution's profile, the Department, the first responsible employee."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.domain.enums import LANGUAGE_NAMES, Language
from desktop.domain.errors import ValidationError
from desktop.services.institution import EmployeeInput, ProfileInput, validate_profile
from desktop.views import theme
from desktop.views.common import tr_message
from desktop.views.profile_form import EmployeeForm, ProfileForm

#: The Department's name as the acts print it, in Russian and in Kazakh (whatever the window's language).
DEFAULT_DEPARTMENT = {
    "ru": "Департамент Бюро национальной статистики по Жамбылской области",
    "kk": "Ұлттық статистика бюросының Жамбыл облысы бойынша департаменті",
}


class _WelcomePage(QWizardPage):
    def __init__(self, lang: Language, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Sanaq Desktop"))
        text = QLabel(
            self.tr(
                "This program helps the responsible employees of an institution carry out the population "
                "census: the list of persons to be counted, their census sheets, certificates of "
                "participation and sending the data to the Department of the Bureau of National "
                "Statistics.\n\nFirst, a few facts about your institution. Everything can be changed "
                "later in Settings."
            )
        )
        text.setWordWrap(True)
        self.language = QComboBox()
        for option in (Language.RU, Language.KK, Language.EN):
            self.language.addItem(LANGUAGE_NAMES[option], option.value)
        self.language.setCurrentIndex(self.language.findData(lang.value))
        self.language.currentIndexChanged.connect(
            lambda _i: wizard.language_changed.emit(Language(self.language.currentData()))
        )
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)


class _ProfilePage(QWizardPage):
    def __init__(self, lang: Language) -> None:
        super().__init__()
        self.setTitle(self.tr("The institution"))
        self.setSubTitle(self.tr("As in the registration certificate. The BIN is checked as you type."))
        self.form = ProfileForm(lang.value, self, department=False)
        self.form.validity_changed.connect(lambda _ok: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.form.is_valid()

    def validatePage(self) -> bool:  # noqa: N802
        return self.form.show_problem()


class _DepartmentPage(QWizardPage):
    def __init__(self, lang: Language, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("The Department"))
        self.setSubTitle(
            self.tr("Where the data is sent. The address of the receiving service is given at the seminar.")
        )
        self.name_kk = QLineEdit(DEFAULT_DEPARTMENT["kk"])
        self.name = QLineEdit(DEFAULT_DEPARTMENT["ru"])
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        form = QFormLayout(self)
        form.addRow(self.tr("Department, name in Kazakh:"), self.name_kk)
        form.addRow(self.tr("Department, name in Russian:"), self.name)
        form.addRow(self.tr("Address of the receiving service:"), self.url)
        hint = QLabel(self.tr("You may leave the address empty now and enter it in Settings later."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.error = QLabel()
        self.error.setStyleSheet(theme.status_style(theme.Status.ERROR))
        self.error.setWordWrap(True)
        form.addRow(self.error)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        try:
            validate_profile(self._wizard.profile())
        except ValidationError as error:
            self.error.setText(tr_message(error.message))
            return False
        self.error.setText("")
        return True


class _EmployeePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The responsible employee"))
        self.setSubTitle(self.tr("Appointed by order of the head of the institution. More can be added later."))
        self.form = EmployeeForm(self)
        self.form.full_name.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.result_error = QLabel()
        self.result_error.setStyleSheet(theme.status_style(theme.Status.ERROR))
        self.result_error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.result_error)

    def isComplete(self) -> bool:  # noqa: N802
        return len(self.form.full_name.text().strip()) >= 3

    def validatePage(self) -> bool:  # noqa: N802
        return self.form.show_problem()


class FirstRunWizard(QWizard):
    """Collects the profile and the first employee; the caller saves them."""

    language_changed = Signal(object)

    def __init__(self, lang: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sanaq Desktop — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.welcome = _WelcomePage(lang, self)
        self.profile_page = _ProfilePage(lang)
        self.department_page = _DepartmentPage(lang, self)
        self.employee_page = _EmployeePage()
        for page in (self.welcome, self.profile_page, self.department_page, self.employee_page):
            self.addPage(page)
        self.resize(720, 620)

    def profile(self) -> ProfileInput:
        data = self.profile_page.form.value()
        data.department_name = self.department_page.name.text()
        data.department_name_kk = self.department_page.name_kk.text()
        data.department_url = self.department_page.url.text()
        return data

    def employee(self) -> EmployeeInput:
        return self.employee_page.form.value()
