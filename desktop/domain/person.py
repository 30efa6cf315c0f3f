"""The person of the register: names, matching keys, the rules a record must follow, and the
readers of the messy cells that institutions' own registers are made of.

Pure Python: the services and the import use it; the window uses it for live validation.

Problem codes (:class:`Problem`) are stored with each person and travel to the filters of the
Respondents page; never rename one.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from desktop.domain import classifiers, iin
from desktop.domain.campaign import Campaign
from desktop.domain.enums import CitizenshipKind, LeftReason, Residence
from desktop.domain.iin import Sex
from desktop.domain.text import QT_TRANSLATE_NOOP, Message

#: The IIN rules, remembered per number: an import checks each IIN several times (validation,
#: reconciliation, stored problems) and a register has up to some 100,000 of them.
iin_problem = lru_cache(maxsize=262_144)(iin.problem)
iin_info = lru_cache(maxsize=262_144)(iin.parse)

# -- names ------------------------------------------------------------------------------------

_SPACE = re.compile(r"\s+")
#: Latin letters that look like Cyrillic ones; registers typed on mixed keyboards contain them.
_LATIN_LOOKALIKES = str.maketrans("aceopxyiABCEHKMOPTXYI", "асеорхуіАВСЕНКМОРТХУІ")
#: Kazakh letters folded to the Russian letters they are often replaced by, for matching only.
_FOLD = str.maketrans(
    {"ё": "е", "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и", "й": "и"}
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


#: The longest part of a name (surname, name, patronymic) a record keeps.
MAX_NAME_PART = 100


def _visible(text: str) -> str:
    """``text`` without control and format characters: NUL and other controls, bidirectional
    overrides (U+202E turns "\u202eвонавИ" into what reads "Иванов"), zero-width spaces and joiners,
    the byte-order mark.  Whitespace is kept (it is normalised to single spaces after)."""
    if text.isprintable():
        return text
    return "".join(c for c in text if c.isspace() or unicodedata.category(c) not in ("Cc", "Cf", "Co", "Cs", "Cn"))


def clean_text(value: object) -> str:
    """Whitespace normalised (non-breaking spaces and line breaks included), NFC, invisible
    characters removed (see :func:`_visible`), stripped.  Every name, unit and text of a person's
    record passes here, in the dialog and the import alike."""
    if value is None:
        return ""
    if isinstance(value, float) and value != value:  # NaN: an empty cell
        return ""
    text = _visible(unicodedata.normalize("NFC", str(value)))
    return _SPACE.sub(" ", text.replace("\u00a0", " ")).strip()


def normalize_name_part(value: object) -> str:
    """One part of a name as it is kept: letters exactly as typed, whitespace normalised, spaces
    around hyphens removed; a part written in CAPITALS (as many registers are) in title case."""
    text = clean_text(value)
    text = re.sub(r"\s*-\s*", "-", text)
    if _CYRILLIC.search(text):
        # A Latin lookalike inside a Cyrillic word is a typing slip: keep the Cyrillic letter.
        text = " ".join(
            word.translate(_LATIN_LOOKALIKES) if _CYRILLIC.search(word) else word for word in text.split(" ")
        )
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        text = "-".join(" ".join(w[:1].upper() + w[1:].lower() for w in part.split(" ")) for part in text.split("-"))
    return text


def fold(text: str) -> str:
    """The comparable form of a text: case-folded, ё→е, Kazakh letters folded to their Russian
    look-alikes (registers write Сүлейменова and Сулейменова for the same person)."""
    return clean_text(text).casefold().translate(_LATIN_LOOKALIKES).casefold().translate(_FOLD)


def name_key(surname: str, name: str, patronymic: str) -> str:
    """The matching and search key of a full name."""
    return fold(" ".join(part for part in (surname, name, patronymic) if part))


def full_name(surname: str, name: str, patronymic: str) -> str:
    return " ".join(part for part in (surname, name, patronymic) if part)


def split_full_name(value: object) -> tuple[str, str, str]:
    """Surname, name and patronymic from one "ФИО" cell.  Kazakh patronymics of two words
    (Сәкен қызы, Нұрлан ұлы) stay together."""
    words = normalize_name_part(value).split(" ")
    words = [w for w in words if w]
    if not words:
        return "", "", ""
    if len(words) >= 4 and fold(words[-1]) in ("кызы", "улы", "оглы", "кизи", "угли"):
        words = [*words[:-2], f"{words[-2]} {words[-1]}"]
    if len(words) == 1:
        return words[0], "", ""
    if len(words) == 2:
        return words[0], words[1], ""
    return words[0], words[1], " ".join(words[2:])


# -- cells of registers ----------------------------------------------------------------------

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_MONTHS = {
    "январ": 1,
    "феврал": 2,
    "март": 3,
    "апрел": 4,
    "ма": 5,
    "июн": 6,
    "июл": 7,
    "август": 8,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
    "кантар": 1,
    "акпан": 2,
    "наурыз": 3,
    "сәуір": 4,
    "сауир": 4,
    "мамыр": 5,
    "маусым": 6,
    "шілде": 7,
    "шилде": 7,
    "тамыз": 8,
    "қыркүйек": 9,
    "кыркуиек": 9,
    "қазан": 10,
    "казан": 10,
    "қараша": 11,
    "караша": 11,
    "желтоқсан": 12,
    "желтоксан": 12,
}
_DATE_NUMERIC = re.compile(r"^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{2}|\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DATE_WORDS = re.compile(r"^(\d{1,2})\s+([^\W\d_]+)\s+(\d{4})$")
_YEAR_SUFFIX = re.compile(r"\s*(г\.?|года|год|ж\.?|жыл[ыға]*|y\.?)\s*$", re.IGNORECASE)


def parse_date(value: object, *, today: dt.date | None = None) -> dt.date | None:
    """A date as registers keep it: a spreadsheet date, an Excel serial number, or text such as
    "15.03.1987", "15.03.1987 г.", "1987-03-15", "15/03/87", "15 марта 1987 г.".

    None for an empty cell; ValueError for anything that is not a date.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):  # a pandas Timestamp
        if value != value:  # NaT
            return None
        moment: dt.datetime = value.to_pydatetime()
        return moment.date()
    if isinstance(value, bool):
        raise ValueError("not a date")
    if isinstance(value, int | float):
        if value != value:
            return None
        if float(value).is_integer() and 1 <= value < 80000:
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise ValueError("not a date")
    text = clean_text(value).casefold()
    if not text:
        return None
    text = _YEAR_SUFFIX.sub("", text).strip().rstrip(".").strip()
    if re.fullmatch(r"\d{5}(\.0+)?", text):
        return parse_date(float(text))
    match = _DATE_NUMERIC.match(text)
    try:
        if match:
            day, month, year = int(match[1]), int(match[2]), int(match[3])
            if len(match[3]) == 2:
                current = (today or dt.date.today()).year % 100
                year += 2000 if year <= current else 1900
            return dt.date(year, month, day)
        match = _DATE_ISO.match(text)
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        match = _DATE_WORDS.match(text)
        if match:
            word = match[2]
            for stem, month in sorted(_MONTHS.items(), key=lambda kv: -len(kv[0])):
                if word.startswith(stem):
                    return dt.date(int(match[3]), month, int(match[1]))
    except ValueError:
        pass
    raise ValueError("not a date")


