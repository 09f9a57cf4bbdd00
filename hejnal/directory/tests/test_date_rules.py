"""Date rules: fixed days, 29 February, movable dates, year boundaries."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from hejnal.directory import dates, listing

from .helpers import national_day

D = datetime.date


def test_29_february_falls_on_28_february_in_common_years():
    assert dates.fixed_date_in(2024, 2, 29) == D(2024, 2, 29)
    assert dates.fixed_date_in(2025, 2, 29) == D(2025, 2, 28)
    assert dates.fixed_date_in(2100, 2, 29) == D(2100, 2, 28)  # not a leap year
    assert dates.fixed_date_in(2000, 2, 29) == D(2000, 2, 29)  # a leap year


def test_days_no_year_has_are_refused_and_29_february_is_allowed():
    dates.check_day_of_month(2, 29)
    for month, day in [(2, 30), (4, 31), (13, 1), (6, 0)]:
        with pytest.raises(ValidationError):
            dates.check_day_of_month(month, day)


@pytest.mark.django_db
def test_fixed_29_february_is_in_every_years_calendar():
    leap = national_day({"en": "Leap Day Test"}, country="FO", month=2, day=29)["en"]
    assert leap.dates_between(D(2023, 1, 1), D(2028, 12, 31)) == [
        D(2023, 2, 28),
        D(2024, 2, 29),
        D(2025, 2, 28),
        D(2026, 2, 28),
        D(2027, 2, 28),
        D(2028, 2, 29),
    ]
    february = listing.calendar_year("en", 2025, today=D(2025, 1, 1))[1]
    assert [(o.date, o.day.name) for o in february.occurrences if o.day == leap] == [
        (D(2025, 2, 28), "Leap Day Test")
    ]


@pytest.mark.django_db
def test_movable_occasion_appears_only_on_the_dates_entered():
    day = national_day(
        {"en": "Movable Test"},
        country="NL",
        dates=[D(2025, 4, 26), D(2026, 4, 27)],
    )["en"]
    assert day.date_in(2025) == D(2025, 4, 26)
    assert day.date_in(2026) == D(2026, 4, 27)
    assert day.date_in(2027) is None  # not announced yet: no guess
    months = listing.calendar_year("en", 2027, today=D(2027, 1, 1))
    assert all(o.day != day for month in months for o in month.occurrences)


@pytest.mark.django_db
def test_upcoming_crosses_the_new_year():
    eve = national_day({"en": "Eve Test"}, country="FJ", month=12, day=31)["en"]
    first = national_day({"en": "New Year Test"}, country="TO", month=1, day=1)["en"]
    found = listing.upcoming("en", D(2025, 12, 20), days=30, greetings=False)
    mine = [(o.date, o.day) for o in found if o.day in (eve, first)]
    assert mine == [(D(2025, 12, 31), eve), (D(2026, 1, 1), first)]


@pytest.mark.django_db
def test_calendar_marks_today_upcoming_and_past():
    day = national_day({"en": "Marker Test"}, country="MT", month=6, day=10)["en"]
    cases = {
        D(2025, 6, 10): "is_today",
        D(2025, 5, 20): "is_upcoming",
        D(2025, 1, 1): None,
        D(2025, 7, 1): "is_past",
    }
    for today, flag in cases.items():
        june = listing.calendar_year("en", 2025, today=today)[5]
        occurrence = next(o for o in june.occurrences if o.day == day)
        if flag:
            assert getattr(occurrence, flag), (today, flag)
        if flag != "is_past":
            assert not occurrence.is_past
        if flag is None:
            assert not occurrence.is_upcoming


@pytest.mark.django_db
def test_calendar_page_refuses_a_year_out_of_range_with_404(client, homes):
    from hejnal.directory.models import NationalDayCalendarPage

    page = NationalDayCalendarPage.objects.live().get(locale__language_code="en")
    assert client.get(page.url + "?year=2025").status_code == 200
    for bad in ["abc", "1800", "99999", "-1"]:
        assert client.get(page.url, {"year": bad}).status_code == 404
