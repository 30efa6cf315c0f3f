"""The campaign's stage on a day and the warnings of work falling behind, for a clock inside each stage
of the 2021 calendar (list 1 June, online from 1 September, interviews 1-30 October, follow-up to
15 November)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop.domain import progress as rules
from desktop.domain.campaign import Campaign, default_campaign
from desktop.domain.progress import Facts, Stage
from desktop.resources import resource

D = dt.date


@pytest.mark.parametrize(
    ("day", "stage", "ends_on", "days_left"),
    [
        (D(2021, 5, 20), Stage.LIST, D(2021, 8, 31), 104),
        (D(2021, 8, 31), Stage.LIST, D(2021, 8, 31), 1),
        (D(2021, 9, 1), Stage.ONLINE, D(2021, 9, 30), 30),
        (D(2021, 9, 30), Stage.ONLINE, D(2021, 9, 30), 1),
        (D(2021, 10, 1), Stage.INTERVIEWS, D(2021, 10, 30), 30),
        (D(2021, 10, 30), Stage.INTERVIEWS, D(2021, 10, 30), 1),
        (D(2021, 10, 31), Stage.FOLLOW_UP, D(2021, 11, 15), 16),
        (D(2021, 11, 15), Stage.FOLLOW_UP, D(2021, 11, 15), 1),
        (D(2021, 11, 16), Stage.CLOSED, None, 0),
    ],
)
def test_the_stage_of_the_day_and_its_days_left(day: dt.date, stage: Stage, ends_on: dt.date, days_left: int) -> None:
    info = rules.stage_on(default_campaign(), day)
    assert (info.stage, info.ends_on, info.days_left) == (stage, ends_on, days_left)


BEHIND = Facts(to_do=12, list_not_sent=40, tablets_to_return=3, complete_not_sent_stale=5)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        # Before the list date only sheets waiting to be sent are late (the facts are the same every day).
        (D(2021, 5, 20), {"sheets_not_sent"}),
        # Stage 1 after the list date: the list has not reached the Department.
        (D(2021, 7, 1), {"list_not_sent", "sheets_not_sent"}),
        (D(2021, 9, 10), {"list_not_sent", "sheets_not_sent"}),
        # Interviews with more than five days left: no alarm about persons yet.
        (D(2021, 10, 20), {"list_not_sent", "sheets_not_sent"}),
        # Five days left (26-30 October) and persons still to enumerate.
        (D(2021, 10, 26), {"interviews_ending", "list_not_sent", "sheets_not_sent"}),
        # Follow-up and after: persons not enumerated, tablets not returned.
        (D(2021, 11, 5), {"not_enumerated", "list_not_sent", "tablets_not_returned", "sheets_not_sent"}),
        (D(2021, 12, 1), {"not_enumerated", "list_not_sent", "tablets_not_returned", "sheets_not_sent"}),
    ],
)
def test_warnings_for_a_clock_inside_each_stage(day: dt.date, expected: set[str]) -> None:
    found = rules.warnings(default_campaign(), day, BEHIND)
    assert {w.code for w in found} == expected
    by_code = {w.code: w for w in found}
    if "interviews_ending" in by_code:
        assert by_code["interviews_ending"].message.params == {"count": 12, "days": 5}
        assert by_code["interviews_ending"].message.render() == (
            "12 person(s) still to enumerate and 5 day(s) of the interviews left."
        )
    if "list_not_sent" in by_code:
        assert "01.06.2021" in by_code["list_not_sent"].message.render()


def test_nothing_is_late_when_the_work_is_done_or_closed() -> None:
    done = Facts(to_do=0, list_not_sent=0, tablets_to_return=0, complete_not_sent_stale=0)
    for day in (D(2021, 7, 1), D(2021, 10, 28), D(2021, 11, 20)):
        assert rules.warnings(default_campaign(), day, done) == []
    assert rules.warnings(default_campaign(), D(2021, 11, 20), Facts(**{**BEHIND.__dict__, "closed": True})) == []


def test_a_later_census_is_a_new_campaign_file(tmp_path: Path) -> None:
    data = json.loads(resource("campaign", "census2021.json").read_text(encoding="utf-8"))
    later = {
        **data,
        "id": "census2031",
        "list_date": "2031-06-01",
        "reference_moment": "2031-09-01T00:00:00+05:00",
        "online_from": "2031-09-01",
        "online_until": "2031-10-15",
        "online_extended_until": None,
        "interviews_from": "2031-10-01",
        "interviews_until": "2031-10-30",
    }
    del later["follow_up_until"]
    path = tmp_path / "census2031.json"
    path.write_text(json.dumps(later), encoding="utf-8")
    campaign = default_campaign(path)
    assert isinstance(campaign, Campaign) and campaign.id == "census2031"
    assert campaign.follow_up_until == D(2031, 11, 14)  # 15 days after the last day of enumeration
    assert rules.stage_on(campaign, D(2031, 10, 28)).stage == Stage.INTERVIEWS
    assert rules.stage_on(campaign, D(2021, 10, 28)).stage == Stage.LIST


def test_no_code_names_the_census_year() -> None:
    root = Path(__file__).resolve().parents[2]
    named = [
        f"{path.relative_to(root)}:{number}"
        for folder in ("desktop", "department")
        for path in sorted((root / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if "2021" in line and "seed" not in line
    ]
    assert named == []