_SEX_WORDS = {
    Sex.MALE: {
        "м",
        "м.",
        "муж",
        "муж.",
        "мужской",
        "мужчина",
        "мальчик",
        "ер",
        "е",
        "ер.",
        "еркек",
        "ұл",
        "ул",
        "ер адам",
        "m",
        "male",
        "man",
        "1",
    },
    Sex.FEMALE: {
        "ж",
        "ж.",
        "жен",
        "жен.",
        "женский",
        "женщина",
        "девочка",
        "әйел",
        "аиел",
        "әйел адам",
        "қыз",
        "кыз",
        "f",
        "female",
        "woman",
        "w",
        "2",
    },
}


def parse_sex(value: object) -> Sex | None:
    """М/Ж, муж./жен., мужской/женский, ер/әйел, M/F; None for an empty cell, ValueError otherwise."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = clean_text(value).casefold()
    if not text:
        return None
    text = text.translate(_LATIN_LOOKALIKES) if _CYRILLIC.search(text) or len(text) == 1 else text
    for sex, words in _SEX_WORDS.items():
        if text in words or text.rstrip(".") in words:
            return sex
    raise ValueError("not a sex")


_KZ_WORDS = {
    "kz",
    "kaz",
    "рк",
    "қр",
    "кр",
    "казахстан",
    "қазақстан",
    "республика казахстан",
    "қазақстан республикасы",
    "kazakhstan",
    "гражданин рк",
    "гражданка рк",
    "гр. рк",
    "гр.рк",
    "казахстанское",
    "казахское",
    "қазақстандық",
    "398",
}
_STATELESS_WORDS = {
    "без гражданства",
    "лбг",
    "лицо без гражданства",
    "апатрид",
    "азаматтығы жоқ",
    "азаматтығы жоқ адам",
    "stateless",
    "нет",
    "жоқ",
}
_COUNTRY_ALIASES = {
    "рф": "643",
    "россия": "643",
    "российская федерация": "643",
    "ресей федерациясы": "643",
    "russian federation": "643",
    "кнр": "156",
    "кхр": "156",
    "сша": "840",
    "usa": "840",
    "кыргызская республика": "417",
    "киргизия": "417",
    "узб": "860",
    "рус": "643",
    "великобритания": "826",
    "uk": "826",
    "германия": "276",
    "фрг": "276",
}


@dataclass(frozen=True)
class Citizenship:
    kind: CitizenshipKind
    country_code: str | None = None


def parse_citizenship(value: object) -> Citizenship | None:
    """Citizenship written in words: "РК", "Казахстан", "ҚР", "гражданин РФ", "Өзбекстан", "без
    гражданства", a country code.  None for an empty cell, ValueError for an unknown country."""
    text = clean_text(value).casefold().replace("ё", "е")
    if not text:
        return None
    text = re.sub(r"^(гражданин|гражданка|гр\.|азаматы)\s*", "", text).strip()
    text = re.sub(r"\s*(азаматы|азаматшасы)$", "", text).strip()
    if text in _KZ_WORDS or fold(text) in {fold(w) for w in _KZ_WORDS}:
        return Citizenship(CitizenshipKind.KAZAKHSTAN)
    if text in _STATELESS_WORDS:
        return Citizenship(CitizenshipKind.STATELESS)
    code = country_code_of(text)
    if code is None:
        raise ValueError("unknown country")
    if code == "398":
        return Citizenship(CitizenshipKind.KAZAKHSTAN)
    return Citizenship(CitizenshipKind.FOREIGN, code)


