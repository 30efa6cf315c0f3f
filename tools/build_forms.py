"""Write the 2021 census sheets as XLSForm workbooks under resources/forms/ (reproducibly).

    python -m tools.build_forms

The definitions below are the reviewable source; the .xlsx files are what the program and the
statisticians open.  The person sheet is a RECONSTRUCTION from what is publicly known about the
2021 census (see the design notes): it says so in its settings and in its first note, and is to be
replaced by the official text, which the Department can install without a new release.

Age limits are calculations of the form (``limit_*``), so that a statistician changes them in Excel.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "resources" / "forms"
CLASSIFIERS = ROOT / "resources" / "classifiers"

LANGS = (("ru", "Русский (ru)"), ("kk", "Қазақша (kk)"), ("en", "English (en)"))
T = tuple[str, str, str]

SURVEY_COLUMNS = [
    "type",
    "name",
    *[f"label::{n}" for _, n in LANGS],
    *[f"hint::{n}" for _, n in LANGS],
    "required",
    *[f"required_message::{n}" for _, n in LANGS],
    "relevant",
    "constraint",
    *[f"constraint_message::{n}" for _, n in LANGS],
    "soft_constraint",
    *[f"soft_constraint_message::{n}" for _, n in LANGS],
    "calculation",
    "choice_filter",
    "appearance",
    "read_only",
    "default_source",
    "prefill",
    "allow_unknown",
]
CHOICE_COLUMNS = ["list_name", "name", *[f"label::{n}" for _, n in LANGS], "register"]


def q(
    type_: str,
    name: str,
    label: T | None = None,
    *,
    hint: T | None = None,
    required: str = "",
    relevant: str = "",
    constraint: str = "",
    message: T | None = None,
    soft: str = "",
    soft_message: T | None = None,
    calculation: str = "",
    choice_filter: str = "",
    appearance: str = "",
    source: str = "",
    prefill: str = "",
    read_only: str = "",
) -> dict[str, str]:
    row: dict[str, str] = {
        "type": type_,
        "name": name,
        "required": required,
        "relevant": relevant,
        "constraint": constraint,
        "soft_constraint": soft,
        "calculation": calculation,
        "choice_filter": choice_filter,
        "appearance": appearance,
        "read_only": read_only,
        "default_source": source,
        "prefill": prefill,
    }
    for texts, column in ((label, "label"), (hint, "hint"), (message, "constraint_message"), (soft_message,
                                                                                           "soft_constraint_message")):
        if texts:
            for (_, lang_name), text in zip(LANGS, texts, strict=True):
                row[f"{column}::{lang_name}"] = text
    return row


def begin(name: str, label: T, relevant: str = "") -> dict[str, str]:
    return q("begin_group", name, label, relevant=relevant, appearance="field-list")


def end(name: str) -> dict[str, str]:
    return {"type": "end_group", "name": name}


def choices(list_name: str, items: list[tuple[str, T] | tuple[str, T, str]]) -> list[dict[str, str]]:
    rows = []
    for item in items:
        row = {"list_name": list_name, "name": item[0], "register": item[2] if len(item) > 2 else ""}  # type: ignore[misc]
        for (_, lang_name), text in zip(LANGS, item[1], strict=True):
            row[f"label::{lang_name}"] = text
        rows.append(row)
    return rows


def classifier_rows(file: str, codes: list[str]) -> list[tuple[str, T]]:
    with (CLASSIFIERS / file).open(encoding="utf-8") as handle:
        table = {row["code"]: row for row in csv.DictReader(handle)}
    return [(c, (table[c]["name_ru"], table[c]["name_kk"], table[c]["name_en"])) for c in codes]


def language_codes() -> list[str]:
    with (CLASSIFIERS / "languages.csv").open(encoding="utf-8") as handle:
        return [row["code"] for row in csv.DictReader(handle)]


def capital(rows: list[tuple[str, T]]) -> list[tuple[str, T]]:
    return [(code, tuple(t[:1].upper() + t[1:] for t in texts)) for code, texts in rows]  # type: ignore[misc]


YES_NO = [("1", ("Да", "Иә", "Yes")), ("2", ("Нет", "Жоқ", "No"))]
REQ = "yes"

# ------------------------------------------------------------------------------ the person sheet

PERSON_SURVEY: list[dict[str, str]] = [
    q(
        "note",
        "reconstruction_note",
        (
            "РЕКОНСТРУКЦИЯ. Этот переписной лист восстановлен по открытым сведениям о переписи 2021 года и "
            "рекомендациям ООН. Он будет заменён официальным текстом, как только Департамент его пришлёт.",
            "РЕКОНСТРУКЦИЯ. Бұл санақ парағы 2021 жылғы санақ туралы ашық мәліметтер мен БҰҰ ұсынымдары "
            "бойынша қалпына келтірілген. Департамент ресми мәтінді жіберген кезде ол ауыстырылады.",
            "RECONSTRUCTION. This census sheet is reconstructed from public information about the 2021 census "
            "and the UN recommendations. It will be replaced by the official text as soon as the Department "
            "sends it.",
        ),
    ),
    q("calculate", "limit_adult", calculation="15"),
    q("calculate", "limit_fertility", calculation="15"),
    q("calculate", "limit_education", calculation="6"),
    q("calculate", "limit_literacy", calculation="10"),
    q("calculate", "limit_disability", calculation="5"),
    q("calculate", "limit_languages", calculation="5"),
    q("calculate", "limit_vaccination", calculation="12"),
    q("calculate", "limit_income", calculation="15"),
    q("calculate", "limit_age_max", calculation="120"),
    q("calculate", "limit_age_check", calculation="100"),
    begin("identity", ("Сведения о лице", "Тұлға туралы мәліметтер", "The person")),
    q("text", "surname", ("Фамилия", "Тегі", "Surname"), required=REQ, prefill="surname",
      constraint="string-length(.) <= 100", message=("Не длиннее 100 знаков", "100 таңбадан аспауы керек",
                                                    "At most 100 characters")),
    q("text", "first_name", ("Имя", "Аты", "Given name"), required=REQ, prefill="name",
      constraint="string-length(.) <= 100", message=("Не длиннее 100 знаков", "100 таңбадан аспауы керек",
                                                    "At most 100 characters")),
    q("text", "patronymic", ("Отчество (при наличии)", "Әкесінің аты (бар болса)", "Patronymic (if any)"),
      prefill="patronymic"),
    q("select_one citizenship", "citizenship", ("Гражданство", "Азаматтығы", "Citizenship"), required=REQ,
      prefill="citizenship",
      # The act counts everyone: a citizen without an IIN is a warning confirmed with a reason.
      soft=". != '1' or ${iin} != ''",
      soft_message=("Гражданин Казахстана без ИИН: укажите ИИН или подтвердите с причиной, почему его нет",
                    "ЖСН-сіз Қазақстан азаматы: ЖСН-ді енгізіңіз немесе оның жоқ себебін көрсетіп растаңыз",
                    "A citizen of Kazakhstan without an IIN: enter it, or confirm with the reason it is missing")),
    q("select_one_from_file countries.csv", "citizenship_country",
      ("Гражданином какой страны вы являетесь?", "Қай елдің азаматысыз?", "Citizen of which country?"),
      required=REQ, relevant="${citizenship} = '2'", prefill="country_code", appearance="search",
      constraint=". != '398'", message=("Для граждан Казахстана выберите «Республика Казахстан» выше",
                                        "Қазақстан азаматтары үшін жоғарыда «Қазақстан Республикасы» таңдаңыз",
                                        "For citizens of Kazakhstan choose “Republic of Kazakhstan” above")),
    q("text", "iin", ("ИИН", "ЖСН", "IIN"),
      hint=("12 цифр. У иностранцев и лиц без гражданства может отсутствовать.",
            "12 цифр. Шетелдіктер мен азаматтығы жоқ адамдарда болмауы мүмкін.",
            "12 digits. Foreigners and stateless persons may have none."),
      prefill="iin", appearance="numbers",
      constraint="regex(., '^[0-9]{12}$')", message=("ИИН состоит из 12 цифр", "ЖСН 12 цифрдан тұрады",
                                                     "The IIN has 12 digits")),
    # What a valid-looking IIN says: its 7th digit gives the century and the sex (odd: male), its first six
    # digits the birth date.  A disagreement is a warning, with both values shown in the note below.
    q("calculate", "iin_digit7", calculation="if(regex(${iin}, '^[0-9]{6}[1-6][0-9]{5}$'), "
                                             "int(substr(${iin}, 6, 7)), 0)"),
    q("calculate", "iin_sex", calculation="if(${iin_digit7} = 0, '', if(${iin_digit7} mod 2 = 1, '1', '2'))"),
    q("calculate", "iin_birth", calculation="if(${iin_digit7} = 0, '', date(concat(if(${iin_digit7} <= 2, '18', "
                                            "if(${iin_digit7} <= 4, '19', '20')), substr(${iin}, 0, 2), '-', "
                                            "substr(${iin}, 2, 4), '-', substr(${iin}, 4, 6))))"),
    q("select_one sex", "sex", ("Пол", "Жынысы", "Sex"), required=REQ, prefill="sex", appearance="horizontal",
      soft="${iin_sex} = '' or . = ${iin_sex}",
      soft_message=("Пол не совпадает с ИИН (его 7-й цифрой): проверьте пол и ИИН",
                    "Жынысы ЖСН-мен (оның 7-цифрымен) сәйкес келмейді: жынысы мен ЖСН-ді тексеріңіз",
                    "The sex contradicts the IIN (its 7th digit): check the sex and the IIN")),
    q("note", "iin_sex_female", ("По ИИН ${iin} пол женский, в листе — мужской",
                                 "ЖСН ${iin} бойынша жынысы әйел, парақта — ер",
                                 "By the IIN ${iin} the sex is female; the sheet says male"),
      relevant="${iin_sex} = '2' and ${sex} = '1'"),
    q("note", "iin_sex_male", ("По ИИН ${iin} пол мужской, в листе — женский",
                               "ЖСН ${iin} бойынша жынысы ер, парақта — әйел",
                               "By the IIN ${iin} the sex is male; the sheet says female"),
      relevant="${iin_sex} = '1' and ${sex} = '2'"),
    q("date", "birth_date", ("Дата рождения", "Туған күні", "Date of birth"), required=REQ, prefill="birth_date",
      # Born before the reference moment (00:00): the day after the birth is not later than the census day.
      constraint="age(date(number(.) + 1)) >= 0 and age(.) <= ${limit_age_max}",
      message=("Родившиеся 1 сентября 2021 года и позже не переписываются: дата рождения — до этого дня",
               "2021 жылғы 1 қыркүйекте және одан кейін туғандар санаққа алынбайды: туған күні осы күнге дейін",
               "Those born on 1 September 2021 or later are not counted: the date of birth is before that day"),
      soft="age(.) <= ${limit_age_check} and (${iin_birth} = '' or . = ${iin_birth})",
      soft_message=("Возраст больше 100 лет или дата рождения не совпадает с ИИН: проверьте дату рождения и ИИН",
                    "Жасы 100-ден асқан немесе туған күні ЖСН-мен сәйкес келмейді: туған күні мен ЖСН-ді тексеріңіз",
                    "Older than 100, or the date of birth contradicts the IIN: check the date of birth and the IIN")),
    q("note", "iin_birth_note", ("По ИИН ${iin} дата рождения ${iin_birth}, в листе — ${birth_date}",
                                 "ЖСН ${iin} бойынша туған күні ${iin_birth}, парақта — ${birth_date}",
                                 "By the IIN ${iin} the date of birth is ${iin_birth}; the sheet says ${birth_date}"),
      relevant="${iin_birth} != '' and ${birth_date} != '' and ${birth_date} != ${iin_birth}"),
    q("calculate", "age", calculation="age(${birth_date})"),
    q("note", "age_note", ("Возраст на момент переписи: ${age}", "Санақ сәтіндегі жасы: ${age}",
                           "Age at the census moment: ${age}"), relevant="${birth_date} != ''"),
    q("select_one residence", "residence",
      ("Отношение к учреждению на момент переписи", "Санақ сәтінде мекемеге қатысы",
       "Relation to the institution at the census moment"), required=REQ, prefill="residence"),
    q("select_one absence_reason", "absence_reason",
      ("Причина временного отсутствия", "Уақытша болмау себебі", "Reason of the temporary absence"),
      required=REQ, relevant="${residence} = '2'"),
    q("integer", "absence_months", ("Сколько месяцев вы отсутствуете?", "Неше ай болмай жүрсіз?",
                                    "For how many months absent?"),
      relevant="${residence} = '2'", constraint=". >= 0 and . <= 120",
      message=("От 0 до 120 месяцев", "0-ден 120 айға дейін", "From 0 to 120 months"),
      soft=". < 12", soft_message=("Отсутствие год и более: лицо, возможно, уже не проживает в учреждении",
                                    "Бір жыл және одан да көп: адам мекемеде тұрмайтын болуы мүмкін",
                                    "Absent a year or more: the person may no longer live in the institution")),
    end("identity"),
    begin("migration", ("Место рождения и миграция", "Туған жері және көші-қон", "Birthplace and migration")),
    q("select_one birth_place", "birth_place", ("Где вы родились?", "Қай жерде тудыңыз?", "Where were you born?"),
      required=REQ),
    q("select_one_from_file regions.csv", "birth_region",
      ("Область (город республиканского значения) рождения", "Туған облысы (республикалық маңызы бар қала)",
       "Region (city of republican significance) of birth"),
      hint=("В границах на 1 сентября 2021 года.", "2021 жылғы 1 қыркүйектегі шекарада.",
            "Within the boundaries of 1 September 2021."),
      required=REQ, relevant="${birth_place} = '1'", appearance="search"),
    q("select_one_from_file countries.csv", "birth_country", ("Страна рождения", "Туған елі", "Country of birth"),
      required=REQ, relevant="${birth_place} = '2'", appearance="search", constraint=". != '398'",
      message=("Родившиеся в Казахстане отмечают «в Казахстане» выше",
               "Қазақстанда туғандар жоғарыда «Қазақстанда» деп белгілейді",
               "Those born in Kazakhstan mark “in Kazakhstan” above")),
    q("integer", "arrival_kz_year", ("Год прибытия в Казахстан", "Қазақстанға келген жылы",
                                     "Year of arrival in Kazakhstan"),
      required=REQ, relevant="${birth_place} = '2'",
      constraint=". <= 2021 and (${birth_date} = '' or . >= int(substr(${birth_date}, 0, 4)))",
      message=("Год прибытия не может быть раньше года рождения или позже 2021",
               "Келген жылы туған жылынан ерте немесе 2021 жылдан кеш бола алмайды",
               "The year of arrival cannot be before the year of birth or after 2021")),
    q("select_one yes_no", "lived_since_birth",
      ("Проживаете ли вы в этом населённом пункте непрерывно с рождения?",
       "Осы елді мекенде туғаннан бері үздіксіз тұрасыз ба?",
       "Have you lived in this locality continuously since birth?"), required=REQ),
    q("integer", "arrival_year", ("Год прибытия в этот населённый пункт", "Осы елді мекенге келген жылы",
                                  "Year of arrival in this locality"),
      required=REQ, relevant="${lived_since_birth} = '2'",
      constraint=". <= 2021 and (${birth_date} = '' or . >= int(substr(${birth_date}, 0, 4)))",
      message=("Год прибытия не может быть раньше года рождения или позже 2021",
               "Келген жылы туған жылынан ерте немесе 2021 жылдан кеш бола алмайды",
               "The year of arrival cannot be before the year of birth or after 2021")),
    q("select_one previous_residence", "previous_residence",
      ("Откуда вы прибыли?", "Қайдан келдіңіз?", "Where did you come from?"),
      required=REQ, relevant="${lived_since_birth} = '2'"),
    q("select_one_from_file regions.csv", "previous_region",
      ("Из какой области (города республиканского значения)?", "Қай облыстан (республикалық маңызы бар қаладан)?",
       "From which region (city of republican significance)?"),
      hint=("В границах на 1 сентября 2021 года.", "2021 жылғы 1 қыркүйектегі шекарада.",
            "Within the boundaries of 1 September 2021."),
      required=REQ, relevant="${previous_residence} = '2'", appearance="search"),
    q("select_one_from_file countries.csv", "previous_country", ("Из какой страны?", "Қай елден?",
                                                                 "From which country?"),
      required=REQ, relevant="${previous_residence} = '3'", appearance="search", constraint=". != '398'",
      message=("Выберите страну, кроме Казахстана", "Қазақстаннан басқа елді таңдаңыз",
               "Choose a country other than Kazakhstan")),
    q("select_one previous_residence", "residence_year_ago",
      ("Где вы проживали год назад (1 сентября 2020 года)?", "Бір жыл бұрын (2020 жылғы 1 қыркүйекте) қайда тұрдыңыз?",
       "Where did you live a year ago (1 September 2020)?"),
      required=REQ, relevant="${age} >= 1"),
    end("migration"),
    begin("ethnicity", ("Национальность, язык, вероисповедание", "Ұлты, тілі, діні",
                        "Nationality, language, religion")),
    q("select_one_from_file nationalities.csv", "nationality", ("Национальность", "Ұлты", "Nationality"),
      hint=("Указывается со слов лица; можно отметить «не указана».", "Адамның өз сөзінен жазылады; "
            "«көрсетілмеген» деп белгілеуге болады.", "As the person states it; “not stated” may be marked."),
      required=REQ, appearance="search", source="interview"),
    q("select_one native_language", "native_language", ("Родной язык", "Ана тілі", "Native language"),
      required=REQ),
    q("select_multiple spoken_language", "languages_spoken",
      ("Какими языками вы владеете?", "Қандай тілдерді меңгергенсіз?", "Which languages do you speak?"),
      hint=("Можно отметить несколько.", "Бірнешеуін белгілеуге болады.", "Several may be marked."),
      required=REQ, relevant="${age} >= ${limit_languages}",
      constraint="not(selected(., 'none') and count-selected(.) > 1)",
      message=("«Не владеет» нельзя отмечать вместе с языками", "«Меңгермеген» тілдермен бірге белгіленбейді",
               "“None” cannot be marked together with languages")),
    q("select_multiple kazakh_level", "kazakh_level",
      ("Владение казахским языком", "Қазақ тілін меңгеруі", "Command of Kazakh"),
      required=REQ, relevant="${age} >= ${limit_literacy} and selected(${languages_spoken}, 'kaz')"),
    q("select_multiple kazakh_level", "russian_level",
      ("Владение русским языком", "Орыс тілін меңгеруі", "Command of Russian"),
      required=REQ, relevant="${age} >= ${limit_literacy} and selected(${languages_spoken}, 'rus')"),
    q("select_multiple kazakh_level", "english_level",
      ("Владение английским языком", "Ағылшын тілін меңгеруі", "Command of English"),
      required=REQ, relevant="${age} >= ${limit_literacy} and selected(${languages_spoken}, 'eng')"),
    q("select_one religion", "religion", ("Вероисповедание", "Діні", "Religion"),
      hint=("Вопрос добровольный: можно отметить «не желаю отвечать».",
            "Сұрақ ерікті: «жауап бергім келмейді» деп белгілеуге болады.",
            "The question is voluntary: “prefer not to say” may be marked."),
      required=REQ, relevant="${age} >= ${limit_adult}", source="interview"),
    q("text", "religion_other", ("Укажите вероисповедание", "Дінін көрсетіңіз", "Specify the religion"),
      required=REQ, relevant="${religion} = '7'"),
    end("ethnicity"),
    begin("marriage", ("Состояние в браке", "Неке жағдайы", "Marital status"), relevant="${age} >= ${limit_adult}"),
    q("select_one marital_status", "marital_status", ("Состояние в браке", "Неке жағдайы", "Marital status"),
      required=REQ,
      soft="not(${age} < 18 and . != '1')",
      soft_message=("Брак до 18 лет: проверьте ответ", "18 жасқа дейінгі неке: жауапты тексеріңіз",
                    "Married before 18: check the answer")),
    q("select_one marriage_order", "marriage_order",
      ("Этот (последний) брак — первый или повторный?", "Бұл (соңғы) неке — бірінші ме, әлде қайталама ма?",
       "Is this (the last) marriage the first or a repeat one?"),
      required=REQ, relevant="${marital_status} != '' and ${marital_status} != '1' and ${marital_status} != 'unknown'"),
    end("marriage"),
    begin("education", ("Образование", "Білім", "Education"), relevant="${age} >= 3"),
    q("select_one yes_no", "literate", ("Умеете ли вы читать и писать?", "Оқи және жаза аласыз ба?",
                                        "Can you read and write?"),
      required=REQ, relevant="${age} >= ${limit_literacy}"),
    q("select_one attendance", "school_attendance",
      ("Посещаете ли вы учебное заведение?", "Оқу орнында оқисыз ба?", "Do you attend an educational institution?"),
      required=REQ,
      soft="not(${age} >= 7 and ${age} <= 15 and . = '1')",
      soft_message=("Ребёнок школьного возраста не учится: проверьте ответ",
                    "Мектеп жасындағы бала оқымайды: жауапты тексеріңіз",
                    "A child of school age does not study: check the answer")),
    q("select_one_from_file education_levels.csv", "education_level",
      ("Уровень образования", "Білім деңгейі", "Educational attainment"),
      hint=("Наивысший завершённый уровень.", "Аяқталған ең жоғары деңгей.", "The highest level completed."),
      required=REQ, relevant="${age} >= ${limit_education}",
      soft="not(${age} < 19 and number(.) >= 6)",
      soft_message=("Высшее образование до 19 лет: проверьте ответ",
                    "19 жасқа дейін жоғары білім: жауапты тексеріңіз",
                    "Higher education before 19: check the answer")),
    end("education"),
    begin("work", ("Экономическая активность", "Экономикалық белсенділік", "Economic activity"),
          relevant="${age} >= ${limit_adult}"),
    q("select_one yes_no", "worked_last_week",
      ("Работали ли вы хотя бы один час за неделю до переписи (25–31 августа 2021 года)?",
       "Санақтың алдындағы аптада (2021 жылғы 25–31 тамыз) кемінде бір сағат жұмыс істедіңіз бе?",
       "Did you work at least one hour in the week before the census (25–31 August 2021)?"), required=REQ),
    q("select_one yes_no", "job_absent",
      ("Была ли у вас в эту неделю (25–31 августа 2021 года) работа, на которой вы временно отсутствовали "
       "(отпуск, болезнь и т. п.)?",
       "Осы аптада (2021 жылғы 25–31 тамыз) сіз уақытша болмаған (демалыс, ауру және т.б. себепті) жұмыс "
       "орныңыз болды ма?",
       "In that week (25–31 August 2021), did you have a job you were temporarily absent from (leave, illness, "
       "etc.)?"),
      required=REQ, relevant="${worked_last_week} = '2'"),
    # Employed in the reference week: worked at least an hour, or had a job and was temporarily absent.
    q("calculate", "employed", calculation="if(${worked_last_week} = '1' or ${job_absent} = '1', 1, 0)"),
    q("select_one employment_status", "employment_status",
      ("Положение в занятии", "Жұмыспен қамтылудағы жағдайы", "Status in employment"),
      required=REQ, relevant="${employed} = 1"),
    q("select_one_from_file occupation_groups.csv", "occupation",
      ("Кем вы работали на основной работе в неделю 25–31 августа 2021 года (занятие)?",
       "2021 жылғы 25–31 тамыз аптасында негізгі жұмысыңызда кім болып жұмыс істедіңіз (кәсібі)?",
       "What was your occupation in your main job in the week of 25–31 August 2021?"),
      hint=("Подгруппа Международной стандартной классификации занятий ISCO-08 (2 знака).",
            "ISCO-08 халықаралық стандартты кәсіптер жіктеуішінің кіші тобы (2 таңба).",
            "Sub-major group of the International Standard Classification of Occupations ISCO-08 (2 digits)."),
      required=REQ, relevant="${employed} = 1", appearance="search"),
    q("select_one_from_file industries.csv", "industry",
      ("Чем занимается организация (предприятие), где была ваша основная работа в неделю 25–31 августа 2021 года?",
       "2021 жылғы 25–31 тамыз аптасындағы негізгі жұмысыңыздың ұйымы (кәсіпорны) немен айналысады?",
       "What does the organisation (enterprise) of your main job in the week of 25–31 August 2021 do?"),
      hint=("Секция общего классификатора видов экономической деятельности (ОКЭД).",
            "Экономикалық қызмет түрлерінің жалпы жіктеуішінің (ЭҚЖЖ) секциясы.",
            "Section of the General classifier of kinds of economic activity (OKED, NACE Rev. 2)."),
      required=REQ, relevant="${employed} = 1", appearance="search"),
    q("select_one yes_no", "looked_for_work",
      ("Искали ли вы работу в последние четыре недели?", "Соңғы төрт аптада жұмыс іздедіңіз бе?",
       "Did you look for work in the last four weeks?"), required=REQ, relevant="${job_absent} = '2'"),
    q("select_one pandemic_income", "pandemic_income",
      ("Как изменился ваш доход во время пандемии?", "Пандемия кезінде табысыңыз қалай өзгерді?",
       "How did your income change during the pandemic?"), required=REQ),
    q("select_one emigration", "plans_to_leave",
      ("Планируете ли вы выехать из Казахстана на постоянное жительство?",
       "Қазақстаннан тұрақты тұруға кетуді жоспарлайсыз ба?",
       "Do you plan to leave Kazakhstan for good?"), required=REQ),
    end("work"),
    # In an institution every resident lives on something (a child in an orphanage on state support): the
    # sources of livelihood have no age limit, unlike the economic activity above and the income bracket.
    begin("livelihood_group", ("Доход и источники средств к существованию", "Табыс және күнкөріс көздері",
                               "Income and sources of livelihood")),
    q("select_multiple livelihood", "livelihood",
      ("Источники средств к существованию", "Күнкөріс көздері", "Sources of livelihood"),
      hint=("Спрашивается у всех, без ограничения возраста (ребёнок в детском доме — на полном государственном "
            "обеспечении). Можно отметить несколько.",
            "Жас шектеусіз барлығынан сұралады (балалар үйіндегі бала — толық мемлекеттік қамтамасыз етуде). "
            "Бірнешеуін белгілеуге болады.",
            "Asked of everyone, with no age limit (a child in an orphanage lives on full state support). Several "
            "may be marked."), required=REQ,
      constraint="not(selected(., 'none') and count-selected(.) > 1)",
      message=("«Нет источника» нельзя отмечать вместе с источниками",
               "«Көзі жоқ» көздермен бірге белгіленбейді",
               "“No source” cannot be marked together with sources")),
    q("select_one livelihood", "livelihood_main",
      ("Какой из них основной?", "Олардың қайсысы негізгі?", "Which of them is the main one?"),
      required=REQ, relevant="count-selected(${livelihood}) > 1", constraint="selected(${livelihood}, .)",
      message=("Выберите один из источников, отмеченных выше", "Жоғарыда белгіленген көздердің бірін таңдаңыз",
               "Choose one of the sources marked above")),
    q("select_one income_bracket", "income_bracket",
      ("Ваш доход в месяц в среднем, из всех источников, в тенге", "Айына орташа табысыңыз, барлық көздерден, теңгемен",
       "Your income per month on average, from all sources, in tenge"),
      hint=("Минимальная заработная плата в 2021 году — 42 500 тенге.", "2021 жылғы ең төменгі жалақы — 42 500 теңге.",
            "The minimum wage in 2021 was 42,500 tenge."),
      required=REQ, relevant="${age} >= ${limit_income}"),
    end("livelihood_group"),
    begin("fertility", ("Рождаемость (для женщин)", "Бала туу (әйелдер үшін)", "Fertility (women)"),
          relevant="${sex} = '2' and ${age} >= ${limit_fertility}"),
    q("integer", "children_born",
      ("Сколько детей вы родили?", "Неше бала тудыңыз?", "How many children have you borne?"),
      hint=("Живорождённых, включая умерших впоследствии.", "Тірі туғандар, кейін қайтыс болғандарды қоса.",
            "Born alive, including those who died later."),
      required=REQ, constraint=". >= 0 and . <= 25",
      message=("От 0 до 25", "0-ден 25-ке дейін", "From 0 to 25"),
      soft=". <= 15", soft_message=("Больше 15 детей: проверьте ответ", "15-тен көп бала: жауапты тексеріңіз",
                                   "More than 15 children: check the answer")),
    q("integer", "children_living", ("Сколько из них живы?", "Олардың нешеуі тірі?", "How many of them are alive?"),
      required=REQ, relevant="${children_born} > 0", constraint=". >= 0 and . <= ${children_born}",
      message=("Не больше, чем рождено детей", "Туған балалар санынан аспауы керек",
               "Not more than the children borne")),
    end("fertility"),
    begin("disability", ("Затруднения в повседневной жизни (Вашингтонская группа)",
                         "Күнделікті өмірдегі қиындықтар (Вашингтон тобы)",
                         "Difficulties in daily life (Washington Group)"), relevant="${age} >= ${limit_disability}"),
    q("select_one wg", "wg_seeing", ("Испытываете ли вы затруднения со зрением, даже в очках?",
                                     "Көзілдірік киіп жүрсеңіз де, көруде қиындық бар ма?",
                                     "Do you have difficulty seeing, even if wearing glasses?"), required=REQ),
    q("select_one wg", "wg_hearing", ("Испытываете ли вы затруднения со слухом, даже со слуховым аппаратом?",
                                      "Есту аппаратымен де естуде қиындық бар ма?",
                                      "Do you have difficulty hearing, even if using a hearing aid?"), required=REQ),
    q("select_one wg", "wg_walking", ("Испытываете ли вы затруднения при ходьбе или подъёме по лестнице?",
                                      "Жүргенде немесе баспалдақпен көтерілгенде қиындық бар ма?",
                                      "Do you have difficulty walking or climbing steps?"), required=REQ),
    q("select_one wg", "wg_remembering", ("Испытываете ли вы затруднения с памятью или концентрацией внимания?",
                                          "Есте сақтауда немесе зейін қоюда қиындық бар ма?",
                                          "Do you have difficulty remembering or concentrating?"), required=REQ),
    q("select_one wg", "wg_selfcare", ("Испытываете ли вы затруднения с самообслуживанием (мыться, одеваться)?",
                                       "Өзіңізге-өзіңіз қызмет көрсетуде (жуыну, киіну) қиындық бар ма?",
                                       "Do you have difficulty with self-care, such as washing or dressing?"),
      required=REQ),
    q("select_one wg", "wg_communicating", ("Испытываете ли вы затруднения в общении на языке, которым обычно "
                                            "пользуетесь?",
                                            "Әдетте сөйлейтін тіліңізде қарым-қатынас жасауда қиындық бар ма?",
                                            "Using your usual language, do you have difficulty communicating?"),
      required=REQ),
    q("select_one disability_group", "disability_group", ("Установлена ли инвалидность?", "Мүгедектік белгіленген бе?",
                                                          "Is a disability officially established?"),
      required=REQ, source="records"),
    end("disability"),
    begin("covid", ("COVID-19", "COVID-19", "COVID-19")),
    q("select_one covid_ill", "covid_ill", ("Болели ли вы COVID-19?", "COVID-19-бен ауырдыңыз ба?",
                                            "Have you had COVID-19?"), required=REQ),
    q("select_one vaccination", "covid_vaccinated",
      ("Вакцинированы ли вы от COVID-19?", "COVID-19-ға қарсы вакцина алдыңыз ба?",
       "Are you vaccinated against COVID-19?"), required=REQ, relevant="${age} >= ${limit_vaccination}",
      source="records"),
    q("select_one no_vaccine_reason", "no_vaccine_reason",
      ("Почему вы не вакцинированы?", "Неге вакцина алмадыңыз?", "Why are you not vaccinated?"),
      required=REQ, relevant="${covid_vaccinated} = '3'"),
    end("covid"),
    q("note", "end_note", ("Проверьте ответы и отметьте лист как заполненный.",
                           "Жауаптарды тексеріп, парақты толтырылған деп белгілеңіз.",
                           "Check the answers and mark the sheet complete.")),
]

NATIVE = ["kaz", "rus", "uzb", "uig", "tat", "aze", "tur", "deu", "ukr", "dng", "kor", "tgk", "bel", "kur", "che",
          "kir", "pol"]

#: Questions that records and proxies may not know: they also offer "Не известно / Белгісіз" (the
#: program's ``allow_unknown`` column), counted apart from real answers.
UNKNOWN_ALLOWED = {
    "birth_place", "birth_region", "birth_country", "lived_since_birth", "previous_residence", "previous_region",
    "previous_country", "residence_year_ago", "nationality", "native_language", "languages_spoken", "kazakh_level",
    "russian_level", "english_level", "marital_status", "marriage_order", "literate", "school_attendance",
    "education_level", "worked_last_week", "job_absent",
    "employment_status", "occupation", "industry", "looked_for_work", "livelihood",
    "income_bracket", "pandemic_income", "wg_seeing",
    "wg_hearing", "wg_walking", "wg_remembering", "wg_selfcare", "wg_communicating", "disability_group",
    "covid_vaccinated",
}
assert UNKNOWN_ALLOWED <= {row["name"] for row in PERSON_SURVEY}, "allow_unknown names a question that is not there"
for _row in PERSON_SURVEY:
    if _row["name"] in UNKNOWN_ALLOWED:
        _row["allow_unknown"] = "yes"

KNOWN = [code for code in language_codes() if code != "999"]

PERSON_CHOICES = [
    *choices("yes_no", YES_NO),
    *choices("sex", [("1", ("Мужской", "Ер", "Male"), "M"), ("2", ("Женский", "Әйел", "Female"), "F")]),
    *choices("citizenship", [
        ("1", ("Республика Казахстан", "Қазақстан Республикасы", "Republic of Kazakhstan"), "KZ"),
        ("2", ("Другая страна", "Басқа ел", "Another country"), "foreign"),
        ("3", ("Лицо без гражданства", "Азаматтығы жоқ адам", "Stateless"), "stateless"),
    ]),
    *choices("residence", [
        ("1", ("Постоянно проживает", "Тұрақты тұрады", "Usually resident"), "usual"),
        ("2", ("Временно отсутствует", "Уақытша болмаған", "Temporarily absent"), "absent"),
        ("3", ("Временно находится", "Уақытша тұрып жатыр", "Temporarily present"), "present"),
    ]),
    *choices("absence_reason", [
        ("1", ("Лечение в другой организации", "Басқа ұйымда емделу", "Treatment elsewhere")),
        ("2", ("Учёба", "Оқу", "Study")),
        ("3", ("Работа", "Жұмыс", "Work")),
        ("4", ("У родственников, отпуск", "Туыстарында, демалыс", "With relatives, holiday")),
        ("5", ("Другая причина", "Басқа себеп", "Other reason")),
    ]),
    *choices("birth_place", [
        ("1", ("В Казахстане", "Қазақстанда", "In Kazakhstan")),
        ("2", ("За пределами Казахстана", "Қазақстаннан тыс", "Outside Kazakhstan")),
    ]),
    *choices("previous_residence", [
        ("1", ("В этом же населённом пункте", "Осы елді мекенде", "In this locality")),
        ("2", ("В другом населённом пункте Казахстана", "Қазақстанның басқа елді мекенінде",
               "Elsewhere in Kazakhstan")),
        ("3", ("За пределами Казахстана", "Қазақстаннан тыс", "Outside Kazakhstan")),
    ]),
    *choices("native_language", [*capital(classifier_rows("languages.csv", NATIVE)),
                                 ("999", ("Другой", "Басқа", "Other"))]),
    # Every language a person knows (the results count people knowing two, three … six languages).
    *choices("spoken_language", [*capital(classifier_rows("languages.csv", KNOWN)),
                                 ("other", ("Другой язык", "Басқа тіл", "Another language")),
                                 ("none", ("Не владеет ни одним (в т.ч. не говорит)",
                                           "Ешбірін меңгермеген (сөйлемейтіндерді қоса)",
                                           "None (incl. does not speak)"))]),
    *choices("kazakh_level", [
        ("understand", ("Понимает устную речь", "Ауызша сөйлеуді түсінеді", "Understands speech")),
        ("speak", ("Свободно говорит", "Еркін сөйлейді", "Speaks fluently")),
        ("read", ("Свободно читает", "Еркін оқиды", "Reads fluently")),
        ("write", ("Свободно пишет", "Еркін жазады", "Writes fluently")),
    ]),
    *choices("religion", [
        ("1", ("Ислам", "Ислам", "Islam")),
        ("2", ("Христианство (православие)", "Христиандық (православие)", "Christianity (Orthodox)")),
        ("3", ("Христианство (католицизм)", "Христиандық (католицизм)", "Christianity (Catholic)")),
        ("4", ("Христианство (протестантизм)", "Христиандық (протестантизм)", "Christianity (Protestant)")),
        ("5", ("Иудаизм", "Иудаизм", "Judaism")),
        ("6", ("Буддизм", "Буддизм", "Buddhism")),
        ("7", ("Другое (указать)", "Басқа (көрсету)", "Other (specify)")),
        ("8", ("Неверующий (неверующая)", "Дінге сенбейді", "Non-believer")),
        ("9", ("Не желаю отвечать", "Жауап бергім келмейді", "Prefer not to say")),
    ]),
    *choices("marriage_order", [
        ("1", ("Первый", "Бірінші", "First")),
        ("2", ("Повторный", "Қайталама", "Repeat")),
    ]),
    *choices("marital_status", [
        ("1", ("Никогда не состоял(а) в браке", "Ешқашан некеде болмаған", "Never married")),
        ("2", ("Состоит в зарегистрированном браке", "Тіркелген некеде", "Married (registered)")),
        ("3", ("Состоит в незарегистрированном браке", "Тіркелмеген некеде", "Married (not registered)")),
        ("4", ("Вдовец (вдова)", "Жесір (жұбайы қайтыс болған)", "Widowed")),
        ("5", ("Разведён(а)", "Ажырасқан", "Divorced")),
        ("6", ("Разошёлся (разошлась)", "Бөлек тұрады", "Separated")),
    ]),
    *choices("attendance", [
        ("1", ("Не учится", "Оқымайды", "Not attending")),
        ("2", ("Дошкольная организация", "Мектепке дейінгі ұйым", "Pre-school")),
        ("3", ("Школа", "Мектеп", "School")),
        ("4", ("Колледж", "Колледж", "College")),
        ("5", ("Вуз", "ЖОО", "University")),
        ("6", ("Специальная организация образования", "Арнайы білім беру ұйымы", "Special education")),
    ]),
    *choices("employment_status", [
        ("1", ("Наёмный работник", "Жалдамалы қызметкер", "Employee")),
        ("2", ("Работодатель", "Жұмыс беруші", "Employer")),
        ("3", ("Работает на себя", "Өз бетінше жұмыс істейді", "Own-account worker")),
        ("4", ("Помогающий член семьи", "Көмектесетін отбасы мүшесі", "Contributing family worker")),
        ("5", ("Член кооператива", "Кооператив мүшесі", "Member of a cooperative")),
    ]),
    *choices("livelihood", [
        ("work", ("Работа", "Жұмыс", "Work")),
        ("pension", ("Пенсия по возрасту", "Жасына байланысты зейнетақы", "Old-age pension")),
        ("disability", ("Пособие или пенсия по инвалидности", "Мүгедектік бойынша жәрдемақы немесе зейнетақы",
                        "Disability benefit or pension")),
        ("allowance", ("Другие пособия", "Басқа жәрдемақылар", "Other benefits")),
        ("stipend", ("Стипендия", "Стипендия", "Stipend")),
        ("state", ("Полное государственное обеспечение", "Толық мемлекеттік қамтамасыз ету",
                   "Full state support")),
        ("family", ("Помощь родственников", "Туыстарының көмегі", "Support of relatives")),
        ("other", ("Другой источник", "Басқа көз", "Other source")),
        ("none", ("Нет источника", "Көзі жоқ", "No source")),
    ]),
    *choices("income_bracket", [
        ("0", ("Нет дохода", "Табысы жоқ", "No income")),
        ("1", ("До 42 500", "42 500-ге дейін", "Up to 42,500")),
        ("2", ("42 501 – 85 000", "42 501 – 85 000", "42,501 – 85,000")),
        ("3", ("85 001 – 150 000", "85 001 – 150 000", "85,001 – 150,000")),
        ("4", ("150 001 – 250 000", "150 001 – 250 000", "150,001 – 250,000")),
        ("5", ("250 001 – 500 000", "250 001 – 500 000", "250,001 – 500,000")),
        ("6", ("Более 500 000", "500 000-нан астам", "More than 500,000")),
    ]),
    *choices("pandemic_income", [
        ("1", ("Увеличился", "Өсті", "Increased")),
        ("2", ("Не изменился", "Өзгермеді", "Unchanged")),
        ("3", ("Уменьшился", "Азайды", "Decreased")),
        ("4", ("Нет дохода", "Табысы жоқ", "No income")),
    ]),
    *choices("emigration", [
        ("1", ("Нет", "Жоқ", "No")),
        ("2", ("Да, в течение года", "Иә, бір жыл ішінде", "Yes, within a year")),
        ("3", ("Да, позже", "Иә, кейінірек", "Yes, later")),
        ("4", ("Затрудняюсь ответить", "Жауап беруге қиналамын", "Don't know")),
    ]),
    *choices("wg", [
        ("1", ("Нет, затруднений нет", "Жоқ, қиындық жоқ", "No difficulty")),
        ("2", ("Да, есть некоторые затруднения", "Иә, біраз қиындық бар", "Some difficulty")),
        ("3", ("Да, большие затруднения", "Иә, үлкен қиындық бар", "A lot of difficulty")),
        ("4", ("Не могу совсем", "Мүлдем мүмкін емес", "Cannot do at all")),
    ]),
    *choices("disability_group", [
        ("0", ("Нет", "Жоқ", "No")),
        ("1", ("I группа", "I топ", "Group I")),
        ("2", ("II группа", "II топ", "Group II")),
        ("3", ("III группа", "III топ", "Group III")),
        ("4", ("Ребёнок с инвалидностью (до 18 лет)", "Мүгедектігі бар бала (18 жасқа дейін)",
               "Child with disability")),
    ]),
    *choices("covid_ill", [
        ("1", ("Да, подтверждено тестом", "Иә, тестпен расталған", "Yes, confirmed by a test")),
        ("2", ("Да, без подтверждения", "Иә, расталмаған", "Yes, not confirmed")),
        ("3", ("Нет", "Жоқ", "No")),
        ("4", ("Не знаю", "Білмеймін", "Don't know")),
    ]),
    *choices("vaccination", [
        ("1", ("Да, полностью", "Иә, толық", "Yes, fully")),
        ("2", ("Да, одной дозой", "Иә, бір дозамен", "Yes, one dose")),
        ("3", ("Нет", "Жоқ", "No")),
    ]),
    *choices("no_vaccine_reason", [
        ("1", ("Медицинский отвод", "Медициналық қарсы көрсетілім", "Medical exemption")),
        ("2", ("Недавно переболел(а)", "Жақында ауырып шықтым", "Recently ill")),
        ("3", ("Не доверяю вакцинам", "Вакциналарға сенбеймін", "Does not trust vaccines")),
        ("4", ("Беременность", "Жүктілік", "Pregnancy")),
        ("5", ("Другая причина", "Басқа себеп", "Other reason")),
    ]),
]

PERSON_SETTINGS = {
    "form_id": "census2021_person",
    "version": "2021.4-r",
    "kind": "person",
    "default_language": "Русский (ru)",
    "form_title": "Переписной лист (лицо) — реконструкция, подлежит замене официальным текстом",
    "form_title_kk": "Санақ парағы (тұлға) — қалпына келтірілген, ресми мәтінмен ауыстырылады",
    "form_title_en": "Census sheet (person) — reconstruction, to be replaced by the official text",
    "status": "reconstruction",
}

# ------------------------------------------------------------------------------ the institution sheet

COUNT = ". >= 0 and . <= 5000"
COUNT_MSG: T = ("От 0 до 5000", "0-ден 5000-ға дейін", "From 0 to 5000")
NOT_MORE: T = ("Не больше общего числа проживающих", "Жалпы тұрғындар санынан аспауы керек",
               "Not more than all residents")

INSTITUTION_SURVEY: list[dict[str, str]] = [
    q("note", "intro_note", (
        "РЕКОНСТРУКЦИЯ. Лист учреждения (коллективного помещения) на момент переписи: 00:00 1 сентября 2021 "
        "года. Составлен по вопросам о коллективных помещениях переписей других стран и рекомендациям ООН; "
        "будет заменён официальным текстом, как только Департамент его пришлёт.",
        "РЕКОНСТРУКЦИЯ. Мекеме (ұжымдық үй-жай) парағы санақ сәтіне: 2021 жылғы 1 қыркүйек, 00:00. Басқа "
        "елдердің санақтарындағы ұжымдық үй-жай туралы сұрақтар мен БҰҰ ұсынымдары бойынша жасалған; "
        "Департамент ресми мәтінді жіберген кезде ол ауыстырылады.",
        "RECONSTRUCTION. Institution (collective dwelling) sheet at the census moment: 00:00, 1 September "
        "2021. Made from other countries' collective-dwelling questions and the UN recommendations; it will be "
        "replaced by the official text as soon as the Department sends it.")),
    begin("facility", ("Учреждение", "Мекеме", "Institution")),
    q("text", "institution_name", ("Наименование учреждения", "Мекеменің атауы", "Name of the institution"),
      required=REQ, prefill="institution_name", source="records"),
    q("select_one_from_file institution_types.csv", "institution_type", ("Тип учреждения", "Мекеменің түрі",
                                                                         "Type of institution"),
      required=REQ, prefill="institution_type", source="records"),
    q("select_one_from_file kato_zhambyl.csv", "kato", ("Город или район (КАТО)", "Қала немесе аудан (ӘАОЖ)",
                                                         "City or district (KATO)"),
      required=REQ, prefill="institution_kato", source="records"),
    q("text", "address", ("Адрес", "Мекенжайы", "Address"), required=REQ, prefill="institution_address",
      source="records"),
    q("integer", "capacity", ("Проектная вместимость (мест)", "Жобалық сыйымдылығы (орын)", "Capacity (places)"),
      required=REQ, prefill="institution_capacity", constraint=". >= 1 and . <= 5000",
      message=("От 1 до 5000 мест", "1-ден 5000 орынға дейін", "From 1 to 5000 places"), source="records"),
    end("facility"),
    begin("residents",
          ("Проживающие на момент переписи", "Санақ сәтіндегі тұрғындар", "Residents at the census moment")),
    q("integer", "residents_total", ("Всего проживающих", "Барлық тұрғындар", "All residents"),
      hint=("Включая временно отсутствующих.", "Уақытша болмағандарды қоса.", "Including the temporarily absent."),
      required=REQ, constraint=COUNT, message=COUNT_MSG, soft=". <= ${capacity}",
      soft_message=("Проживающих больше, чем мест: проверьте", "Тұрғындар орыннан көп: тексеріңіз",
                    "More residents than places: check"), source="records"),
    q("integer", "residents_children", ("из них детей до 18 лет", "оның ішінде 18 жасқа дейінгі балалар",
                                        "of them children under 18"),
      required=REQ, constraint=". >= 0 and . <= ${residents_total}", message=NOT_MORE, source="records"),
    q("integer", "residents_women", ("из них женщин и девочек", "оның ішінде әйелдер мен қыздар",
                                     "of them women and girls"),
      required=REQ, constraint=". >= 0 and . <= ${residents_total}", message=NOT_MORE, source="records"),
    q("integer", "residents_disability", ("из них лиц с инвалидностью", "оның ішінде мүгедектігі бар адамдар",
                                          "of them persons with disabilities"),
      required=REQ, constraint=". >= 0 and . <= ${residents_total}", message=NOT_MORE, source="records"),
    q("integer", "residents_foreign", ("из них иностранцев и лиц без гражданства",
                                       "оның ішінде шетелдіктер мен азаматтығы жоқ адамдар",
                                       "of them foreigners and stateless persons"),
      required=REQ, constraint=". >= 0 and . <= ${residents_total}", message=NOT_MORE, source="records"),
    q("integer", "residents_absent", ("из них временно отсутствующих", "оның ішінде уақытша болмағандар",
                                      "of them temporarily absent"),
      required=REQ, constraint=". >= 0 and . <= ${residents_total}", message=NOT_MORE, source="records"),
    q("integer", "residents_present", ("Временно находящихся (не входят в общее число)",
                                       "Уақытша тұрып жатқандар (жалпы санға кірмейді)",
                                       "Temporarily present (not in the total)"),
      required=REQ, constraint=COUNT, message=COUNT_MSG, source="records"),
    q("integer", "staff_living", ("Сотрудников, проживающих в учреждении", "Мекемеде тұратын қызметкерлер",
                                  "Staff living in the institution"),
      required=REQ, constraint=COUNT, message=COUNT_MSG, source="records"),
    end("residents"),
    begin("conditions", ("Условия проживания", "Тұрмыс жағдайы", "Living conditions")),
    q("select_one water", "water_supply", ("Водоснабжение", "Сумен жабдықтау", "Water supply"), required=REQ),
    q("select_one heating", "heating", ("Отопление", "Жылыту", "Heating"), required=REQ),
    q("select_one yes_no", "sewerage", ("Канализация", "Кәріз", "Sewerage"), required=REQ),
    q("select_one yes_no", "internet", ("Доступ к Интернету для проживающих", "Тұрғындар үшін Интернетке қолжетімділік",
                                        "Internet access for residents"), required=REQ),
    end("conditions"),
    q("text", "filled_by_position", ("Должность заполнившего лист", "Парақты толтырған адамның лауазымы",
                                     "Position of the person who filled the sheet"), required=REQ),
]

INSTITUTION_CHOICES = [
    *choices("yes_no", YES_NO),
    *choices("water", [
        ("1", ("Централизованный водопровод", "Орталықтандырылған су құбыры", "Piped, central")),
        ("2", ("Собственная скважина", "Өз ұңғымасы", "Own borehole")),
        ("3", ("Привозная вода", "Тасымалданатын су", "Delivered water")),
    ]),
    *choices("heating", [
        ("1", ("Центральное", "Орталық", "Central")),
        ("2", ("Собственная котельная", "Өз қазандығы", "Own boiler house")),
        ("3", ("Печное", "Пеш", "Stoves")),
        ("4", ("Электрическое", "Электрлік", "Electric")),
    ]),
]

INSTITUTION_SETTINGS = {
    "form_id": "census2021_institution",
    "version": "2021.3-r",
    "kind": "institution",
    "default_language": "Русский (ru)",
    "form_title": "Лист учреждения (коллективного помещения) — реконструкция, подлежит замене официальным текстом",
    "form_title_kk": "Мекеме (ұжымдық үй-жай) парағы — қалпына келтірілген, ресми мәтінмен ауыстырылады",
    "form_title_en": "Institution (collective dwelling) sheet — reconstruction, to be replaced by the official text",
    "status": "reconstruction",
}


def workbook(survey: list[dict[str, str]], choice_rows: list[dict[str, str]], settings: dict[str, Any]) -> Workbook:
    book = Workbook()
    header_font = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    sheets = (
        ("survey", SURVEY_COLUMNS, survey),
        ("choices", CHOICE_COLUMNS, choice_rows),
        ("settings", list(settings), [settings]),
    )
    for index, (title, columns, rows) in enumerate(sheets):
        sheet = book.active if index == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = title
        sheet.append(columns)
        for cell in sheet[1]:
            cell.font = header_font
            cell.fill = fill
        for row in rows:
            sheet.append([row.get(column, "") or None for column in columns])
        for position, column in enumerate(columns, start=1):
            width = 40 if column.startswith(("label", "hint", "form_title", "title")) else 18
            sheet.column_dimensions[sheet.cell(1, position).column_letter].width = width
        for row_cells in sheet.iter_rows(min_row=2):
            for cell in row_cells:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "C2" if title == "survey" else "A2"
    # A fixed creation time keeps the file identical from one build to the next.
    book.properties.created = dt.datetime(2021, 6, 1)
    book.properties.modified = dt.datetime(2021, 6, 1)
    book.properties.creator = "Sanaq Desktop"
    return book


def _deterministic(book: Workbook) -> bytes:
    """The .xlsx bytes with fixed zip timestamps, so that the same definitions give the same file."""
    import io
    import zipfile

    raw = io.BytesIO()
    book.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2021, 6, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            data = source.read(item.filename)
            if item.filename == "docProps/core.xml":  # openpyxl stamps the time of saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2021-06-01T00:00:00Z", data)
            target.writestr(info, data)
    return out.getvalue()


def main() -> int:
    FORMS.mkdir(parents=True, exist_ok=True)
    outputs = (
        ("census2021_person.xlsx", PERSON_SURVEY, PERSON_CHOICES, PERSON_SETTINGS),
        ("census2021_institution.xlsx", INSTITUTION_SURVEY, INSTITUTION_CHOICES, INSTITUTION_SETTINGS),
    )
    for name, survey, choice_rows, settings in outputs:
        book = workbook(survey, choice_rows, settings)
        (FORMS / name).write_bytes(_deterministic(book))
        print(f"{name}: {len(survey)} rows, {len(choice_rows)} choices")
    return 0


if __name__ == "__main__":
    sys.exit(main())
