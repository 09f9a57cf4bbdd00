import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import path
from django.utils import translation

from hejnal import urls as project_urls


def boom(request):
    raise RuntimeError("simulated failure")


urlpatterns = [*project_urls.urlpatterns]
urlpatterns.insert(0, path("<str:lang>/boom/", boom))
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
