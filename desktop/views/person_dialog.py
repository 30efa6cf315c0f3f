"""Add or edit one person, with live validation; mark a person as left."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import iin as iin_rules
from desktop.domain import person as rules
from desktop.domain.collation import sort_key
from desktop.domain.enums import CitizenshipKind, CoverageStatus, LeftReason, Residence
from desktop.domain.errors import ValidationError
from desktop.domain.iin import Sex
from desktop.domain.person import PersonData, Problem, Severity
from desktop.services import register
from desktop.views import theme
from desktop.views.common import local_date, local_datetime, to_qdate, tr_message
from desktop.views.operations import RunsOperations, call
from desktop.views.respondents_model import status_text

if TYPE_CHECKING:
    from desktop.app import AppContext
    from desktop.views.jobs import JobRunner



def _tr(text: str) -> str:
    return QCoreApplication.translate("register", text)


class DateField(QLineEdit):
    """A date typed as people write it (15.03.1987); empty is allowed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.setMaximumWidth(140)

    def value(self) -> dt.date | None:
        """The date, None when empty; ValueError when the text is not a date."""
        return rules.parse_date(self.text())

    def set_value(self, value: dt.date | None) -> None:
        self.setText(local_date(value))


class PersonDialog(QDialog, RunsOperations):
    """The record of one person.  ``saved(PersonRow)`` is emitted after a successful save."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        runner: JobRunner,
        person: register.PersonRow | None = None,
        units: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.person = person
        self._busy = False
        # Fields the person has edited: their problems are shown as they type.  The others say
        #: nothing until saving is tried (a new record does not open red); a stored record shows all.
        self._touched: set[QWidget] = set()
        self._reveal = person is not None
        self.setWindowTitle(
            self.tr("New person") if person is None else self.tr("Person: %1").replace("%1", person.full_name)
        )
        self.setMinimumWidth(620)

        self.surname = QLineEdit()
        self.name = QLineEdit()
        self.patronymic = QLineEdit()
        self.iin = QLineEdit()
        self.iin.setPlaceholderText(self.tr("12 digits"))
        self.iin.setMaxLength(20)
        self.birth_date = DateField()
        self.sex = QComboBox()
        self.sex.addItem("—", None)
        self.sex.addItem(_tr(rules.SEX_LABELS[Sex.MALE]), Sex.MALE.value)
        self.sex.addItem(_tr(rules.SEX_LABELS[Sex.FEMALE]), Sex.FEMALE.value)
        self.citizenship = QComboBox()
        for kind in CitizenshipKind:
            self.citizenship.addItem(_tr(rules.CITIZENSHIP_LABELS[kind]), kind.value)
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        lang = ctx.language.value
        self.country.addItem("", None)
        for item in sorted(rules.countries(), key=lambda i: sort_key(i.name(lang))):
            if item.code != "398":
                self.country.addItem(item.name(lang), item.code)
        completer = self.country.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.residence = QComboBox()
        for residence in Residence:
            self.residence.addItem(_tr(rules.RESIDENCE_LABELS[residence]), residence.value)
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItem("")
        self.unit.addItems(units or [])
        unit_editor = self.unit.lineEdit()
        assert unit_editor is not None  # an editable combo box has one
        unit_editor.setPlaceholderText(self.tr("Group, ward or department (type a new one to add it)"))
        self.admitted_on = DateField()
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(60)

        form = QFormLayout()
        form.addRow(self.tr("&Surname"), self.surname)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Patronymic"), self.patronymic)
        form.addRow(self.tr("&IIN"), self.iin)
        form.addRow(self.tr("&Birth date"), self.birth_date)
        form.addRow(self.tr("Se&x"), self.sex)
        citizenship_row = QHBoxLayout()
        citizenship_row.addWidget(self.citizenship)
        citizenship_row.addWidget(self.country, 1)
        form.addRow(self.tr("Citizenship"), citizenship_row)
        form.addRow(self.tr("&Residence"), self.residence)
        form.addRow(self.tr("&Unit"), self.unit)
        form.addRow(self.tr("&Admitted on"), self.admitted_on)
        form.addRow(self.tr("N&ote"), self.note)

        self.derived = QLabel()
        self.derived.setWordWrap(True)
        self.derived.setObjectName("derived")
        self.issues = QLabel()
        self.issues.setWordWrap(True)
        self.issues.setObjectName("issues")
        self.issues.setTextFormat(Qt.TextFormat.RichText)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.derived)
        layout.addWidget(self.issues)
        if person is not None:
            status = QGroupBox(self.tr("Census"))
            status_form = QFormLayout(status)
            status_form.addRow(self.tr("Coverage status"), QLabel(self._status_words(person)))
            if person.online_code:
                status_form.addRow(self.tr("Confirmation code"), QLabel(person.online_code))
            if person.status_reason:
                status_form.addRow(self.tr("Reason"), QLabel(person.status_reason))
            if person.left_on:
                reason = _tr(rules.LEFT_REASON_LABELS[LeftReason(person.left_reason or "other")])
                left = f"{local_date(person.left_on)} — {reason} {person.left_note}"
                status_form.addRow(self.tr("Left"), QLabel(left))
            layout.addWidget(status)
            self.history = QListWidget()
            self.history.setMaximumHeight(90)
            history_box = QGroupBox(self.tr("History"))
            QVBoxLayout(history_box).addWidget(self.history)
            layout.addWidget(history_box)
            self._load_history(person.id)
        layout.addWidget(self.buttons)

        if person is not None:
            self._fill(person)
        for edit in (self.surname, self.name, self.patronymic, self.iin, self.birth_date, self.admitted_on):
            edit.textEdited.connect(lambda _text, edit=edit: self._touch(edit))
            edit.textChanged.connect(self.validate)
        for combo in (self.sex, self.citizenship, self.residence, self.country):
            combo.activated.connect(lambda _index, combo=combo: self._touch(combo))
            combo.currentIndexChanged.connect(self.validate)
        self.iin.editingFinished.connect(self._prefill_from_iin)
        self.validate()

    # -- data ---------------------------------------------------------------------------------

    def _fill(self, person: register.PersonRow) -> None:
        self.surname.setText(person.surname)
        self.name.setText(person.name)
        self.patronymic.setText(person.patronymic)
        self.iin.setText(person.iin or "")
        self.birth_date.set_value(person.birth_date)
        self.sex.setCurrentIndex(max(0, self.sex.findData(person.sex)))
        self.citizenship.setCurrentIndex(max(0, self.citizenship.findData(person.citizenship)))
        if person.country_code:
            self.country.setCurrentIndex(max(0, self.country.findData(person.country_code)))
        self.residence.setCurrentIndex(max(0, self.residence.findData(person.residence)))
        self.unit.setCurrentText(person.unit)
        self.admitted_on.set_value(person.admitted_on)
        self.note.setPlainText(person.note)

    def _country_code(self) -> str | None:
        text = self.country.currentText().strip()
        if not text:
            return None
        index = self.country.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.country.itemData(index)
        return rules.country_code_of(text)

    def data(self) -> tuple[PersonData, list[tuple[QWidget, str]]]:
        """What the form holds, and the fields whose text cannot be read (widget, message)."""
        unreadable: list[tuple[QWidget, str]] = []
        dates: dict[str, dt.date | None] = {}
        for key, field in (("birth_date", self.birth_date), ("admitted_on", self.admitted_on)):
            try:
                dates[key] = field.value()
            except ValueError:
                dates[key] = None
                unreadable.append(
                    (field, self.tr("“%1” is not a date: write it as 15.03.1987.").replace("%1", field.text()))
                )
        sex = self.sex.currentData()
        data = PersonData(
            surname=self.surname.text(),
            name=self.name.text(),
            patronymic=self.patronymic.text(),
            iin=self.iin.text().strip() or None,
            birth_date=dates["birth_date"],
            sex=Sex(sex) if sex else None,
            citizenship=CitizenshipKind(self.citizenship.currentData()),
            country_code=self._country_code(),
            residence=Residence(self.residence.currentData()),
            unit=self.unit.currentText(),
            admitted_on=dates["admitted_on"],
            note=self.note.toPlainText(),
        )
        return data, unreadable

    def _prefill_from_iin(self) -> None:
        """A valid IIN gives the birth date and sex: fill them when they are still empty."""
        number = iin_rules.normalize(self.iin.text())
        if not number or iin_rules.problem(number) is not None:
            return
        info = iin_rules.parse(number)
        if not self.birth_date.text().strip():
            self.birth_date.set_value(info.birth_date)
        if self.sex.currentData() is None:
            self.sex.setCurrentIndex(self.sex.findData(info.sex.value))

    def _widget(self, field: str) -> QWidget | None:
        return {
            "surname": self.surname,
            "name": self.name,
            "iin": self.iin,
            "birth_date": self.birth_date,
            "sex": self.sex,
            "country_code": self.country,
            "admitted_on": self.admitted_on,
        }.get(field)

    def _touch(self, widget: QWidget) -> None:
        if widget not in self._touched:
            self._touched.add(widget)
            self.validate()

    def _shown(self, widget: QWidget | None) -> bool:
        return self._reveal or (widget is not None and widget in self._touched)

    def validate(self) -> list[rules.Issue]:
        """Check the form as it stands: mark the fields the person has edited (every field once
        saving was tried), list their messages, allow saving or not."""
        self.country.setEnabled(self.citizenship.currentData() == CitizenshipKind.FOREIGN.value)
        data, unreadable = self.data()
        clean = data.cleaned()
        issues = rules.check(clean, self.ctx.campaign, left_on=self.person.left_on if self.person else None)
        for field in (self.surname, self.name, self.iin, self.birth_date, self.sex, self.country, self.admitted_on):
            field.setStyleSheet("")
        lines = []
        blocking = False
        for bad, text in unreadable:
            if not self._shown(bad):
                continue
            bad.setStyleSheet(theme.field_style(theme.Status.ERROR))
            lines.append(f"<span style='color:{theme.status_colour(theme.Status.ERROR).name()}'>● {text}</span>")
            blocking = True
        for issue in issues:
            widget = self._widget(issue.field)
            if not self._shown(widget):
                continue
            error = issue.severity is Severity.ERROR
            if widget is not None and not (widget.styleSheet() == theme.field_style(theme.Status.ERROR) and not error):
                widget.setStyleSheet(theme.field_style(theme.Status.ERROR if error else theme.Status.WARNING))
            color = theme.status_colour(theme.Status.ERROR if error else theme.Status.WARNING).name()
            lines.append(f"<span style='color:{color}'>● {_escape(tr_message(issue.message))}</span>")
            if error and issue.problem is not Problem.IIN_INVALID:
                blocking = True
        self.issues.setText("<br>".join(lines))
        self.issues.setVisible(bool(lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not blocking and not self._busy)
        derived = rules.derive(
            self.ctx.campaign,
            birth_date=clean.birth_date,
            admitted_on=clean.admitted_on,
            left_on=self.person.left_on if self.person else None,
        )
        sex = clean.sex.value if clean.sex else None
        parts = []
        if derived.age is not None:
            parts.append(self.tr("Age at the census moment: %1").replace("%1", str(derived.age)))
        list_day = local_date(self.ctx.campaign.list_date)
        parts.append(
            (self.tr("on the list of %1") if derived.on_list else self.tr("not on the list of %1")).replace(
                "%1", list_day
            )
        )
        parts.append(self._residence_words(derived.resident, sex))
        self.derived.setText(" · ".join(parts))
        return issues

    def _status_words(self, person: register.PersonRow) -> str:
        """The coverage status; "did not live here" agrees with the person's sex."""
        if person.status == CoverageStatus.NOT_RESIDENT.value and person.sex:
            words = self._residence_words(False, person.sex)
            return words[:1].upper() + words[1:]
        return status_text(person.status)

    def _residence_words(self, resident: bool, sex: str | None) -> str:
        """Whether the person lived here at the reference moment, in words that agree with the sex."""
        if sex == Sex.MALE.value:
            return self.tr("he lived here at the reference moment") if resident else self.tr(
                "he did not live here at the reference moment"
            )
        if sex == Sex.FEMALE.value:
            return self.tr("she lived here at the reference moment") if resident else self.tr(
                "she did not live here at the reference moment"
            )
        return self.tr("resident at the reference moment") if resident else self.tr(
            "not resident at the reference moment"
        )

    # -- saving -------------------------------------------------------------------------------

    def save(self, allow_invalid_iin: bool = False) -> None:
        self._reveal = True
        issues = self.validate()
        if not self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            marked = [w for w in self._error_fields() if w.isEnabled()]
            if marked:
                marked[0].setFocus()
            return
        if not allow_invalid_iin and any(i.problem is Problem.IIN_INVALID for i in issues):
            answer = QMessageBox.question(
                self,
                self.tr("The IIN looks wrong"),
                self.tr(
                    "The IIN does not pass the check: a digit was probably mistyped. Check it against a "
                    "document. Save it anyway? The person will be listed with the problem “Invalid IIN”."
                ),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                self.iin.setFocus()
                return
            allow_invalid_iin = True
        data, _unreadable = self.data()
        person, campaign = self.person, self.ctx.campaign
        if person is None:
            work = call(register.add_person, data, campaign=campaign, allow_invalid_iin=allow_invalid_iin)
        else:
            work = call(
                register.update_person,
                person.id,
                data,
                revision=person.revision,
                campaign=campaign,
                allow_invalid_iin=allow_invalid_iin,
            )
        self._set_busy(True)
        self.op(work, done=self._saved, failed=self._failed)

    def _error_fields(self) -> list[QWidget]:
        fields = (self.surname, self.name, self.iin, self.birth_date, self.sex, self.country, self.admitted_on)
        return [field for field in fields if field.styleSheet() == theme.field_style(theme.Status.ERROR)]

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)

    def _saved(self, row: register.PersonRow) -> None:
        self._set_busy(False)
        self.person = row
        self.saved.emit(row)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError) and error.field:
            widget = self._widget(error.field)
            if widget is not None:
                widget.setStyleSheet(theme.field_style(theme.Status.ERROR))
                widget.setFocus()
        self.validate()

    def _load_history(self, person_id: int) -> None:
        self.op(call(register.history, person_id), done=self._show_history)

    def _show_history(self, entries: list[register.HistoryEntry]) -> None:
        kinds = {
            "added": self.tr("added"),
            "imported": self.tr("imported from a file"),
            "edited": self.tr("changed"),
            "left": self.tr("marked as left"),
            "returned": self.tr("returned"),
            "merged": self.tr("merged with a duplicate"),
        }
        self.history.clear()
        for entry in reversed(entries):
            fields = ", ".join(k for k in entry.changes if not k.startswith("_"))
            kind = kinds.get(entry.kind, entry.kind)
            self.history.addItem(
                f"{local_datetime(entry.at)} — {kind}" + (f": {fields}" if fields and entry.kind == "edited" else "")
            )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class LeftDialog(QDialog):
    """When and why a person left the institution."""

    def __init__(self, person: register.PersonRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as left: %1").replace("%1", person.full_name))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setMaximumDate(QDate.currentDate())
        if person.admitted_on:
            self.date.setMinimumDate(to_qdate(person.admitted_on))
        self.date.setDate(QDate.currentDate())
        self.reason = QComboBox()
        for reason in LeftReason:
            self.reason.addItem(_tr(rules.LEFT_REASON_LABELS[reason]), reason.value)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Where to, by which order (required for “Other reason”)"))
        form = QFormLayout()
        form.addRow(self.tr("Left on"), self.date)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Note"), self.note)
        explanation = QLabel(
            self.tr(
                "The person stays in the register with this date; the list as of the list date "
                "still counts them if they left after it."
            )
        )
        explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.buttons)
        self.reason.currentIndexChanged.connect(self._check)
        self.note.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        needs_note = self.reason.currentData() == LeftReason.OTHER.value and not self.note.text().strip()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not needs_note)

    def values(self) -> tuple[dt.date, str, str]:
        qdate = self.date.date()
        return dt.date(qdate.year(), qdate.month(), qdate.day()), self.reason.currentData(), self.note.text()