def country_code_of(text: str) -> str | None:
    key = fold(text)
    if key in {fold(k) for k in _COUNTRY_ALIASES}:
        return next(v for k, v in _COUNTRY_ALIASES.items() if fold(k) == key)
    for item in classifiers.load("countries"):
        if key in (item.code.zfill(3), fold(item.name_ru), fold(item.name_kk), fold(item.name_en)):
            return item.code
    digits = key.strip()
    if digits.isdigit() and digits.zfill(3) in {i.code for i in classifiers.load("countries")}:
        return digits.zfill(3)
    return None


def countries() -> classifiers.Classifier:
    return classifiers.load("countries")


_RESIDENCE_WORDS = {
    Residence.USUAL: {
        "постоянно",
        "постоянно проживающий",
        "постоянно проживает",
        "проживает",
        "usual",
        "тұрақты",
        "тұрақты тұратын",
        "тұрақты тұрады",
        "тұрады",
    },
    Residence.TEMPORARILY_ABSENT: {
        "временно отсутствующий",
        "временно отсутствует",
        "отсутствует",
        "уақытша жоқ",
        "уақытша болмаған",
        "absent",
        "temporarily absent",
    },
    Residence.TEMPORARILY_PRESENT: {
        "временно проживающий",
        "временно находящийся",
        "временно пребывающий",
        "временно находится",
        "уақытша тұратын",
        "уақытша тұрып жатыр",
        "уақытша болған",
        "present",
        "temporarily present",
    },
}


