"""Certificates of participation: who may get one, issuing and printing, the registry (reprint,
void), checking a code, and the printed lists (stage-1 list, progress report)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.certificates import STATE_LABELS, CertificateState
from desktop.domain.collation import sort_key
from desktop.domain.enums import COVERAGE_LABELS, CoverageStatus
from desktop.services import certificates, printed_lists
from desktop.views import theme
from desktop.views.common import local_date, tr_message
from desktop.views.operations import call, call_with_progress
from desktop.views.page import Page
from desktop.views.print_preview import ask_pdf_path, print_pdf
from desktop.views.theme import SPACE_L, STATUS_SIGNS, Status, fit_columns, status_colour, status_style

if TYPE_CHECKING:
    from desktop.domain.campaign import Campaign
    from desktop.models.db import UnitOfWork

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
HOLDS_ROLE = Qt.ItemDataRole.UserRole + 3


def _item(text: str, sort: Any = None) -> QStandardItem:
    """A cell; texts sort in the Kazakh alphabet's order unless ``sort`` gives the value to sort by."""
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(sort_key(text) if sort is None else sort, SORT_ROLE)
    return item


def _table(model: QStandardItemModel) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view, proxy


def _dated(name: str) -> str:
    """A default file name with today's date in it (``{date}``: 20261130, sorted as dates)."""
    return name.format(date=f"{dt.date.today():%Y%m%d}")


