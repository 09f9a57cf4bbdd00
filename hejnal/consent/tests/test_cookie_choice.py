import pytest
from bs4 import BeautifulSoup

from hejnal.conftest import LANGUAGES, page_of_type
from hejnal.consent.choice import ACCEPTED, COOKIE_NAME, REJECTED
from hejnal.news.models import ArticlePage, NewsCategoryPage
from hejnal.pages.models import HomePage, SectionPage, StandardPage


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "model",
    [HomePage, SectionPage, StandardPage, NewsCategoryPage, ArticlePage],
    ids=lambda m: m.__name__,
)
def test_anonymous_reader_gets_no_cookie_on_any_page(client, model, language):
    response = client.get(page_of_type(model, language).url)
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers
    assert not response.cookies


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/pl/",
        "/en/no-such-page/",
        "/de/cookies/",
        "/robots.txt",
        "/healthz",
        "/readyz",
        "/sitemap.xml",
    ],
)
def test_no_cookie_on_redirects_errors_and_utility_urls(client, path):
    response = client.get(path)
    assert not response.cookies, path


@pytest.mark.django_db
def test_notice_offers_both_choices_equally_and_links_privacy(client, homes):
    soup = BeautifulSoup(client.get(homes["en"].url).content, "html.parser")
    notice = soup.select_one("[data-cookie-notice]")
    buttons = notice.select("button[name=choice]")
    assert {b["value"] for b in buttons} == {"accept", "reject"}
    assert len({tuple(b.get("class", [])) for b in buttons}) == 1  # same weight
    assert notice.select_one("a[href]")  # privacy policy


@pytest.mark.django_db
@pytest.mark.parametrize("choice,stored", [("accept", ACCEPTED), ("reject", REJECTED)])
def test_choice_is_stored_and_reader_returns_to_the_page(client, homes, choice, stored):
    url = homes["en"].url
    response = client.post("/en/cookies/", {"choice": choice, "next": url})
    assert response.status_code == 302
    assert response["Location"] == url
    cookie = response.cookies[COOKIE_NAME]
    assert cookie.value == stored
    assert cookie["samesite"] == "Lax"
    assert int(cookie["max-age"]) > 30 * 24 * 3600
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    assert soup.select_one("[data-cookie-notice]") is None  # never asked again


@pytest.mark.django_db
def test_choice_can_be_changed_from_the_footer(client, homes):
    client.post("/pl/cookies/", {"choice": "accept"})
    soup = BeautifulSoup(client.get(homes["pl"].url).content, "html.parser")
    link = soup.select_one(".site-footer a[href='/pl/cookies/']")
    assert link is not None
    response = client.post("/pl/cookies/", {"choice": "reject"})
    assert response.cookies[COOKIE_NAME].value == REJECTED


@pytest.mark.django_db
def test_cross_site_post_is_refused(client):
    response = client.post(
        "/en/cookies/", {"choice": "accept"}, HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403
    assert not response.cookies


@pytest.mark.django_db
@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/x", "javascript:alert(1)"]
)
def test_redirect_after_choice_stays_on_this_site(client, target):
    response = client.post("/en/cookies/", {"choice": "reject", "next": target})
    assert response.status_code == 302
    assert response["Location"] == "/en/cookies/"


@pytest.mark.django_db
@pytest.mark.parametrize("data", [{}, {"choice": "maybe"}, {"choice": ["accept", "x"]}])
def test_missing_or_unknown_choice_is_a_clear_400(client, data):
    response = client.post("/en/cookies/", data)
    assert response.status_code == 400
    assert not response.cookies
    assert b'role="alert"' in response.content
