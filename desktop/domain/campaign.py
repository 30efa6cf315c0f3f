"""The census calendar: list date, reference moment, enumeration windows.

Dates live in a campaign file under ``resources/campaign`` so that the next census only needs a
new file.  Ages and residence are computed at the reference moment, never at today's date.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from pathlib import Path

#: The follow-up after the last day of enumeration when a campaign file does not name its end.
DEFAULT_FOLLOW_UP_DAYS = 15


@dataclass(frozen=True)
class Presence:
    """Who belongs to the institution at one instant of the census, as inclusive day bounds.

    A person is present when born on or before ``born_until``, admitted on or before
    ``admitted_until`` and not gone before ``left_from`` (a person who left on ``left_from`` or
    later was still there).  An unknown admission date is taken as "long before"; an unknown birth
    date does not exclude anyone (the sheet asks it again).
    """

    born_until: dt.date
    admitted_until: dt.date
    left_from: dt.date

    def holds(self, *, birth_date: dt.date | None, admitted_on: dt.date | None, left_on: dt.date | None) -> bool:
        return (
            (birth_date is None or birth_date <= self.born_until)
            and (admitted_on is None or admitted_on <= self.admitted_until)
            and (left_on is None or left_on >= self.left_from)
        )


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
    #: The last day of the follow-up: certificates handed out, tablets returned, the final synchronisation.
    follow_up_until: dt.date

    @property
    def reference_date(self) -> dt.date:
        """The calendar date (local time) at which the census counts."""
        return self.reference_moment.date()

    @property
    def timezone(self) -> dt.tzinfo:
        tz = self.reference_moment.tzinfo
        assert tz is not None
        return tz

    @property
    def at_moment(self) -> Presence:
        """Who is counted: the moment is 00:00 of the reference date, so a child born or a person
        admitted on that day or later was not there; a person who left on that day or later was."""
        day_before = self.reference_date - dt.timedelta(days=1)
        return Presence(born_until=day_before, admitted_until=day_before, left_from=self.reference_date)

    @property
    def on_list(self) -> Presence:
        """Who belongs on the stage-1 list as of the list date: nobody born or admitted after it, and
        nobody who left by then."""
        return Presence(
            born_until=self.list_date,
            admitted_until=self.list_date,
            left_from=self.list_date + dt.timedelta(days=1),
        )

    def enumeration_window(self) -> tuple[dt.date, dt.date]:
        """The first and the last day on which a person may be enumerated (online or interviewed)."""
        last = max(self.online_extended_until or self.online_until, self.interviews_until)
        return min(self.online_from, self.interviews_from), last

    def within_windows(self, day: dt.date) -> bool:
        """Whether a person enumerated on ``day`` was enumerated while the census was running."""
        first, last = self.enumeration_window()
        return first <= day <= last

    def interview_moment(self, day_index: int, hour: int = 11) -> dt.datetime:
        """A moment on the ``day_index``-th day of the interviews (wrapping round the window), local time."""
        days = (self.interviews_until - self.interviews_from).days + 1
        day = self.interviews_from + dt.timedelta(days=day_index % days)
        return dt.datetime(day.year, day.month, day.day, hour, tzinfo=self.timezone)

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
        interviews_until = dt.date.fromisoformat(data["interviews_until"])
        online_end = dt.date.fromisoformat(extended or data["online_until"])
        follow_up = data.get("follow_up_until")
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
            interviews_until=interviews_until,
            follow_up_until=(
                dt.date.fromisoformat(follow_up)
                if follow_up
                else max(interviews_until, online_end) + dt.timedelta(days=DEFAULT_FOLLOW_UP_DAYS)
            ),
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


def shipped_campaigns() -> list[Path]:
    """The campaign files shipped in ``resources/campaign``, oldest census first (by reference moment)."""
    from desktop.resources import resource

    files = sorted(resource("campaign").glob("*.json"))
    return sorted(files, key=lambda path: Campaign.load(path).reference_moment)


def default_campaign(path: str | Path | None = None) -> Campaign:
    """The campaign chosen in Settings (a file), else the newest shipped in ``resources/campaign``.  The
    bootstrap loads it once and puts it on the program's context; every service takes the campaign as
    an argument and never loads its own."""
    if path:
        return Campaign.load(Path(path))
    return _newest_shipped()


@functools.cache
def _newest_shipped() -> Campaign:
    """Read once per process (on first use, never at import): the shipped files do not change while it runs."""
    shipped = shipped_campaigns()
    if not shipped:
        raise FileNotFoundError("no campaign file in resources/campaign")
    return Campaign.load(shipped[-1])