def parse_residence(value: object) -> Residence | None:
    text = clean_text(value).casefold()
    if not text:
        return None
    for residence, words in _RESIDENCE_WORDS.items():
        if text in words or text == residence.value:
            return residence
    raise ValueError("unknown residence")


_LEFT_WORDS = {
    LeftReason.DISCHARGED: ("выпис", "отчисл", "выбыл", "шығар", "discharg", "возврат в семью", "усынов", "опек"),
    LeftReason.TRANSFERRED: ("перевод", "переведен", "ауыстыр", "transfer"),
    LeftReason.DIED: ("умер", "смерт", "скончал", "қайтыс", "кайтыс", "died", "death"),
}


def parse_left_reason(value: object) -> LeftReason | None:
    text = clean_text(value).casefold()
    if not text:
        return None
    for reason, stems in _LEFT_WORDS.items():
        if text == reason.value or any(stem in text for stem in stems):
            return reason
    return LeftReason.OTHER


# -- the record and its rules ------------------------------------------------------------------


@dataclass(slots=True)
class PersonData:
    """What a person's record holds, before the database: the dialog and the import fill it."""

    surname: str
    name: str = ""
    patronymic: str = ""
    iin: str | None = None
    birth_date: dt.date | None = None
    sex: Sex | None = None
    citizenship: CitizenshipKind = CitizenshipKind.KAZAKHSTAN
    country_code: str | None = None
    residence: Residence = Residence.USUAL
    unit: str = ""
    admitted_on: dt.date | None = None
    note: str = ""

    def cleaned(self) -> PersonData:
        number = iin.normalize(self.iin) if self.iin else None
        return PersonData(
            surname=normalize_name_part(self.surname),
            name=normalize_name_part(self.name),
            patronymic=normalize_name_part(self.patronymic),
            iin=number,
            birth_date=self.birth_date,
            sex=Sex(self.sex) if self.sex else None,
            citizenship=CitizenshipKind(self.citizenship),
            country_code=(self.country_code or None) if self.citizenship == CitizenshipKind.FOREIGN else None,
            residence=Residence(self.residence),
            unit=clean_text(self.unit),
            admitted_on=self.admitted_on,
            note=str(self.note or "").strip(),
        )

    @property
    def key(self) -> str:
        return name_key(self.surname, self.name, self.patronymic)


class Problem(StrEnum):
    """What the list shows and filters on (stored with the person)."""

    IIN_INVALID = "iin_invalid"
    IIN_MISSING = "iin_missing"
    BIRTH_DATE_MISMATCH = "birth_date_mismatch"
    SEX_MISMATCH = "sex_mismatch"
    DUPLICATE = "duplicate"
    MISSING_DATA = "missing_data"
    #: Not stored: derived from the dates each time (born, admitted or gone on the wrong side of
    #: the reference moment).
    NOT_COUNTED = "not_counted"


PROBLEM_LABELS: dict[Problem, str] = {
    Problem.IIN_INVALID: QT_TRANSLATE_NOOP("register", "Invalid IIN"),
    Problem.IIN_MISSING: QT_TRANSLATE_NOOP("register", "No IIN"),
    Problem.BIRTH_DATE_MISMATCH: QT_TRANSLATE_NOOP("register", "Birth date contradicts the IIN"),
    Problem.SEX_MISMATCH: QT_TRANSLATE_NOOP("register", "Sex contradicts the IIN"),
    Problem.DUPLICATE: QT_TRANSLATE_NOOP("register", "Likely duplicate"),
    Problem.MISSING_DATA: QT_TRANSLATE_NOOP("register", "Missing required data"),
    Problem.NOT_COUNTED: QT_TRANSLATE_NOOP("register", "Not counted at the reference moment"),
}

MISSING_TEXT: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("register", "The name is missing."),
    "birth_date": QT_TRANSLATE_NOOP("register", "The birth date is missing."),
    "sex": QT_TRANSLATE_NOOP("register", "The sex is missing."),
}


