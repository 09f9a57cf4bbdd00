"""``/api/v2/pages/find/``: a reader's address leads to the page's details.

As Wagtail documents it, ``find`` answers with a redirect to the detail URL
(``/api/v2/pages/<id>/``), keeping the other query parameters. Hejnał's
addresses start with the language (``/en/news/``); an address copied from a
browser's address bar may be percent-encoded (a Ukrainian or Arabic slug) and
may carry a query string. Hidden pages, unknown addresses and bad input are
JSON 404s or 400s, never a redirect to them.
"""

from urllib.parse import quote, unquote, urlsplit

import pytest
from wagtail.models import Page, PageViewRestriction

from hejnal.news.factories import ArticlePageFactory, paragraphs, publish
from hejnal.news.models import ArticlePage, NewsCategoryPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["pl", "en", "de", "uk", "ar"]


def _find(client, html_path, **params):
    return client.get("/api/v2/pages/find/", {"html_path": html_path, **params})


def _assert_redirects_to_detail(response, page_id):
    assert response.status_code == 302, response.content[:300]
    location = urlsplit(response["Location"])
    assert location.path == f"/api/v2/pages/{page_id}/"
    # Other parameters are kept; none, no bare "?".
    assert not response["Location"].endswith("?")
    return location


def _assert_json_404(response):
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert isinstance(response.json()["message"], str)
    assert "Location" not in response


def test_english_news_category_is_found(client):
    news = NewsCategoryPage.objects.live().get(
        locale__language_code="en", url_path__endswith="/news/"
    )
    assert news.url == "/en/news/"
    _assert_redirects_to_detail(_find(client, "/en/news/"), news.pk)


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_category_and_article_of_each_language_are_found(client, language):
    home = Page.objects.live().get(depth=2, locale__language_code=language)
    category = (
        NewsCategoryPage.objects.live().filter(locale__language_code=language).first()
    )
    article = ArticlePage.objects.live().filter(locale__language_code=language).first()
    for page in (home, category, article):
        url = page.specific.url
        assert url.startswith(f"/{language}/")
        _assert_redirects_to_detail(_find(client, url), page.pk)
        # The same without the slashes around it.
        _assert_redirects_to_detail(_find(client, url.strip("/")), page.pk)


def test_redirect_keeps_the_other_parameters(client):
    news = NewsCategoryPage.objects.live().get(
        locale__language_code="en", url_path__endswith="/news/"
    )
    location = _assert_redirects_to_detail(
        _find(client, "/en/news/", fields="intro"), news.pk
    )
    assert location.query == "fields=intro"
    followed = client.get(f"{location.path}?{location.query}")
    assert followed.status_code == 200
    assert followed.json()["id"] == news.pk
    assert "intro" in followed.json()


def test_percent_encoded_address_from_the_address_bar_is_found(client):
    category = NewsCategoryPage.objects.live().filter(locale__language_code="uk")[0]
    article = publish(
        ArticlePageFactory(
            parent=category,
            title="Новини для тесту",
            slug="новини-для-тесту",
            lead="Тест",
            body=paragraphs("Тест"),
        )
    )
    # Wagtail writes the address percent-encoded, as a browser shows it once
    # copied, and so does the API's own html_url.
    copied = article.url
    assert copied.endswith("/" + quote("новини-для-тесту") + "/")
    html_url = client.get(f"/api/v2/pages/{article.pk}/").json()["meta"]["html_url"]
    assert urlsplit(html_url).path == copied
    _assert_redirects_to_detail(_find(client, copied), article.pk)
    _assert_redirects_to_detail(_find(client, unquote(copied)), article.pk)
    _assert_redirects_to_detail(_find(client, copied + "?page=2#top"), article.pk)


def test_hidden_page_is_a_json_404(client):
    article = ArticlePage.objects.live().filter(locale__language_code="en").first()
    path = article.url
    _assert_redirects_to_detail(_find(client, path), article.pk)
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.LOGIN
    )
    _assert_json_404(_find(client, path))
    _assert_json_404(_find(client, quote(path)))


@pytest.mark.parametrize(
    "html_path",
    ["/en/no-such-page/", "/xx/news/", "/", "", "%", "/en/%ZZ/", "/en/%00/"],
)
def test_unknown_address_is_a_json_404_or_400(client, html_path):
    response = _find(client, html_path)
    if response.status_code == 400:  # a null character
        assert "message" in response.json()
        return
    _assert_json_404(response)


def test_find_by_id_redirects_and_head_too(client):
    article = ArticlePage.objects.live().filter(locale__language_code="de").first()
    _assert_redirects_to_detail(
        client.get("/api/v2/pages/find/", {"id": article.pk}), article.pk
    )
    _assert_redirects_to_detail(
        client.head("/api/v2/pages/find/", {"html_path": article.url}), article.pk
    )
