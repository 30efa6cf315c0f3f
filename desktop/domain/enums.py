"""Code values shared by the register, the census sheets, certificates and the exchange.

The values are stored in the database and travel to the Department: never rename one.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.text import QT_TRANSLATE_NOOP


class CitizenshipKind(StrEnum):
    KAZAKHSTAN = "KZ"
    FOREIGN = "foreign"  # with a country code from the countries classifier
    STATELESS = "stateless"


class Residence(StrEnum):
    """The person's relation to the institution, as the act counts them."""

    USUAL = "usual"  # usually resident
    TEMPORARILY_ABSENT = "absent"
    TEMPORARILY_PRESENT = "present"


class LeftReason(StrEnum):
    DISCHARGED = "discharged"
    TRANSFERRED = "transferred"
    DIED = "died"
    OTHER = "other"


class CoverageStatus(StrEnum):
    """Where a person on the list stands in stage 2."""

    TO_ENUMERATE = "to_enumerate"
    INTERVIEW = "interview"  # enumerated by interview
    RECORDS = "records"  # enumerated from administration records
    ONLINE = "online"  # self-enumerated at sanaq.gov.kz (with a confirmation code)
    REFUSED = "refused"
    NOT_RESIDENT = "not_resident"  # not resident at the reference moment (with the reason)

    @property
    def enumerated(self) -> bool:
        return self in (CoverageStatus.INTERVIEW, CoverageStatus.RECORDS, CoverageStatus.ONLINE)


COVERAGE_LABELS: dict[CoverageStatus, str] = {
    CoverageStatus.TO_ENUMERATE: QT_TRANSLATE_NOOP("coverage", "To enumerate"),
    CoverageStatus.INTERVIEW: QT_TRANSLATE_NOOP("coverage", "Enumerated by interview"),
    CoverageStatus.RECORDS: QT_TRANSLATE_NOOP("coverage", "Enumerated from administration records"),
    CoverageStatus.ONLINE: QT_TRANSLATE_NOOP("coverage", "Self-enumerated online (sanaq.gov.kz)"),
    CoverageStatus.REFUSED: QT_TRANSLATE_NOOP("coverage", "Refused"),
    CoverageStatus.NOT_RESIDENT: QT_TRANSLATE_NOOP("coverage", "Not resident at the reference moment"),
}


class Language(StrEnum):
    RU = "ru"
    KK = "kk"
    EN = "en"


LANGUAGE_NAMES: dict[Language, str] = {
    Language.RU: "Русский",
    Language.KK: "Қазақша",
    Language.EN: "English",
}
