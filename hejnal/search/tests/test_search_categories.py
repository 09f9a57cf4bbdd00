"""Categories in the search form and filter: kept with the shared chrome, and
fresh the moment an editor adds, renames or removes one."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hejnal.conftest import add_article
from hejnal.news.factories import NewsCategoryPageFactory, publish


def category_options(client, language="en"):
    page = BeautifulSoup(client.get(f"/{language}/search/").content, "html.parser")
    return {
        option["value"]: option.get_text()
        for option in page.select("#search-category option")
        if option["value"]
    }


def api(client, **params):
    return client.get("/api/search/", params).json()


@pytest.mark.django_db
def test_a_new_category_is_offered_and_searchable_at_once(client, homes):
    before = category_options(client)
    assert "harbour-news" not in before
    api(client, q="lighthouse", locale="en", category="search-tests")

    category = publish(
        NewsCategoryPageFactory(
            parent=homes["en"], title="Harbour news", slug="harbour-news"
        )
    )
    add_article(category, "Lighthouse keeper retires")

    assert category_options(client)["harbour-news"] == "Harbour news"
    data = api(client, q="lighthouse", locale="en", category="harbour-news")
    assert [result["title"] for result in data["results"]] == [
        "Lighthouse keeper retires"
    ]


@pytest.mark.django_db
def test_an_unpublished_category_leaves_the_form(client, search_categories):
    assert "search-tests" in category_options(client)
    search_categories["en"].unpublish()
    assert "search-tests" not in category_options(client)
    # Other languages keep theirs.
    assert "search-tests" in category_options(client, "de")


@pytest.mark.django_db
def test_a_category_of_another_language_filters_in_scope_all(client, search_categories):
    add_article(search_categories["de"], "Leuchtturm wieder offen")
    data = api(
        client, q="Leuchtturm", locale="en", category="search-tests", scope="all"
    )
    assert [result["locale"] for result in data["results"]] == ["de"]


@pytest.mark.django_db
def test_an_unknown_category_is_a_clear_400(client):
    response = client.get("/api/search/", {"q": "x", "category": "no-such"})
    assert response.status_code == 400
    assert "category" in response.json()["errors"]


@pytest.mark.django_db
def test_the_page_costs_only_its_chrome_over_the_json(client, search_categories):
    """The page and the JSON run the same search; once the chrome is warm the
    page adds a fixed handful of queries (content version, brand settings,
    alert banners), not a scan of the page tree for its category list."""
    add_article(search_categories["en"], "Ferry timetable")

    def queries(url):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    page = queries("/en/search/?q=ferry&category=search-tests")
    json = queries("/api/search/?q=ferry&locale=en&category=search-tests")
    assert page - json <= 3
