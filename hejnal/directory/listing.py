"""Queries behind the directory pages, each a fixed number of SQL queries.

Every function takes the reader's language and returns plain lists, with the
entries picked in that language or a fallback (see ``localization``).
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import F

from hejnal.core.visibility import visible

from . import countries
from .countries import sort_key
from .localization import localized

GREETING_DAYS_BEFORE = 7  # a greeting published up to a week early counts
GREETING_DAYS_AFTER = 3  # ...and up to three days late
UPCOMING_DAYS = 30


@dataclass
class Occurrence:
    """A national day on one date, ready for a template."""

    date: datetime.date
    day: object  # NationalDay
    greeting: object = None  # ArticlePage
    is_today: bool = False
    is_upcoming: bool = False
    is_past: bool = False

    @property
    def sort_key(self):
        return (self.date, self.day.sort_name)


@dataclass
class MonthGroup:
    number: int
    name: str
    occurrences: list = field(default_factory=list)


def national_days(language, queryset=None):
    from .models import NationalDay

    queryset = queryset if queryset is not None else NationalDay.objects.all()
    return localized(queryset.prefetch_related("dates"), language)


def occurrences(days, start, end, today=None):
    found = [
        Occurrence(date=when, day=day)
        for day in days
        for when in day.dates_between(start, end)
    ]
    found.sort(key=lambda occurrence: occurrence.sort_key)
    if today is not None:
        horizon = today + datetime.timedelta(days=UPCOMING_DAYS)
        for occurrence in found:
            occurrence.is_today = occurrence.date == today
            occurrence.is_upcoming = today <= occurrence.date <= horizon
            occurrence.is_past = occurrence.date < today
    return found


def attach_greetings(found, language):
    """Link each occurrence to its greeting article, if one is published (1 query).

    A greeting is a live article in the reader's language, tagged with the
    occasion's country and dated from a week before to three days after it; of
    several, the one nearest the day (e.g. Ukraine's Flag Day greeting on 23
    August and its Independence Day greeting on the 24th each link their own).
    """
    if not found:
        return found
    from hejnal.news.models import ArticlePage

    first = min(o.date for o in found) - datetime.timedelta(days=GREETING_DAYS_BEFORE)
    last = max(o.date for o in found) + datetime.timedelta(days=GREETING_DAYS_AFTER)
    codes = {o.day.country for o in found}
    articles = (
        visible(ArticlePage.objects.all())
        .filter(
            locale__language_code=language,
            countries__code__in=codes,
            date__range=(first, last),
        )
        .annotate(country_code=F("countries__code"))
        .select_related("locale")
        .defer("body")
        .order_by("date", "pk")
    )
    by_country = {}
    for article in articles:
        by_country.setdefault(article.country_code, []).append(article)
    for occurrence in found:
        earliest = occurrence.date - datetime.timedelta(days=GREETING_DAYS_BEFORE)
        latest = occurrence.date + datetime.timedelta(days=GREETING_DAYS_AFTER)
        candidates = [
            article
            for article in by_country.get(occurrence.day.country, [])
            if earliest <= article.date <= latest
        ]
        if candidates:
            occurrence.greeting = min(
                candidates,
                key=lambda article, day=occurrence.date: (
                    abs((article.date - day).days),
                    article.date > day,
                ),
            )
    return found


def upcoming(
    language, today, days=UPCOMING_DAYS, limit=None, greetings=True, entries=None
):
    """National days from today on, for the home page block and the calendar."""
    end = today + datetime.timedelta(days=days)
    entries = national_days(language) if entries is None else entries
    found = occurrences(entries, today, end, today=today)
    if limit:
        found = found[:limit]
    if greetings:
        attach_greetings(found, language)
    return found


def calendar_year(language, year, today, entries=None, greetings=True):
    """The year's national days by month (all twelve months, some maybe empty)."""
    from django.utils.dates import MONTHS

    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    entries = national_days(language) if entries is None else entries
    found = occurrences(entries, start, end, today=today)
    if greetings:
        attach_greetings(found, language)
    months = [MonthGroup(number=n, name=MONTHS[n]) for n in range(1, 13)]
    for occurrence in found:
        months[occurrence.date.month - 1].occurrences.append(occurrence)
    return months


def partner_cities(language, agreement_type="", continent=""):
    from .models import PartnerCity

    queryset = PartnerCity.objects.select_related("document")
    cities = localized(queryset, language)
    if agreement_type:
        cities = [c for c in cities if c.agreement_type == agreement_type]
    if continent:
        cities = [c for c in cities if c.continent == continent]
    return sorted(cities, key=lambda c: (sort_key(c.country_name), c.sort_name))


@dataclass
class CountryGroup:
    code: str
    name: str
    entries: list = field(default_factory=list)

    @property
    def flag_url(self):
        return countries.flag_url(self.code)


def consulates_by_country(language, code=None):
    from .models import Consulate

    queryset = Consulate.objects.all()
    if code:
        queryset = queryset.filter(country=code)
    groups = {}
    for consulate in localized(queryset, language):
        group = groups.setdefault(
            consulate.country,
            CountryGroup(code=consulate.country, name=consulate.country_name),
        )
        group.entries.append(consulate)
    for group in groups.values():
        group.entries.sort(
            key=lambda c: (c.kind != c.CONSULATE_GENERAL, c.display_name)
        )
    return sorted(groups.values(), key=lambda g: sort_key(g.name))


def country_page_urls(language, request=None):
    """Country code -> URL of the live country page in this language (1 query)."""
    from .models import CountryPage

    pages = (
        visible(CountryPage.objects.all())
        .filter(locale__language_code=language)
        .select_related("locale")
        .defer_streamfields()
    )
    return {page.country: page.get_url(request) for page in pages}


def page_url(model, language, request=None):
    """URL of the first live page of a type in a language, or "" (1 query)."""
    page = (
        visible(model.objects.all())
        .filter(locale__language_code=language)
        .select_related("locale")
        .defer_streamfields()
        .first()
    )
    return page.get_url(request) if page else ""


@dataclass
class MissingGreeting:
    date: datetime.date
    day: object  # the NationalDay in the admin's language (or a fallback)
    languages: list = field(default_factory=list)  # (code, name) without a greeting


def missing_greetings(today, days=14, admin_language=None):
    """National days in the next ``days`` days lacking a greeting in some language.

    Three queries per site language, whatever the number of entries.
    """
    from django.conf import settings

    end = today + datetime.timedelta(days=days)
    rows = {}
    names = dict(settings.LANGUAGES)
    for code, _name in settings.LANGUAGES:
        found = attach_greetings(
            occurrences(national_days(code), today, end, today=today), code
        )
        for occurrence in found:
            key = (occurrence.date, occurrence.day.translation_key)
            row = rows.setdefault(key, MissingGreeting(occurrence.date, occurrence.day))
            if code == admin_language:
                row.day = occurrence.day
            if occurrence.greeting is None:
                row.languages.append((code, names[code]))
    return sorted(
        (row for row in rows.values() if row.languages),
        key=lambda row: (row.date, row.day.sort_name),
    )
