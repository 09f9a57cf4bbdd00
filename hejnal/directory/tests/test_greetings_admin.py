"""Editors see the national days of the next 14 days that still lack greetings."""

import datetime

import pytest
from django.urls import reverse

from hejnal.directory import listing
from hejnal.news.models import ArticlePage

from .helpers import national_day


def tag(article, code, date):
    ArticlePage.objects.filter(pk=article.pk).update(date=date)
    ArticlePage.countries.through.objects.create(
        articlepage_id=article.pk, country_id=code
    )


@pytest.mark.django_db
def test_day_without_greeting_is_listed_until_one_is_published(client, admin_user):
    today = datetime.date.today()
    soon = today + datetime.timedelta(days=3)
    day = national_day(
        {"pl": "Święto Tuvalu", "en": "Tuvalu Day"},
        country="TV",
        month=soon.month,
        day=soon.day,
    )
    rows = listing.missing_greetings(today, days=14, admin_language="en")
    row = next(r for r in rows if r.day.translation_key == day["en"].translation_key)
    assert row.date == soon
    assert {code for code, _name in row.languages} == {"pl", "en", "de", "uk", "ar"}

    english = ArticlePage.objects.live().filter(locale__language_code="en").first()
    tag(english, "TV", soon)
    rows = listing.missing_greetings(today, days=14, admin_language="en")
    row = next(r for r in rows if r.day.translation_key == day["en"].translation_key)
    assert "en" not in {code for code, _name in row.languages}

    from .test_admin_input import prefer_english

    prefer_english(admin_user)
    client.force_login(admin_user)
    response = client.get(reverse("directory_missing_greetings"))
    assert response.status_code == 200
    assert "Tuvalu Day" in response.content.decode()
    assert "Tuvalu Day" in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.django_db
def test_greeting_window_is_a_week_before_to_three_days_after():
    today = datetime.date(2031, 5, 1)
    national_day({"en": "Window Day"}, country="TV", month=5, day=10)
    article = ArticlePage.objects.live().filter(locale__language_code="en").first()
    for offset, found in [(-8, False), (-7, True), (3, True), (4, False)]:
        ArticlePage.countries.through.objects.filter(articlepage_id=article.pk).delete()
        tag(article, "TV", datetime.date(2031, 5, 10) + datetime.timedelta(days=offset))
        occurrences = listing.upcoming("en", today, days=14)
        window = next(o for o in occurrences if o.day.name == "Window Day")
        assert (window.greeting is not None) is found, offset


@pytest.mark.django_db
def test_greeting_link_shows_on_the_calendar(client):
    from hejnal.directory.models import NationalDayCalendarPage

    today = datetime.date.today()
    national_day({"en": "Linked Day"}, country="TV", month=today.month, day=today.day)
    article = ArticlePage.objects.live().filter(locale__language_code="en").first()
    tag(article, "TV", today)
    page = NationalDayCalendarPage.objects.live().get(locale__language_code="en")
    html = client.get(page.url).content.decode()
    assert article.url in html
    assert "occurrence--today" in html


@pytest.mark.django_db
def test_two_greetings_in_one_week_each_link_their_own_day():
    national_day({"en": "Flag Day"}, country="TV", month=5, day=9)
    national_day({"en": "Independence Day"}, country="TV", month=5, day=10)
    flag, independence = ArticlePage.objects.live().filter(locale__language_code="en")[
        :2
    ]
    tag(flag, "TV", datetime.date(2031, 5, 9))
    tag(independence, "TV", datetime.date(2031, 5, 10))
    occurrences = listing.upcoming("en", datetime.date(2031, 5, 1), days=14)
    linked = {o.day.name: o.greeting.pk for o in occurrences if o.day.country == "TV"}
    assert linked == {"Flag Day": flag.pk, "Independence Day": independence.pk}
