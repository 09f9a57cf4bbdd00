"""Where an address without a language takes the reader: by the browser's
languages, to English when it asks only for languages the site lacks, and
never by a redirect to a page that does not exist."""

import pytest

from hejnal.news.models import NewsCategoryPage


def landing(client, path, accept=None):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept} if accept is not None else {}
    response = client.get(path, **headers)
    return response.status_code, response.headers.get("Location")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept", "home"),
    [
        ("de-AT,de;q=0.9,en;q=0.5", "/de/"),
        ("uk", "/uk/"),
        ("fr-FR,fr;q=0.9", "/en/"),  # the site has no French
        ("es, it;q=0.8, pl;q=0.3", "/pl/"),  # Polish named, though last
        ("ja", "/en/"),
        (None, "/pl/"),  # nothing asked: the default
        ("*", "/pl/"),
    ],
)
def test_the_root_redirects_by_the_browsers_languages(client, accept, home):
    status, location = landing(client, "/", accept)
    assert status == 302 and location == home
    assert "sessionid" not in client.cookies and "django_language" not in client.cookies


@pytest.mark.django_db
def test_an_address_without_language_redirects_only_to_a_page_that_exists(client):
    category = NewsCategoryPage.objects.live().get(
        locale__language_code="en", slug="news"
    )
    assert landing(client, "/news/", "en")[1] == category.url
    # Polish has no page at /pl/news/: a 404 here, not a redirect to one.
    status, location = landing(client, "/news/", "pl")
    assert (status, location) == (404, None)
    assert landing(client, "/no-such-thing/", "en") == (404, None)
    assert landing(client, "/api/v2/nope/", "en") == (404, None)