class Severity(StrEnum):
    ERROR = "error"  # the record cannot be saved (or the import row is refused)
    WARNING = "warning"  # saved, shown as a problem


@dataclass(frozen=True)
class Issue:
    field: str
    severity: Severity
    message: Message
    problem: Problem | None = None


def _m(template: str, **params: object) -> Message:
    return Message("register", template, params)


def check(
    data: PersonData,
    campaign: Campaign,
    *,
    today: dt.date | None = None,
    iin_facts: tuple[iin.IinProblem | None, iin.IinInfo | None] | None = None,
    left_on: dt.date | None = None,
) -> list[Issue]:
    """Every rule a person's record must follow.  ``data`` should be :meth:`PersonData.cleaned`.

    Errors stop a save; warnings (a missing IIN, a birth date or sex contradicting the IIN, missing
    data that a census sheet will ask again) are saved and shown as problems.  ``iin_facts`` (the
    IIN's problem and decoded information) may be given when already known, as an import does for
    a whole column at once.  ``left_on``: the leaving date, when there is one, for the warning of a
    person gone before the reference moment.
    """
    today = today or dt.date.today()
    issues: list[Issue] = []
    if not data.surname:
        issues.append(Issue("surname", Severity.ERROR, _m(QT_TRANSLATE_NOOP("register", "Enter the surname."))))
    for field_name, value in (("surname", data.surname), ("name", data.name), ("patronymic", data.patronymic)):
        if len(value) > MAX_NAME_PART:
            issues.append(
                Issue(
                    field_name,
                    Severity.ERROR,
                    _m(
                        QT_TRANSLATE_NOOP(
                            "register",
                            "A part of the name has {length} characters; at most {most} are kept. Check the cell: "
                            "it may hold more than a name.",
                        ),
                        length=len(value),
                        most=MAX_NAME_PART,
                    ),
                )
            )
    missing = [f for f, v in (("name", data.name), ("birth_date", data.birth_date), ("sex", data.sex)) if not v]
    if data.citizenship == CitizenshipKind.FOREIGN and not data.country_code:
        issues.append(
            Issue(
                "country_code",
                Severity.ERROR,
                _m(QT_TRANSLATE_NOOP("register", "Choose the country of citizenship.")),
            )
        )
    if data.iin:
        which = iin_facts[0] if iin_facts is not None else iin_problem(data.iin)
        if which is not None:
            issues.append(Issue("iin", Severity.ERROR, iin.problem_message(data.iin, which), Problem.IIN_INVALID))
        else:
            info = iin_facts[1] if iin_facts is not None and iin_facts[1] is not None else iin_info(data.iin)
            if data.birth_date and data.birth_date != info.birth_date:
                message = _birth_mismatch(info, data.birth_date)
                issues.append(Issue("birth_date", Severity.WARNING, message, Problem.BIRTH_DATE_MISMATCH))
            if data.sex and data.sex != info.sex:
                issues.append(Issue("sex", Severity.WARNING, _sex_mismatch(info), Problem.SEX_MISMATCH))
    elif data.citizenship == CitizenshipKind.KAZAKHSTAN:
        issues.append(
            Issue(
                "iin",
                Severity.WARNING,
                _m(QT_TRANSLATE_NOOP("register", "A citizen of Kazakhstan must have an IIN: enter it when known.")),
                Problem.IIN_MISSING,
            )
        )
    else:
        issues.append(
            Issue(
                "iin",
                Severity.WARNING,
                _m(QT_TRANSLATE_NOOP("register", "No IIN: allowed for a foreigner or a stateless person.")),
                Problem.IIN_MISSING,
            )
        )
    for key in missing:
        issues.append(Issue(key, Severity.WARNING, _m(MISSING_TEXT[key]), Problem.MISSING_DATA))
    if data.birth_date is not None and not dt.date(1880, 1, 1) <= data.birth_date <= today:
        issues.append(
            Issue(
                "birth_date",
                Severity.ERROR,
                _m(
                    QT_TRANSLATE_NOOP("register", "The birth date {date} is not plausible."),
                    date=data.birth_date.strftime("%d.%m.%Y"),
                ),
            )
        )
    issues.extend(moment_issues(data, campaign, left_on))
    if data.admitted_on is not None:
        if data.birth_date is not None and data.admitted_on < data.birth_date:
            issues.append(
                Issue(
                    "admitted_on",
                    Severity.ERROR,
                    _m(QT_TRANSLATE_NOOP("register", "The admission date is before the birth date.")),
                )
            )
        elif data.admitted_on > today + dt.timedelta(days=1):
            issues.append(
                Issue(
                    "admitted_on",
                    Severity.ERROR,
                    _m(
                        QT_TRANSLATE_NOOP("register", "The admission date {date} is in the future."),
                        date=data.admitted_on.strftime("%d.%m.%Y"),
                    ),
                )
            )
    return issues


