"""Factories for news pages; ``publish`` goes through Wagtail's revisions, so
signals (search index, "See also", publication record) run as in the admin."""

import datetime

import factory
import wagtail_factories

from .models import ArticlePage, NewsCategoryPage


class NewsCategoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")

    class Meta:
        model = NewsCategoryPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    lead = "A short lead."
    date = factory.LazyFunction(datetime.date.today)
    live = False

    class Meta:
        model = ArticlePage


def paragraphs(*texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def publish(page, user=None):
    page.save_revision(user=user).publish(user=user)
    page.refresh_from_db()
    return page
