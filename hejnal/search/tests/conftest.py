import datetime

import pytest

from hejnal.news.factories import (
    ArticlePageFactory,
    NewsCategoryPageFactory,
    paragraphs,
    publish,
)

from .corpus import ARTICLES


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
    pages = {}
    for language, articles in ARTICLES.items():
        for days_ago, (key, (title, lead, body)) in enumerate(articles.items()):
            pages[(language, key)] = add_article(
                search_categories[language], title, lead, [body], days_ago=days_ago
            )
    return pages
