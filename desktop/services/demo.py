"""A complete demo institution, so that everything can be seen working without real data.

Everything is made up and deterministic (a fixed random seed).  Each capability adds its own step
to :data:`STEPS`; a step takes the unit of work, the random generator and the campaign, and commits its work.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from desktop.domain.accounts import Role
from desktop.domain.campaign import Campaign
from desktop.models.db import UnitOfWork
from desktop.models.entities import Meta, Unit
from desktop.services import accounts, documents_demo, entry_demo, institution, questionnaires, register_demo
from desktop.services.jobs import Progress, no_progress

DEMO_BIN = "100540012349"  # made up; its check digit is valid

Step = Callable[[UnitOfWork, random.Random, Campaign], None]


def demo_profile(uow: UnitOfWork, rng: random.Random, campaign: Campaign) -> None:
    institution.save_profile(
        uow,
        institution.ProfileInput(
            name_kk="«Шаңырақ» жетім балалар мен ата-анасының қамқорлығынсыз қалған балаларға арналған "
            "мектеп-интернаты (демо)",
            name_ru="Школа-интернат для детей-сирот и детей, оставшихся без попечения родителей «Шанырак» (демо)",
            bin=DEMO_BIN,
            type_code="06",
            kato_code="311000000",
            address="Тараз қаласы, Төле би даңғылы, 1 (демо)",
            head_name="Әбдірахманова Гүлнәр Сәкенқызы",
            capacity=320,
            phone="+7 7262 00-00-00",
            department_name="Департамент Бюро национальной статистики по Жамбылской области",
            department_name_kk="Ұлттық статистика бюросының Жамбыл облысы бойынша департаменті",
            department_url="https://127.0.0.1:8443",
        ),
    )
    employees = [
        ("Сүлейменова Әйгерім Қуанышқызы", "Тәрбиеші-әдіскер"),
        ("Иванова Наталья Петровна", "Заместитель директора по воспитательной работе"),
        ("Нұрланұлы Ерғали", "Әлеуметтік педагог"),
    ]
    for number, (name, position) in enumerate(employees, start=1):
        institution.add_employee(
            uow,
            institution.EmployeeInput(
                full_name=name,
                position=position,
                order_number=f"{40 + number}-ө",
                order_date=campaign.list_date + dt.timedelta(days=9),
                seminar_date=campaign.list_date + dt.timedelta(days=23),
                phone=f"+7 701 000 00 {number:02d}",
            ),
        )


def demo_units(uow: UnitOfWork, rng: random.Random, campaign: Campaign) -> None:
    for name in ("1-топ «Балапан»", "2-топ «Құлыншақ»", "3-топ «Жұлдыз»", "Медициналық блок", "Мектепке дейінгі топ"):
        uow.session.add(Unit(name=name))
    uow.session.merge(Meta(key="demo", value="1"))
    uow.commit()


#: The demo's accounts (login, role, owner), all with the password :data:`DEMO_PASSWORD`.
DEMO_ADMIN = "admin"
DEMO_PASSWORD = "demo"
DEMO_ACCOUNTS = [
    (DEMO_ADMIN, Role.ADMINISTRATOR, "Әбдірахманова Гүлнәр Сәкенқызы"),
    ("employee", Role.EMPLOYEE, "Сүлейменова Әйгерім Қуанышқызы"),
    ("viewer", Role.VIEWER, "Ахметов Бауыржан Серікұлы"),
]


def demo_accounts(uow: UnitOfWork, rng: random.Random, campaign: Campaign) -> None:
    """The head of the institution (administrator), a responsible employee and a viewer."""
    for login, role, name in DEMO_ACCOUNTS:
        accounts.add_account(uow, login, name, role, DEMO_PASSWORD, check_password=False)
        accounts.act_as(uow, accounts.principal_for(uow, DEMO_ADMIN))


def is_demo(uow: UnitOfWork) -> bool:
    row = uow.session.get(Meta, "demo")
    return row is not None and row.value == "1"


STEPS: list[Step] = [
    demo_profile,
    demo_units,
    # The register: a few hundred persons in the units, every kind of problem to find.
    register_demo.demo_register,
    # The census sheets use the persons of the register: keep this step after the register's.
    questionnaires.demo_sheets,
    # Outcomes without a sheet and double-entry verification of the sheets just filled.
    entry_demo.demo_entry,
    # Certificates of the enumerated and the tablets with their acts.
    documents_demo.demo_documents,
    # The accounts come last: until the first one, the database is open to every step above.
    demo_accounts,
]


def build_demo(uow: UnitOfWork, *, campaign: Campaign, seed: int = 2021, progress: Progress = no_progress) -> None:
    rng = random.Random(seed)
    for done, step in enumerate(STEPS):
        progress(done, len(STEPS))
        step(uow, rng, campaign)
    progress(len(STEPS), len(STEPS))
