"""Where the campaign stands on a day, and what is late: pure rules over the campaign's dates.

The stages follow the campaign file (``resources/campaign``): the **list** (compiling the stage-1 list,
until the online window opens), the **online** window (self-enumeration before the interviews), the
**interviews** (the interview window; online runs beside it), the **follow-up** (certificates, tablets,
the final synchronisation) and **closed**.  Warnings compare the institution's figures with those
dates; the clock is always passed in, never read here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.campaign import Campaign
from desktop.domain.text import QT_TRANSLATE_NOOP, Message

#: Warn about persons still to enumerate when this many days (or fewer) of the interviews are left.
INTERVIEW_DAYS_WARNING = 5
#: Warn about complete census sheets not at the Department after this many days.
UNSYNCED_DAYS_WARNING = 2


class Stage(StrEnum):
    LIST = "list"
    ONLINE = "online"
    INTERVIEWS = "interviews"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


STAGE_LABELS: dict[Stage, str] = {
    Stage.LIST: QT_TRANSLATE_NOOP("progress", "Stage 1: the list of persons"),
    Stage.ONLINE: QT_TRANSLATE_NOOP("progress", "Online self-enumeration"),
    Stage.INTERVIEWS: QT_TRANSLATE_NOOP("progress", "Interviews"),
    Stage.FOLLOW_UP: QT_TRANSLATE_NOOP("progress", "Follow-up: certificates, tablets, final sending"),
    Stage.CLOSED: QT_TRANSLATE_NOOP("progress", "The campaign is over"),
}


@dataclass(frozen=True)
class StageInfo:
    stage: Stage
    #: The last day of the stage (None for the closed campaign, which does not end).
    ends_on: dt.date | None
    #: Days left in the stage, today included (1 on its last day); 0 once closed.
    days_left: int

    @property
    def label(self) -> Message:
        return Message("progress", STAGE_LABELS[self.stage])


def stage_on(campaign: Campaign, day: dt.date) -> StageInfo:
    """The stage of the campaign on ``day`` (a local date)."""
    bounds = (
        (Stage.LIST, campaign.online_from - dt.timedelta(days=1)),
        (Stage.ONLINE, campaign.interviews_from - dt.timedelta(days=1)),
        (Stage.INTERVIEWS, campaign.interviews_until),
        (Stage.FOLLOW_UP, campaign.follow_up_until),
    )
    for stage, last in bounds:
        if day <= last:
            return StageInfo(stage, last, (last - day).days + 1)
    return StageInfo(Stage.CLOSED, None, 0)


@dataclass(frozen=True)
class Facts:
    """What the warnings need to know of the institution (counted by the progress service)."""

    to_do: int
    #: Persons on the stage-1 list that have not reached the Department.
    list_not_sent: int
    tablets_to_return: int
    #: Complete census sheets the Department does not hold, completed more than two days ago.
    complete_not_sent_stale: int
    closed: bool = False


@dataclass(frozen=True)
class Warning:
    code: str
    message: Message
    #: The number behind the warning, and where its list is (a key of the progress figures).
    count: int
    target: str


def _w(code: str, template: str, count: int, target: str, **params: object) -> Warning:
    return Warning(code, Message("progress", template, {"count": count, **params}), count, target)


def warnings(campaign: Campaign, today: dt.date, facts: Facts) -> list[Warning]:
    """What is late or about to be, on ``today``, most urgent first."""
    if facts.closed:
        return []
    stage = stage_on(campaign, today)
    found: list[Warning] = []
    if stage.stage == Stage.INTERVIEWS and stage.days_left <= INTERVIEW_DAYS_WARNING and facts.to_do:
        found.append(
            _w(
                "interviews_ending",
                QT_TRANSLATE_NOOP(
                    "progress", "{count} person(s) still to enumerate and {days} day(s) of the interviews left."
                ),
                facts.to_do,
                "to_do",
                days=stage.days_left,
            )
        )
    if today > campaign.interviews_until and facts.to_do:
        found.append(
            _w(
                "not_enumerated",
                QT_TRANSLATE_NOOP("progress", "{count} person(s) not enumerated, and the interviews ended on {date}."),
                facts.to_do,
                "to_do",
                date=campaign.interviews_until.strftime("%d.%m.%Y"),
            )
        )
    if today > campaign.list_date and facts.list_not_sent:
        found.append(
            _w(
                "list_not_sent",
                QT_TRANSLATE_NOOP(
                    "progress",
                    "{count} person(s) of the stage-1 list have not reached the Department; the list date was {date}.",
                ),
                facts.list_not_sent,
                "list_not_sent",
                date=campaign.list_date.strftime("%d.%m.%Y"),
            )
        )
    if today > campaign.interviews_until and facts.tablets_to_return:
        found.append(
            _w(
                "tablets_not_returned",
                QT_TRANSLATE_NOOP("progress", "{count} tablet(s) or accessories not returned after the census ended."),
                facts.tablets_to_return,
                "tablets",
            )
        )
    if facts.complete_not_sent_stale:
        found.append(
            _w(
                "sheets_not_sent",
                QT_TRANSLATE_NOOP(
                    "progress",
                    "{count} complete census sheet(s) not sent to the Department for more than {days} days.",
                ),
                facts.complete_not_sent_stale,
                "exchange",
                days=UNSYNCED_DAYS_WARNING,
            )
        )
    return found
