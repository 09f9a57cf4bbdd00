"""A page or document protected by a password asks for it in the site's own
page: the header and footer, the language and direction of the page's language
version, a labelled field whose error is tied to it, and nothing of the
protected page itself (its title, lead, sharing tags or breadcrumbs)."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from hejnal.conftest import add_article
from hejnal.news.models import NewsCategoryPage

pytestmark = pytest.mark.django_db

PASSWORD = "Klucz-do-bramy-7"
TITLE = "Harmonogram wizyty delegacji 2026"
LEAD = "Szczegóły spotkań przy zamkniętych drzwiach."
PAGE_HEADING = "This page is protected by a password"
DOCUMENT_HEADING = "This document is protected by a password"
WRONG = "This password is not correct. Check it and try again."
EMPTY = "Enter the password."
READER_LANGUAGES = ["pl", "ar"]


def translated(language, message):
    with translation.override(language):
        text = translation.gettext(message)
    if language != "en":
        assert text != message, f"{message!r} is not translated into {language}"
    return text


@pytest.fixture
def protected(request):
    """A fresh article in the given language, behind a password."""
    language = getattr(request, "param", "pl")
    category = (
        NewsCategoryPage.objects.live()
        .filter(locale__language_code=language)
        .order_by("path")
        .first()
    )
    article = add_article(category, TITLE, LEAD)
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    return language, article, restriction


def action_url(language, article, restriction):
    return (
        f"/{language}/_util/authenticate_with_password/{restriction.pk}/{article.pk}/"
    )


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def directives(response):
    return {part.strip().split("=")[0] for part in response["Cache-Control"].split(",")}


def assert_site_page(html, language):
    assert html.html["lang"] == language
    assert html.html["dir"] == ("rtl" if language == "ar" else "ltr")
    viewport = html.find("meta", attrs={"name": "viewport"})
    assert viewport is not None and "width=device-width" in viewport["content"]
    assert html.find("header", class_="site-header") is not None
    assert html.find("footer", class_="site-footer") is not None
    assert html.find("a", class_="skip-link")["href"] == "#main"


def password_field(html, language):
    field = html.find("input", attrs={"name": "password"})
    assert field["type"] == "password"
    assert field["autocomplete"] == "current-password"
    label = html.find("label", attrs={"for": field["id"]})
    assert label is not None, "the password field has no label"
    assert label.get_text(strip=True) == translated(language, "Password")
    return field


@pytest.mark.parametrize("protected", READER_LANGUAGES, indirect=True)
def test_the_form_is_the_sites_own_page_in_the_pages_language(client, protected):
    language, article, restriction = protected
    response = client.get(article.url)
    assert response.status_code == 200
    html = soup(response)
    assert_site_page(html, language)
    assert html.h1.get_text(strip=True) == translated(language, PAGE_HEADING)
    assert html.title.get_text().startswith(translated(language, "Password required"))
    field = password_field(html, language)
    assert not field.has_attr("aria-invalid")
    assert not field.has_attr("aria-describedby")
    form = field.find_parent("form")
    assert form["action"] == action_url(language, article, restriction)
    assert form["method"] == "post"
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    returning = form.find("input", attrs={"name": "return_url"})
    assert returning["type"] == "hidden"
    assert returning["value"] == article.url
    assert form.find("button", type="submit").get_text(strip=True) == translated(
        language, "Continue"
    )


@pytest.mark.parametrize("protected", READER_LANGUAGES, indirect=True)
def test_the_form_gives_nothing_of_the_page_away(client, protected):
    _language, article, _restriction = protected
    response = client.get(article.url)
    body = response.content.decode()
    assert TITLE not in body
    assert LEAD not in body
    html = soup(response)
    assert html.find("meta", attrs={"name": "description"}) is None
    assert html.find("meta", attrs={"property": "og:title"}) is None
    assert html.find("link", rel="canonical") is None
    assert html.find("script", type="application/ld+json") is None
    assert html.find("nav", class_="breadcrumbs") is None
    assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    found = directives(response)
    assert {"private", "no-store"} <= found and not found & {"public", "s-maxage"}


@pytest.mark.parametrize("protected", READER_LANGUAGES, indirect=True)
def test_a_wrong_password_is_named_at_the_field_in_the_pages_language(protected):
    language, article, restriction = protected
    response = Client().post(
        action_url(language, article, restriction),
        {"password": "klucz", "return_url": article.url},
    )
    assert response.status_code == 200
    html = soup(response)
    assert_site_page(html, language)
    field = password_field(html, language)
    assert field["aria-invalid"] == "true"
    error = html.find(id=field["aria-describedby"])
    assert error.get_text(strip=True) == translated(language, WRONG)
    assert html.title.get_text().startswith(translated(language, "Error:"))
    assert "klucz" not in response.content.decode()  # never echoed back
    returning = html.find("input", attrs={"name": "return_url"})
    assert returning["value"] == article.url
    assert TITLE not in response.content.decode()
    found = directives(response)
    assert "no-store" in found and not found & {"public", "s-maxage"}


def test_an_empty_password_is_asked_for(protected):
    language, article, restriction = protected
    response = Client().post(
        action_url(language, article, restriction),
        {"password": "", "return_url": article.url},
    )
    html = soup(response)
    field = password_field(html, language)
    assert field["aria-invalid"] == "true"
    error = html.find(id=field["aria-describedby"])
    assert error.get_text(strip=True) == translated(language, EMPTY)


@pytest.mark.parametrize("protected", READER_LANGUAGES, indirect=True)
def test_the_right_password_opens_the_page(protected):
    language, article, restriction = protected
    reader = Client()
    response = reader.post(
        action_url(language, article, restriction),
        {"password": PASSWORD, "return_url": article.url},
    )
    assert response.status_code == 302
    assert response["Location"] == article.url
    opened = reader.get(article.url)
    assert opened.status_code == 200
    assert TITLE in opened.content.decode()
    assert soup(opened).find("input", attrs={"name": "password"}) is None


@pytest.mark.parametrize("protected", ["ar"], indirect=True)
def test_the_protected_page_gives_the_language_whatever_the_address(protected):
    """The form posted under another language's prefix still speaks the
    language of the page it protects."""
    _language, article, restriction = protected
    response = Client().post(
        action_url("en", article, restriction),
        {"password": "klucz", "return_url": article.url},
    )
    html = soup(response)
    assert_site_page(html, "ar")
    assert html.find(id="password-error").get_text(strip=True) == translated(
        "ar", WRONG
    )


def test_the_form_without_a_return_address_goes_back_to_the_page(protected):
    """Wagtail's form at its own address (or posted without ``return_url``)
    still leads back to the protected page once the password is right."""
    language, article, restriction = protected
    reader = Client()
    response = reader.get(action_url(language, article, restriction))
    assert response.status_code == 200
    returning = soup(response).find("input", attrs={"name": "return_url"})
    assert returning["value"] == article.url
    response = reader.post(
        action_url(language, article, restriction), {"password": "klucz"}
    )
    returning = soup(response).find("input", attrs={"name": "return_url"})
    assert returning["value"] == article.url
    response = reader.post(
        action_url(language, article, restriction),
        {"password": PASSWORD, "return_url": returning["value"]},
    )
    assert response["Location"] == article.url


@pytest.fixture
def protected_document():
    collection = Collection.get_first_root_node().add_child(name="Dla radnych")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=PASSWORD,
    )
    document = get_document_model()(title="Protokół", collection=collection)
    document.file.save("protokol.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=True)
    yield document, restriction
    document.file.delete(save=False)


@pytest.mark.parametrize("language", READER_LANGUAGES)
def test_a_protected_document_asks_in_the_readers_language(
    protected_document, language
):
    document, restriction = protected_document
    reader = Client(headers={"Accept-Language": language})
    response = reader.get(document.url)
    assert response.status_code == 200
    html = soup(response)
    assert_site_page(html, language)
    assert html.h1.get_text(strip=True) == translated(language, DOCUMENT_HEADING)
    field = password_field(html, language)
    form = field.find_parent("form")
    action = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    assert form["action"] == action
    assert form.find("input", attrs={"name": "return_url"})["value"] == document.url
    found = directives(response)
    assert {"private", "no-store"} <= found and not found & {"public", "s-maxage"}

    wrong = reader.post(action, {"password": "x", "return_url": document.url})
    html = soup(wrong)
    assert_site_page(html, language)
    field = password_field(html, language)
    assert field["aria-invalid"] == "true"
    error = html.find(id=field["aria-describedby"])
    assert error.get_text(strip=True) == translated(language, WRONG)

    right = reader.post(action, {"password": PASSWORD, "return_url": document.url})
    assert right.status_code == 302
    served = reader.get(right["Location"])
    assert served.status_code == 200
    assert b"".join(served.streaming_content).startswith(b"%PDF")
