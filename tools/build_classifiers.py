"""Write the classifiers of the census sheets under resources/classifiers/ (reproducibly).

    pip install babel pycountry && python -m tools.build_classifiers

* ``countries.csv`` — every country of ISO 3166-1 with its numeric code (pycountry, from the ISO 3166
  tables of Debian's iso-codes) and its names in Russian, Kazakh and English from the Unicode CLDR
  (Babel).  Kazakhstan comes first, then the countries already listed (the neighbours the register
  meets most), then the others by their Russian name.  Names already in the file are kept.
* ``languages.csv`` — the languages of the published 2021 results, ISO 639-3 codes, CLDR names.
* ``nationalities.csv``, ``education_levels.csv``, ``occupations.csv``, ``regions.csv`` — written out below.

The program itself never needs Babel or pycountry: it reads the CSV files.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "classifiers"

# ISO 639-3 code, ISO 639-1 (for CLDR) or None, Russian, Kazakh, English when CLDR lacks the language.
LANGUAGES = [
    ("kaz", "kk", None, None, None),
    ("rus", "ru", None, None, None),
    ("eng", "en", None, None, None),
    ("uzb", "uz", None, None, None),
    ("uig", "ug", None, None, None),
    ("tat", "tt", None, None, None),
    ("aze", "az", None, None, None),
    ("tur", "tr", None, None, None),
    ("deu", "de", None, None, None),
    ("ukr", "uk", None, None, None),
    ("dng", None, "дунганский", "дүңген тілі", "Dungan"),
    ("kor", "ko", None, None, None),
    ("tgk", "tg", None, None, None),
    ("bel", "be", None, None, None),
    ("kur", "ku", None, None, None),
    ("che", "ce", None, None, None),
    ("kir", "ky", None, None, None),
    ("pol", "pl", None, None, None),
    ("tuk", "tk", None, None, None),
    ("hye", "hy", None, None, None),
    ("kat", "ka", None, None, None),
    ("bak", "ba", None, None, None),
    ("chv", "cv", None, None, None),
    ("ell", "el", None, None, None),
    ("lez", None, "лезгинский", "лезгин тілі", "Lezgian"),
    ("ava", "av", None, None, None),
    ("mon", "mn", None, None, None),
    ("zho", "zh", None, None, None),
    ("ara", "ar", None, None, None),
    ("fra", "fr", None, None, None),
    ("spa", "es", None, None, None),
    ("ita", "it", None, None, None),
    ("fas", "fa", None, None, None),
    ("heb", "he", None, None, None),
    ("jpn", "ja", None, None, None),
    ("hin", "hi", None, None, None),
    ("sgn", None, "жестовый язык", "ымдау тілі", "Sign language"),
    ("999", None, "другой язык", "басқа тіл", "Other language"),
]

# Code, Russian, Kazakh, English.  Codes are this program's own until the official classifier of
# nationalities is issued; "998" is "not stated", "999" "other".
NATIONALITIES = [
    ("001", "казах", "қазақ", "Kazakh"),
    ("002", "русский", "орыс", "Russian"),
    ("003", "узбек", "өзбек", "Uzbek"),
    ("004", "украинец", "украин", "Ukrainian"),
    ("005", "уйгур", "ұйғыр", "Uighur"),
    ("006", "татарин", "татар", "Tatar"),
    ("007", "немец", "неміс", "German"),
    ("008", "кореец", "корей", "Korean"),
    ("009", "турок", "түрік", "Turk"),
    ("010", "азербайджанец", "әзірбайжан", "Azerbaijani"),
    ("011", "белорус", "беларусь", "Belarusian"),
    ("012", "дунганин", "дүңген", "Dungan"),
    ("013", "курд", "күрд", "Kurd"),
    ("014", "таджик", "тәжік", "Tajik"),
    ("015", "поляк", "поляк", "Pole"),
    ("016", "чеченец", "шешен", "Chechen"),
    ("017", "кыргыз", "қырғыз", "Kyrgyz"),
    ("018", "башкир", "башқұрт", "Bashkir"),
    ("019", "армянин", "армян", "Armenian"),
    ("020", "молдаванин", "молдаван", "Moldovan"),
    ("021", "ингуш", "ингуш", "Ingush"),
    ("022", "мордвин", "мордва", "Mordvin"),
    ("023", "грек", "грек", "Greek"),
    ("024", "туркмен", "түрікмен", "Turkmen"),
    ("025", "чуваш", "чуваш", "Chuvash"),
    ("026", "лезгин", "лезгин", "Lezgin"),
    ("027", "грузин", "грузин", "Georgian"),
    ("028", "болгарин", "болгар", "Bulgarian"),
    ("029", "удмурт", "удмурт", "Udmurt"),
    ("030", "мариец", "мари", "Mari"),
    ("031", "литовец", "литван", "Lithuanian"),
    ("032", "латыш", "латыш", "Latvian"),
    ("033", "эстонец", "эстон", "Estonian"),
    ("034", "еврей", "еврей", "Jew"),
    ("035", "аварец", "авар", "Avar"),
    ("036", "даргинец", "даргин", "Dargin"),
    ("037", "карачаевец", "қарашай", "Karachay"),
    ("038", "балкарец", "балқар", "Balkar"),
    ("039", "ногаец", "ноғай", "Nogai"),
    ("040", "кумык", "құмық", "Kumyk"),
    ("041", "осетин", "осетин", "Ossetian"),
    ("042", "персиянин", "парсы", "Persian"),
    ("043", "монгол", "моңғол", "Mongol"),
    ("044", "китаец", "қытай", "Chinese"),
    ("045", "каракалпак", "қарақалпақ", "Karakalpak"),
    ("046", "цыган", "сыған", "Roma"),
    ("047", "ассириец", "ассириялық", "Assyrian"),
    ("048", "хакас", "хакас", "Khakas"),
    ("049", "алтаец", "алтай", "Altai"),
    ("050", "якут", "якут", "Yakut"),
    ("051", "калмык", "қалмақ", "Kalmyk"),
    ("052", "крымский татарин", "қырым татары", "Crimean Tatar"),
    ("053", "кабардинец", "кабардин", "Kabardian"),
    ("054", "афганец", "ауған", "Afghan"),
    ("055", "араб", "араб", "Arab"),
    ("056", "француз", "француз", "French"),
    ("057", "американец", "америкалық", "American"),
    ("058", "индиец", "үнді", "Indian"),
    ("059", "пакистанец", "пәкістандық", "Pakistani"),
    ("060", "японец", "жапон", "Japanese"),
    ("999", "другая национальность", "басқа ұлт", "Other nationality"),
    ("998", "не указана", "көрсетілмеген", "Not stated"),
]

# The levels of ISCED 2011 as the Kazakh system of education names them.
EDUCATION = [
    ("0", "нет начального образования", "бастауыш білімі жоқ", "No primary education"),
    ("1", "начальное", "бастауыш", "Primary"),
    ("2", "основное среднее", "негізгі орта", "Lower secondary"),
    ("3", "общее среднее", "жалпы орта", "Upper secondary"),
    (
        "4",
        "техническое и профессиональное (среднее специальное)",
        "техникалық және кәсіптік (орта арнаулы)",
        "Technical and vocational",
    ),
    ("5", "послесреднее", "орта білімнен кейінгі", "Post-secondary"),
    ("6", "высшее (бакалавриат)", "жоғары (бакалавриат)", "Higher (bachelor's)"),
    # ISCED 2011 puts a long first degree (five years or more, the "specialist" diploma) at level 7.
    (
        "7",
        "высшее (специалитет) или послевузовское (магистратура)",
        "жоғары (мамандық) немесе жоғары оқу орнынан кейінгі (магистратура)",
        "Specialist (long first degree) or master's",
    ),
    ("8", "докторантура (PhD)", "докторантура (PhD)", "Doctoral (PhD)"),
]

# The major groups of ISCO-08 (International Standard Classification of Occupations).
OCCUPATIONS = [
    ("1", "Руководители", "Басшылар", "Managers"),
    ("2", "Специалисты-профессионалы", "Кәсіби мамандар", "Professionals"),
    ("3", "Специалисты-техники и иной вспомогательный профессиональный персонал",
     "Техник-мамандар және өзге де көмекші кәсіби персонал", "Technicians and associate professionals"),
    ("4", "Служащие, занятые подготовкой и оформлением документации, учетом и обслуживанием",
     "Құжаттаманы дайындаумен, есепке алумен және қызмет көрсетумен айналысатын қызметшілер",
     "Clerical support workers"),
    ("5", "Работники сферы обслуживания и торговли", "Қызмет көрсету және сауда саласының қызметкерлері",
     "Service and sales workers"),
    ("6", "Квалифицированные работники сельского, лесного и рыбного хозяйства",
     "Ауыл, орман және балық шаруашылығының білікті қызметкерлері",
     "Skilled agricultural, forestry and fishery workers"),
    ("7", "Квалифицированные рабочие промышленности и строительства, ремесленники",
     "Өнеркәсіп пен құрылыстың білікті жұмысшылары, қолөнершілер", "Craft and related trades workers"),
    ("8", "Операторы и сборщики оборудования и машин", "Жабдықтар мен машиналардың операторлары мен құрастырушылары",
     "Plant and machine operators, and assemblers"),
    ("9", "Неквалифицированные рабочие", "Біліктілігі жоқ жұмысшылар", "Elementary occupations"),
    ("0", "Военнослужащие", "Әскери қызметшілер", "Armed forces occupations"),
]


# The regions (oblystar) and the cities of republican significance at the census moment, 1 September 2021:
# fourteen regions and three cities (Abai, Zhetisu and Ulytau regions were formed only in June 2022).
# Codes: the two-digit region prefixes of KATO, to be checked against the official KATO file.
REGIONS = [
    ("11", "Акмолинская область", "Ақмола облысы", "Akmola Region"),
    ("15", "Актюбинская область", "Ақтөбе облысы", "Aktobe Region"),
    ("19", "Алматинская область", "Алматы облысы", "Almaty Region"),
    ("23", "Атырауская область", "Атырау облысы", "Atyrau Region"),
    ("27", "Западно-Казахстанская область", "Батыс Қазақстан облысы", "West Kazakhstan Region"),
    ("31", "Жамбылская область", "Жамбыл облысы", "Zhambyl Region"),
    ("35", "Карагандинская область", "Қарағанды облысы", "Karaganda Region"),
    ("39", "Костанайская область", "Қостанай облысы", "Kostanay Region"),
    ("43", "Кызылординская область", "Қызылорда облысы", "Kyzylorda Region"),
    ("47", "Мангистауская область", "Маңғыстау облысы", "Mangystau Region"),
    ("55", "Павлодарская область", "Павлодар облысы", "Pavlodar Region"),
    ("59", "Северо-Казахстанская область", "Солтүстік Қазақстан облысы", "North Kazakhstan Region"),
    ("61", "Туркестанская область", "Түркістан облысы", "Turkistan Region"),
    ("63", "Восточно-Казахстанская область", "Шығыс Қазақстан облысы", "East Kazakhstan Region"),
    ("71", "город Нур-Султан", "Нұр-Сұлтан қаласы", "Nur-Sultan city"),
    ("75", "город Алматы", "Алматы қаласы", "Almaty city"),
    ("79", "город Шымкент", "Шымкент қаласы", "Shymkent city"),
]


def write(name: str, rows: list[tuple[str, str, str, str]]) -> None:
    with (OUT / name).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["code", "name_ru", "name_kk", "name_en"])
        writer.writerows(rows)
    print(f"{name}: {len(rows)}")


def countries() -> list[tuple[str, str, str, str]]:
    import pycountry
    from babel import Locale

    ru, kk, en = (Locale(code).territories for code in ("ru", "kk", "en"))
    existing: dict[str, tuple[str, str, str, str]] = {}
    path = OUT / "countries.csv"
    if path.exists():
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                existing[row["code"]] = (row["code"], row["name_ru"], row["name_kk"], row.get("name_en") or "")
    made: dict[str, tuple[str, str, str, str]] = {}
    for country in pycountry.countries:
        alpha = country.alpha_2
        made[country.numeric] = (country.numeric, ru.get(alpha, country.name), kk.get(alpha, country.name),
                                 en.get(alpha, country.name))
    first = ["398", *[code for code in existing if code != "398"]]
    rows = [existing.get(code) or made[code] for code in first if code in made or code in existing]
    rest = sorted((made[c] for c in made if c not in first), key=lambda r: r[1])
    return rows + rest


def languages() -> list[tuple[str, str, str, str]]:
    from babel import Locale

    names = {code: Locale(code).languages for code in ("ru", "kk", "en")}
    rows = []
    for code, short, name_ru, name_kk, name_en in LANGUAGES:
        if short is not None:
            name_ru = names["ru"][short]
            name_kk = names["kk"].get(short, names["ru"][short])
            name_en = names["en"][short]
        rows.append((code, name_ru, name_kk, name_en))
    return rows


def main() -> int:
    write("countries.csv", countries())
    write("languages.csv", languages())
    write("nationalities.csv", NATIONALITIES)
    write("education_levels.csv", EDUCATION)
    write("occupations.csv", OCCUPATIONS)
    write("regions.csv", REGIONS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
