"""The printed documents read right for whoever they are about: a woman and a man, a child, a foreigner
and a stateless person; the acts say who hands the equipment to whom, in Russian and in Kazakh."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.app import AppContext
from desktop.domain.enums import CitizenshipKind, CoverageStatus, Residence
from desktop.domain.iin import Sex, make_iin
from desktop.domain.person import PersonData
from desktop.models.entities import Person
from desktop.services import certificates, equipment, institution, printed_lists, transcript_pdf
from desktop.services import register as reg

DEPARTMENT_RU = "Департамент Бюро национальной статистики по Жамбылской области"
DEPARTMENT_KK = "Ұлттық статистика бюросының Жамбыл облысы бойынша департаменті"


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, whitespace collapsed (a long line may wrap on paper)."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]


def _profile(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        institution.save_profile(
            uow,
            institution.ProfileInput(
                name_kk="«Мейірім» қарттар үйі",
                name_ru="Дом престарелых «Мейирим»",
                bin="100540012349",
                type_code="06",
                kato_code="311000000",
                head_name="Әбдірахманова Гүлнәр Сәкенқызы",
                department_name=DEPARTMENT_RU,
                department_name_kk=DEPARTMENT_KK,
            ),
        )


PEOPLE = {
    # surname: (name, patronymic, born, sex, citizenship, country)
    "Петрова": ("Анна", "Игоревна", dt.date(1950, 7, 2), Sex.FEMALE, CitizenshipKind.KAZAKHSTAN, None),
    "Сейітов": ("Бауыржан", "Ерланұлы", dt.date(1961, 4, 9), Sex.MALE, CitizenshipKind.KAZAKHSTAN, None),
    "Әлиева": ("Һәдия", "Іңкәрқызы", dt.date(2012, 11, 20), Sex.FEMALE, CitizenshipKind.KAZAKHSTAN, None),
    "Каримова": ("Дилноза", "Рустамовна", dt.date(1979, 1, 3), Sex.FEMALE, CitizenshipKind.FOREIGN, "860"),
    "Ли": ("Виктор", "", dt.date(1970, 5, 5), Sex.MALE, CitizenshipKind.STATELESS, None),
}


@pytest.fixture
def issued(context: AppContext, tmp_path: Path) -> dict[str, str]:
    """One certificate for each of PEOPLE: the text of its page by surname."""
    _profile(context)
    ids: dict[int, str] = {}
    with context.uow() as uow:
        for serial, (surname, (name, patronymic, born, sex, citizenship, country)) in enumerate(PEOPLE.items(), 1):
            row = reg.add_person(
                uow,
                PersonData(surname, name, patronymic, iin=make_iin(born, sex, serial), birth_date=born, sex=sex,
                           citizenship=citizenship, country_code=country, residence=Residence.USUAL),
                campaign=context.campaign,
            )  # fmt: skip
            ids[row.id] = surname
    with context.uow() as uow:
        for person_id in ids:
            person = uow.session.get(Person, person_id)
            assert person is not None
            person.status = CoverageStatus.INTERVIEW.value
            person.enumerated_at = dt.datetime(2021, 10, 12, 5, 0, tzinfo=dt.UTC)
        uow.commit()
    target = tmp_path / "certificates.pdf"
    with context.uow() as uow:
        result = certificates.issue(
            uow, target=target, all_eligible=True, issued_on=dt.date(2021, 10, 29), campaign=context.campaign
        )
    order = [ids[c.person_id] for c in result.issued if c.person_id is not None]
    return dict(zip(order, pdf_pages(target), strict=True))


CENSUS_RU = "Национальную перепись населения Республики Казахстан 2021 года"
CENSUS_KK = "Қазақстан Республикасының 2021 жылғы ұлттық халық санағынан өткенін растайды"


@pytest.mark.parametrize(
    ("surname", "ru", "kk"),
    [
        ("Петрова", "гражданка Республики Казахстан Петрова Анна Игоревна, 02.07.1950 г.р., 12.10.2021 прошла",
         "Қазақстан Республикасының азаматы Петрова Анна Игоревна (02.07.1950 ж.т.) 12.10.2021 ж."),
        ("Сейітов", "гражданин Республики Казахстан Сейітов Бауыржан Ерланұлы, 09.04.1961 г.р., 12.10.2021 прошёл",
         "Қазақстан Республикасының азаматы Сейітов Бауыржан Ерланұлы"),
        ("Әлиева", "несовершеннолетняя гражданка Республики Казахстан Әлиева Һәдия Іңкәрқызы",
         "Қазақстан Республикасының кәмелетке толмаған азаматы Әлиева Һәдия Іңкәрқызы"),
        ("Каримова", "иностранная гражданка Каримова Дилноза Рустамовна", "шетел азаматы Каримова Дилноза Рустамовна"),
        ("Ли", "лицо без гражданства Ли Виктор, 05.05.1970 г.р., 12.10.2021 прошёл",
         "азаматтығы жоқ адам Ли Виктор (05.05.1970 ж.т.)"),
    ],
)  # fmt: skip
def test_the_certificate_names_its_holder_as_the_law_does(
    issued: dict[str, str], surname: str, ru: str, kk: str
) -> None:
    page = issued[surname]
    assert ru in page and CENSUS_RU in page
    assert kk in page and CENSUS_KK in page
    assert "азамат(ша)" not in page and "прошёл(ла)" not in page


@pytest.fixture
def acts(context: AppContext, tmp_path: Path) -> dict[str, str]:
    """A transfer and a return act for a woman (Иванова) and for a man (Ахметов): their texts."""
    _profile(context)
    texts: dict[str, str] = {}
    with context.uow() as uow:
        woman = institution.add_employee(uow, institution.EmployeeInput(full_name="Иванова Наталья Петровна"))
        man = institution.add_employee(uow, institution.EmployeeInput(full_name="Ахметов Дәурен Серікұлы"))
        for number, (who, employee) in enumerate((("woman", woman), ("man", man)), start=1):
            equipment.add_item(uow, kind="tablet", inventory_number=f"БНС-000{number}", serial_number=f"R{number}")
            equipment.assign(uow, inventories=[f"БНС-000{number}"], employee=employee.id,
                             act_date=dt.date(2021, 9, 28), department_person="Жұмабекова Сәуле Маратқызы")  # fmt: skip
            equipment.act_pdf(uow, "transfer", tmp_path / f"{who}-transfer.pdf", number=number)
            equipment.return_items(uow, inventories=[f"БНС-000{number}"], act_date=dt.date(2021, 11, 2),
                                   department_person="Жұмабеков Серік Маратұлы")  # fmt: skip
            equipment.act_pdf(uow, "return", tmp_path / f"{who}-return.pdf", number=number)
    for who in ("woman", "man"):
        for kind in ("transfer", "return"):
            texts[f"{who}-{kind}"] = " ".join(pdf_pages(tmp_path / f"{who}-{kind}.pdf"))
    return texts


def test_the_return_act_says_the_employee_returns_to_the_department_in_both_languages(acts: dict[str, str]) -> None:
    text = acts["woman-return"]
    assert (
        "Настоящим актом ответственный сотрудник Иванова Наталья Петровна (передающая сторона) по окончании "
        f"переписи населения возвращает, а {DEPARTMENT_RU} (принимающая сторона) принимает" in text
    )
    assert (
        "Осы актімен жауапты қызметкер Иванова Наталья Петровна (тапсырушы тарап) халық санағы аяқталғаннан "
        f"кейін төмендегі жабдықты қайтарады, ал {DEPARTMENT_KK} (қабылдаушы тарап) оны қабылдайды" in text
    )
    assert "вернул " not in text and f"жабдықты {DEPARTMENT_RU}" not in text
    # the signatures agree with the signers: she hands over, he receives for the Department
    assert "Тапсырды / Передала" in text and "Қабылдады / Принял" in text
    man = acts["man-return"]
    assert "Тапсырды / Передал " in man and "Ахметов Дәурен Серікұлы (передающая сторона)" in man


def test_the_transfer_act_says_the_department_hands_over_and_the_employee_receives(acts: dict[str, str]) -> None:
    for who, name, receives in (
        ("woman", "Иванова Наталья Петровна", "Қабылдады / Приняла"),
        ("man", "Ахметов Дәурен Серікұлы", "Қабылдады / Принял "),
    ):
        text = acts[f"{who}-transfer"]
        assert (
            f"Осы актімен {DEPARTMENT_KK} (тапсырушы тарап) халық санағын жүргізу үшін төмендегі жабдықты "
            f"уақытша пайдалануға тапсырады, ал жауапты қызметкер {name} (қабылдаушы тарап) оны қабылдайды" in text
        )
        assert (
            f"Настоящим актом {DEPARTMENT_RU} (передающая сторона) передаёт, а ответственный сотрудник {name} "
            "(принимающая сторона) принимает во временное пользование" in text
        )
        assert receives in text and "Тапсырды / Передала" in text  # Жұмабекова hands over for the Department


def test_an_act_without_the_kazakh_name_of_the_department_prints_no_russian_inside_kazakh(
    context: AppContext, tmp_path: Path
) -> None:
    _profile(context)
    with context.uow() as uow:
        profile = institution.require_profile(uow)
        data = institution.ProfileInput(
            **{k: getattr(profile, k) for k in institution.ProfileInput.__dataclass_fields__}
        )
        data.department_name_kk = ""
        institution.save_profile(uow, data)
        employee = institution.add_employee(uow, institution.EmployeeInput(full_name="Иванова Наталья Петровна"))
        equipment.add_item(uow, kind="tablet", inventory_number="БНС-0001")
        equipment.assign(uow, inventories=["БНС-0001"], employee=employee.id)
        equipment.act_pdf(uow, "transfer", tmp_path / "act.pdf")
    text = " ".join(pdf_pages(tmp_path / "act.pdf"))
    assert "Осы актімен Ұлттық статистика бюросының департаменті (тапсырушы тарап)" in text
    assert f"Настоящим актом {DEPARTMENT_RU} (передающая сторона)" in text


def transcript_data(completed_by: str) -> transcript_pdf.TranscriptData:
    """A complete sheet's transcript, filled in by ``completed_by``."""
    return transcript_pdf.TranscriptData(
        institution={"ru": "Дом престарелых «Мейирим»", "kk": "«Мейірім» қарттар үйі"},
        form_title={"ru": "Переписной лист", "kk": "Санақ парағы"},
        form_version="2021.1",
        person_name="Петрова Анна Игоревна",
        iin="",
        birth_date=dt.date(1950, 7, 2),
        mode={"ru": "Опрос", "kk": "Сұхбат"},
        state={"ru": "Заполнен", "kk": "Толтырылды"},
        completed_at=dt.datetime(2021, 10, 12, 5, 0, tzinfo=dt.UTC),
        completed_by=completed_by,
        default_source={"ru": "Опрос", "kk": "Сұхбат"},
        default_document="",
    )


