"""The iCalendar feed of national days (RFC 5545, built with ``icalendar``).

Fixed occasions are one all-day event recurring yearly from 2000; 29 February
recurs on the last day of February (``BYMONTHDAY=-1``), matching the pages.
Movable occasions are one all-day event per date entered.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vRecur

from . import countries
from .localization import localized

FIRST_YEAR = 2000  # a leap year, so 29 February recurs from a real 29 February
PRODID = "-//Hejnal//National days//EN"


def _stamp(entry):
    return (entry.updated_at or timezone.now()).astimezone(datetime.UTC)


def _base_event(entry, language, uid, url):
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", _stamp(entry))
    event.add("last-modified", _stamp(entry))
    country = countries.country_name(entry.country, language)
    event.add("summary", f"{entry.name} ({country})")
    if entry.description:
        event.add("description", entry.description)
    event.add("categories", [country])
    event.add("transp", "TRANSPARENT")
    if url:
        event.add("url", url)
    return event


def national_days_calendar(language, host, calendar_url=""):
    from .models import NationalDay

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", _("National days"))
    cal.add("name", _("National days"))
    entries = localized(NationalDay.objects.prefetch_related("dates"), language)
    entries.sort(key=lambda e: (e.month or 0, e.day or 0, e.country, str(e.pk)))
    one_day = datetime.timedelta(days=1)
    for entry in entries:
        base_uid = f"national-day-{entry.translation_key}-{language}@{host}"
        if entry.is_fixed:
            if entry.month is None or entry.day is None:
                continue
            event = _base_event(entry, language, base_uid, calendar_url)
            start = datetime.date(FIRST_YEAR, entry.month, entry.day)
            event.add("dtstart", start)
            event.add("dtend", start + one_day)
            rule = {"freq": "yearly", "bymonth": entry.month}
            rule["bymonthday"] = (
                -1 if (entry.month, entry.day) == (2, 29) else entry.day
            )
            event.add("rrule", vRecur(rule))
            cal.add_component(event)
        else:
            for when in sorted(d.date for d in entry.dates.all()):
                uid = base_uid.replace("@", f"-{when:%Y%m%d}@", 1)
                event = _base_event(entry, language, uid, calendar_url)
                event.add("dtstart", when)
                event.add("dtend", when + one_day)
                cal.add_component(event)
    return cal.to_ical()
