"""Every directory list page renders in a constant number of queries."""

import datetime

import pytest

from hejnal.directory.models import (
    ConsulateIndexPage,
    CountryIndexPage,
    CountryPage,
    NationalDayCalendarPage,
    PartnerCityIndexPage,
)

from .helpers import consulate, count_queries, national_day, partner_city

# Measured on SQLite with the demo site, plus two for headroom; about 20 of
# these are the shared site chrome (menu, language switcher, footer, banners).
BUDGETS = {
    NationalDayCalendarPage: 26,
    PartnerCityIndexPage: 25,
    ConsulateIndexPage: 25,
    CountryIndexPage: 24,
    CountryPage: 34,
}
D = datetime.date


def grow(admin_user, start=0):
    """More of everything, in several languages, with dates and greetings."""
    from hejnal.news.models import ArticlePage

    today = datetime.date.today()
    for i in range(start, start + 8):
        when = today + datetime.timedelta(days=i % 20)
        national_day(
            {"pl": f"Święto {i}", "en": f"Day {i}"},
            country="DE",
            month=when.month,
            day=when.day,
        )
        national_day(
            {"de": f"Beweglich {i}"},
            country="DE",
            dates=[when, when.replace(year=when.year + 1)],
        )
        partner_city({"pl": f"Miasto {i}", "en": f"City {i}"}, country="DE")
        consulate({"pl": f"Konsulat {i}", "de": f"Konsulat {i}"}, country="DE")
    ids = list(
        ArticlePage.objects.live().values_list("pk", flat=True)[start : start + 10]
    )
    ArticlePage.objects.filter(pk__in=ids).update(date=today)
    through = ArticlePage.countries.through
    through.objects.bulk_create(
        [through(articlepage_id=pk, country_id="DE") for pk in ids],
        ignore_conflicts=True,
    )


@pytest.mark.django_db
@pytest.mark.parametrize("model", list(BUDGETS), ids=lambda m: m.__name__)
@pytest.mark.parametrize("language", ["pl", "ar"])
def test_list_pages_query_count_does_not_grow_with_entries(
    client, admin_user, model, language
):
    queryset = model.objects.live().filter(locale__language_code=language)
    if model is CountryPage:
        queryset = queryset.filter(country="DE")
    page = queryset.get()
    grow(admin_user)  # both measurements see entries, greetings and fresh saves
    before = count_queries(client, page.url)
    grow(admin_user, start=100)
    after = count_queries(client, page.url)
    assert after == before
    assert after <= BUDGETS[model]


@pytest.mark.django_db
def test_feeds_and_upcoming_block_have_fixed_query_budgets(
    client, admin_user, django_assert_max_num_queries
):
    from django.template import Context, Template
    from django.test import RequestFactory
    from django.utils import translation

    grow(admin_user)
    # 8 on a first view after a change: the shared language homes read the
    # content version and the locales (hejnal.core.shared_cache), the shared
    # site one more (hejnal.core.site_lookup).
    with django_assert_max_num_queries(8):
        assert client.get("/en/national-days.ics").status_code == 200
    request = RequestFactory().get("/en/")
    template = Template("{% load directory_tags %}{% upcoming_national_days %}")
    # 8 when computed (first view after a change; later views share it).
    with translation.override("en"), django_assert_max_num_queries(8):
        html = template.render(Context({"request": request}))
    assert "Day 0" in html


@pytest.mark.django_db
def test_every_list_page_in_every_language_stays_within_budget(
    client, django_assert_max_num_queries
):
    for model, budget in BUDGETS.items():
        for page in model.objects.live():
            client.get(page.url)
            with django_assert_max_num_queries(budget, info=page.url):
                assert client.get(page.url).status_code == 200