def _transcript(tmp_path: Path, completed_by: str) -> str:
    path = transcript_pdf.build(transcript_data(completed_by), tmp_path / "t.pdf")
    return " ".join(pdf_pages(path))


@pytest.mark.parametrize(
    ("employee", "label"),
    [
        ("Сүлейменова Әйгерім Қуанышқызы", "Заполнила / Толтырған"),
        ("Ахметов Дәурен Серікұлы", "Заполнил / Толтырған"),
        ("Ким Сергей", "Заполнил(а) / Толтырған"),
    ],
)
def test_the_transcript_agrees_with_who_filled_it_and_uses_the_terms_of_the_law(
    tmp_path: Path, employee: str, label: str
) -> None:
    text = _transcript(tmp_path, employee)
    assert f"{label} {employee}" in text
    assert "халық санағының бастапқы статистикалық деректері" in text and "алғашқы" not in text
    assert "Копия переписного листа / Санақ парағының көшірмесі" in text
    assert "Дата заполнения / Толтырылған уақыты" in text


def test_the_transcript_says_plainly_that_nobody_was_recorded_as_its_filler(tmp_path: Path) -> None:
    text = " ".join(_transcript(tmp_path, "").split())
    assert "—" not in text.split("Толтырған", 1)[1][:5]
    assert "не указан: на компьютере не был выбран сотрудник" in text
    assert "көрсетілмеген: компьютерде қызметкер таңдалмаған" in text


