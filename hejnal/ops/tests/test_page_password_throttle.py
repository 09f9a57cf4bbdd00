"""Guessing a page password: limited per client and per page, 429 in every language."""

import pytest
from django.test import Client, override_settings
from django.utils import translation
from wagtail.models import PageViewRestriction

from hejnal.conftest import LANGUAGES
from hejnal.news.models import ArticlePage

pytestmark = pytest.mark.django_db

PASSWORD = "Hasło-na-radę-2025"
MESSAGE = (
    "Too many wrong passwords have been tried for this page. "
    "Please wait a while before you try again."
)
LIMITS = {
    "HEJNAL_PAGE_PASSWORD_RATE": "5/h",
    "HEJNAL_PAGE_PASSWORD_PAGE_RATE": "1000/d",
}


def protect(language="en"):
    page = ArticlePage.objects.live().filter(locale__language_code=language).first()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    return page, restriction


def form_url(page, restriction, language="en", page_id=None):
    return (
        f"/{language}/_util/authenticate_with_password/"
        f"{restriction.pk}/{page_id or page.pk}/"
    )


def guess(client, page, restriction, password="wrong", language="en", **extra):
    extra.setdefault("REMOTE_ADDR", "203.0.113.20")
    return client.post(
        form_url(page, restriction, language, extra.pop("page_id", None)),
        {"password": password, "return_url": page.url},
        **extra,
    )


def assert_refused(response, language="en"):
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert response["Cache-Control"] == "no-store"
    body = response.content.decode()
    with translation.override(language):
        message = translation.gettext(MESSAGE)
        assert message in body
        assert translation.gettext("Too many requests") in body
    if language != "en":
        assert message != MESSAGE, f"not translated into {language}"


@override_settings(**LIMITS)
def test_five_wrong_passwords_then_the_client_waits():
    page, restriction = protect()
    client = Client()
    for _ in range(5):
        response = guess(client, page, restriction)
        assert response.status_code == 200  # Wagtail's form again, with its error
        assert 'name="password"' in response.content.decode()
    assert_refused(guess(client, page, restriction))
    # Refused means refused: even the right password waits for the window.
    assert_refused(guess(client, page, restriction, PASSWORD))
    still_closed = client.get(page.url, REMOTE_ADDR="203.0.113.20")
    assert 'name="password"' in still_closed.content.decode()


@override_settings(**LIMITS)
def test_a_right_password_under_the_limit_opens_the_page():
    page, restriction = protect()
    client = Client()
    for _ in range(4):
        assert guess(client, page, restriction).status_code == 200
    response = guess(client, page, restriction, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == page.url
    opened = client.get(page.url)
    assert opened.status_code == 200
    assert 'name="password"' not in opened.content.decode()
    assert page.title in opened.content.decode()


@override_settings(**LIMITS)
def test_another_reader_is_not_held_up_by_the_guesser():
    page, restriction = protect()
    guesser = Client()
    for _ in range(6):
        guess(guesser, page, restriction)
    assert guess(guesser, page, restriction).status_code == 429
    reader = Client()
    response = guess(reader, page, restriction, PASSWORD, REMOTE_ADDR="198.51.100.4")
    assert response.status_code == 302
    assert reader.get(page.url).status_code == 200


@override_settings(**LIMITS)
def test_other_page_ids_in_the_address_buy_no_new_guesses():
    """The page id in the URL only picks where the form is shown; the password
    belongs to the restriction, and so does the count."""
    page, restriction = protect()
    client = Client()
    others = list(ArticlePage.objects.live().values_list("pk", flat=True)[:6])
    for other in others[:5]:
        assert guess(client, page, restriction, page_id=other).status_code == 200
    assert_refused(guess(client, page, restriction, page_id=others[5]))


@override_settings(
    HEJNAL_PAGE_PASSWORD_RATE="5/h", HEJNAL_PAGE_PASSWORD_PAGE_RATE="8/h"
)
def test_guesses_from_many_addresses_are_capped_per_page():
    page, restriction = protect()
    other_page, other_restriction = protect("de")
    for n in range(8):
        response = guess(Client(), page, restriction, REMOTE_ADDR=f"192.0.2.{n + 1}")
        assert response.status_code == 200, n
    refused = guess(Client(), page, restriction, REMOTE_ADDR="192.0.2.100")
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 3600
    # Only that page: another one takes passwords as before.
    response = guess(
        Client(),
        other_page,
        other_restriction,
        PASSWORD,
        language="de",
        REMOTE_ADDR="192.0.2.100",
    )
    assert response.status_code == 302


@override_settings(**LIMITS)
def test_a_forged_forwarded_for_does_not_make_a_new_client():
    page, restriction = protect()
    client = Client()
    for n in range(5):
        response = guess(
            client, page, restriction, HTTP_X_FORWARDED_FOR=f"192.0.2.{n + 1}"
        )
        assert response.status_code == 200
    forged = guess(client, page, restriction, HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert forged.status_code == 429


@override_settings(**LIMITS, HEJNAL_TRUSTED_PROXIES=["10.0.0.0/8"])
def test_behind_a_trusted_proxy_each_reader_is_counted_apart():
    page, restriction = protect()
    client = Client()
    through_proxy = {"REMOTE_ADDR": "10.1.2.3"}
    for _ in range(5):
        guess(
            client,
            page,
            restriction,
            HTTP_X_FORWARDED_FOR="198.51.100.7",
            **through_proxy,
        )
    refused = guess(
        client, page, restriction, HTTP_X_FORWARDED_FOR="198.51.100.7", **through_proxy
    )
    assert refused.status_code == 429
    # The next reader behind the same proxy, with the right password.
    response = guess(
        client,
        page,
        restriction,
        PASSWORD,
        HTTP_X_FORWARDED_FOR="203.0.113.1, 198.51.100.8",
        **through_proxy,
    )
    assert response.status_code == 302


@override_settings(**LIMITS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_429_page_speaks_the_readers_language(language):
    page, restriction = protect(language)
    client = Client()
    for _ in range(5):
        guess(client, page, restriction, language=language)
    assert_refused(guess(client, page, restriction, language=language), language)


@override_settings(**LIMITS)
def test_the_form_itself_and_unknown_ids_are_no_errors():
    page, restriction = protect()
    client = Client()
    assert client.get(form_url(page, restriction)).status_code == 200
    for path in (
        f"/en/_util/authenticate_with_password/{restriction.pk}/9223372036854775808/",
        "/en/_util/authenticate_with_password/9223372036854775808/1/",
        f"/en/_util/authenticate_with_password/999999/{page.pk}/",
    ):
        response = client.post(path, {"password": "x", "return_url": "/"})
        assert response.status_code == 404, path