def moment_issues(data: PersonData, campaign: Campaign, left_on: dt.date | None = None) -> list[Issue]:
    """Warnings for a person whom the dates put outside the count at the reference moment."""
    moment = campaign.at_moment
    found: list[Issue] = []
    params = {"moment": campaign.reference_date.strftime("%d.%m.%Y")}
    if data.birth_date is not None and data.birth_date > moment.born_until:
        template = QT_TRANSLATE_NOOP(
            "register", "Born on {date}, after the census moment (00:00, {moment}): not counted."
        )
        found.append(_moment_issue("birth_date", template, data.birth_date, params))
    if data.admitted_on is not None and data.admitted_on > moment.admitted_until:
        template = QT_TRANSLATE_NOOP(
            "register", "Admitted on {date}, after the census moment (00:00, {moment}): not counted here."
        )
        found.append(_moment_issue("admitted_on", template, data.admitted_on, params))
    if left_on is not None and left_on < moment.left_from:
        template = QT_TRANSLATE_NOOP(
            "register", "Left on {date}, before the census moment (00:00, {moment}): not counted here."
        )
        found.append(_moment_issue("left_on", template, left_on, params))
    return found


def _moment_issue(field: str, template: str, day: dt.date, params: dict[str, str]) -> Issue:
    message = _m(template, date=day.strftime("%d.%m.%Y"), **params)
    return Issue(field, Severity.WARNING, message, Problem.NOT_COUNTED)


def stored_problems(
    *,
    iin_value: str | None,
    birth_date: dt.date | None,
    sex: str | None,
    citizenship: str,
    name: str,
    surname: str = "x",
    duplicate: bool = False,
) -> list[Problem]:
    """The problems of a stored record (an invalid IIN may be stored after the user confirmed it)."""
    found: list[Problem] = []
    if iin_value:
        if iin_problem(iin_value) is not None:
            found.append(Problem.IIN_INVALID)
        else:
            info = iin_info(iin_value)
            if birth_date and birth_date != info.birth_date:
                found.append(Problem.BIRTH_DATE_MISMATCH)
            if sex and sex != info.sex.value:
                found.append(Problem.SEX_MISMATCH)
    else:
        found.append(Problem.IIN_MISSING)
    if duplicate:
        found.append(Problem.DUPLICATE)
    if not surname or not name or birth_date is None or not sex:
        found.append(Problem.MISSING_DATA)
    return found


def encode_problems(problems: list[Problem] | tuple[Problem, ...]) -> str:
    """Stored form: codes between spaces, so that ``LIKE '% code %'`` finds one."""
    return f" {' '.join(p.value for p in problems)} " if problems else ""


def decode_problems(stored: str | None) -> tuple[Problem, ...]:
    return tuple(Problem(code) for code in (stored or "").split() if code in Problem._value2member_map_)


def problem_message(
    problem: Problem, *, iin_value: str | None = None, birth_date: dt.date | None = None
) -> Message:
    """A sentence for a stored problem: the IIN's own fault when it is invalid; both values when the
    birth date or the sex contradicts it."""
    if iin_value and problem in (Problem.IIN_INVALID, Problem.SEX_MISMATCH, Problem.BIRTH_DATE_MISMATCH):
        which = iin_problem(iin_value)
        if which is not None:
            invalid = problem is Problem.IIN_INVALID
            return iin.problem_message(iin_value, which) if invalid else _m(PROBLEM_LABELS[problem])
        if problem is Problem.SEX_MISMATCH:
            return _sex_mismatch(iin_info(iin_value))
        if problem is Problem.BIRTH_DATE_MISMATCH and birth_date is not None:
            return _birth_mismatch(iin_info(iin_value), birth_date)
    return _m(PROBLEM_LABELS[problem])


