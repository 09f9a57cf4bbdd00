"""A page in a restricted section is never stored in a shared cache.

Whoever asks and whatever the answer (the password form, the login redirect,
the page once the reader is allowed in, a 404 on the way) it is
``private, no-store`` and never ``public``.
"""

import datetime

import pytest
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from wagtail import hooks
from wagtail.models import PageViewRestriction

from hejnal.conftest import add_article
from hejnal.news.factories import NewsCategoryPageFactory, publish

pytestmark = pytest.mark.django_db


def directives(response):
    return {part.strip().split("=")[0] for part in response["Cache-Control"].split(",")}


def never_shared(response):
    found = directives(response)
    return {"private", "no-store"} <= found and not found & {"public", "s-maxage"}


@pytest.fixture
def section(homes):
    category = publish(
        NewsCategoryPageFactory(
            parent=homes["en"], title="Consular notes", slug="consular-notes"
        )
    )
    article = add_article(category, "Visa desk opening hours")
    restriction = PageViewRestriction.objects.create(
        page=category,
        restriction_type=PageViewRestriction.PASSWORD,
        password="consul",
    )
    return category, article, restriction


def test_the_password_form_is_never_shared(client, section):
    category, article, _restriction = section
    for page in (category, article):
        response = client.get(page.url)
        assert response.status_code == 200
        assert b"Visa desk" not in response.content or page is category
        assert never_shared(response), response["Cache-Control"]


def test_the_page_is_not_shared_once_the_reader_is_allowed_in(section):
    category, article, restriction = section
    reader = Client()
    with translation.override("en"):
        action = reverse(
            "wagtailcore_authenticate_with_password",
            args=[restriction.pk, article.pk],
        )
    answer = reader.post(action, {"password": "consul", "return_url": article.url})
    assert answer.status_code == 302
    response = reader.get(article.url)
    assert response.status_code == 200
    assert b"Visa desk opening hours" in response.content
    assert never_shared(response), response["Cache-Control"]


def test_a_login_restricted_page_redirects_without_being_shared(client, section):
    category, _article, restriction = section
    restriction.restriction_type = PageViewRestriction.LOGIN
    restriction.save()
    response = client.get(category.url)
    assert response.status_code == 302
    assert never_shared(response), response["Cache-Control"]


def test_an_answer_of_its_own_below_a_restriction_is_not_shared(client, section):
    """Whatever answers for the page (here a hook, as a page type's own
    ``serve`` could) and whatever headers it sets."""
    _category, article, _restriction = section

    def answer_publicly(page, request, serve_args, serve_kwargs):
        response = HttpResponse("Opening hours")
        patch_cache_control(response, public=True, max_age=60, s_maxage=600)
        return response

    with hooks.register_temporarily("before_serve_page", answer_publicly):
        response = client.get(article.url)
    assert response.content == b"Opening hours"
    assert never_shared(response), response["Cache-Control"]


def test_an_expired_page_below_a_restriction_is_a_404_not_shared(client, section):
    _category, article, _restriction = section
    article.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    article.save(update_fields=["expire_at"])
    response = client.get(article.url)
    assert response.status_code == 404
    assert never_shared(response), response["Cache-Control"]


def test_public_pages_stay_public(client, homes):
    response = client.get(homes["en"].url)
    assert "public" in directives(response)
