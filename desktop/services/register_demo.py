"""The demo register: a few hundred made-up children of a boarding school in the demo units, with
persons who left, foreigners, a stateless child, and a few problems to find (an invalid IIN, a
birth date and a sex that contradict the IIN, a person entered twice, missing data).

Everything is invented; the IINs are built with valid check digits from the invented birth dates.
"""

from __future__ import annotations

import datetime as dt
import json
import random

from sqlalchemy import select

from desktop.domain import person as rules
from desktop.domain.campaign import Campaign
from desktop.domain.enums import CitizenshipKind, CoverageStatus, LeftReason, Residence
from desktop.domain.iin import Sex, make_iin
from desktop.models.db import UnitOfWork
from desktop.models.entities import Person, Unit
from desktop.models.register import PersonEvent
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
    """Demo step: the register (run after the units, before the census sheets)."""
    units = list(uow.session.execute(select(Unit.id, Unit.name).order_by(Unit.id)))
    if not units or uow.session.scalar(select(Person.id).limit(1)) is not None:
        return
    people: list[Person] = []
    serial = 100
    for index in range(COUNT):
        sex = Sex.MALE if rng.random() < 0.52 else Sex.FEMALE
        pair = rng.choice(SURNAMES)
        surname = pair[0] if sex is Sex.MALE else pair[1]
        name = rng.choice(MALE if sex is Sex.MALE else FEMALE)
        patronymic = _patronymic(pair[0], rng.choice(FATHERS), sex)
        unit_id, unit_name = units[index % len(units)]
        if "Мектепке дейінгі" in unit_name:
            born = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 3 * 365))
        else:
            born = dt.date(2004, 1, 1) + dt.timedelta(days=rng.randint(0, 11 * 365))
        number = None
        while number is None:
            serial += 1
            number = make_iin(born, sex, serial)
        admitted = max(born + dt.timedelta(days=400), dt.date(2012, 9, 1) + dt.timedelta(days=rng.randint(0, 3000)))
        admitted = min(admitted, dt.date(2021, 5, 25))
        person = Person(
            surname=surname,
            name=name,
            patronymic=patronymic,
            iin=number,
            birth_date=born,
            sex=sex.value,
            citizenship=CitizenshipKind.KAZAKHSTAN.value,
            residence=Residence.USUAL.value,
            unit_id=unit_id,
            admitted_on=admitted,
            status=CoverageStatus.TO_ENUMERATE.value,
        )
        people.append(person)

    # The variety a real register has.
    people[5].residence = Residence.TEMPORARILY_ABSENT.value  # in hospital at the reference moment
    people[6].residence = Residence.TEMPORARILY_PRESENT.value
    people[7].admitted_on = dt.date(2021, 7, 12)  # admitted after the list date: not on the stage-1 list
    for person, reason, day in (
        (people[8], LeftReason.DISCHARGED, dt.date(2021, 4, 30)),  # left before the list date
        (people[9], LeftReason.TRANSFERRED, dt.date(2021, 7, 15)),  # on the list, gone by the reference moment
        (people[10], LeftReason.OTHER, dt.date(2021, 8, 2)),
    ):
        person.left_on, person.left_reason = day, reason.value
        person.left_note = "Возвращена в семью (приказ № 57-ө)" if reason is LeftReason.OTHER else ""
    for person in (people[9], people[10]):
        person.status = CoverageStatus.NOT_RESIDENT.value
        person.status_reason = "Выбыл(а) из учреждения до критического момента"
    people[11].status = CoverageStatus.REFUSED.value
    people[11].status_reason = "Отказ законного представителя"
    people[12].status = CoverageStatus.ONLINE.value
    people[12].online_code = "SNQ-DEMO-0412"
    # Foreigners and a stateless child, two of them without an IIN.
    people[13].citizenship, people[13].country_code, people[13].iin = CitizenshipKind.FOREIGN.value, "860", None
    people[14].citizenship, people[14].country_code = CitizenshipKind.FOREIGN.value, "417"
    people[15].citizenship, people[15].iin = CitizenshipKind.STATELESS.value, None
    # Problems to find.
    bad = people[16].iin or ""
    people[16].iin = bad[:11] + str((int(bad[11]) + 1) % 10)  # a mistyped digit
    people[17].sex = Sex.FEMALE.value if people[17].sex == Sex.MALE.value else Sex.MALE.value
    born = people[18].birth_date or dt.date(2010, 1, 1)
    people[18].birth_date = born.replace(day=1 if born.day != 1 else 2)  # the register has a typo in the day
    people[19].birth_date = None  # missing data
    twin = people[20]
    people.append(
        Person(
            surname=twin.surname.upper(),
            name=twin.name,
            patronymic=twin.patronymic,
            iin=None,
            birth_date=twin.birth_date,
            sex=twin.sex,
            citizenship=twin.citizenship,
            residence=twin.residence,
            unit_id=twin.unit_id,
            admitted_on=twin.admitted_on,
            status=CoverageStatus.TO_ENUMERATE.value,
            note="Внесён повторно при переводе из другой группы",
        )
    )
    people[-1].surname = rules.normalize_name_part(people[-1].surname)

    for person in people:
        person.name_key = rules.name_key(person.surname, person.name, person.patronymic)
        person.problems = rules.encode_problems(
            rules.stored_problems(
                iin_value=person.iin,
                birth_date=person.birth_date,
                sex=person.sex,
                citizenship=person.citizenship,
                name=person.name,
                surname=person.surname,
            )
        )
        uow.session.add(person)
    uow.session.flush()
    for person in people:
        uow.session.add(
            PersonEvent(
                person_id=person.id,
                kind="imported",
                changes=json.dumps({"file": "Журнал учёта воспитанников.xlsx"}, ensure_ascii=False),
            )
        )
    register.refresh_duplicates(uow)
    uow.commit()