def _birth_mismatch(info: iin.IinInfo, birth_date: dt.date) -> Message:
    return _m(
        QT_TRANSLATE_NOOP("register", "The birth date {date} contradicts the IIN {iin}, which gives {iin_date}."),
        date=birth_date.strftime("%d.%m.%Y"),
        iin=info.iin,
        iin_date=info.birth_date.strftime("%d.%m.%Y"),
    )


def _sex_mismatch(info: iin.IinInfo) -> Message:
    """The sex held is the other one than the IIN's 7th digit gives."""
    if info.sex is Sex.FEMALE:
        template = QT_TRANSLATE_NOOP("register", "The sex is male, but the IIN {iin} is a woman's (its 7th digit).")
    else:
        template = QT_TRANSLATE_NOOP("register", "The sex is female, but the IIN {iin} is a man's (its 7th digit).")
    return _m(template, iin=info.iin)


# -- what the census derives --------------------------------------------------------------------


@dataclass(frozen=True)
class Derived:
    age: int | None  # at the reference moment; None when unknown or not yet born then
    on_list: bool  # on the stage-1 list as of the list date
    resident: bool  # counted: belongs to the institution at the reference moment
    born_after_moment: bool = False  # born at the reference moment or later: not counted


def derive(
    campaign: Campaign,
    *,
    birth_date: dt.date | None,
    admitted_on: dt.date | None,
    left_on: dt.date | None,
) -> Derived:
    """Who is counted, the one rule the register, the sheets, the lists and the certificates use:
    age at the reference moment, on the stage-1 list (:attr:`Campaign.on_list`), counted at the
    reference moment (:attr:`Campaign.at_moment`).

    When the admission date is unknown the person is taken as present since before the list date
    (registers often omit the admission date of long-stay residents).
    """
    dates = {"birth_date": birth_date, "admitted_on": admitted_on, "left_on": left_on}
    counted = campaign.at_moment.holds(**dates)
    not_born = birth_date is not None and birth_date > campaign.at_moment.born_until
    age = campaign.age_at_reference(birth_date) if birth_date is not None and not not_born else None
    return Derived(age=age, on_list=campaign.on_list.holds(**dates), resident=counted, born_after_moment=not_born)


LEFT_REASON_LABELS: dict[LeftReason, str] = {
    LeftReason.DISCHARGED: QT_TRANSLATE_NOOP("register", "Discharged"),
    LeftReason.TRANSFERRED: QT_TRANSLATE_NOOP("register", "Transferred"),
    LeftReason.DIED: QT_TRANSLATE_NOOP("register", "Died"),
    LeftReason.OTHER: QT_TRANSLATE_NOOP("register", "Other reason"),
}

RESIDENCE_LABELS: dict[Residence, str] = {
    Residence.USUAL: QT_TRANSLATE_NOOP("register", "Usually resident"),
    Residence.TEMPORARILY_ABSENT: QT_TRANSLATE_NOOP("register", "Temporarily absent"),
    Residence.TEMPORARILY_PRESENT: QT_TRANSLATE_NOOP("register", "Temporarily present"),
}

CITIZENSHIP_LABELS: dict[CitizenshipKind, str] = {
    CitizenshipKind.KAZAKHSTAN: QT_TRANSLATE_NOOP("register", "Kazakhstan"),
    CitizenshipKind.FOREIGN: QT_TRANSLATE_NOOP("register", "Another country"),
    CitizenshipKind.STATELESS: QT_TRANSLATE_NOOP("register", "Stateless"),
}

SEX_LABELS: dict[Sex, str] = {
    Sex.MALE: QT_TRANSLATE_NOOP("register", "Male"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("register", "Female"),
}


@dataclass
class FieldChange:
    field: str
    old: object
    new: object
