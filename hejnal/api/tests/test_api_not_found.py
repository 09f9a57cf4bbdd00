"""Every unknown address below ``/api/`` is a JSON 404, whatever the method.

Like Wagtail's API errors: ``{"message": …}`` as ``application/json``; never
the site's HTML 404 page and never a redirect to ``/<language>/api/…``, also
for a browser asking for another language or for HTML.
"""

import pytest

from hejnal.news.factories import NewsCategoryPageFactory, publish
from hejnal.pages.models import HomePage

pytestmark = pytest.mark.django_db

UNKNOWN = [
    "/api",
    "/api/",
    "/api/foo",
    "/api/foo/bar/",
    "/api/v2/",
    "/api/v2/nope/",
    "/api/v2/pages/nope/",
    "/api/v2/pages/12abc/",
    "/api/v2/images/find/extra/",
    "/api/v3/pages/",
    "/api/search/more/",
    "/api/v2/pages",
    "/api/search",
    "/api/openapi.yaml",
    "/api/%E2%9C%93/",
]
METHODS = ["get", "head", "post", "put", "patch", "delete", "options"]


def _assert_json_404(response, method):
    assert response.status_code == 404, (method, response.status_code)
    assert response["Content-Type"] == "application/json"
    assert "Location" not in response
    if method != "head":
        body = response.json()
        assert isinstance(body["message"], str) and body["message"]


@pytest.mark.parametrize("path", UNKNOWN)
def test_unknown_api_path_is_a_json_404(client, path):
    _assert_json_404(client.get(path), "get")
    _assert_json_404(
        client.get(path, HTTP_ACCEPT_LANGUAGE="de", HTTP_ACCEPT="text/html"), "get"
    )


@pytest.mark.parametrize("method", METHODS)
def test_every_method_gets_the_json_404(client, method):
    for path in ("/api/v2/nope/", "/api/foo"):
        _assert_json_404(getattr(client, method)(path), method)


def test_missing_slash_is_not_redirected_but_named(client):
    response = client.get("/api/v2/pages")
    _assert_json_404(response, "get")
    assert "/api/v2/pages/" in response.json()["message"]


def test_known_api_addresses_still_answer(client):
    assert client.get("/api/v2/pages/").status_code == 200
    assert client.get("/api/search/", {"q": "Kraków"}).status_code == 200
    missing = client.get("/api/v2/pages/999999999/")
    _assert_json_404(missing, "get")


def test_a_page_slugged_api_does_not_capture_the_api_addresses(client):
    """Even when the default language has a page at ``/pl/api/``, the API's
    addresses are not redirected there."""
    home = HomePage.objects.live().get(locale__language_code="pl")
    page = publish(NewsCategoryPageFactory(parent=home, title="API", slug="api"))
    assert client.get(page.url).status_code == 200
    for path in ("/api", "/api/", "/api/v2/pages/999999999/"):
        _assert_json_404(client.get(path), "get")
