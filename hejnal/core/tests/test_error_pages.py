import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import path
from django.utils import translation

from hejnal import urls as project_urls


def boom(request):
    raise RuntimeError("simulated failure")


def database_gone(request, lang):
    # What Django raises when the server has gone (the real outage is tested
    # with a stopped PostgreSQL in hejnal/ops/tests/test_production_stack.py).
    from django.db.utils import OperationalError

    try:
        raise ConnectionError("server closed the connection unexpectedly")
    except ConnectionError as exc:
        raise OperationalError(str(exc)) from exc


def bad_query(request, lang):
    from django.db.utils import ProgrammingError

    raise ProgrammingError("relation does not exist")


urlpatterns = [*project_urls.urlpatterns]
urlpatterns.insert(0, path("<str:lang>/boom/", boom))
urlpatterns.insert(0, path("<str:lang>/database-gone/", database_gone))
urlpatterns.insert(0, path("<str:lang>/bad-query/", bad_query))
handler500 = project_urls.handler500


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["pl", "en", "de", "uk", "ar"])
def test_404_is_in_the_readers_language(client, language):
    response = client.get(f"/{language}/this-page-does-not-exist/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    with translation.override(language):
        assert soup.h1.get_text(strip=True) == translation.gettext("Page not found")


@pytest.mark.django_db
@pytest.mark.urls("hejnal.core.tests.test_error_pages")
@pytest.mark.parametrize("language", ["pl", "de", "ar"])
def test_500_is_in_the_readers_language(language):
    client = Client(raise_request_exception=False)
    response = client.get(f"/{language}/boom/")
    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    assert soup.html["dir"] == ("rtl" if language == "ar" else "ltr")
    with translation.override(language):
        assert soup.h1.get_text(strip=True) == translation.gettext(
            "Something went wrong"
        )


@pytest.mark.django_db
@pytest.mark.urls("hejnal.core.tests.test_error_pages")
@pytest.mark.parametrize("language", ["pl", "uk", "ar"])
def test_database_outage_gives_a_branded_503_with_retry_after(language):
    client = Client(raise_request_exception=False)
    response = client.get(f"/{language}/database-gone/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    with translation.override(language):
        assert soup.h1.get_text(strip=True) == translation.gettext(
            "The site is briefly unavailable"
        )


@pytest.mark.django_db
@pytest.mark.urls("hejnal.core.tests.test_error_pages")
def test_a_bad_query_is_a_500_not_an_outage():
    response = Client(raise_request_exception=False).get("/en/bad-query/")
    assert response.status_code == 500
    assert not response.has_header("Retry-After")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["pl", "en", "ar"])
def test_a_refused_form_is_explained_in_the_readers_language(language):
    """A form sent without its CSRF cookie gets the site's own page, not
    Django's developer page (English markup, "DEBUG=True" advice)."""
    response = Client(enforce_csrf_checks=True).post(f"/{language}/", {"q": "x"})
    assert response.status_code == 403
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    assert soup.html["dir"] == ("rtl" if language == "ar" else "ltr")
    with translation.override(language):
        assert soup.h1.get_text(strip=True) == translation.gettext(
            "The form could not be sent"
        )
    assert soup.select_one(".site-header") is not None