class CertificatesPage(Page):
    page_id = "certificates"

    def __init__(self, ctx, runner, parent=None) -> None:
        super().__init__(ctx, runner, parent)
        self.summary = QLabel()
        self.summary.setObjectName("certificatesSummary")
        self.summary.setWordWrap(True)
        self.layout_box = QComboBox()
        self.layout_box.setObjectName("layout")
        self.layout_box.addItem(self.tr("A4 page"), "a4")
        self.layout_box.addItem(self.tr("A5 page (blank forms)"), "a5")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._issue_tab(), self.tr("Issue"))
        self.tabs.addTab(self._registry_tab(), self.tr("Registry"))
        self.tabs.addTab(self._verify_tab(), self.tr("Check a code"))
        self.tabs.addTab(self._lists_tab(), self.tr("Printed lists"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addSpacing(SPACE_L)
        layout_label = QLabel(self.tr("Layout:"))
        layout_label.setBuddy(self.layout_box)
        top.addWidget(layout_label)
        top.addWidget(self.layout_box)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.tabs, 1)

    def _button(self, text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _issue_tab(self) -> QWidget:
        """Who may get a certificate, with a search, and the buttons that issue them."""
        self.people = QStandardItemModel(0, 6, self)
        self.people.setHorizontalHeaderLabels(
            [self.tr("Full name"), self.tr("IIN"), self.tr("Birth date"), self.tr("Enumerated"), self.tr("Unit"),
             self.tr("Certificate")]
        )  # fmt: skip
        self.people_view, self.people_proxy = _table(self.people)
        self.people_view.setObjectName("candidates")
        self.people_view.setAccessibleName(self.tr("Enumerated persons"))
        self._fit_people = fit_columns(self.people_view, (0, 3, 4))
        self.people_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # names from А (Qt starts descending)
        self.people_search = _search_field(self.tr("Search by name or IIN"), self.people_proxy)
        self.issue_selected = self._button(self.tr("Issue for the selected…"), "issueSelected", self._issue_selected)
        self.issue_all = self._button(self.tr("Issue for everyone waiting…"), "issueAll", self._issue_all)
        theme.with_icon(self.issue_selected, "issue")
        hint = QLabel(
            self.tr(
                "A certificate is issued only to an enumerated person: a complete census sheet (interview or "
                "administration records) or a recorded online self-enumeration."
            )
        )
        hint.setWordWrap(True)
        return _list_tab([hint, self.people_search], self.people_view, [self.issue_selected, self.issue_all])

    def _registry_tab(self) -> QWidget:
        """The certificates issued, with a search, reprinting and voiding."""
        self.registry = QStandardItemModel(0, 7, self)
        self.registry.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Full name"), self.tr("IIN"), self.tr("Issued on"), self.tr("State"),
             self.tr("Duplicates"), self.tr("Reason voided")]
        )  # fmt: skip
        self.registry_view, self.registry_proxy = _table(self.registry)
        self.registry_view.setObjectName("registry")
        self.registry_view.setAccessibleName(self.tr("Registry of certificates"))
        self._fit_registry = fit_columns(self.registry_view, (1, 6))
        self.registry_search = _search_field(self.tr("Search by number, name or IIN"), self.registry_proxy)
        self.reprint_button = self._button(self.tr("Reprint as duplicate…"), "reprint", self._reprint)
        self.void_button = self._button(self.tr("Void…"), "void", self._void)
        theme.with_icon(self.reprint_button, "print")
        theme.with_icon(self.void_button, "void")
        return _list_tab([self.registry_search], self.registry_view, [self.reprint_button, self.void_button])

    def _verify_tab(self) -> QWidget:
        """Checking the code of a certificate, and the key it is checked with."""
        explain = QLabel(
            self.tr(
                "Type the certificate's number and the check code printed beside the QR code, for example "
                "21-000001 7QK2M-X9D4T (capital or small letters, dashes and spaces do not matter), "
                "or scan the QR code into the field. A forged or altered certificate fails the check."
            )
        )
        explain.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("code")
        self.code_edit.setPlaceholderText("21-000001 XXXXX-XXXXX")
        self.code_edit.setAccessibleName(self.tr("Certificate's number and check code"))
        self.code_edit.returnPressed.connect(self._verify)
        self.verify_button = self._button(self.tr("Check"), "verify", self._verify)
        theme.with_icon(self.verify_button, "verify")
        self.verify_result = _selectable_label("verifyResult")
        self.key_label = _selectable_label("keyFingerprint")
        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.verify_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.verify_result)
        layout.addStretch(1)
        layout.addWidget(self.key_label)
        return tab

    def _lists_tab(self) -> QWidget:
        """The printed lists: the stage-1 list and the progress report."""
        lists_hint = QLabel(self.tr("Printed lists with the institution's header, in Kazakh and Russian."))
        lists_hint.setWordWrap(True)
        self.stage1_button = self._button(self.tr("Stage-1 list of respondents (PDF)…"), "stage1", self._stage1)
        self.report_button = self._button(
            self.tr("Progress report of the census (PDF)…"), "progressReport", self._progress_report
        )
        for button, action in ((self.stage1_button, "pdf"), (self.report_button, "pdf")):
            theme.with_icon(button, action)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(lists_hint)
        layout.addWidget(self.stage1_button)
        layout.addWidget(self.report_button)
        layout.addStretch(1)
        return tab

    def title(self) -> str:
        return self.tr("Certificates and lists")

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.op(call(_page_data, self.ctx.campaign), done=self._show)

    def _show(self, data: tuple[dict[str, int], list[Any], list[Any], str | None]) -> None:
        counts, people, registry, fingerprint = data
        if fingerprint:
            text = self.tr(
                "Fingerprint of this institution's signing key (printed on every certificate): {key}. "
                "The Department checks certificates with the public key sent with the data."
            )
            self.key_label.setText(text.format(key=fingerprint))
        else:
            self.key_label.setText(
                self.tr("The institution's signing key is made when the first certificate is issued.")
            )
        self.summary.setText(
            self.tr("Valid certificates: {valid} (duplicates printed: {reprinted}) · voided: {voided} · "
                    "enumerated and waiting: {waiting}").format(valid=counts["issued"] + counts["reprinted"], **counts)
        )  # fmt: skip
        self.people.removeRows(0, self.people.rowCount())
        for person in sorted(people, key=lambda p: (p.number is not None, sort_key(p.full_name))):
            status = COVERAGE_LABELS.get(CoverageStatus(person.status), person.status)
            # Those waiting first, those who hold one after them; each part in the alphabet's order.
            name = _item(person.full_name, ("1" if person.number else "0") + sort_key(person.full_name))
            name.setData(person.person_id, ID_ROLE)
            name.setData(person.number, HOLDS_ROLE)
            number = _item(person.number or "")
            if person.number is None:
                number.setText(self.tr("not issued"))
                number.setForeground(status_colour(Status.WARNING))
            self.people.appendRow([
                name,
                _item(person.iin or ""),
                _item(local_date(person.birth_date), person.birth_date.isoformat() if person.birth_date else ""),
                _item(tr_message_text("coverage", status)),
                _item(person.unit),
                number,
            ])  # fmt: skip
        self.registry.removeRows(0, self.registry.rowCount())
        for cert in registry:
            number = _item(cert.number)
            number.setData(cert.number, ID_ROLE)
            state = _item(self.tr_state(cert.state))
            if cert.voided:
                state.setForeground(status_colour(Status.ERROR))
            elif cert.person_enumerated is False:
                state.setText(state.text() + " ⚠")
                state.setForeground(status_colour(Status.WARNING))
                state.setToolTip(
                    self.tr(
                        "The person is not recorded as enumerated at the moment (the census sheet is reopened "
                        "for a correction, or the outcome was taken back). Void the certificate if it was "
                        "issued by mistake."
                    )
                )
            reason = cert.reason_message()
            self.registry.appendRow([
                number,
                _item(cert.full_name),
                _item(cert.iin or ""),
                _item(local_date(cert.issued_on), cert.issued_on.isoformat()),
                state,
                _item(str(cert.copies), cert.copies),
                _item(tr_message(reason) if reason else ""),
            ])  # fmt: skip
        self._fit_people()
        self._fit_registry()

    def tr_state(self, state: str) -> str:
        return tr_message_text("documents", STATE_LABELS[CertificateState(state)])

    # -- actions -----------------------------------------------------------------------------

    def _selected(self, view: QTableView, proxy: QSortFilterProxyModel, model: QStandardItemModel) -> list[Any]:
        rows = {proxy.mapToSource(index).row() for index in view.selectionModel().selectedRows()}
        return [model.item(row, 0).data(ID_ROLE) for row in sorted(rows)]

    def _layout(self) -> str:
        return str(self.layout_box.currentData())

    def _issue_selected(self) -> None:
        ids = self._selected(self.people_view, self.people_proxy, self.people)
        if not ids:
            QMessageBox.information(self, self.tr("Certificates"), self.tr("Select the persons in the list first."))
            return
        holders = {self.people.item(row, 0).data(ID_ROLE) for row in range(self.people.rowCount())
                   if self.people.item(row, 0).data(HOLDS_ROLE)}  # fmt: skip
        if set(ids) <= holders:
            QMessageBox.information(
                self,
                self.tr("Certificates"),
                self.tr("The selected persons already hold a certificate. A lost one is reprinted from the registry."),
            )
            return
        self._issue(person_ids=ids)

    def _issue_all(self) -> None:
        self._issue(all_eligible=True)

    def _issue(self, *, person_ids: list[int] | None = None, all_eligible: bool = False) -> None:
        path = ask_pdf_path(self, self.tr("Save the certificates"), _dated(self.tr("certificates-{date}.pdf")))
        if path is None:
            return
        work = call_with_progress(
            certificates.issue, target=path, person_ids=person_ids, all_eligible=all_eligible, layout=self._layout(),
            campaign=self.ctx.campaign,
        )  # fmt: skip
        self.op(work, done=self._issued, progress=self.tr("Issuing certificates…"))

    def _issued(self, result: certificates.IssueResult) -> None:
        self.data_changed.emit()
        lines = []
        if result.issued:
            lines.append(self.tr("Certificates issued: %n.", "", len(result.issued)))
        if result.already:
            lines.append(
                self.tr("%n person(s) already hold a certificate; reprint it if it is lost.", "", len(result.already))
            )
        if not result.issued:
            lines.append(self.tr("No new certificate was issued."))
            QMessageBox.information(self, self.tr("Certificates"), "\n".join(lines))
            return
        self.last_message = "\n".join(lines)
        self._offer_print(result.path, "\n".join(lines))

    def _offer_print(self, path: Path | None, text: str) -> None:
        if path is None:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Certificates"), text, parent=self)
        box.setInformativeText(self.tr("Saved to {file}").format(file=str(path)))
        print_button = box.addButton(self.tr("Print…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is print_button:
            print_pdf(self, self.runner, path, path.stem)

    def _reprint(self) -> None:
        numbers = self._selected(self.registry_view, self.registry_proxy, self.registry)
        if not numbers:
            QMessageBox.information(
                self, self.tr("Certificates"), self.tr("Select the certificates in the registry first.")
            )
            return
        path = ask_pdf_path(self, self.tr("Save the duplicates"), _dated(self.tr("duplicates-{date}.pdf")))
        if path is None:
            return

        def done(rows: list[Any]) -> None:
            self.data_changed.emit()
            self._offer_print(path, self.tr("Duplicates printed: %n.", "", len(rows)))

        work = call_with_progress(
            certificates.reprint, numbers, target=path, layout=self._layout(), campaign=self.ctx.campaign
        )
        self.op(work, done=done, progress=self.tr("Printing duplicates…"))

    def _void(self) -> None:
        numbers = self._selected(self.registry_view, self.registry_proxy, self.registry)
        if len(numbers) != 1:
            QMessageBox.information(self, self.tr("Certificates"), self.tr("Select one certificate to void."))
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Void certificate {number}").format(number=numbers[0]),
            self.tr("Why is it voided? The number is never given again."),
        )
        if not ok:
            return
        work = call(certificates.void, numbers[0], reason, campaign=self.ctx.campaign)
        self.op(work, done=lambda _r: self.data_changed.emit())

    def _verify(self) -> None:
        self.op(call(certificates.verify, self.code_edit.text(), campaign=self.ctx.campaign), done=self._verified)

    def _verified(self, result: certificates.Verification) -> None:
        if result.ok:
            cert = result.certificate
            details = ""
            if cert is not None:
                details = self.tr("{name}, born {born}; issued on {issued}.").format(
                    name=cert.full_name, born=local_date(cert.birth_date) or "—", issued=local_date(cert.issued_on)
                )
                if cert.state == CertificateState.REPRINTED.value:
                    details += " " + self.tr_state(cert.state)
            self.verify_result.setStyleSheet(status_style(Status.OK, boxed=True) + " font-weight: bold;")
            self.verify_result.setText(
                f"{STATUS_SIGNS[Status.OK]} "
                + self.tr("Genuine: certificate {number}.").format(number=result.number)
                + " "
                + details
            )
        else:
            self.verify_result.setStyleSheet(status_style(Status.ERROR, boxed=True) + " font-weight: bold;")
            message = tr_message(result.message) if result.message else ""
            self.verify_result.setText(f"{STATUS_SIGNS[Status.ERROR]} {message}" if message else "")

    def _stage1(self) -> None:
        path = ask_pdf_path(self, self.tr("Save the stage-1 list"), self.tr("stage-1-list.pdf"))
        if path is None:
            return
        self.op(
            call_with_progress(printed_lists.stage1_pdf, path, campaign=self.ctx.campaign),
            done=lambda n: self._offer_print(path, self.tr("The stage-1 list: %n person(s).", "", n)),
            progress=self.tr("Writing the stage-1 list…"),
        )

    def _progress_report(self) -> None:
        path = ask_pdf_path(self, self.tr("Save the progress report"), _dated(self.tr("progress-{date}.pdf")))
        if path is None:
            return
        self.op(
            call_with_progress(printed_lists.progress_report, path, campaign=self.ctx.campaign),
            done=lambda _r: self._offer_print(path, self.tr("The progress report is ready.")),
            progress=self.tr("Writing the progress report…"),
        )


def _search_field(placeholder: str, proxy: QSortFilterProxyModel) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(placeholder)
    field.setClearButtonEnabled(True)
    field.textChanged.connect(proxy.setFilterFixedString)
    return field


def _selectable_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _list_tab(above: list[QWidget], view: QWidget, buttons: list[QPushButton]) -> QWidget:
    """A tab with a list: what is above it, the list, a row of buttons under it."""
    tab = QWidget()
    layout = QVBoxLayout(tab)
    for widget in above:
        layout.addWidget(widget)
    layout.addWidget(view, 1)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    return tab


def _page_data(uow: UnitOfWork, campaign: Campaign) -> tuple[dict[str, int], list[Any], list[Any], str | None]:
    """Everything the page shows, read in one unit of work."""
    return (
        certificates.counts(uow, campaign=campaign),
        certificates.candidates(uow, campaign=campaign),
        certificates.list_certificates(uow, campaign=campaign),
        certificates.stored_fingerprint(uow),
    )


def tr_message_text(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)
