"""Words of the printed documents that depend on the person: Russian verbs and nouns agree with the
person's sex, and the certificate names its holder as the law does (a citizen of Kazakhstan, a
foreign citizen, a stateless person; a minor as such).

Russian past-tense verbs and many nouns have a masculine and a feminine form; Kazakh has no
grammatical gender.  Where the sex is not known the Russian text shows both forms ("вернул(а)").
An employee's sex is not recorded, so it is read from the patronymic (Russian -вич/-вна, Kazakh
-ұлы/-қызы) or, failing that, from a Russian surname ending (-ов/-ова); when neither tells, it
stays unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop.domain.enums import CitizenshipKind

MALE, FEMALE = "M", "F"

_MALE_PATRONYMIC = ("вич", "ұлы", "улы", "оглы", "оғлы", "уулу", "угли")
_FEMALE_PATRONYMIC = ("вна", "чна", "шна", "қызы", "кызы", "гызы", "кизи", "қизи")
_FEMALE_SURNAME = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая")
_MALE_SURNAME = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий")


def sex_from_name(full_name: str) -> str | None:
    """``"M"``, ``"F"`` or None: the sex a full name (surname, name, patronymic) shows."""
    words = [w for w in re.split(r"[\s\-]+", (full_name or "").strip().lower()) if w]
    for word in reversed(words[1:]):
        if word.endswith(_FEMALE_PATRONYMIC):
            return FEMALE
        if word.endswith(_MALE_PATRONYMIC):
            return MALE
    if len(words) >= 2:
        surname = words[0]
        if surname.endswith(_FEMALE_SURNAME):
            return FEMALE
        if surname.endswith(_MALE_SURNAME):
            return MALE
    return None


def ru_by_sex(sex: str | None, masculine: str, feminine: str, unknown: str | None = None) -> str:
    """The Russian form that agrees with ``sex``; ``unknown`` (or "masculine(а)") when not known."""
    if sex == MALE:
        return masculine
    if sex == FEMALE:
        return feminine
    return unknown if unknown is not None else f"{masculine}(а)"


ADULT_AGE = 18


def is_minor(birth_date: dt.date | None, on: dt.date | None) -> bool:
    """Whether a person born on ``birth_date`` is under 18 on the day ``on`` (False when unknown)."""
    if birth_date is None or on is None:
        return False
    age = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    return age < ADULT_AGE


@dataclass(frozen=True)
class Holder:
    """How a document names the person it is about, before the name: Russian and Kazakh."""

    ru: str
    kk: str


def holder(sex: str | None, citizenship: str | None, minor: bool) -> Holder:
    """The certificate's words for its holder by sex, citizenship status and age.

    A Kazakh "азамат(ша)" is a form of address for an adult man (woman); the law names a citizen
    "Қазақстан Республикасының азаматы" whatever the age or sex, a foreigner "шетел азаматы" and a
    person without citizenship "азаматтығы жоқ адам".  With no citizenship known nothing is said.
    """
    if citizenship == CitizenshipKind.KAZAKHSTAN.value:
        if minor:
            ru = ru_by_sex(
                sex,
                "несовершеннолетний гражданин",
                "несовершеннолетняя гражданка",
                "несовершеннолетний гражданин (гражданка)",
            )
            return Holder(f"{ru} Республики Казахстан", "Қазақстан Республикасының кәмелетке толмаған азаматы")
        ru = ru_by_sex(sex, "гражданин", "гражданка", "гражданин (гражданка)")
        return Holder(f"{ru} Республики Казахстан", "Қазақстан Республикасының азаматы")
    if citizenship == CitizenshipKind.FOREIGN.value:
        if minor:
            ru = ru_by_sex(
                sex,
                "несовершеннолетний иностранный гражданин",
                "несовершеннолетняя иностранная гражданка",
                "несовершеннолетний иностранный гражданин (гражданка)",
            )
            return Holder(ru, "кәмелетке толмаған шетел азаматы")
        ru = ru_by_sex(sex, "иностранный гражданин", "иностранная гражданка", "иностранный гражданин (гражданка)")
        return Holder(ru, "шетел азаматы")
    if citizenship == CitizenshipKind.STATELESS.value:
        if minor:
            return Holder("несовершеннолетнее лицо без гражданства", "азаматтығы жоқ кәмелетке толмаған адам")
        return Holder("лицо без гражданства", "азаматтығы жоқ адам")
    return Holder("", "")
