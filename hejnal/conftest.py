"""Shared fixtures: one demo site per test session, rolled back per test."""

import datetime

import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page

from hejnal.news.factories import (
    ArticlePageFactory,
    NewsCategoryPageFactory,
    paragraphs,
    publish,
)
from hejnal.news.models import ArticlePage, NewsCategoryPage
from hejnal.pages.models import HomePage

DEMO_ARTICLES = 240
LANGUAGES = ["pl", "en", "de", "uk", "ar"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", articles=DEMO_ARTICLES, verbosity=0)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: the database rolls back between
    tests, and cached chrome must not outlive the rows it was computed from."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def client():
    return Client()


@pytest.fixture
def homes(db):
    return {home.locale.language_code: home for home in HomePage.objects.live()}


@pytest.fixture
def categories(db):
    found = {}
    for category in NewsCategoryPage.objects.live().select_related("locale"):
        found.setdefault(category.locale.language_code, []).append(category)
    return found


@pytest.fixture
def article(db):
    return ArticlePage.objects.live().filter(locale__language_code="en").first()


def page_of_type(model, language):
    return model.objects.live().filter(
        locale__language_code=language
    ).first() or pytest.fail(f"no live {model.__name__} in {language}")


@pytest.fixture
def admin_user(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username="admin")


def live_url(page):
    return Page.objects.get(pk=page.pk).specific.url


@pytest.fixture
def search_categories(homes):
    """A fresh, published news category in each language version."""
    found = {}
    for language, home in homes.items():
        category = NewsCategoryPageFactory(
            parent=home, title=f"Search tests {language}", slug="search-tests"
        )
        found[language] = publish(category)
    return found


def add_article(category, title, lead="", body=(), days_ago=0, **fields):
    article = ArticlePageFactory(
        parent=category,
        title=title,
        lead=lead or title,
        body=paragraphs(*body),
        date=datetime.date.today() - datetime.timedelta(days=days_ago),
        **fields,
    )
    return publish(article)


@pytest.fixture
def corpus(search_categories):
    """The evaluation corpus, published: {(language, key): article}."""
    from hejnal.search.tests.corpus import ARTICLES

    pages = {}
    for language, articles in ARTICLES.items():
        for days_ago, (key, (title, lead, body)) in enumerate(articles.items()):
            pages[(language, key)] = add_article(
                search_categories[language], title, lead, [body], days_ago=days_ago
            )
    return pages
