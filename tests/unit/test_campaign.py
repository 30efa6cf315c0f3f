import datetime as dt

import pytest

from desktop.domain import person as rules
from desktop.domain.campaign import age_on, default_campaign
from desktop.domain.iin import Sex
from desktop.domain.person import PersonData, Problem


def test_census_2021_dates_come_from_the_campaign_file() -> None:
    campaign = default_campaign()
    assert campaign.list_date == dt.date(2021, 6, 1)
    assert campaign.reference_moment == dt.datetime(2021, 9, 1, tzinfo=dt.timezone(dt.timedelta(hours=6)))
    assert campaign.reference_moment.astimezone(dt.UTC) == dt.datetime(2021, 8, 31, 18, tzinfo=dt.UTC)
    assert campaign.interviews_from == dt.date(2021, 10, 1)


def test_age_is_counted_at_the_reference_moment_not_today() -> None:
    campaign = default_campaign()
    assert campaign.age_at_reference(dt.date(2011, 9, 1)) == 10  # birthday on the census day
    assert campaign.age_at_reference(dt.date(2011, 9, 2)) == 9
    assert age_on(dt.date(2000, 2, 29), dt.date(2021, 2, 28)) == 20
    assert age_on(dt.date(2000, 2, 29), dt.date(2021, 3, 1)) == 21


D = dt.date
# (birth, admitted, left) -> counted at 00:00 on 1 September 2021, on the list of 1 June 2021
WHO_IS_COUNTED = [
    # born around the reference moment
    ((D(2021, 8, 31), None, None), (True, False)),
    ((D(2021, 9, 1), None, None), (False, False)),
    ((D(2021, 9, 2), None, None), (False, False)),
    # admitted around the reference moment
    ((D(1990, 1, 1), D(2021, 8, 31), None), (True, False)),
    ((D(1990, 1, 1), D(2021, 9, 1), None), (False, False)),
    ((D(1990, 1, 1), D(2021, 9, 2), None), (False, False)),
    # left around the reference moment: gone the day before is not counted, gone that day or later is
    ((D(1990, 1, 1), None, D(2021, 8, 31)), (False, True)),
    ((D(1990, 1, 1), None, D(2021, 9, 1)), (True, True)),
    ((D(1990, 1, 1), None, D(2021, 9, 2)), (True, True)),
    # born around the list date
    ((D(2021, 5, 31), None, None), (True, True)),
    ((D(2021, 6, 1), None, None), (True, True)),
    ((D(2021, 6, 2), None, None), (True, False)),
    # admitted around the list date
    ((D(1990, 1, 1), D(2021, 5, 31), None), (True, True)),
    ((D(1990, 1, 1), D(2021, 6, 1), None), (True, True)),
    ((D(1990, 1, 1), D(2021, 6, 2), None), (True, False)),
    # left around the list date
    ((D(1990, 1, 1), None, D(2021, 5, 31)), (False, False)),
    ((D(1990, 1, 1), None, D(2021, 6, 1)), (False, False)),
    ((D(1990, 1, 1), None, D(2021, 6, 2)), (False, True)),
    # 29 February: a leap-day birth long before both dates, and unknown dates
    ((D(2020, 2, 29), None, None), (True, True)),
    ((D(2020, 2, 29), D(2020, 2, 29), D(2021, 9, 1)), (True, True)),
    ((None, None, None), (True, True)),
]


@pytest.mark.parametrize(("dates", "expected"), WHO_IS_COUNTED)
def test_who_is_counted_at_each_boundary(
    dates: tuple[dt.date | None, dt.date | None, dt.date | None], expected: tuple[bool, bool]
) -> None:
    campaign = default_campaign()
    born, admitted, left = dates
    derived = rules.derive(campaign, birth_date=born, admitted_on=admitted, left_on=left)
    assert (derived.resident, derived.on_list) == expected
    assert campaign.at_moment.holds(birth_date=born, admitted_on=admitted, left_on=left) is expected[0]


@pytest.mark.parametrize(
    ("born", "age"),
    [
        (D(2021, 8, 31), 0),
        (D(2021, 9, 1), None),  # born at the moment or later: no age, not counted
        (D(2021, 9, 2), None),
        (D(2011, 9, 1), 10),
        (D(2011, 9, 2), 9),
        (D(2000, 2, 29), 21),
        (D(2004, 2, 29), 17),
    ],
)
def test_age_at_the_moment_is_never_negative(born: dt.date, age: int | None) -> None:
    derived = rules.derive(default_campaign(), birth_date=born, admitted_on=None, left_on=None)
    assert derived.age == age
    assert derived.born_after_moment is (age is None)


def test_the_register_rules_warn_of_a_person_outside_the_count() -> None:
    campaign = default_campaign()
    child = PersonData("Жанова", "Айым", birth_date=D(2021, 9, 2), sex=Sex.FEMALE)
    issues = rules.check(child.cleaned(), campaign, today=D(2021, 10, 5))
    assert [(i.field, i.problem) for i in issues if i.problem is Problem.NOT_COUNTED] == [
        ("birth_date", Problem.NOT_COUNTED)
    ]
    assert "02.09.2021" in str(next(i.message for i in issues if i.problem is Problem.NOT_COUNTED))
    adult = PersonData("Аманов", "Ерлан", birth_date=D(1980, 1, 1), sex=Sex.MALE, admitted_on=D(2021, 9, 1))
    gone = rules.check(adult.cleaned(), campaign, today=D(2021, 10, 5), left_on=D(2021, 8, 31))
    assert sorted(i.field for i in gone if i.problem is Problem.NOT_COUNTED) == ["admitted_on", "left_on"]
    stays = rules.check(
        PersonData("Аманов", "Ерлан", birth_date=D(1980, 1, 1), admitted_on=D(2021, 8, 31)).cleaned(),
        campaign,
        today=D(2021, 10, 5),
        left_on=D(2021, 9, 1),
    )
    assert not [i for i in stays if i.problem is Problem.NOT_COUNTED]


def test_the_enumeration_window_spans_online_and_interviews() -> None:
    assert default_campaign().enumeration_window() == (D(2021, 9, 1), D(2021, 10, 30))


@pytest.mark.parametrize(
    ("day", "inside"),
    [(D(2021, 8, 31), False), (D(2021, 9, 1), True), (D(2021, 10, 15), True), (D(2021, 10, 30), True),
     (D(2021, 10, 31), False), (D(2026, 11, 30), False)],
)  # fmt: skip
def test_enumeration_outside_the_campaign_windows(day: dt.date, inside: bool) -> None:
    assert default_campaign().within_windows(day) is inside


def test_interview_moments_stay_inside_the_interviews() -> None:
    campaign = default_campaign()
    days = {campaign.interview_moment(i).date() for i in range(100)}
    assert min(days) == D(2021, 10, 1) and max(days) == D(2021, 10, 30)
    assert campaign.interview_moment(0).utcoffset() == dt.timedelta(hours=6)
