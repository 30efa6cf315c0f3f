"""The demo register: a few hundred made-up children of a boarding school in the demo units, with
persons who left, foreigners, a stateless child, and a few problems to find (an invalid IIN, a
birth date and a sex that contradict the IIN, a person entered twice, missing data).

Everything is invented; the IINs are built with valid check digits from the invented birth dates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from sqlalchemy import select

from desktop.domain.campaign import Campaign
from desktop.domain.enums import CitizenshipKind, CoverageStatus, LeftReason, Residence
from desktop.domain.iin import Sex, make_iin
from desktop.domain.person import PersonData
from desktop.models.db import UnitOfWork
from desktop.models.entities import Person, Unit
from desktop.services import register

SURNAMES = [
    ("Абенов", "Абенова"),
    ("Ахметов", "Ахметова"),
    ("Байжанов", "Байжанова"),
    ("Беков", "Бекова"),
    ("Досанов", "Досанова"),
    ("Ерланов", "Ерланова"),
    ("Жұмабаев", "Жұмабаева"),
    ("Жақсыбеков", "Жақсыбекова"),
    ("Исаев", "Исаева"),
    ("Қасымов", "Қасымова"),
    ("Құрманов", "Құрманова"),
    ("Мұхамеджанов", "Мұхамеджанова"),
    ("Нұрланов", "Нұрланова"),
    ("Оспанов", "Оспанова"),
    ("Сәрсенбаев", "Сәрсенбаева"),
    ("Сейітов", "Сейітова"),
    ("Төлегенов", "Төлегенова"),
    ("Тұрсынов", "Тұрсынова"),
    ("Шәкенов", "Шәкенова"),
    ("Әбілов", "Әбілова"),
    ("Иванов", "Иванова"),
    ("Петров", "Петрова"),
    ("Смирнов", "Смирнова"),
    ("Ким", "Ким"),
    ("Шмидт", "Шмидт"),
    ("Ковальчук", "Ковальчук"),
    ("Юсупов", "Юсупова"),
    ("Алиев", "Алиева"),
]
MALE = [
    "Айдос",
    "Арман",
    "Бауыржан",
    "Дәулет",
    "Ерасыл",
    "Әлихан",
    "Нұрсұлтан",
    "Санжар",
    "Тимур",
    "Ильяс",
    "Максим",
    "Данияр",
    "Ерболат",
    "Мирас",
    "Рустам",
    "Александр",
    "Алмас",
    "Ислам",
]
FEMALE = [
    "Айгерім",
    "Аружан",
    "Әсем",
    "Дана",
    "Жансая",
    "Індира",
    "Мадина",
    "Назерке",
    "Томирис",
    "Ұлжан",
    "Анастасия",
    "Дарья",
    "Камила",
    "Сабина",
    "Гүлназ",
    "Милана",
    "Аяулым",
    "Зере",
]
FATHERS = ["Серік", "Қайрат", "Нұрлан", "Ерлан", "Бақыт", "Мұрат", "Асхат", "Болат", "Жандос", "Марат"]
RU_PATRONYMIC = {
    "Иванов": "Сергеевич",
    "Петров": "Андреевич",
    "Смирнов": "Игоревич",
    "Ковальчук": "Олегович",
    "Шмидт": "Викторович",
    "Ким": "Эдуардович",
}

COUNT = 300


def _patronymic(surname: str, father: str, sex: Sex) -> str:
    base = surname if surname in RU_PATRONYMIC else ""
    if base:
        text = RU_PATRONYMIC[base]
        return text if sex is Sex.MALE else text[:-4] + "на"
    return f"{father}{'ұлы' if sex is Sex.MALE else 'қызы'}"


def demo_register(uow: UnitOfWork, rng: random.Random, campaign: Campaign) -> None:
    """Demo step: the register (run after the units, before the census sheets), written the way an
    employee's entries are (validated, problems and history kept)."""
    units = list(uow.session.execute(select(Unit.id, Unit.name).order_by(Unit.id)))
    if not units or uow.session.scalar(select(Person.id).limit(1)) is not None:
        return
    people: list[PersonData] = []
    serial = 100
    for index in range(COUNT):
        sex = Sex.MALE if rng.random() < 0.52 else Sex.FEMALE
        pair = rng.choice(SURNAMES)
        surname = pair[0] if sex is Sex.MALE else pair[1]
        name = rng.choice(MALE if sex is Sex.MALE else FEMALE)
        patronymic = _patronymic(pair[0], rng.choice(FATHERS), sex)
        _unit_id, unit_name = units[index % len(units)]
        if "Мектепке дейінгі" in unit_name:
            born = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 3 * 365))
        else:
            born = dt.date(2004, 1, 1) + dt.timedelta(days=rng.randint(0, 11 * 365))
        number = None
        while number is None:
            serial += 1
            number = make_iin(born, sex, serial)
        admitted = max(born + dt.timedelta(days=400), dt.date(2012, 9, 1) + dt.timedelta(days=rng.randint(0, 3000)))
        admitted = min(admitted, campaign.list_date - dt.timedelta(days=7))
        people.append(
            PersonData(
                surname, name, patronymic, iin=number, birth_date=born, sex=sex, unit=unit_name, admitted_on=admitted
            )
        )

    # The variety a real register has.
    people[5].residence = Residence.TEMPORARILY_ABSENT  # in hospital at the reference moment
    people[6].residence = Residence.TEMPORARILY_PRESENT
    people[7].admitted_on = campaign.list_date + dt.timedelta(days=41)  # after the list date: not on the list
    left = {
        8: (LeftReason.DISCHARGED, campaign.list_date - dt.timedelta(days=32), ""),  # left before the list date
        9: (LeftReason.TRANSFERRED, campaign.list_date + dt.timedelta(days=44), ""),  # gone by the reference moment
        10: (LeftReason.OTHER, campaign.reference_date - dt.timedelta(days=30), "Возвращена в семью (приказ № 57-ө)"),
    }
    gone = "Выбыл(а) из учреждения до критического момента"
    outcomes = {
        9: (CoverageStatus.NOT_RESIDENT, None, gone),
        10: (CoverageStatus.NOT_RESIDENT, None, gone),
        11: (CoverageStatus.REFUSED, None, "Отказ законного представителя"),
        12: (CoverageStatus.ONLINE, "SNQ-DEMO-0412", ""),
    }
    # Foreigners and a stateless child, two of them without an IIN.
    people[13].citizenship, people[13].country_code, people[13].iin = CitizenshipKind.FOREIGN, "860", None
    people[14].citizenship, people[14].country_code = CitizenshipKind.FOREIGN, "417"
    people[15].citizenship, people[15].iin = CitizenshipKind.STATELESS, None
    # Problems to find.
    bad = people[16].iin or ""
    people[16].iin = bad[:11] + str((int(bad[11]) + 1) % 10)  # a mistyped digit
    people[17].sex = Sex.FEMALE if people[17].sex is Sex.MALE else Sex.MALE
    born = people[18].birth_date or dt.date(2010, 1, 1)
    people[18].birth_date = born.replace(day=1 if born.day != 1 else 2)  # the register has a typo in the day
    people[19].birth_date = None  # missing data
    twin = people[20]
    people.append(
        dataclasses.replace(
            twin, surname=twin.surname.upper(), iin=None, note="Внесён повторно при переводе из другой группы"
        )
    )

    source = {"file": "Журнал учёта воспитанников.xlsx"}
    for index, data in enumerate(people):
        person, _changes = register.write_person(
            uow, data, campaign=campaign, allow_invalid_iin=True, event="imported", details=source
        )
        if index in left:
            reason, day, note = left[index]
            register.mark_left(uow, person.id, day, reason, note, campaign=campaign)
        if index in outcomes:
            status, code, why = outcomes[index]
            person.status, person.online_code, person.status_reason = status.value, code, why
    register.refresh_duplicates(uow)
    uow.commit()
