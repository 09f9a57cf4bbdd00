"""Guessing a document password: limited like a page password, per client and
per restriction, answered 429 in the reader's language and without the file."""

import pytest
from django.core.files.base import ContentFile
from django.db.models import Max
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from hejnal.conftest import LANGUAGES
from hejnal.news.models import ArticlePage

pytestmark = pytest.mark.django_db

PASSWORD = "Protokół-sesji-2025"
PDF = b"%PDF-1.4\n% Protokol z sesji rady\n%%EOF\n"
MESSAGE = (
    "Too many wrong passwords have been tried for this document. "
    "Please wait a while before you try again."
)
# Hour-long windows: a minute's window could end between two tries of a test.
LIMITS = {
    "HEJNAL_PAGE_PASSWORD_RATE": "5/h",
    "HEJNAL_PAGE_PASSWORD_PAGE_RATE": "1000/d",
}
GUESSER = "203.0.113.20"


def add_document(name, pk=None):
    collection = Collection.get_first_root_node().add_child(name=name)
    restriction = CollectionViewRestriction.objects.create(
        pk=pk,
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=PASSWORD,
    )
    document = get_document_model()(title=f"Protokół ({name})", collection=collection)
    document.file.save("protokol-sesji.pdf", ContentFile(PDF), save=True)
    return document, restriction


@pytest.fixture
def protected():
    document, restriction = add_document("Dla komisji rewizyjnej")
    yield document, restriction
    document.file.delete(save=False)


def form_url(restriction_id):
    return reverse("wagtaildocs_authenticate_with_password", args=[restriction_id])


def guess(client, document, restriction, password="wrong", **extra):
    extra.setdefault("REMOTE_ADDR", GUESSER)
    return client.post(
        form_url(restriction.pk),
        {"password": password, "return_url": document.url},
        **extra,
    )


def served(response):
    """The document's bytes if ``response`` serves it, else None."""
    if response.status_code != 200 or not response.streaming:
        return None
    return b"".join(response.streaming_content)


def assert_refused(response, language="pl"):
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert response["Cache-Control"] == "no-store"
    assert not response.has_header("Location")
    body = response.content.decode()
    assert "%PDF" not in body
    with translation.override(language):
        message = translation.gettext(MESSAGE)
        assert message in body
        assert translation.gettext("Too many requests") in body
    if language != "en":
        assert message != MESSAGE, f"not translated into {language}"


def assert_opens(client, response, **extra):
    """A right password: back to the document, which is then served."""
    assert response.status_code == 302
    assert served(client.get(response["Location"], **extra)) == PDF


@override_settings(**LIMITS)
def test_five_wrong_passwords_then_the_client_waits(protected):
    document, restriction = protected
    client = Client()
    for _ in range(5):
        response = guess(client, document, restriction)
        assert response.status_code == 200  # the form again, with its error
        assert 'name="password"' in response.content.decode()
    assert_refused(guess(client, document, restriction))
    # Refused means refused: even the right password waits for the window,
    # and the document stays behind its form.
    assert_refused(guess(client, document, restriction, PASSWORD))
    still_closed = client.get(document.url, REMOTE_ADDR=GUESSER)
    assert served(still_closed) is None
    assert 'name="password"' in still_closed.content.decode()


@override_settings(**LIMITS)
def test_a_right_password_under_the_limit_serves_the_file(protected):
    document, restriction = protected
    client = Client()
    for _ in range(4):
        assert guess(client, document, restriction).status_code == 200
    response = guess(client, document, restriction, PASSWORD)
    assert response["Location"] == document.url
    assert_opens(client, response)


@override_settings(**LIMITS)
def test_right_passwords_use_up_no_guesses(protected):
    document, restriction = protected
    for _ in range(8):
        reader = Client()
        assert_opens(reader, guess(reader, document, restriction, PASSWORD))
    assert guess(Client(), document, restriction).status_code == 200


@override_settings(**LIMITS)
def test_another_reader_is_not_held_up_by_the_guesser(protected):
    document, restriction = protected
    guesser = Client()
    for _ in range(5):
        guess(guesser, document, restriction)
    assert guess(guesser, document, restriction).status_code == 429
    reader = Client()
    other = {"REMOTE_ADDR": "198.51.100.4"}
    assert_opens(reader, guess(reader, document, restriction, PASSWORD, **other))


