"""The individual identification number (IIN, ИИН / ЖСН) and the business one (BIN).

Twelve digits. For an IIN: 1-6 the birth date YYMMDD, 7 the century and sex (1/2 = 1800s
male/female, 3/4 = 1900s, 5/6 = 2000s), 8-11 a serial number, 12 a check digit. The check digit
is the sum of digits 1-11 times weights 1..11 modulo 11; when that is 10, weights 3..11,1,2 are
used; when it is 10 again, no valid number has those eleven digits. The BIN uses the same check
digit.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.text import QT_TRANSLATE_NOOP, Message

_W1 = tuple(range(1, 12))
_W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_SPACES = re.compile(r"[\s\u00a0\-]+")


def ascii_digits(text: str) -> str:
    """Digits of any script (fullwidth ９, Arabic-Indic ٩, …) written as ASCII digits; the rest kept.
    An IIN or BIN is stored in ASCII digits only, so that the same number is always the same text."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if unicodedata.decimal(c, None) is not None else c for c in text)


def _digits(text: str) -> bool:
    """ASCII digits only (``str.isdigit`` also accepts digits of other scripts and superscripts)."""
    return text.isascii() and text.isdigit()


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


def check_digit(first11: str) -> int | None:
    """The 12th digit for eleven digits, or None when no valid number can have them."""
    if len(first11) != 11 or not _digits(first11):
        raise ValueError("eleven digits expected")
    digits = [int(c) for c in first11]
    control = sum(d * w for d, w in zip(digits, _W1, strict=True)) % 11
    if control == 10:
        control = sum(d * w for d, w in zip(digits, _W2, strict=True)) % 11
        if control == 10:
            return None
    return control


def has_valid_check_digit(number: str) -> bool:
    if len(number) != 12 or not _digits(number):
        return False
    expected = check_digit(number[:11])
    return expected is not None and expected == int(number[11])


def normalize(raw: object) -> str | None:
    """Bring an IIN as registers keep it back to twelve digits.

    Spaces and dashes are dropped; an Excel number (``515601236.0``, ``5.15601236E8``) is read as
    an integer, and leading zeros lost by spreadsheets are restored.  Returns None for an empty
    cell; any other text is returned stripped so that the validator can say what is wrong.
    """
    if raw is None:
        return None
    if type(raw) is str:
        digits = raw.replace(" ", "")
        if len(digits) == 12 and digits.isascii() and digits.isdigit():
            return digits  # the usual case, twelve digits with or without spaces: nothing more to repair
    if isinstance(raw, bool):
        return str(raw)
    if isinstance(raw, int):
        text = str(raw)
    elif isinstance(raw, float):
        if raw != raw:  # NaN: an empty cell
            return None
        if raw.is_integer() and 0 <= raw < 1e12:
            text = str(int(raw))
        else:
            return repr(raw)
    else:
        text = ascii_digits(_SPACES.sub("", str(raw)))
        if not text:
            return None
        if re.fullmatch(r"\d+\.0+", text):
            text = text.split(".")[0]
        elif re.fullmatch(r"\d(\.\d+)?[eE]\+?\d+", text):
            try:
                value = float(text)
            except ValueError:
                return text
            if value.is_integer() and value < 1e12:
                text = str(int(value))
    if _digits(text) and 0 < len(text) < 12:
        text = text.zfill(12)
    return text


class IinProblem(StrEnum):
    LENGTH = "iin.length"
    NOT_DIGITS = "iin.not_digits"
    CHECKSUM = "iin.checksum"
    CENTURY = "iin.century"
    DATE = "iin.date"


PROBLEM_TEXT: dict[IinProblem, str] = {
    IinProblem.LENGTH: QT_TRANSLATE_NOOP("iin", "The IIN must have 12 digits; “{value}” has {length}."),
    IinProblem.NOT_DIGITS: QT_TRANSLATE_NOOP("iin", "The IIN may contain only digits: “{value}”."),
    IinProblem.CHECKSUM: QT_TRANSLATE_NOOP(
        "iin", "The IIN {value} has a wrong check digit: a digit was probably mistyped."
    ),
    IinProblem.CENTURY: QT_TRANSLATE_NOOP("iin", "The 7th digit of the IIN {value} must be 1 to 6 (century and sex)."),
    IinProblem.DATE: QT_TRANSLATE_NOOP("iin", "The first six digits of the IIN {value} are not a real birth date."),
}


@dataclass(frozen=True)
class IinInfo:
    iin: str
    birth_date: dt.date
    sex: Sex


def _decode(number: str) -> tuple[dt.date, Sex] | IinProblem:
    century_digit = int(number[6])
    if century_digit < 1 or century_digit > 6:
        return IinProblem.CENTURY
    century = 1800 + 100 * ((century_digit - 1) // 2)
    try:
        born = dt.date(century + int(number[0:2]), int(number[2:4]), int(number[4:6]))
    except ValueError:
        return IinProblem.DATE
    return born, (Sex.MALE if century_digit % 2 == 1 else Sex.FEMALE)


def problem(number: str) -> IinProblem | None:
    """What is wrong with an already normalised IIN, or None when it is valid."""
    if not _digits(number):
        return IinProblem.NOT_DIGITS
    if len(number) != 12:
        return IinProblem.LENGTH
    decoded = _decode(number)
    if isinstance(decoded, IinProblem):
        return decoded
    if not has_valid_check_digit(number):
        return IinProblem.CHECKSUM
    return None


def problem_message(number: str, which: IinProblem) -> Message:
    return Message("iin", PROBLEM_TEXT[which], {"value": number, "length": len(number)})


def parse(number: str) -> IinInfo:
    """Decode a valid IIN; raise ValueError with the problem code otherwise."""
    which = problem(number)
    if which is not None:
        raise ValueError(which.value)
    decoded = _decode(number)
    assert not isinstance(decoded, IinProblem)
    return IinInfo(number, decoded[0], decoded[1])


def bin_problem(number: str) -> IinProblem | None:
    """A BIN has no birth date: only the length, the digits and the check digit are checked."""
    if not _digits(number):
        return IinProblem.NOT_DIGITS
    if len(number) != 12:
        return IinProblem.LENGTH
    if not has_valid_check_digit(number):
        return IinProblem.CHECKSUM
    return None


BIN_TEXT: dict[IinProblem, str] = {
    IinProblem.LENGTH: QT_TRANSLATE_NOOP("iin", "The BIN must have 12 digits; “{value}” has {length}."),
    IinProblem.NOT_DIGITS: QT_TRANSLATE_NOOP("iin", "The BIN may contain only digits: “{value}”."),
    IinProblem.CHECKSUM: QT_TRANSLATE_NOOP(
        "iin", "The BIN {value} has a wrong check digit: check it against the registration certificate."
    ),
}


def bin_problem_message(number: str, which: IinProblem) -> Message:
    return Message("iin", BIN_TEXT[which], {"value": number, "length": len(number)})


def make_iin(born: dt.date, sex: Sex, serial: int) -> str | None:
    """Build a valid IIN (used by the demo and tests); None when the serial has no check digit."""
    century_digit = {1800: 1, 1900: 3, 2000: 5}[born.year // 100 * 100]
    if sex is Sex.FEMALE:
        century_digit += 1
    first11 = f"{born:%y%m%d}{century_digit}{serial:04d}"
    digit = check_digit(first11)
    return None if digit is None else first11 + str(digit)
