"""The census calendar: list date, reference moment, enumeration windows.

Dates live in a campaign file under ``resources/campaign`` so that the next census only needs a
new file.  Ages and residence are computed at the reference moment, never at today's date.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Campaign:
    id: str
    name_ru: str
    name_kk: str
    name_en: str
    list_date: dt.date
    reference_moment: dt.datetime
    online_from: dt.date
    online_until: dt.date
    online_extended_until: dt.date | None
    interviews_from: dt.date
    interviews_until: dt.date

    @property
    def reference_date(self) -> dt.date:
        """The calendar date (local time) at which the census counts."""
        return self.reference_moment.date()

    @property
    def timezone(self) -> dt.tzinfo:
        tz = self.reference_moment.tzinfo
        assert tz is not None
        return tz

    def name(self, lang: str) -> str:
        return {"ru": self.name_ru, "kk": self.name_kk}.get(lang, self.name_en)

    def age_at_reference(self, birth_date: dt.date) -> int:
        return age_on(birth_date, self.reference_date)

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Campaign:
        moment = dt.datetime.fromisoformat(data["reference_moment"])
        if moment.tzinfo is None:
            raise ValueError("the reference moment needs a time zone offset")
        extended = data.get("online_extended_until")
        return cls(
            id=data["id"],
            name_ru=data["name_ru"],
            name_kk=data["name_kk"],
            name_en=data.get("name_en", data["name_ru"]),
            list_date=dt.date.fromisoformat(data["list_date"]),
            reference_moment=moment,
            online_from=dt.date.fromisoformat(data["online_from"]),
            online_until=dt.date.fromisoformat(data["online_until"]),
            online_extended_until=dt.date.fromisoformat(extended) if extended else None,
            interviews_from=dt.date.fromisoformat(data["interviews_from"]),
            interviews_until=dt.date.fromisoformat(data["interviews_until"]),
        )

    @classmethod
    def load(cls, path: Path) -> Campaign:
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))


def age_on(birth_date: dt.date, on: dt.date) -> int:
    """Completed years on a date (a person born on 29 February ages on 1 March in common years)."""
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def default_campaign() -> Campaign:
    """The campaign shipped in ``resources/campaign``.  The bootstrap loads it once and puts it on the
    program's context; every service takes the campaign as an argument and never loads its own."""
    from desktop.resources import resource

    return Campaign.load(resource("campaign", "census2021.json"))