@override_settings(
    HEJNAL_PAGE_PASSWORD_RATE="5/h", HEJNAL_PAGE_PASSWORD_PAGE_RATE="8/h"
)
def test_guesses_from_many_addresses_are_capped_per_document(protected):
    document, restriction = protected
    other_document, other_restriction = add_document("Dla zarządu dróg")
    try:
        for n in range(8):
            response = guess(
                Client(), document, restriction, REMOTE_ADDR=f"192.0.2.{n + 1}"
            )
            assert response.status_code == 200, n
        refused = guess(Client(), document, restriction, REMOTE_ADDR="192.0.2.100")
        assert_refused(refused)
        # Only that restriction: another document takes passwords as before.
        reader = Client()
        response = guess(
            reader,
            other_document,
            other_restriction,
            PASSWORD,
            REMOTE_ADDR="192.0.2.100",
        )
        assert_opens(reader, response)
    finally:
        other_document.file.delete(save=False)


@override_settings(**LIMITS)
def test_document_and_page_restrictions_are_counted_apart():
    """A page restriction and a document restriction may share an id; the
    guesses at one use up nothing of the other."""
    page = ArticlePage.objects.live().filter(locale__language_code="en").first()
    free_id = 1000 + max(
        PageViewRestriction.objects.aggregate(top=Max("pk"))["top"] or 0,
        CollectionViewRestriction.objects.aggregate(top=Max("pk"))["top"] or 0,
    )
    PageViewRestriction.objects.create(
        pk=free_id,
        page=page,
        restriction_type=PageViewRestriction.PASSWORD,
        password=PASSWORD,
    )
    document, restriction = add_document("Wspólny numer", pk=free_id)
    try:
        client = Client()
        for _ in range(5):
            assert guess(client, document, restriction).status_code == 200
        assert guess(client, document, restriction).status_code == 429
        response = client.post(
            f"/en/_util/authenticate_with_password/{free_id}/{page.pk}/",
            {"password": PASSWORD, "return_url": page.url},
            REMOTE_ADDR=GUESSER,
        )
        assert response.status_code == 302
    finally:
        document.file.delete(save=False)


@override_settings(**LIMITS)
def test_a_forged_forwarded_for_does_not_make_a_new_client(protected):
    document, restriction = protected
    client = Client()
    for n in range(5):
        response = guess(
            client, document, restriction, HTTP_X_FORWARDED_FOR=f"192.0.2.{n + 1}"
        )
        assert response.status_code == 200
    forged = guess(client, document, restriction, HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert forged.status_code == 429


@override_settings(**LIMITS, HEJNAL_TRUSTED_PROXIES=["10.0.0.0/8"])
def test_behind_a_trusted_proxy_each_reader_is_counted_apart(protected):
    document, restriction = protected
    proxy = {"REMOTE_ADDR": "10.1.2.3"}
    guesser = Client()
    for _ in range(5):
        guess(
            guesser, document, restriction, HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy
        )
    refused = guess(
        guesser, document, restriction, HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy
    )
    assert refused.status_code == 429
    # The next reader behind the same proxy, with the right password.
    reader = Client()
    response = guess(
        reader,
        document,
        restriction,
        PASSWORD,
        HTTP_X_FORWARDED_FOR="203.0.113.1, 198.51.100.8",
        **proxy,
    )
    assert_opens(reader, response, **proxy)


@override_settings(**LIMITS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_429_page_speaks_the_readers_language(protected, language):
    document, restriction = protected
    client = Client(headers={"Accept-Language": language})
    for _ in range(5):
        guess(client, document, restriction)
    refused = guess(client, document, restriction)
    assert_refused(refused, language)
    direction = "rtl" if language == "ar" else "ltr"
    assert f'lang="{language}" dir="{direction}"' in refused.content.decode()


@override_settings(**LIMITS)
def test_the_form_itself_and_unknown_ids_are_no_errors(protected):
    document, restriction = protected
    client = Client()
    assert client.get(form_url(restriction.pk)).status_code == 200
    for restriction_id in (9223372036854775808, 999999):
        response = client.post(
            form_url(restriction_id), {"password": "x", "return_url": "/"}
        )
        assert response.status_code == 404, restriction_id