def test_the_signed_stage1_list_prints_kazakh_values_in_the_kazakh_lines(issued: dict[str, str], context: AppContext,
                                                                          tmp_path: Path) -> None:  # fmt: skip
    with context.uow() as uow:
        printed_lists.stage1_pdf(uow, tmp_path / "stage1.pdf", campaign=context.campaign)
    reader = PdfReader(str(tmp_path / "stage1.pdf"))
    lines = [line.strip() for page in reader.pages for line in (page.extract_text() or "").splitlines()]
    text = " ".join(lines)
    # the header is Russian above Kazakh, and so is every value under it
    for ru, kk in (("Казахстан", "Қазақстан"), ("Постоянно проживает", "Тұрақты тұрады"),
                   ("Узбекистан", "Өзбекстан"), ("Без гражданства", "Азаматтығы жоқ")):  # fmt: skip
        assert ru in text and kk in text, (ru, kk)
        assert text.index(ru) < text.index(kk)
    assert "Жынысы" in text and "Жыныс ы" not in text
    assert any(line.endswith("Ә") or " Ә " in f" {line} " for line in lines)  # a woman is Ә in Kazakh


def test_the_whole_register_agrees_with_each_person_and_names_reasons_with_nouns(
    issued: dict[str, str], context: AppContext, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from desktop.services import register_export

    with context.uow() as uow:
        sejitov = reg.person_by_iin(uow, make_iin(dt.date(1961, 4, 9), Sex.MALE, 2), campaign=context.campaign)
        assert sejitov is not None
        reg.mark_left(uow, sejitov.id, dt.date(2021, 10, 20), "died", campaign=context.campaign)
        register_export.export_register_xlsx(uow, tmp_path / "all.xlsx", campaign=context.campaign)
    sheet = load_workbook(tmp_path / "all.xlsx").active
    rows = {r[2]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    status = [c.value for c in sheet[1]].index("Статус переписи / Санақ мәртебесі")
    reason = [c.value for c in sheet[1]].index("Причина выбытия / Шығу себебі")
    assert rows["Петрова"][status] == "Переписана путём опроса / Сұхбат арқылы санақтан өтті"
    assert rows["Сейітов"][status] == "Переписан путём опроса / Сұхбат арқылы санақтан өтті"
    assert rows["Сейітов"][reason] == "Смерть / Қайтыс болу"  # a noun, not «Умер»
    assert "да / иә" in rows["Петрова"]
