"""The demo content agrees with itself, whatever day it is loaded on.

A greeting is dated on (or a few days before) its national day, in the same
year; the calendar entry of that day links the greeting and the greeting links
the calendar; a seasonal story is dated in its season; nothing is dated in the
future or mentions a year after its own. Checked over the loaded demo, and over
the generated articles for days of load spread over the year.
"""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from django.utils.html import strip_tags

from hejnal.demo import content
from hejnal.demo.loader import articles_per_language
from hejnal.directory import listing
from hejnal.directory.demo_data import NATIONAL_DAYS
from hejnal.directory.models import NationalDayCalendarPage
from hejnal.news.models import ArticlePage, NewsCategoryPage

LANGUAGES = content.LANGUAGES
DAYS_BEFORE = listing.GREETING_DAYS_BEFORE

# Words in a title that tie a story to a time of the year, in the five
# languages, and the months such a story may be dated in.
SEASONS = [
    (
        "Christmas, Advent and the crib contest",
        {11, 12},
        r"christmas|\badvent\b|\bcrib|boże narodz|bożonarodz|szopk|weihnacht"
        r"|krippe|різдв|шопок|الميلاد",
    ),
    (
        "Easter and Holy Week",
        {3, 4},
        r"easter|paschal|wielkanoc|wielki\w* tygodni|ostern|karwoche|великд"
        r"|страсн\w* тижд|الفصح|باسكاليا",
    ),
    (
        "summer and midsummer",
        {5, 6, 7, 8},
        r"summer|\bletni|\blato\b|sommer|\bлітн|\bліто\b|الصيف|wianki|вінки|فيانكي",
    ),
    (
        "the start of the academic year",
        {9, 10},
        r"academic year|rok akademicki|studienjahr|wintersemester"
        r"|навчальн\w* р|العام الدراسي|عامهم الدراسي",
    ),
    (
        "Museum Night",
        {5},
        r"museum night|noc muzeów|nocy muzeów|museumsnacht|ніч музеїв|ночі музеїв"
        r"|ليلة المتاحف",
    ),
    (
        "the October festivals and book fairs",
        {10},
        r"unsound|conrad|book fair|targi książki|targów książki|buchmesse"
        r"|книжков\w* ярмар|معرض الكتاب|كونراد|أنساوند",
    ),
    ("the Cracovia Marathon", {4}, r"marathon|maraton|марафон|ماراثون"),
]

# A greeting that says it is the day itself ("Today is …") is dated on the day.
# (Arabic is left out: اليوم is also the "day" of "national day".)
TODAY_WORDS = r"\btoday\b|\bdziś\b|\bdzisiaj\b|\bheute\b|\bсьогодні\b"

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def season_problems(title, date):
    return [
        f"{date:%Y-%m-%d} {title!r}: {name} belongs in months {sorted(months)}"
        for name, months, words in SEASONS
        if re.search(words, title, re.IGNORECASE) and date.month not in months
    ]


def greetings(language):
    slug = content.category_texts(language)["national-days"]["slug"]
    category = NewsCategoryPage.objects.get(locale__language_code=language, slug=slug)
    return (
        ArticlePage.objects.child_of(category)
        .live()
        .prefetch_related("countries")
        .order_by("date", "pk")
    )


def occasion_of(article, days):
    """(date, national day) of the day this greeting marks: one of its
    countries' days on its date or up to a week after it, in the same year."""
    codes = {country.code for country in article.countries.all()}
    last = min(
        article.date + datetime.timedelta(days=DAYS_BEFORE),
        datetime.date(article.date.year, 12, 31),
    )
    found = [
        (when, day)
        for day in days
        if day.country in codes
        for when in day.dates_between(article.date, last)
    ]
    return min(found, key=lambda pair: pair[0]) if found else (None, None)


@pytest.mark.django_db
def test_every_greeting_marks_its_day_and_the_calendar_and_greeting_link_each_other(
    client,
):
    problems = []
    checked = 0
    for language in LANGUAGES:
        calendar = NationalDayCalendarPage.objects.live().get(
            locale__language_code=language
        )
        days = listing.national_days(language)
        calendars = {}
        for article in greetings(language):
            checked += 1
            label = f"{language} {article.date:%Y-%m-%d} {article.title!r}"
            when, day = occasion_of(article, days)
            if day is None:
                problems.append(
                    f"{label}: no national day of its countries in the week"
                )
                continue
            text = f"{article.title} {article.lead}"
            if re.search(TODAY_WORDS, text, re.IGNORECASE) and when != article.date:
                problems.append(f"{label}: says 'today' but {day.name} is on {when}")

            year = when.year
            if year not in calendars:
                response = client.get(calendar.url, {"year": year})
                assert response.status_code == 200
                calendars[year] = BeautifulSoup(response.content, "html.parser")
            month = (
                calendars[year].find(id=f"month-{when.month}").find_parent("section")
            )
            entries = [
                link.find_parent("li").get_text()
                for link in month.find_all("a", href=article.url)
            ]
            if not any(day.name in entry for entry in entries):
                problems.append(
                    f"{label}: {day.name} in {year}'s calendar does not link it"
                )

            page = BeautifulSoup(client.get(article.url).content, "html.parser")
            if not page.select_one(f'.see-also a[href^="{calendar.url}"]'):
                problems.append(f"{label}: does not link the national days calendar")
    assert checked >= 5 * len(LANGUAGES)
    assert problems == [], "\n".join(problems)


@pytest.mark.django_db
def test_articles_are_dated_in_their_season_and_not_in_the_future():
    today = timezone.localdate()
    problems = []
    articles = ArticlePage.objects.live().select_related("locale")
    for article in articles.only("title", "lead", "date", "body", "locale"):
        problems += season_problems(article.title, article.date)
        if article.date > today:
            problems.append(f"{article.title!r} is dated {article.date}, after today")
        text = strip_tags(
            f"{article.title} {article.lead} {article.body.render_as_block()}"
        )
        later = [y for y in YEAR.findall(text) if int(y) > article.date.year]
        if later:
            problems.append(
                f"{article.date:%Y-%m-%d} {article.title!r} mentions the year {later}"
            )
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(
    "today",
    [datetime.date(2027, 1, 3), datetime.date(2027, 4, 2), datetime.date(2026, 7, 20)]
    + [datetime.date(2026, 12, 8)],
    ids=str,
)
def test_generated_articles_agree_with_the_calendar_on_any_day_of_load(today):
    """The generator's dates for 300 articles, as ``load_demo`` would load them
    on ``today``: seasons kept, every greeting on a national day of the demo's
    calendar, at most one greeting a day."""
    fixed = {(month, day) for _k, _c, month, day, _d, _n in NATIONAL_DAYS if month}
    problems = []
    for language, count in articles_per_language(300).items():
        greeted = set()
        for spec in content.article_specs(language, count, today=today):
            date = today - datetime.timedelta(days=spec.days_ago)
            problems += season_problems(spec.title, date)
            if spec.days_ago < 0:
                problems.append(f"{spec.title!r} is dated after today")
            if spec.category != "national-days":
                continue
            if (date.month, date.day) not in fixed:
                problems.append(f"{language} {date} {spec.title!r}: no national day")
            if date in greeted:
                problems.append(f"{language} {date} {spec.title!r}: a second greeting")
            greeted.add(date)
    assert problems == [], "\n".join(problems)
