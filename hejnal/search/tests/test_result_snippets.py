"""A result shows the page's own summary in its language, never the raw list
a directory page indexes, and a date only when the page has one of its own."""

import re

import pytest
from bs4 import BeautifulSoup

from hejnal.directory.models import (
    ConsulateIndexPage,
    CountryPage,
    NationalDayCalendarPage,
    PartnerCityIndexPage,
)
from hejnal.news.models import ArticlePage
from hejnal.pages.models import StandardPage
from hejnal.search.documents import document_for

pytestmark = pytest.mark.django_db

DIRECTORY_PAGES = (
    PartnerCityIndexPage,
    ConsulateIndexPage,
    NationalDayCalendarPage,
    CountryPage,
)
# Germany's name in the other four languages: only the directory pages'
# lists carry them into the English index.
OTHER_SCRIPTS = ("Niemcy", "Deutschland", "Німеччина", "ألمانيا")


def api_results(client, q, locale):
    response = client.get("/api/search/", {"q": q, "locale": locale})
    assert response.status_code == 200
    return response.json()["results"]


def plain(highlight):
    return re.sub(r"</?mark>", "", highlight)


def by_path(results):
    return {result["url"].split("testserver", 1)[-1]: result for result in results}


def test_directory_pages_found_by_a_listed_name_show_their_own_summary(client):
    results = by_path(api_results(client, "Deutschland", "en"))
    pages = [
        page
        for model in DIRECTORY_PAGES
        for page in model.objects.live().filter(locale__language_code="en")
        if page.url in results
    ]
    kinds = {type(page) for page in pages}
    assert {PartnerCityIndexPage, ConsulateIndexPage, NationalDayCalendarPage} <= kinds
    for page in pages:
        result = results[page.url]
        assert plain(result["highlight"]) == page.intro
        assert result["lead"] == page.intro
        for name in OTHER_SCRIPTS:
            assert name not in result["highlight"]
        assert result["date"] is None, "a directory page has no date of its own"


def test_articles_keep_their_publication_date(client):
    article = ArticlePage.objects.live().filter(locale__language_code="en").first()
    word = article.title.split()[-1]
    results = by_path(api_results(client, word, "en"))
    assert results[article.url]["date"] == article.date.isoformat()


def test_the_search_page_dates_articles_only(client):
    response = client.get("/en/search/", {"q": "Germany"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    items = soup.select(".search-result")
    assert items
    articles = {page.url for page in ArticlePage.objects.live()}
    directory = {
        page.url
        for model in DIRECTORY_PAGES
        for page in model.objects.live().filter(locale__language_code="en")
    }
    seen = set()
    for item in items:
        url = item.select_one(".search-result__title a")["href"]
        dated = item.select_one(".search-result__meta time") is not None
        text = item.select_one(".search-result__text").get_text()
        if url in articles:
            assert dated, url
            seen.add("article")
        elif url in directory:
            assert not dated, url
            for name in OTHER_SCRIPTS:
                assert name not in text, url
            seen.add("directory")
    assert seen == {"article", "directory"}


@pytest.fixture
def page_without_summary(homes, django_capture_on_commit_callbacks):
    body = [
        {"type": "heading", "value": {"text": "How to apply", "level": "h2"}},
        {
            "type": "paragraph",
            "value": "<p>Residents fill in the zephyrine form at the office. "
            "It takes ten minutes.</p>",
        },
        {
            "type": "paragraph",
            "value": "<p>Later on, a quokkaesque stamp confirms the address.</p>",
        },
    ]
    page = StandardPage(title="Registering an address", slug="registering", body=body)
    with django_capture_on_commit_callbacks(execute=True):
        homes["en"].add_child(instance=page)
        page.save_revision().publish()
    return page


def test_a_page_without_a_summary_shows_its_first_paragraph(
    client, page_without_summary
):
    [result] = api_results(client, "zephyrine", "en")
    assert (
        plain(result["highlight"])
        == result["lead"]
        == ("Residents fill in the zephyrine form at the office. It takes ten minutes.")
    )
    assert "<mark>zephyrine</mark>" in result["highlight"]
    assert result["date"] is None


def test_a_match_further_in_the_text_is_quoted_around_it(client, page_without_summary):
    [result] = api_results(client, "quokkaesque", "en")
    assert "<mark>quokkaesque</mark> stamp" in result["highlight"]
    assert "How to apply" not in result["highlight"]


def test_headings_index_their_words_not_their_level(page_without_summary):
    body = document_for(page_without_summary).body
    assert "How to apply" in body
    for label in ("Heading 2", "Nagłówek 2", "h2"):
        assert label not in body
