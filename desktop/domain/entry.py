"""Rules of filling census sheets: modes of enumeration, sources of answers, confirmation codes.

A person is enumerated in one *mode*: by interview, from the institution's administration records,
online at sanaq.gov.kz (no sheet is filled here, the employee records the confirmation code), or the
person refused.  Every answer of a sheet has a *source*: the person themselves (interview), a staff
member answering for them (proxy), or an administration record — with the document it came from.
A sheet has a default source and document; any answer may override it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.domain.enums import CoverageStatus
from desktop.domain.text import QT_TRANSLATE_NOOP, Message


class AnswerSource(StrEnum):
    INTERVIEW = "interview"
    PROXY = "proxy"
    RECORDS = "records"


SOURCE_LABELS: dict[AnswerSource, str] = {
    AnswerSource.INTERVIEW: QT_TRANSLATE_NOOP("entry", "Interview"),
    AnswerSource.PROXY: QT_TRANSLATE_NOOP("entry", "Proxy (a staff member answers)"),
    AnswerSource.RECORDS: QT_TRANSLATE_NOOP("entry", "Administration record"),
}

#: Source labels in both languages for documents that do not depend on the window's language.
SOURCE_NAMES: dict[AnswerSource, dict[str, str]] = {
    AnswerSource.INTERVIEW: {"ru": "Опрос", "kk": "Сұхбат", "en": "Interview"},
    AnswerSource.PROXY: {"ru": "Со слов сотрудника", "kk": "Қызметкердің айтуы бойынша", "en": "Proxy"},
    AnswerSource.RECORDS: {"ru": "Административные данные", "kk": "Әкімшілік деректер", "en": "Administration record"},
}


class EntryMode(StrEnum):
    """How a person is enumerated; each mode is also the coverage status it leads to."""

    INTERVIEW = "interview"
    RECORDS = "records"
    ONLINE = "online"
    REFUSED = "refused"

    @property
    def status(self) -> CoverageStatus:
        return CoverageStatus(self.value)

    @property
    def fills_sheet(self) -> bool:
        return self in (EntryMode.INTERVIEW, EntryMode.RECORDS)

    @property
    def default_source(self) -> AnswerSource:
        return AnswerSource.RECORDS if self is EntryMode.RECORDS else AnswerSource.INTERVIEW


MODE_LABELS: dict[EntryMode, str] = {
    EntryMode.INTERVIEW: QT_TRANSLATE_NOOP("entry", "By interview"),
    EntryMode.RECORDS: QT_TRANSLATE_NOOP("entry", "From administration records"),
    EntryMode.ONLINE: QT_TRANSLATE_NOOP("entry", "Online at sanaq.gov.kz"),
    EntryMode.REFUSED: QT_TRANSLATE_NOOP("entry", "Refused"),
}

MODE_NAMES: dict[EntryMode, dict[str, str]] = {
    EntryMode.INTERVIEW: {"ru": "Опрос", "kk": "Сұхбат", "en": "Interview"},
    EntryMode.RECORDS: {"ru": "По административным данным", "kk": "Әкімшілік деректер бойынша", "en": "Records"},
    EntryMode.ONLINE: {"ru": "Онлайн (sanaq.gov.kz)", "kk": "Онлайн (sanaq.gov.kz)", "en": "Online"},
    EntryMode.REFUSED: {"ru": "Отказ", "kk": "Бас тартты", "en": "Refused"},
}


@dataclass(frozen=True)
class SourceOf:
    source: AnswerSource
    document: str
    overridden: bool


def parse_source(value: object) -> AnswerSource | None:
    try:
        return AnswerSource(str(value))
    except ValueError:
        return None


def source_of(
    name: str,
    sources: Mapping[str, Mapping[str, Any]] | None,
    default_source: str | None,
    default_document: str | None,
) -> SourceOf:
    """The source of one answer: its own override, else the sheet's default."""
    own = (sources or {}).get(name) or {}
    source = parse_source(own.get("source"))
    if source is not None:
        return SourceOf(source, str(own.get("document") or ""), True)
    return SourceOf(parse_source(default_source) or AnswerSource.INTERVIEW, default_document or "", False)


def clean_sources(sources: Mapping[str, Mapping[str, Any]] | None) -> dict[str, dict[str, str]]:
    """Only well-formed overrides survive: ``name → {"source": ..., "document": ...}``."""
    result: dict[str, dict[str, str]] = {}
    for name, value in (sources or {}).items():
        if not isinstance(value, Mapping):
            continue
        source = parse_source(value.get("source"))
        if source is None:
            continue
        document = " ".join(str(value.get("document") or "").split())[:300]
        result[str(name)] = {"source": source.value, "document": document}
    return result


_CODE = re.compile(r"^[A-Z0-9][A-Z0-9\-]{3,39}$")


def normalize_online_code(raw: object) -> str:
    """A confirmation code as the person got it from sanaq.gov.kz: spaces dropped, upper case."""
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return re.sub(r"\s+", "", str(raw)).upper()


def online_code_problem(code: str) -> Message | None:
    if not code:
        return Message("entry", QT_TRANSLATE_NOOP("entry", "Enter the confirmation code of the online census."))
    if not _CODE.match(code):
        return Message(
            "entry",
            QT_TRANSLATE_NOOP(
                "entry",
                "The confirmation code “{code}” is not valid: it has 4 to 40 letters, digits or dashes.",
            ),
            {"code": code[:60]},
        )
    return None


def clean_reason(raw: object) -> str:
    return " ".join(str(raw or "").split())[:1000]
