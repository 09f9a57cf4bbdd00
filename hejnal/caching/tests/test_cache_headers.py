"""Cache-Control and validators: public pages cacheable, anything personal not."""

import pytest
from django.test import Client
from django.utils.cache import get_max_age

from hejnal.conftest import page_of_type
from hejnal.news.models import ArticlePage, NewsCategoryPage

pytestmark = pytest.mark.django_db


def directives(response):
    return {part.strip() for part in response["Cache-Control"].split(",")}


@pytest.mark.parametrize("model", [ArticlePage, NewsCategoryPage])
def test_public_page_is_cacheable_with_stale_directives_and_an_etag(client, model):
    page = page_of_type(model, "de")
    response = client.get(page.url)
    assert response.status_code == 200
    found = directives(response)
    assert "public" in found
    assert "max-age=60" in found and "s-maxage=600" in found
    assert "stale-while-revalidate=30" in found
    assert "stale-if-error=86400" in found
    assert response.has_header("ETag")
    assert "Cookie" in response["Vary"]
    assert not response.cookies


def test_matching_etag_gives_304(client):
    page = page_of_type(ArticlePage, "pl")
    first = client.get(page.url)
    again = client.get(page.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""


def test_home_search_feed_and_sitemap_are_public(client, homes):
    for url in (
        homes["en"].url,
        "/en/search/?q=city",
        "/en/feeds/news.rss",
        "/sitemap.xml",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "public" in directives(response), url


def test_not_found_is_cached_briefly(client):
    response = client.get("/en/no-such-page-anywhere/")
    assert response.status_code == 404
    assert get_max_age(response) == 60
    assert "s-maxage=60" in directives(response)


def test_admin_is_never_cached(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    found = directives(response)
    assert "private" in found or "no-cache" in found
    assert "no-store" in found or "must-revalidate" in found
    assert "public" not in found


def test_admin_login_page_is_never_cached(client):
    response = client.get("/admin/login/")
    assert "public" not in directives(response)


def test_signed_in_editor_gets_a_private_copy_of_a_public_page(admin_client):
    page = page_of_type(ArticlePage, "en")
    response = admin_client.get(page.url)
    assert response.status_code == 200
    found = directives(response)
    assert "private" in found and "no-store" in found
    assert "public" not in found


def test_preview_is_private(admin_client):
    page = page_of_type(ArticlePage, "en")
    response = admin_client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert response.status_code == 200
    assert "public" not in directives(response)


def test_response_that_sets_a_cookie_is_not_stored(client, homes):
    response = client.post(
        "/en/cookies/",
        {"choice": "reject", "next": homes["en"].url},
        HTTP_ORIGIN="http://testserver",
    )
    assert response.cookies, "the choice is stored in a cookie"
    found = directives(response)
    assert "public" not in found
    assert "no-store" in found


def test_post_is_not_cacheable():
    response = Client().post("/en/search/", {"q": "city"})
    assert "public" not in directives(response)


def test_health_checks_keep_their_own_never_cache(client):
    for url in ("/healthz", "/readyz"):
        response = client.get(url)
        assert "no-cache" in directives(response) or "max-age=0" in directives(response)
        assert "public" not in directives(response)
