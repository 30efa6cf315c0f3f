"""Tablets and their accessories lent by the Department, and their acts.

The Department lends each responsible employee a tablet with a protective case, a protective glass,
a charger, a USB cable, a stylus and a power bank with its cable, under an acceptance-transfer act;
they come back under a return act at the end of the census, with their condition and what is
missing.  An item's state: ``stock`` (registered, with nobody), ``held`` (with an employee under a
transfer act), ``returned`` or ``missing`` (the return act recorded it as not given back).

What is still to be returned (:func:`outstanding`) is every item held by an employee.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from desktop.domain import audit
from desktop.domain.accounts import Permission
from desktop.domain.audit import Event, Kind
from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.models.db import UnitOfWork
from desktop.models.documents import EquipmentAct, EquipmentActLine, EquipmentItem
from desktop.models.entities import Employee
from desktop.services import accounts, after_close, documents_pdf, institution, numbering


def _t(template: str, **params: Any) -> Message:
    return Message("documents", template, params)


class EquipmentKind(StrEnum):
    TABLET = "tablet"
    CASE = "case"
    GLASS = "glass"
    CHARGER = "charger"
    USB_CABLE = "usb_cable"
    STYLUS = "stylus"
    POWERBANK = "powerbank"
    POWERBANK_CABLE = "powerbank_cable"


#: The accessories that come with every tablet (the act of the census names them).
KIT: tuple[EquipmentKind, ...] = (
    EquipmentKind.CASE,
    EquipmentKind.GLASS,
    EquipmentKind.CHARGER,
    EquipmentKind.USB_CABLE,
    EquipmentKind.STYLUS,
    EquipmentKind.POWERBANK,
    EquipmentKind.POWERBANK_CABLE,
)

KIND_LABELS: dict[EquipmentKind, str] = {
    EquipmentKind.TABLET: QT_TRANSLATE_NOOP("documents", "Tablet"),
    EquipmentKind.CASE: QT_TRANSLATE_NOOP("documents", "Protective shock-proof case"),
    EquipmentKind.GLASS: QT_TRANSLATE_NOOP("documents", "Protective glass"),
    EquipmentKind.CHARGER: QT_TRANSLATE_NOOP("documents", "Charger"),
    EquipmentKind.USB_CABLE: QT_TRANSLATE_NOOP("documents", "USB cable"),
    EquipmentKind.STYLUS: QT_TRANSLATE_NOOP("documents", "Stylus"),
    EquipmentKind.POWERBANK: QT_TRANSLATE_NOOP("documents", "Power bank"),
    EquipmentKind.POWERBANK_CABLE: QT_TRANSLATE_NOOP("documents", "Power bank USB cable"),
}

#: How the acts print the kinds (Russian, Kazakh): documents are bilingual whatever the window's language.
KIND_PRINT: dict[str, tuple[str, str]] = {
    "tablet": ("Планшет", "Планшет"),
    "case": ("Защитный ударопрочный чехол", "Қорғаныш соққыға төзімді қап"),
    "glass": ("Защитное стекло", "Қорғаныш шыны"),
    "charger": ("Зарядное устройство", "Зарядтағыш құрылғы"),
    "usb_cable": ("USB-шнур", "USB сым"),
    "stylus": ("Стилус", "Стилус"),
    "powerbank": ("Внешний аккумулятор (Powerbank)", "Сыртқы аккумулятор (Powerbank)"),
    "powerbank_cable": ("USB-шнур внешнего аккумулятора", "Сыртқы аккумулятордың USB сымы"),
}


class ItemState(StrEnum):
    STOCK = "stock"
    HELD = "held"
    RETURNED = "returned"
    MISSING = "missing"


STATE_LABELS: dict[ItemState, str] = {
    ItemState.STOCK: QT_TRANSLATE_NOOP("documents", "Not handed out"),
    ItemState.HELD: QT_TRANSLATE_NOOP("documents", "With the employee (to be returned)"),
    ItemState.RETURNED: QT_TRANSLATE_NOOP("documents", "Returned"),
    ItemState.MISSING: QT_TRANSLATE_NOOP("documents", "Not returned (missing)"),
}


class Condition(StrEnum):
    GOOD = "good"
    WORN = "worn"
    DAMAGED = "damaged"
    FAULTY = "faulty"


CONDITION_LABELS: dict[Condition, str] = {
    Condition.GOOD: QT_TRANSLATE_NOOP("documents", "Good"),
    Condition.WORN: QT_TRANSLATE_NOOP("documents", "Worn, works"),
    Condition.DAMAGED: QT_TRANSLATE_NOOP("documents", "Damaged"),
    Condition.FAULTY: QT_TRANSLATE_NOOP("documents", "Does not work"),
}

CONDITION_PRINT: dict[str, tuple[str, str]] = {
    "good": ("Исправно", "Жарамды"),
    "worn": ("Есть износ, работает", "Тозған, жұмыс істейді"),
    "damaged": ("Есть повреждения", "Зақымдалған"),
    "faulty": ("Не работает", "Ақаулы"),
}


class ActKind(StrEnum):
    TRANSFER = "transfer"
    RETURN = "return"


# -- plain data -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemInfo:
    id: int
    uuid: str
    kind: str
    inventory_number: str
    serial_number: str
    kit_id: int | None
    kit_inventory: str  # the tablet's inventory number for an accessory
    holder_id: int | None
    holder: str
    state: str
    condition: str
    received_on: dt.date | None
    note: str

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["received_on"] = self.received_on.isoformat() if self.received_on else None
        return data


@dataclass(frozen=True)
class ActLineInfo:
    item_id: int
    kind: str
    inventory_number: str
    serial_number: str
    present: bool
    condition: str
    note: str


@dataclass(frozen=True)
class ActInfo:
    id: int
    kind: str
    number: int
    act_date: dt.date
    employee_id: int | None
    employee_name: str
    department_person: str
    signed: bool
    signed_on: dt.date | None
    note: str
    lines: list[ActLineInfo] = field(default_factory=list)

    @property
    def missing(self) -> int:
        return sum(1 for line in self.lines if not line.present)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("act_date", "signed_on"):
            data[key] = data[key].isoformat() if data[key] else None
        return data


# -- helpers --------------------------------------------------------------------------------------


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _kind(value: str) -> EquipmentKind:
    try:
        return EquipmentKind(value)
    except ValueError:
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("documents", "Unknown kind of equipment “{kind}”."), kind=value),
            field="kind",
            code="kind.invalid",
        ) from None


def _condition(value: str) -> Condition:
    try:
        return Condition(value)
    except ValueError:
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("documents", "Unknown condition “{condition}”."), condition=value),
            field="condition",
            code="condition.invalid",
        ) from None


def _employee(uow: UnitOfWork, employee: int | str) -> Employee:
    """An employee by id, UUID or full name (case-insensitive)."""
    row: Employee | None = None
    if isinstance(employee, int) or (isinstance(employee, str) and employee.isdigit()):
        row = uow.session.get(Employee, int(employee))
    else:
        text = _clean(str(employee))
        row = uow.session.scalars(select(Employee).where(Employee.uuid == text)).first()
        if row is None:
            matches = [e for e in uow.session.scalars(select(Employee)) if e.full_name.casefold() == text.casefold()]
            row = matches[0] if len(matches) == 1 else None
    if row is None:
        raise NotFoundError(
            _t(QT_TRANSLATE_NOOP("documents", "There is no such responsible employee: {employee}."), employee=employee),
            code="employee.not_found",
        )
    return row


def _item_by_inventory(uow: UnitOfWork, inventory: str) -> EquipmentItem:
    text = _clean(inventory)
    row = uow.session.scalars(select(EquipmentItem).where(EquipmentItem.inventory_number == text)).first()
    if row is None:
        raise NotFoundError(
            _t(QT_TRANSLATE_NOOP("documents", "There is no item with the inventory number {number}."), number=text),
            code="item.not_found",
        )
    return row


def _items(uow: UnitOfWork, ids: Sequence[int]) -> list[EquipmentItem]:
    rows = []
    for item_id in ids:
        row = uow.session.get(EquipmentItem, item_id)
        if row is None:
            raise NotFoundError(
                _t(QT_TRANSLATE_NOOP("documents", "The item is no longer in the register of equipment.")),
                code="item.not_found",
            )
        rows.append(row)
    return rows


def _with_kit(uow: UnitOfWork, rows: list[EquipmentItem]) -> list[EquipmentItem]:
    """The items and, for each tablet, its accessories, in a stable order (tablet, then its kit)."""
    result: list[EquipmentItem] = []
    seen: set[int] = set()
    for row in rows:
        group = [row]
        if row.kind == EquipmentKind.TABLET.value:
            group += list(
                uow.session.scalars(
                    select(EquipmentItem).where(EquipmentItem.kit_id == row.id).order_by(EquipmentItem.id)
                )
            )
        for item in group:
            if item.id not in seen:
                seen.add(item.id)
                result.append(item)
    return result


def _next_number(uow: UnitOfWork, kind: ActKind) -> int:
    highest = uow.session.scalar(select(func.max(EquipmentAct.number)).where(EquipmentAct.kind == kind.value))
    return numbering.take_numbers(uow, f"act:{kind.value}", highest)[0]


def _item_info(row: EquipmentItem, names: dict[int, str], inventories: dict[int, str]) -> ItemInfo:
    return ItemInfo(
        id=row.id,
        uuid=row.uuid,
        kind=row.kind,
        inventory_number=row.inventory_number or "",
        serial_number=row.serial_number or "",
        kit_id=row.kit_id,
        kit_inventory=inventories.get(row.kit_id or -1, ""),
        holder_id=row.holder_id,
        holder=names.get(row.holder_id or -1, ""),
        state=row.state,
        condition=row.condition,
        received_on=row.received_on,
        note=row.note or "",
    )


def _maps(uow: UnitOfWork) -> tuple[dict[int, str], dict[int, str]]:
    names = dict(uow.session.execute(select(Employee.id, Employee.full_name)).all())
    inventories = {
        i: n or ""
        for i, n in uow.session.execute(
            select(EquipmentItem.id, EquipmentItem.inventory_number).where(
                EquipmentItem.kind == EquipmentKind.TABLET.value
            )
        ).all()
    }
    return names, inventories


def _act_info(uow: UnitOfWork, act: EquipmentAct) -> ActInfo:
    lines = [
        ActLineInfo(
            item_id=item.id,
            kind=item.kind,
            inventory_number=item.inventory_number or "",
            serial_number=item.serial_number or "",
            present=line.present,
            condition=line.condition,
            note=line.note or "",
        )
        for line, item in uow.session.execute(
            select(EquipmentActLine, EquipmentItem)
            .join(EquipmentItem, EquipmentItem.id == EquipmentActLine.item_id)
            .where(EquipmentActLine.act_id == act.id)
            .order_by(EquipmentActLine.id)
        ).all()
    ]
    return ActInfo(
        id=act.id,
        kind=act.kind,
        number=act.number,
        act_date=act.act_date,
        employee_id=act.employee_id,
        employee_name=act.employee_name,
        department_person=act.department_person,
        signed=act.signed,
        signed_on=act.signed_on,
        note=act.note or "",
        lines=lines,
    )


# -- the register of equipment --------------------------------------------------------------------


def add_item(
    uow: UnitOfWork,
    *,
    kind: str,
    inventory_number: str = "",
    serial_number: str = "",
    kit_of: str | None = None,
    with_accessories: bool = False,
    received_on: dt.date | None = None,
    note: str = "",
) -> list[ItemInfo]:
    """Register an item received from the Department (a tablet with its whole kit when
    ``with_accessories``); an accessory may name its tablet by inventory number (``kit_of``)."""
    accounts.require(uow, Permission.CENSUS_WORK)
    item_kind = _kind(kind)
    inventory = _clean(inventory_number) or None
    if item_kind is EquipmentKind.TABLET and not inventory:
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("documents", "Enter the inventory number of the tablet.")),
            field="inventory_number",
            code="inventory.missing",
        )
    kit: EquipmentItem | None = None
    if kit_of:
        kit = _item_by_inventory(uow, kit_of)
        if kit.kind != EquipmentKind.TABLET.value:
            raise ValidationError(
                _t(
                    QT_TRANSLATE_NOOP("documents", "Accessories belong to a tablet: {number} is not a tablet."),
                    number=kit_of,
                ),
                field="kit_of",
                code="kit.invalid",
            )
    row = EquipmentItem(
        kind=item_kind.value,
        inventory_number=inventory,
        serial_number=_clean(serial_number),
        kit_id=kit.id if kit else None,
        holder_id=kit.holder_id if kit else None,
        state=kit.state if kit and kit.state == ItemState.HELD.value else ItemState.STOCK.value,
        condition=Condition.GOOD.value,
        received_on=received_on or dt.date.today(),
        note=_clean(note),
    )
    rows = [row]
    uow.session.add(row)
    try:
        uow.session.flush()
    except IntegrityError:
        uow.rollback()
        raise ConflictError(
            _t(
                QT_TRANSLATE_NOOP("documents", "The inventory number {number} is already registered."), number=inventory
            ),
            code="inventory.duplicate",
        ) from None
    if with_accessories and item_kind is EquipmentKind.TABLET:
        for accessory in KIT:
            extra = EquipmentItem(
                kind=accessory.value,
                inventory_number=None,
                serial_number="",
                kit_id=row.id,
                state=ItemState.STOCK.value,
                condition=Condition.GOOD.value,
                received_on=row.received_on,
                note="",
            )
            uow.session.add(extra)
            rows.append(extra)
        uow.session.flush()
    for added in rows:
        ru, kk = KIND_PRINT[added.kind]
        label = " ".join(x for x in (added.inventory_number, ru if ru == kk else f"{ru} / {kk}") if x)
        changes = {"inventory_number": [None, added.inventory_number], "serial": [None, added.serial_number]}
        uow.record(Event(Kind.EQUIPMENT, "added", "equipment_item", added.uuid, label=label, changes=changes))
    uow.commit()
    names, inventories = _maps(uow)
    return [_item_info(r, names, inventories) for r in rows]


def list_items(uow: UnitOfWork, *, state: str | None = None, outstanding_only: bool = False) -> list[ItemInfo]:
    """The register of equipment: tablets by inventory number, each followed by its accessories."""
    query = select(EquipmentItem)
    if outstanding_only:
        query = query.where(EquipmentItem.state == ItemState.HELD.value)
    elif state:
        query = query.where(EquipmentItem.state == state)
    rows = list(uow.session.scalars(query.order_by(EquipmentItem.id)))
    names, inventories = _maps(uow)
    kit_order = {i: n for n, i in enumerate(sorted(inventories, key=lambda i: (inventories[i].zfill(20), i)))}
    rows.sort(
        key=lambda r: (
            kit_order.get(r.kit_id if r.kit_id is not None else r.id, len(kit_order) + r.id),
            r.kit_id is not None,
            r.id,
        )
    )
    return [_item_info(r, names, inventories) for r in rows]


def outstanding(uow: UnitOfWork) -> list[ItemInfo]:
    """Everything still to be returned to the Department."""
    return list_items(uow, outstanding_only=True)


def summary(uow: UnitOfWork) -> dict[str, int]:
    by_state = dict(uow.session.execute(select(EquipmentItem.state, func.count()).group_by(EquipmentItem.state)).all())
    tablets = uow.session.scalar(
        select(func.count()).select_from(EquipmentItem).where(EquipmentItem.kind == EquipmentKind.TABLET.value)
    )
    unsigned = uow.session.scalar(select(func.count()).select_from(EquipmentAct).where(EquipmentAct.signed.is_(False)))
    return {
        "items": int(sum(by_state.values())),
        "tablets": int(tablets or 0),
        **{state.value: int(by_state.get(state.value, 0)) for state in ItemState},
        "unsigned_acts": int(unsigned or 0),
    }


# -- acts -----------------------------------------------------------------------------------------


def assign(
    uow: UnitOfWork,
    *,
    inventories: Sequence[str] = (),
    item_ids: Sequence[int] = (),
    employee: int | str,
    act_date: dt.date | None = None,
    department_person: str = "",
    note: str = "",
) -> ActInfo:
    """Hand items (a tablet brings its kit) to a responsible employee under a new acceptance-transfer act."""
    accounts.require(uow, Permission.CENSUS_WORK)
    holder = _employee(uow, employee)
    rows = [_item_by_inventory(uow, n) for n in inventories] + _items(uow, item_ids)
    if not rows:
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("documents", "Choose the equipment to hand over.")), code="items.none"
        )
    rows = _with_kit(uow, rows)
    busy = [r for r in rows if r.state == ItemState.HELD.value]
    if busy:
        raise ConflictError(
            _t(
                QT_TRANSLATE_NOOP(
                    "documents",
                    "{item} is already with an employee: it must be returned before it is handed over again.",
                ),
                item=busy[0].inventory_number or KIND_PRINT[busy[0].kind][0],
            ),
            code="item.held",
        )
    for row in rows:
        row.holder_id = holder.id
        row.state = ItemState.HELD.value
    lines = [(row, True, row.condition) for row in rows]
    return _write_act(uow, ActKind.TRANSFER, holder, lines, act_date, department_person, note)


def return_items(
    uow: UnitOfWork,
    *,
    inventories: Sequence[str] = (),
    item_ids: Sequence[int] = (),
    missing: Sequence[str] = (),
    missing_ids: Sequence[int] = (),
    conditions: dict[int, str] | None = None,
    condition: str = "good",
    act_date: dt.date | None = None,
    department_person: str = "",
    note: str = "",
) -> ActInfo:
    """Take back items (a tablet brings its kit) under a new return act; the items named missing are
    recorded as not returned.  All the items must be with the same employee."""
    accounts.require(uow, Permission.CENSUS_WORK)
    rows = [_item_by_inventory(uow, n) for n in inventories] + _items(uow, item_ids)
    if not rows:
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("documents", "Choose the equipment to take back.")), code="items.none"
        )
    rows = _with_kit(uow, rows)
    absent = {r.id for r in (_item_by_inventory(uow, n) for n in missing)} | set(missing_ids)
    default = _condition(condition)
    per_item = {k: _condition(v) for k, v in (conditions or {}).items()}
    not_held = [r for r in rows if r.state != ItemState.HELD.value]
    if not_held:
        raise ConflictError(
            _t(QT_TRANSLATE_NOOP("documents", "{item} is not with an employee, so it cannot be returned."),
               item=not_held[0].inventory_number or KIND_PRINT[not_held[0].kind][0]),
            code="item.not_held",
        )  # fmt: skip
    holders = {r.holder_id for r in rows}
    if len(holders) != 1:
        raise ConflictError(
            _t(
                QT_TRANSLATE_NOOP(
                    "documents", "One return act is for one employee: choose the equipment of one employee."
                )
            ),
            code="items.holders",
        )
    holder = uow.session.get(Employee, holders.pop()) if holders else None
    lines = []
    for row in rows:
        present = row.id not in absent
        state = per_item.get(row.id, default)
        row.holder_id = None
        row.state = ItemState.RETURNED.value if present else ItemState.MISSING.value
        if present:
            row.condition = state.value
        lines.append((row, present, state.value if present else ""))
    return _write_act(uow, ActKind.RETURN, holder, lines, act_date, department_person, note)


def _write_act(
    uow: UnitOfWork,
    kind: ActKind,
    holder: Employee | None,
    lines: Sequence[tuple[EquipmentItem, bool, str]],
    act_date: dt.date | None,
    department_person: str,
    note: str,
) -> ActInfo:
    """Write an act with its lines (item, present, condition) and commit it with the items' new
    states: equipment changes hands only under an act."""
    after_close.guard(uow, "equipment")
    act = EquipmentAct(
        kind=kind.value,
        number=_next_number(uow, kind),
        act_date=act_date or dt.date.today(),
        employee_id=holder.id if holder else None,
        employee_name=holder.full_name if holder else "",
        department_person=_clean(department_person),
        signed=False,
        note=_clean(note),
    )
    uow.session.add(act)
    uow.session.flush()
    for row, present, condition in lines:
        uow.session.add(EquipmentActLine(act_id=act.id, item_id=row.id, present=present, condition=condition))
    uow.session.flush()
    items = [row.inventory_number or KIND_PRINT[row.kind][0] for row, _present, _condition in lines]
    missing = [row.inventory_number or KIND_PRINT[row.kind][0] for row, present, _condition in lines if not present]
    changes = {"items": [None, items], "employee": [None, act.employee_name], "missing": [None, missing]}
    label = f"№ {act.number}"
    uow.record(Event(Kind.EQUIPMENT, kind.value, "equipment_act", act.uuid, label=label, changes=changes))
    info = _act_info(uow, act)
    uow.commit()
    return info


def list_acts(uow: UnitOfWork, kind: str | None = None) -> list[ActInfo]:
    query = select(EquipmentAct).order_by(EquipmentAct.act_date.desc(), EquipmentAct.id.desc())
    if kind:
        query = query.where(EquipmentAct.kind == kind)
    return [_act_info(uow, act) for act in uow.session.scalars(query)]


def _act(uow: UnitOfWork, kind: ActKind, number: int | None) -> EquipmentAct:
    query = select(EquipmentAct).where(EquipmentAct.kind == kind.value)
    if number is not None:
        query = query.where(EquipmentAct.number == number)
    act = uow.session.scalars(query.order_by(EquipmentAct.number.desc())).first()
    if act is None:
        message = (
            QT_TRANSLATE_NOOP("documents", "There is no acceptance-transfer act number {number}.")
            if kind is ActKind.TRANSFER
            else QT_TRANSLATE_NOOP("documents", "There is no return act number {number}.")
        )
        if number is None:
            message = (
                QT_TRANSLATE_NOOP("documents", "No equipment has been handed to an employee yet: there is no act.")
                if kind is ActKind.TRANSFER
                else QT_TRANSLATE_NOOP("documents", "No equipment has been returned yet: there is no return act.")
            )
        raise NotFoundError(_t(message, number=number), code="act.not_found")
    return act


def get_act(uow: UnitOfWork, kind: str, number: int | None = None) -> ActInfo:
    """An act by kind and number (the newest of the kind when ``number`` is None)."""
    return _act_info(uow, _act(uow, ActKind(kind), number))


def mark_signed(
    uow: UnitOfWork, kind: str, number: int, *, signed_on: dt.date | None = None, signed: bool = True
) -> ActInfo:
    """Record that the paper act was signed by both sides (or take that back)."""
    accounts.require(uow, Permission.CENSUS_WORK)
    act = _act(uow, ActKind(kind), number)
    changes = {"signed": [act.signed, signed]}
    uow.record(Event(Kind.EQUIPMENT, "signed", "equipment_act", act.uuid, label=f"№ {number}", changes=changes))
    act.signed = signed
    act.signed_on = (signed_on or dt.date.today()) if signed else None
    uow.session.flush()
    info = _act_info(uow, act)
    uow.commit()
    return info


def act_pdf(uow: UnitOfWork, kind: str, target: Path, *, number: int | None = None) -> ActInfo:
    """Write an act as PDF (the newest of its kind when ``number`` is None)."""
    info = get_act(uow, kind, number)
    profile = institution.require_profile(uow)
    header = documents_pdf.header_of(profile)
    position = ""
    if info.employee_id is not None:
        employee = uow.session.get(Employee, info.employee_id)
        position = employee.position if employee else ""
    doc = documents_pdf.ActDoc(
        kind=info.kind,
        number=info.number,
        act_date=info.act_date,
        employee_name=info.employee_name,
        employee_position=position,
        department_person=info.department_person,
        note=info.note,
        lines=[
            documents_pdf.ActLineDoc(
                kind_ru=KIND_PRINT[line.kind][0],
                kind_kk=KIND_PRINT[line.kind][1],
                inventory_number=line.inventory_number,
                serial_number=line.serial_number,
                present=line.present,
                condition_ru=CONDITION_PRINT.get(line.condition, ("", ""))[0],
                condition_kk=CONDITION_PRINT.get(line.condition, ("", ""))[1],
                note=line.note,
            )
            for line in info.lines
        ],
    )
    with documents_pdf.atomic_file(Path(target)) as temp:
        documents_pdf.act_pdf(header, doc, temp)
    uow.record(audit.output(Kind.PRINT, "act_pdf", Path(target).name))
    uow.commit()
    return info
