import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from hejnal.conftest import LANGUAGES, page_of_type
from hejnal.news.models import ArticlePage
from hejnal.pages.models import StandardPage


def switcher(soup):
    return {
        a["hreflang"]: a["href"] for a in soup.select(".language-switcher a[hreflang]")
    }


@pytest.mark.django_db
def test_switcher_goes_to_translation_where_one_exists(client):
    page = page_of_type(StandardPage, "pl")
    translations = {
        p.locale.language_code: p.url for p in page.get_translations(inclusive=True)
    }
    assert set(translations) == set(LANGUAGES)
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    assert switcher(soup) == translations


@pytest.mark.django_db
def test_switcher_falls_back_to_language_home(client, homes):
    article = page_of_type(ArticlePage, "de")
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    links = switcher(soup)
    assert links["de"] == article.url
    for code in ("pl", "en", "uk", "ar"):
        assert links[code] == homes[code].url


@pytest.mark.django_db
def test_hreflang_alternates_list_only_real_translations(client):
    page = page_of_type(StandardPage, "uk")
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    alternates = {
        link["hreflang"]: link["href"]
        for link in soup.find_all("link", rel="alternate", hreflang=True)
    }
    assert set(alternates) == set(LANGUAGES) | {"x-default"}
    assert alternates["x-default"] == alternates["pl"]
    assert all(href.startswith("http://testserver/") for href in alternates.values())

    article = page_of_type(ArticlePage, "uk")
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    alternates = soup.find_all("link", rel="alternate", hreflang=True)
    # Only itself, which is also the default for readers of other languages.
    assert [a["hreflang"] for a in alternates] == ["uk", "x-default"]
    assert alternates[0]["href"] == alternates[1]["href"]


@pytest.mark.django_db
def test_each_language_has_its_own_news(homes):
    titles = {
        code: set(
            ArticlePage.objects.live()
            .descendant_of(home)
            .values_list("title", flat=True)
        )
        for code, home in homes.items()
    }
    assert titles["de"].isdisjoint(titles["en"])
    assert all(titles.values())


@pytest.mark.django_db
def test_arabic_pages_are_right_to_left_with_mirrored_layout(client, homes):
    soup = BeautifulSoup(client.get(homes["ar"].url).content, "html.parser")
    assert soup.html["dir"] == "rtl"
    assert soup.html["lang"] == "ar"
    # The stylesheet mirrors through logical properties, never left/right.
    from django.contrib.staticfiles import finders

    with open(finders.find("css/site.css"), encoding="utf-8") as handle:
        css = handle.read()
    for physical in (
        "margin-left",
        "margin-right",
        "padding-left",
        "padding-right",
        "text-align: left",
        "float: left",
        "float: right",
    ):
        assert physical not in css


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_interface_is_in_the_readers_language(client, homes, language):
    with translation.override(language):
        expected = translation.gettext("Skip to main content").strip()
    soup = BeautifulSoup(client.get(homes[language].url).content, "html.parser")
    assert soup.select_one(".skip-link").get_text(strip=True) == expected
    if language != "en":
        assert expected != "Skip to main content"
