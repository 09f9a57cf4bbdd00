"""The national days feed parses back with icalendar and follows RFC 5545."""

import datetime

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from .helpers import national_day

D = datetime.date


def feed(client, language="en"):
    response = client.get(f"/{language}/national-days.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return response, Calendar.from_ical(response.content)


@pytest.mark.django_db
def test_feed_has_required_properties_and_all_day_events(client):
    response, calendar = feed(client)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    assert response.content.count(b"\r\n") > 10  # CRLF line ends
    events = calendar.walk("VEVENT")
    assert events
    uids = [str(event["UID"]) for event in events]
    assert len(uids) == len(set(uids))
    for event in events:
        assert event["DTSTAMP"].dt.tzinfo is not None
        start = event["DTSTART"]
        assert type(start.dt) is datetime.date  # all-day, VALUE=DATE
        assert start.params.get("VALUE") in (None, "DATE")
        assert event["DTEND"].dt == start.dt + datetime.timedelta(days=1)
    assert b"DTSTART;VALUE=DATE:" in response.content


@pytest.mark.django_db
def test_fixed_day_recurs_yearly_and_movable_dates_do_not(client):
    fixed = national_day({"en": "Fixed ICS Test"}, country="DK", month=6, day=5)
    movable = national_day(
        {"en": "Movable ICS Test"},
        country="NL",
        dates=[D(2025, 4, 26), D(2026, 4, 27)],
    )
    _response, calendar = feed(client)
    events = calendar.walk("VEVENT")
    fixed_events = [e for e in events if str(e["SUMMARY"]).startswith("Fixed ICS")]
    assert len(fixed_events) == 1
    rule = fixed_events[0]["RRULE"]
    assert rule["FREQ"] == ["YEARLY"]
    assert rule["BYMONTH"] == [6] and rule["BYMONTHDAY"] == [5]
    assert "Denmark" in str(fixed_events[0]["SUMMARY"])
    movable_events = [e for e in events if str(e["SUMMARY"]).startswith("Movable ICS")]
    assert sorted(e["DTSTART"].dt for e in movable_events) == [
        D(2025, 4, 26),
        D(2026, 4, 27),
    ]
    assert all("RRULE" not in e for e in movable_events)
    keys = {str(fixed["en"].translation_key), str(movable["en"].translation_key)}
    assert all(any(k in str(e["UID"]) for k in keys) for e in fixed_events)


@pytest.mark.django_db
def test_29_february_recurs_on_the_last_day_of_february(client):
    national_day({"en": "Leap ICS Test"}, country="FO", month=2, day=29)
    _response, calendar = feed(client)
    event = next(
        e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]).startswith("Leap ICS")
    )
    assert event["DTSTART"].dt == D(2000, 2, 29)
    rule = event["RRULE"]
    expanded = rrulestr(
        rule.to_ical().decode(),
        dtstart=datetime.datetime(2000, 2, 29),
    )
    years = {
        d.year: d.date()
        for d in expanded.between(
            datetime.datetime(2024, 1, 1), datetime.datetime(2027, 12, 31)
        )
    }
    assert years == {
        2024: D(2024, 2, 29),
        2025: D(2025, 2, 28),
        2026: D(2026, 2, 28),
        2027: D(2027, 2, 28),
    }


@pytest.mark.django_db
def test_feed_speaks_the_language_of_its_url(client):
    national_day(
        {"pl": "Święto testowe", "de": "Testfeiertag"}, country="AT", month=10, day=1
    )
    _r, polish = feed(client, "pl")
    _r, german = feed(client, "de")
    polish_summaries = [str(e["SUMMARY"]) for e in polish.walk("VEVENT")]
    german_summaries = [str(e["SUMMARY"]) for e in german.walk("VEVENT")]
    assert "Święto testowe (Austria)" in polish_summaries
    assert "Testfeiertag (Österreich)" in german_summaries
    assert str(polish["X-WR-CALNAME"]) != "" and str(german["X-WR-CALNAME"]) != ""


@pytest.mark.django_db
def test_feed_escapes_commas_and_semicolons_in_text(client):
    national_day(
        {"en": "Day of A, B; and C"}, country="BE", month=7, day=21, note="x\ny; z"
    )
    response, calendar = feed(client)
    event = next(
        e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]).startswith("Day of A")
    )
    assert str(event["SUMMARY"]) == "Day of A, B; and C (Belgium)"
    assert str(event["DESCRIPTION"]) == "x\ny; z"
    assert b"Day of A\\, B\\; and C" in response.content.replace(b"\r\n ", b"")
