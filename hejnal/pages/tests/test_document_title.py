"""The browser tab says where the reader is: "Page — Site", and on a home
only the site's name, once."""

import pytest
from bs4 import BeautifulSoup

from hejnal.news.models import ArticlePage
from hejnal.pages.models import HomePage


def title_of(client, url):
    return BeautifulSoup(client.get(url).content, "html.parser").title.get_text()


@pytest.mark.django_db
def test_every_home_names_the_site_once(client):
    homes = HomePage.objects.live().select_related("locale")
    assert homes.count() >= 5
    for home in homes:
        assert title_of(client, home.url) == home.site_name, home.locale


@pytest.mark.django_db
def test_a_home_with_a_search_title_uses_it(client):
    home = HomePage.objects.live().get(locale__language_code="en")
    home.seo_title = "Kraków for visitors, residents and partners"
    home.save_revision().publish()
    assert title_of(client, home.url) == home.seo_title


@pytest.mark.django_db
def test_other_pages_say_page_then_site(client):
    article = ArticlePage.objects.live().filter(locale__language_code="de").first()
    home = HomePage.objects.live().get(locale__language_code="de")
    assert title_of(client, article.url) == f"{article.title} — {home.site_name}"
