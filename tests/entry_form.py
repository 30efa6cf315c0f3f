"""A small person form (XLSForm) for the tests of sheet filling: every kind of question the sheet
screen renders, relevance, required, a hard constraint, a soft constraint, a group, a long list."""

from __future__ import annotations

import io

from openpyxl import Workbook

from desktop.domain.forms import Form, load_form

SURVEY = [
    # type, name, label ru, label kk, hint ru, required, relevant, constraint, constraint msg, soft, soft msg, prefill
    ("begin_group", "g_person", "Раздел 1. О человеке", "1-бөлім. Адам туралы", "", "", "", "", "", "", "", ""),
    ("text", "surname", "Фамилия", "Тегі", "Как в документе", "yes", "", "", "", "", "", "surname"),
    ("date", "birth_date", "Дата рождения", "Туған күні", "ДД.ММ.ГГГГ", "yes", "", "", "", "", "", "birth_date"),
    ("select_one sex", "sex", "Пол", "Жынысы", "", "yes", "", "", "", "", "", "sex"),
    (
        "integer",
        "age",
        "Возраст (полных лет)",
        "Жасы (толық жыл)",
        "Число лет",
        "yes",
        "",
        ". >= 0 and . <= 120",
        "Возраст от 0 до 120",
        ". <= 100",
        "Больше 100 лет: проверьте",
        "",
    ),
    ("end_group", "", "", "", "", "", "", "", "", "", "", ""),
    ("begin_group", "g_more", "Раздел 2. Сведения", "2-бөлім. Мәліметтер", "", "", "", "", "", "", "", ""),
    ("select_one nation", "nationality", "Национальность", "Ұлты", "Выберите из списка", "yes", "", "", "", "", "", ""),
    (
        "select_multiple lang",
        "languages",
        "Какими языками владеет",
        "Қай тілдерді біледі",
        "",
        "yes",
        "",
        "",
        "",
        "",
        "",
        "",
    ),
    (
        "select_one yesno",
        "married",
        "Состоит в браке",
        "Некеде тұрады ма",
        "",
        "yes",
        "${age} >= 16",
        "",
        "",
        "",
        "",
        "",
    ),
    ("text", "spouse", "Имя супруга(и)", "Жұбайының аты", "", "", "${married} = '1'", "", "", "", "", ""),
    ("note", "n_end", "Конец листа", "Парақтың соңы", "", "", "", "", "", "", "", ""),
    ("text", "remark", "Примечание", "Ескертпе", "Необязательно", "", "", "", "", "", "", ""),
    ("end_group", "", "", "", "", "", "", "", "", "", "", ""),
]

NATIONS = [
    "Казах",
    "Русский",
    "Узбек",
    "Украинец",
    "Уйгур",
    "Татарин",
    "Немец",
    "Кореец",
    "Турок",
    "Азербайджанец",
    "Белорус",
    "Дунганин",
    "Курд",
    "Таджик",
    "Поляк",
    "Чеченец",
    "Кыргыз",
    "Башкир",
    "Армянин",
    "Грузин",
]


def workbook(version: str = "2021.1", extra_note: str = "") -> bytes:
    book = Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    survey.append(
        [
            "type",
            "name",
            "label::Русский (ru)",
            "label::Қазақша (kk)",
            "hint::Русский (ru)",
            "required",
            "relevant",
            "constraint",
            "constraint_message::Русский (ru)",
            "soft_constraint",
            "soft_constraint_message::Русский (ru)",
            "prefill",
        ]
    )
    for row in SURVEY:
        survey.append(list(row))
    if extra_note:
        survey.append(["note", "n_extra", extra_note, extra_note, "", "", "", "", "", "", "", ""])
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", "label::Русский (ru)", "label::Қазақша (kk)", "register"])
    choices.append(["sex", "1", "Мужской", "Ер", "M"])
    choices.append(["sex", "2", "Женский", "Әйел", "F"])
    choices.append(["yesno", "1", "Да", "Иә", ""])
    choices.append(["yesno", "2", "Нет", "Жоқ", ""])
    for code, name in enumerate(NATIONS, start=1):
        choices.append(["nation", str(code), name, name + " (kk)", ""])
    languages = (("Казахский", "Қазақ тілі"), ("Русский", "Орыс тілі"), ("Английский", "Ағылшын тілі"))
    for code, (ru, kk) in enumerate(languages, 1):
        choices.append(["lang", str(code), ru, kk, ""])
    settings = book.create_sheet("settings")
    settings.append(
        ["form_id", "version", "form_title::Русский (ru)", "form_title::Қазақша (kk)", "default_language", "kind"]
    )
    settings.append(["test_person", version, "Тестовый переписной лист", "Сынақ санақ парағы", "ru", "person"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def form(version: str = "2021.1") -> Form:
    return load_form(workbook(version))


#: A complete, valid set of answers for the test form (a married adult).
COMPLETE = {
    "surname": "Әбенова",
    "birth_date": "1980-05-15",
    "sex": "2",
    "age": 41,
    "nationality": "1",
    "languages": ["1", "2"],
    "married": "1",
    "spouse": "Серік",
}


def aged_form() -> Form:
    """A form whose question depends on the age at the census reference moment (``age()``)."""
    book = Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", "label::Русский (ru)", "label::Қазақша (kk)", "required", "relevant", "prefill"])
    survey.append(["text", "surname", "Фамилия", "Тегі", "yes", "", "surname"])
    survey.append(["date", "birth_date", "Дата рождения", "Туған күні", "yes", "", "birth_date"])
    adult = "age(${birth_date}) >= 15"
    survey.append(["integer", "children", "Сколько детей родила", "Неше бала туды", "yes", adult, ""])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version", "form_title::Русский (ru)", "form_title::Қазақша (kk)", "kind"])
    settings.append(["test_aged", "1", "Возраст", "Жасы", "person"])
    buffer = io.BytesIO()
    book.save(buffer)
    return load_form(buffer.getvalue())
