"""Sign-in lockout (django-axes) and search throttling, per client."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client, override_settings
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "redaktorka", "r@example.org", "Correct-horse-42", is_staff=True
    )


def sign_in(client, password, address="203.0.113.5"):
    return client.post(
        "/admin/login/",
        {"username": "redaktorka", "password": password},
        REMOTE_ADDR=address,
    )


def test_five_failures_lock_the_account_for_that_address(editor):
    client = Client()
    for _ in range(4):
        assert sign_in(client, "wrong").status_code == 200
    locked = sign_in(client, "wrong")
    assert locked.status_code == 429
    # In the admin's language (the site's default unless the editor chose one).
    with translation.override(locked.get("Content-Language", "pl")):
        assert translation.gettext("Sign-in temporarily blocked") in (
            locked.content.decode()
        )
    # Even the right password is refused while locked.
    assert sign_in(client, "Correct-horse-42").status_code == 429
    assert "_auth_user_id" not in client.session
    # Another address is not punished for the attacker's guesses.
    other = sign_in(Client(), "Correct-horse-42", address="198.51.100.7")
    assert other.status_code == 302


def test_a_success_before_the_limit_resets_the_count(editor):
    client = Client()
    for _ in range(4):
        sign_in(client, "wrong")
    assert sign_in(client, "Correct-horse-42").status_code == 302
    client = Client()
    for _ in range(4):
        assert sign_in(client, "wrong").status_code == 200


@override_settings(HEJNAL_SEARCH_RATE="3/m")
@pytest.mark.parametrize("url", ["/en/search/?q=city", "/api/search/?q=city&lang=en"])
def test_search_is_throttled_per_client_with_retry_after(url):
    cache.clear()
    client = Client()
    for _ in range(3):
        assert client.get(url, REMOTE_ADDR="203.0.113.9").status_code == 200
    refused = client.get(url, REMOTE_ADDR="203.0.113.9")
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert "public" not in refused["Cache-Control"]
    assert client.get(url, REMOTE_ADDR="203.0.113.10").status_code == 200


@override_settings(HEJNAL_SEARCH_RATE="1/m")
@pytest.mark.parametrize("language", ["uk", "de", "ar"])
def test_the_search_apis_refusal_speaks_the_language_asked_for(language):
    """``locale=`` names the reader's language; no header needed."""
    cache.clear()
    client = Client()
    url = f"/api/search/?q=city&locale={language}"
    assert client.get(url, REMOTE_ADDR="203.0.113.11").status_code == 200
    refused = client.get(url, REMOTE_ADDR="203.0.113.11")
    assert refused.status_code == 429
    with translation.override(language):
        expected = translation.gettext(
            "Too many searches in a short time. Please wait a minute."
        )
    assert refused.json() == {"error": expected}
    assert expected != "Too many searches in a short time. Please wait a minute."


@override_settings(HEJNAL_SEARCH_RATE="2/m")
def test_behind_the_cache_the_reader_is_told_apart_by_x_forwarded_for():
    cache.clear()
    client = Client()
    for reader in ("203.0.113.1", "203.0.113.2", "203.0.113.3"):
        response = client.get(
            "/en/search/?q=city", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=reader
        )
        assert response.status_code == 200, reader
    # A forged header from outside the trusted proxies is ignored.
    for _ in range(2):
        client.get(
            "/en/search/?q=x",
            REMOTE_ADDR="198.51.100.1",
            HTTP_X_FORWARDED_FOR="10.0.0.1",
        )
    response = client.get(
        "/en/search/?q=x", REMOTE_ADDR="198.51.100.1", HTTP_X_FORWARDED_FOR="10.0.0.2"
    )
    assert response.status_code == 429
