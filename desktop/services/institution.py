"""The institution profile and its responsible employees."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from urllib.parse import urlparse

from sqlalchemy import select

from desktop.domain import classifiers, collation, iin
from desktop.domain.errors import NotFoundError, SetupRequired, ValidationError
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.models.db import UnitOfWork
from desktop.models.entities import Employee, Institution

CTX = "institution"


@dataclass
class ProfileInput:
    name_kk: str
    name_ru: str
    bin: str
    type_code: str
    kato_code: str
    address: str = ""
    head_name: str = ""
    capacity: int | None = None
    phone: str = ""
    department_name: str = ""
    department_url: str = ""
    department_name_kk: str = ""


@dataclass
class Profile(ProfileInput):
    uuid: str = ""
    revision: int = 0
    type_name: dict[str, str] = field(default_factory=dict)
    kato_name: dict[str, str] = field(default_factory=dict)
    updated_at: dt.datetime | None = None

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["updated_at"] = self.updated_at.isoformat() if self.updated_at else None
        return data


@dataclass
class EmployeeInput:
    full_name: str
    position: str = ""
    order_number: str = ""
    order_date: dt.date | None = None
    seminar_date: dt.date | None = None
    phone: str = ""


@dataclass
class EmployeeInfo(EmployeeInput):
    id: int = 0
    uuid: str = ""
    active: bool = True

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        for key in ("order_date", "seminar_date"):
            value = data[key]
            data[key] = value.isoformat() if value else None
        return data


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _invalid(field_name: str, template: str, **params: object) -> ValidationError:
    return ValidationError(Message(CTX, template, params), field=field_name, code=f"{field_name}.invalid")


def validate_profile(data: ProfileInput) -> ProfileInput:
    """Return a cleaned copy or raise :class:`ValidationError` naming the first wrong field."""
    name_kk, name_ru = _clean(data.name_kk), _clean(data.name_ru)
    if not name_kk:
        raise _invalid("name_kk", QT_TRANSLATE_NOOP("institution", "Enter the name of the institution in Kazakh."))
    if not name_ru:
        raise _invalid("name_ru", QT_TRANSLATE_NOOP("institution", "Enter the name of the institution in Russian."))
    number = iin.ascii_digits(re.sub(r"[\s\-]", "", data.bin or ""))
    if not number:
        raise _invalid("bin", QT_TRANSLATE_NOOP("institution", "Enter the BIN of the institution (12 digits)."))
    problem = iin.bin_problem(number)
    if problem is not None:
        message = iin.bin_problem_message(number, problem)
        raise ValidationError(message, field="bin", code=problem.value.replace("iin.", "bin."))
    for name, known, template in (
        (
            "type_code",
            classifiers.institution_types(),
            QT_TRANSLATE_NOOP(
                "institution", "Choose the type of institution from the list (code “{code}” is unknown)."
            ),
        ),
        (
            "kato_code",
            classifiers.kato_units(),
            QT_TRANSLATE_NOOP(
                "institution", "Choose the district or city (KATO) from the list (code “{code}” is unknown)."
            ),
        ),
    ):
        if getattr(data, name) not in known:
            raise _invalid(name, template, code=getattr(data, name))
    if data.capacity is not None and not 0 <= data.capacity <= 100_000:
        raise _invalid(
            "capacity", QT_TRANSLATE_NOOP("institution", "The capacity must be a number of places from 0 to 100000.")
        )
    url = (data.department_url or "").strip()
    if url:
        parsed = urlparse(url)
        if parsed.scheme not in ("https", "http") or not parsed.netloc:
            raise _invalid(
                "department_url",
                QT_TRANSLATE_NOOP(
                    "institution",
                    "The Department's address must start with https:// (for example https://sanaq.example.kz).",
                ),
            )
    return ProfileInput(
        name_kk=name_kk,
        name_ru=name_ru,
        bin=number,
        type_code=data.type_code,
        kato_code=data.kato_code,
        address=_clean(data.address),
        head_name=_clean(data.head_name),
        capacity=data.capacity,
        phone=_clean(data.phone),
        department_name=_clean(data.department_name),
        department_url=url,
        department_name_kk=_clean(data.department_name_kk),
    )


def _profile(row: Institution) -> Profile:
    types, kato = classifiers.institution_types(), classifiers.kato_units()
    return Profile(
        name_kk=row.name_kk,
        name_ru=row.name_ru,
        bin=row.bin,
        type_code=row.type_code,
        kato_code=row.kato_code,
        address=row.address,
        head_name=row.head_name,
        capacity=row.capacity,
        phone=row.phone,
        department_name=row.department_name,
        department_url=row.department_url,
        department_name_kk=row.department_name_kk,
        uuid=row.uuid,
        revision=row.revision,
        type_name={lang: types.label(row.type_code, lang) for lang in ("ru", "kk", "en")},
        kato_name={lang: kato.label(row.kato_code, lang) for lang in ("ru", "kk", "en")},
        updated_at=row.updated_at,
    )


def institution_row(uow: UnitOfWork) -> Institution | None:
    return uow.session.scalars(select(Institution).order_by(Institution.id).limit(1)).first()


def get_profile(uow: UnitOfWork) -> Profile | None:
    row = institution_row(uow)
    return _profile(row) if row else None


def require_profile(uow: UnitOfWork) -> Profile:
    profile = get_profile(uow)
    if profile is None:
        raise SetupRequired(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "institution", "The institution is not set up yet: fill in its profile first (sanaq init)."
                ),
            )
        )
    return profile


def save_profile(uow: UnitOfWork, data: ProfileInput) -> Profile:
    """Create or update the profile in one transaction; nothing changes when it is invalid."""
    clean = validate_profile(data)
    row = institution_row(uow)
    if row is None:
        row = Institution(**asdict(clean))
        uow.session.add(row)
    else:
        for key, value in asdict(clean).items():
            if getattr(row, key) != value:
                setattr(row, key, value)
    uow.commit()
    return _profile(row)


def validate_employee(data: EmployeeInput) -> EmployeeInput:
    name = _clean(data.full_name)
    if len(name) < 3:
        raise _invalid(
            "full_name", QT_TRANSLATE_NOOP("institution", "Enter the employee's full name (surname, name, patronymic).")
        )
    today = dt.date.today()
    for key, value in (("order_date", data.order_date), ("seminar_date", data.seminar_date)):
        if value is not None and not dt.date(2000, 1, 1) <= value <= today + dt.timedelta(days=366):
            text = QT_TRANSLATE_NOOP("institution", "The date {date} is not plausible.")
            raise _invalid(key, text, date=value.isoformat())
    return EmployeeInput(
        full_name=name,
        position=_clean(data.position),
        order_number=_clean(data.order_number),
        order_date=data.order_date,
        seminar_date=data.seminar_date,
        phone=_clean(data.phone),
    )


def _employee(row: Employee) -> EmployeeInfo:
    return EmployeeInfo(
        full_name=row.full_name,
        position=row.position,
        order_number=row.order_number,
        order_date=row.order_date,
        seminar_date=row.seminar_date,
        phone=row.phone,
        id=row.id,
        uuid=row.uuid,
        active=row.active,
    )


def list_employees(uow: UnitOfWork, *, include_inactive: bool = False) -> list[EmployeeInfo]:
    query = select(Employee).order_by(Employee.id)
    if not include_inactive:
        query = query.where(Employee.active.is_(True))
    return sorted((_employee(row) for row in uow.session.scalars(query)), key=lambda e: collation.sort_key(e.full_name))


def add_employee(uow: UnitOfWork, data: EmployeeInput) -> EmployeeInfo:
    clean = validate_employee(data)
    row = Employee(**asdict(clean))
    uow.session.add(row)
    uow.commit()
    return _employee(row)


def _employee_row(uow: UnitOfWork, employee_id: int) -> Employee:
    row = uow.session.get(Employee, employee_id)
    if row is None:
        raise NotFoundError(Message(CTX, QT_TRANSLATE_NOOP("institution", "This employee no longer exists.")))
    return row


def update_employee(uow: UnitOfWork, employee_id: int, data: EmployeeInput) -> EmployeeInfo:
    clean = validate_employee(data)
    row = _employee_row(uow, employee_id)
    for key, value in asdict(clean).items():
        if getattr(row, key) != value:
            setattr(row, key, value)
    uow.commit()
    return _employee(row)


def set_employee_active(uow: UnitOfWork, employee_id: int, active: bool) -> EmployeeInfo:
    row = _employee_row(uow, employee_id)
    row.active = active
    uow.commit()
    return _employee(row)
