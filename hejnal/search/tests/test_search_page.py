"""/<lang>/search/: the reader's page."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from hejnal.conftest import add_article

SEARCH_PAGE_BUDGET = 16


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["pl", "en", "de", "uk", "ar"])
def test_every_page_has_a_search_box_that_leads_here(client, homes, language):
    page = soup(client.get(homes[language].url))
    form = page.select_one("form[role=search]")
    assert form["action"] == f"/{language}/search/"
    assert page.select_one(f"label[for={form.input['id']}]")


@pytest.mark.django_db
def test_empty_query_shows_how_to_search_without_an_error(client):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert soup(response).select_one(".search-help h2")
    assert not soup(response).select(".search-result")


@pytest.mark.django_db
def test_page_is_in_the_readers_language(client):
    page = soup(client.get("/pl/search/?q=krakow"))
    assert page.html["lang"] == "pl"
    with translation.override("pl"):
        expected = gettext("Search for")
    assert expected != "Search for"
    assert page.select_one("label[for=search-q]").get_text() == expected


@pytest.mark.django_db
def test_highlighting_cannot_inject_markup(client, search_categories):
    add_article(
        search_categories["en"],
        "Kangaroo <script>alert(1)</script> news",
        'The kangaroo <img src=x onerror="alert(1)"> jumped.',
    )
    response = client.get("/en/search/?q=kangaroo")
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    marks = soup(response).select(".search-result__text mark")
    assert [m.get_text() for m in marks] == ["kangaroo"]


@pytest.mark.django_db
def test_body_matches_show_the_words_around_them(client, search_categories):
    add_article(
        search_categories["en"],
        "Harbour news",
        "Plain lead.",
        ["Ships arrive daily. The old lighthouse was painted red last week."],
    )
    text = soup(client.get("/en/search/?q=lighthouse")).select_one(
        ".search-result__text"
    )
    assert "lighthouse" in text.select_one("mark").get_text()


@pytest.mark.django_db
def test_nothing_found_suggests_spelling_and_other_languages(client, corpus):
    page = soup(client.get("/pl/search/?q=stypedium"))
    assert "stypendium" in page.select_one(".search-help").get_text()
    page = soup(client.get("/pl/search/?q=Weihnachtsmarkt"))
    link = page.select_one(".search-help a[href*='scope=all']")
    assert link is not None


@pytest.mark.django_db
def test_pagination_keeps_the_query_and_filters(client, search_categories, settings):
    settings.HEJNAL_SEARCH_PER_PAGE = 2
    for n in range(3):
        add_article(search_categories["en"], f"Ferry timetable {n}", days_ago=n)
    page = soup(client.get("/en/search/?q=ferry&sort=newest&category=search-tests"))
    next_link = page.select_one(".pagination a[rel=next]")["href"]
    assert "q=ferry" in next_link and "sort=newest" in next_link
    assert "page=2" in next_link and "category=search-tests" in next_link


@pytest.mark.django_db
def test_no_cookie_is_set_by_searching(client):
    response = client.get("/en/search/?q=krakow")
    assert not response.cookies


@pytest.mark.django_db
def test_result_page_queries_do_not_grow_with_results(
    client, search_categories, settings
):
    settings.HEJNAL_SEARCH_PER_PAGE = 10
    add_article(search_categories["en"], "Ferry timetable")

    def count():
        client.get("/en/search/?q=ferry")
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/search/?q=ferry").status_code == 200
        return len(captured)

    before = count()
    for n in range(9):
        add_article(search_categories["en"], f"Ferry timetable {n}")
    after = count()
    assert after == before
    assert after <= SEARCH_PAGE_BUDGET


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/en/search/?q=krakow", "/api/search/?q=krakow"])
def test_head_requests_are_answered_like_get(client, url):
    # Monitors and caches send HEAD; POST stays refused.
    assert client.head(url).status_code == 200
    assert client.post(url).status_code == 405
