"""Tablets lent by the Department: the register with inventory and serial numbers and who holds each,
handing over and taking back under acts, printing the acts, and what is still to be returned."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.collation import sort_key
from desktop.services import equipment, institution
from desktop.views import theme
from desktop.views.common import from_qdate, local_date, to_qdate
from desktop.views.operations import OpWork, call
from desktop.views.page import Page
from desktop.views.print_preview import ask_pdf_path, print_pdf

if TYPE_CHECKING:
    from desktop.models.db import UnitOfWork


def _label(text: str) -> str:
    """A label marked in the services (context "documents") in the window's language."""
    return QCoreApplication.translate("documents", text)


def kind_label(kind: str) -> str:
    return _label(equipment.KIND_LABELS[equipment.EquipmentKind(kind)])


def _date_edit(value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setDate(to_qdate(value or dt.date.today()))
    return edit


class AddTabletDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register a tablet"))
        self.inventory = QLineEdit()
        self.inventory.setObjectName("inventory")
        self.serial = QLineEdit()
        self.serial.setObjectName("serial")
        self.kit = QCheckBox(
            self.tr("With its accessories (case, glass, charger, USB cable, stylus, power bank and its cable)")
        )
        self.kit.setChecked(True)
        self.received = _date_edit()
        form = QFormLayout(self)
        form.addRow(self.tr("Inventory number:"), self.inventory)
        form.addRow(self.tr("Serial number:"), self.serial)
        form.addRow(self.tr("Received on:"), self.received)
        form.addRow(self.kit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class AccessoryDialog(QDialog):
    """An accessory registered on its own (a replacement, or one with its own numbers)."""

    def __init__(self, tablets: list[equipment.ItemInfo], chosen: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register an accessory"))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in equipment.KIT:
            self.kind.addItem(kind_label(kind.value), kind.value)
        self.tablet = QComboBox()
        self.tablet.setObjectName("tablet")
        self.tablet.addItem(self.tr("(no tablet)"), "")
        for tablet in tablets:
            self.tablet.addItem(f"{tablet.inventory_number} {tablet.serial_number}".strip(), tablet.inventory_number)
            if tablet.id == chosen:
                self.tablet.setCurrentIndex(self.tablet.count() - 1)
        self.inventory = QLineEdit()
        self.serial = QLineEdit()
        self.received = _date_edit()
        form = QFormLayout(self)
        form.addRow(self.tr("Accessory:"), self.kind)
        form.addRow(self.tr("Of the tablet:"), self.tablet)
        form.addRow(self.tr("Inventory number:"), self.inventory)
        form.addRow(self.tr("Serial number:"), self.serial)
        form.addRow(self.tr("Received on:"), self.received)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class AssignDialog(QDialog):
    def __init__(self, employees: list[institution.EmployeeInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand over to an employee"))
        self.employee = QComboBox()
        self.employee.setObjectName("employee")
        for employee in employees:
            self.employee.addItem(employee.full_name, employee.id)
        self.department_person = QLineEdit()
        self.department_person.setPlaceholderText(self.tr("Full name of the Department's employee"))
        self.date = _date_edit()
        form = QFormLayout(self)
        form.addRow(self.tr("Responsible employee:"), self.employee)
        form.addRow(self.tr("Handed over by (Department):"), self.department_person)
        form.addRow(self.tr("Date of the act:"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ReturnDialog(QDialog):
    """Take back items: their condition and, ticked, the items that are not given back."""

    def __init__(self, items: list[equipment.ItemInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take back from the employee"))
        self.condition = QComboBox()
        self.condition.setObjectName("condition")
        for condition, text in equipment.CONDITION_LABELS.items():
            self.condition.addItem(_label(text), condition.value)
        self.missing = QListWidget()
        self.missing.setObjectName("missing")
        for item in items:
            row = QListWidgetItem(f"{kind_label(item.kind)} {item.inventory_number}".strip())
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.missing.addItem(row)
        self.department_person = QLineEdit()
        self.note = QLineEdit()
        self.date = _date_edit()
        form = QFormLayout(self)
        form.addRow(self.tr("Condition:"), self.condition)
        form.addRow(QLabel(self.tr("Tick what is NOT given back:")))
        form.addRow(self.missing)
        form.addRow(self.tr("Received by (Department):"), self.department_person)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.tr("Date of the act:"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def missing_ids(self) -> list[int]:
        return [
            int(self.missing.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.missing.count())
            if self.missing.item(i).checkState() == Qt.CheckState.Checked
        ]


class EquipmentPage(Page):
    page_id = "equipment"

    def __init__(self, ctx, runner, parent=None) -> None:
        super().__init__(ctx, runner, parent)
        self.items: list[equipment.ItemInfo] = []
        self.employees: list[institution.EmployeeInfo] = []
        self.outstanding = QLabel()
        self.outstanding.setObjectName("outstanding")
        self.outstanding.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setObjectName("items")
        self.tree.setAccessibleName(self.tr("Tablets and accessories"))
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels(
            [self.tr("Item"), self.tr("Inventory number"), self.tr("Serial number"), self.tr("State"),
             self.tr("Employee"), self.tr("Condition")]
        )  # fmt: skip
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAlternatingRowColors(True)
        self.add_button = QPushButton(self.tr("Register a tablet…"))
        theme.with_icon(self.add_button, "add")
        self.add_button.setObjectName("addTablet")
        self.assign_button = QPushButton(self.tr("Hand over…"))
        theme.with_icon(self.assign_button, "hand-over")
        self.assign_button.setObjectName("assign")
        self.return_button = QPushButton(self.tr("Take back…"))
        theme.with_icon(self.return_button, "take-back")
        self.return_button.setObjectName("takeBack")
        self.add_button.clicked.connect(self._add)
        self.accessory_button = QPushButton(self.tr("Register an accessory…"))
        theme.with_icon(self.accessory_button, "add")
        self.accessory_button.setObjectName("addAccessory")
        self.accessory_button.clicked.connect(self._add_accessory)
        self.assign_button.clicked.connect(self._assign)
        self.return_button.clicked.connect(self._take_back)

        self.acts = QTableWidget(0, 6)
        self.acts.setObjectName("acts")
        self.acts.setAccessibleName(self.tr("Acts"))
        self.acts.setHorizontalHeaderLabels(
            [self.tr("Act"), self.tr("Date"), self.tr("Employee"), self.tr("Items"), self.tr("Not returned"),
             self.tr("Signed")]
        )  # fmt: skip
        self.acts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.acts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.acts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.acts.verticalHeader().setVisible(False)
        self.acts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.acts.horizontalHeader().setStretchLastSection(True)
        self.print_act_button = QPushButton(self.tr("Print the act…"))
        theme.with_icon(self.print_act_button, "print")
        self.print_act_button.setObjectName("printAct")
        self.sign_button = QPushButton(self.tr("Mark as signed"))
        theme.with_icon(self.sign_button, "sign")
        self.sign_button.setObjectName("markSigned")
        self.print_act_button.clicked.connect(self._print_act)
        self.sign_button.clicked.connect(self._mark_signed)
        self.acts.itemSelectionChanged.connect(self._act_chosen)

        top = QWidget()
        layout = QVBoxLayout(top)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        for button in (self.add_button, self.accessory_button, self.assign_button, self.return_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        bottom = QWidget()
        layout = QVBoxLayout(bottom)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Acts")))
        layout.addWidget(self.acts, 1)
        row = QHBoxLayout()
        row.addWidget(self.print_act_button)
        row.addWidget(self.sign_button)
        row.addStretch(1)
        layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.addWidget(self.outstanding)
        outer.addWidget(splitter, 1)
        self.act_rows: list[equipment.ActInfo] = []

    def title(self) -> str:
        return self.tr("Tablets and acts")

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.op(call(_page_data), done=self._show)

    def _show(self, data: tuple[Any, Any, Any, Any]) -> None:
        items, acts, summary, employees = data
        self.items, self.act_rows, self.employees = items, acts, employees
        held = [i for i in items if i.state == equipment.ItemState.HELD.value]
        if held:
            holders: dict[str, int] = {}
            for item in held:
                holders[item.holder] = holders.get(item.holder, 0) + 1
            who = "; ".join(f"{name}: {holders[name]}" for name in sorted(holders, key=sort_key))
            text = (
                f"{theme.STATUS_SIGNS[theme.Status.WARNING]} "
                + self.tr("Still to be returned to the Department: %n item(s)", "", len(held))
                + f" — {who}"
            )
            self.outstanding.setStyleSheet(theme.status_style(theme.Status.WARNING, boxed=True) + "font-weight: bold;")
        else:
            text = f"{theme.STATUS_SIGNS[theme.Status.OK]} " + self.tr("Nothing is to be returned to the Department.")
            self.outstanding.setStyleSheet(theme.status_style(theme.Status.OK, boxed=True))
        extra = []
        if summary["missing"]:
            extra.append(self.tr("not returned (missing): %n", "", summary["missing"]))
        if summary["unsigned_acts"]:
            extra.append(self.tr("acts not signed yet: %n", "", summary["unsigned_acts"]))
        self.outstanding.setText(text + ("\n" + "; ".join(extra) if extra else ""))

        self.tree.clear()
        parents: dict[int, QTreeWidgetItem] = {}
        for item in items:
            row = QTreeWidgetItem(
                [
                    kind_label(item.kind),
                    item.inventory_number,
                    item.serial_number,
                    _label(equipment.STATE_LABELS[equipment.ItemState(item.state)]),
                    item.holder,
                    ""
                    if item.state == equipment.ItemState.MISSING.value
                    else _label(equipment.CONDITION_LABELS[equipment.Condition(item.condition)]),
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, item.id)
            if item.state == equipment.ItemState.HELD.value:
                row.setForeground(3, theme.status_colour(theme.Status.WARNING))
            elif item.state == equipment.ItemState.MISSING.value:
                row.setForeground(3, theme.status_colour(theme.Status.ERROR))
            parent = parents.get(item.kit_id) if item.kit_id is not None else None
            if parent is not None:
                parent.addChild(row)
            else:
                self.tree.addTopLevelItem(row)
                parents[item.id] = row
        self.tree.expandAll()
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)

        self.acts.setRowCount(len(acts))
        for index, act in enumerate(acts):
            name = (
                self.tr("Acceptance-transfer act № {n}") if act.kind == "transfer" else self.tr("Return act № {n}")
            ).format(n=act.number)
            signed = local_date(act.signed_on) if act.signed else self.tr("not signed")
            values = [name, local_date(act.act_date), act.employee_name, str(len(act.lines)),
                      str(act.missing) if act.kind == "return" else "", signed]  # fmt: skip
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == 5 and not act.signed:
                    cell.setForeground(theme.status_colour(theme.Status.ERROR))
                self.acts.setItem(index, column, cell)

    # -- actions -----------------------------------------------------------------------------

    def _selected_items(self) -> list[equipment.ItemInfo]:
        """The selected rows; an accessory selected alone stands for its tablet's kit."""
        by_id = {i.id: i for i in self.items}
        chosen: dict[int, equipment.ItemInfo] = {}
        for row in self.tree.selectedItems():
            info = by_id.get(int(row.data(0, Qt.ItemDataRole.UserRole)))
            if info is None:
                continue
            if info.kit_id is not None and info.kit_id in by_id:
                info = by_id[info.kit_id]
            chosen[info.id] = info
        return list(chosen.values())

    def _run(self, work: OpWork, title: str, on_done: Any = None) -> None:
        def done(result: Any) -> None:
            self.data_changed.emit()
            if on_done is not None:
                on_done(result)

        self.op(work, done=done, progress=title)

    def _add(self) -> None:
        dialog = AddTabletDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        work = call(
            equipment.add_item,
            kind="tablet",
            inventory_number=dialog.inventory.text(),
            serial_number=dialog.serial.text(),
            with_accessories=dialog.kit.isChecked(),
            received_on=from_qdate(dialog.received.date()),
        )
        self._run(work, self.tr("Registering…"))

    def _add_accessory(self) -> None:
        tablets = [i for i in self.items if i.kind == equipment.EquipmentKind.TABLET.value]
        chosen = self._selected_items()
        dialog = AccessoryDialog(tablets, chosen[0].id if chosen else None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        work = call(
            equipment.add_item,
            kind=str(dialog.kind.currentData()),
            inventory_number=dialog.inventory.text(),
            serial_number=dialog.serial.text(),
            kit_of=str(dialog.tablet.currentData()) or None,
            received_on=from_qdate(dialog.received.date()),
        )
        self._run(work, self.tr("Registering…"))

    def _assign(self) -> None:
        chosen = self._selected_items()
        if not chosen:
            QMessageBox.information(self, self.title(), self.tr("Select the tablets to hand over."))
            return
        if not self.employees:
            QMessageBox.information(self, self.title(), self.tr("Add the responsible employees in Settings first."))
            return
        dialog = AssignDialog(self.employees, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        work = call(
            equipment.assign,
            item_ids=[i.id for i in chosen],
            employee=int(dialog.employee.currentData()),
            act_date=from_qdate(dialog.date.date()),
            department_person=dialog.department_person.text(),
        )
        self._run(work, self.tr("Handing over…"), on_done=lambda act: self._print(act.kind, act.number))

    def _take_back(self) -> None:
        chosen = self._selected_items()
        if not chosen:
            QMessageBox.information(self, self.title(), self.tr("Select the tablets to take back."))
            return
        kit_ids = {i.id for i in chosen}
        items = [i for i in self.items if i.id in kit_ids or i.kit_id in kit_ids]
        dialog = ReturnDialog(items, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        work = call(
            equipment.return_items,
            item_ids=[i.id for i in chosen],
            missing_ids=dialog.missing_ids(),
            condition=str(dialog.condition.currentData()),
            act_date=from_qdate(dialog.date.date()),
            department_person=dialog.department_person.text(),
            note=dialog.note.text(),
        )
        self._run(work, self.tr("Taking back…"), on_done=lambda act: self._print(act.kind, act.number))

    def _selected_act(self) -> equipment.ActInfo | None:
        rows = self.acts.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.title(), self.tr("Select an act in the list first."))
            return None
        return self.act_rows[rows[0].row()]

    def _act_chosen(self) -> None:
        rows = self.acts.selectionModel().selectedRows()
        signed = bool(rows) and self.act_rows[rows[0].row()].signed
        self.sign_button.setText(self.tr("Take back the signature mark") if signed else self.tr("Mark as signed"))

    def _print_act(self) -> None:
        act = self._selected_act()
        if act is not None:
            self._print(act.kind, act.number)

    def _print(self, kind: str, number: int) -> None:
        name = self.tr("transfer-act-{number}.pdf") if kind == "transfer" else self.tr("return-act-{number}.pdf")
        name = name.format(number=number)
        path = ask_pdf_path(self, self.tr("Save the act"), name)
        if path is None:
            return
        self.op(
            call(equipment.act_pdf, kind, path, number=number),
            done=lambda _act: print_pdf(self, self.runner, path, path.stem),
            progress=self.tr("Writing the act…"),
        )

    def _mark_signed(self) -> None:
        act = self._selected_act()
        if act is None:
            return
        work = call(equipment.mark_signed, act.kind, act.number, signed=not act.signed, signed_on=dt.date.today())
        self.op(work, done=lambda _a: self.data_changed.emit())


def _page_data(uow: UnitOfWork) -> tuple[Any, Any, Any, Any]:
    """Everything the page shows, read in one unit of work."""
    return equipment.list_items(uow), equipment.list_acts(uow), equipment.summary(uow), institution.list_employees(uow)
