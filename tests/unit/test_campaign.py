import datetime as dt

from desktop.domain.campaign import age_on, default_campaign


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
