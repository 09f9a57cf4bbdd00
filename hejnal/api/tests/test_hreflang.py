"""Every public page names its language versions (itself included) and an
``x-default`` in its head, exactly as the sitemap does; a list narrowed by a
page number or a year names only itself."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page, PageViewRestriction

from hejnal.conftest import page_of_type
from hejnal.directory.models import CountryPage, PartnerCityIndexPage
from hejnal.news.models import ArticlePage
from hejnal.pages.models import SectionPage, StandardPage

pytestmark = pytest.mark.django_db

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").head


def head_alternates(head):
    links = head.find_all("link", rel="alternate", hreflang=True)
    found = [(link["hreflang"], link["href"]) for link in links]
    assert len(found) == len(dict(found)), "each hreflang once"
    return dict(found)


def canonical_of(head):
    return head.find("link", rel="canonical")["href"]


def sitemap_alternates(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return {
        url.find(f"{SM}loc").text: {
            link.get("hreflang"): link.get("href")
            for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SM}url")
    }


def untranslated_article():
    """An article with no public translation (each language has its own news)."""
    for article in (
        ArticlePage.objects.live().public().filter(locale__language_code="de")
    ):
        if not article.get_translations().live().exists():
            return article
    pytest.fail("every German demo article is translated")


def sample_pages(homes):
    return [
        homes["en"],
        homes["ar"],
        page_of_type(SectionPage, "uk"),
        page_of_type(StandardPage, "pl"),
        page_of_type(PartnerCityIndexPage, "de"),
        page_of_type(CountryPage, "ar"),
        ArticlePage.objects.live().filter(locale__language_code="pl").first(),
        untranslated_article(),
    ]


def test_head_alternates_are_the_sitemaps_for_the_same_page(client, homes):
    in_sitemap = sitemap_alternates(client)
    for page in sample_pages(homes):
        head = head_of(client, page.url)
        canonical = canonical_of(head)
        alternates = head_alternates(head)
        assert alternates == in_sitemap[canonical], page.url
        language = page.locale.language_code
        assert alternates[language] == canonical, "the page names itself"
        assert "x-default" in alternates


def test_x_default_is_the_default_language_else_the_first_version(client, homes):
    head = head_of(client, homes["uk"].url)
    assert head_alternates(head)["x-default"] == "http://testserver/pl/"
    article = untranslated_article()
    head = head_of(client, article.url)
    canonical = canonical_of(head)
    assert head_alternates(head) == {"de": canonical, "x-default": canonical}


def largest_category(categories, language):
    category = max(categories[language], key=lambda c: c.articles().count())
    assert category.articles().count() > 12, "the demo has a second list page"
    return category


def test_a_later_list_page_names_itself_and_nothing_else(client, categories):
    category = largest_category(categories, "pl")
    head = head_of(client, f"{category.url}?page=2")
    canonical = canonical_of(head)
    assert canonical == f"http://testserver{category.url}?page=2"
    assert head_alternates(head) == {"pl": canonical, "x-default": canonical}


def test_a_year_of_a_list_names_itself_and_nothing_else(client, categories):
    category = largest_category(categories, "en")
    year = category.articles().first().date.year
    for query in (f"?year={year}", f"?year={year}&page=1", f"?page=1&year={year}"):
        head = head_of(client, f"{category.url}{query}")
        canonical = canonical_of(head)
        assert canonical == f"http://testserver{category.url}?year={year}"
        assert head_alternates(head) == {"en": canonical, "x-default": canonical}


def test_the_first_list_page_is_the_category_with_its_translations(client, categories):
    category = largest_category(categories, "pl")
    plain = head_alternates(head_of(client, category.url))
    first = head_alternates(head_of(client, f"{category.url}?page=1"))
    assert plain == first
    assert plain["pl"] == f"http://testserver{category.url}"
    assert len(plain) == category.get_translations(inclusive=True).live().count() + 1


def test_a_hidden_translation_is_named_nowhere(client, homes):
    page = page_of_type(StandardPage, "en")
    hidden = page.get_translations().live().filter(locale__language_code="de").get()
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.LOGIN
    )
    head = head_of(client, page.url)
    alternates = head_alternates(head)
    assert "de" not in alternates
    assert "en" in alternates
    assert alternates == sitemap_alternates(client)[canonical_of(head)]


def test_the_default_languages_version_hidden_moves_x_default(client, homes):
    page = page_of_type(StandardPage, "en")
    polish = page.get_translations().live().filter(locale__language_code="pl").get()
    polish.unpublish()
    alternates = head_alternates(head_of(client, page.url))
    assert "pl" not in alternates
    assert alternates["x-default"] == alternates["en"]


def test_a_restricted_page_names_no_alternates(client, admin_user):
    page = Page.objects.get(pk=page_of_type(StandardPage, "en").pk)
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    client.force_login(admin_user)
    head = head_of(client, page.url)
    assert head_alternates(head) == {}


def test_search_pages_ask_not_to_be_indexed_and_name_no_alternates(client):
    head = head_of(client, "/en/search/?q=krakow&page=2")
    assert head.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert head_alternates(head) == {}
