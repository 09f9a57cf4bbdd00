"""Pages render in a constant number of queries, whatever the content size."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from hejnal.core import shared_cache
from hejnal.demo.bulk import bulk_create_pages
from hejnal.directory.models import NationalDay
from hejnal.news.models import ArticlePage, ArticleRelatedLink, NewsCategoryPage, Topic

# Views with the site chrome and the request's site already shared
# (hejnal.core.shared_cache, hejnal.core.site_lookup), which is every view but
# the first after a change; the first pays the COLD budget.
ARTICLE_BUDGET = 15
CATEGORY_BUDGET = 13
HOME_BUDGET = 23
COLD_BUDGET = {"article": 26, "category": 25, "home": 35}


def count_queries(client, url, cold=False):
    client.get(url)  # renditions are generated once, on first view
    if cold:
        shared_cache.note_change()  # as any edit does
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def grow_article(article, admin_user, n):
    """Give the article n more topics, See-also links and published revisions."""
    topics = [
        Topic.objects.create(
            name=f"Extra {i}", slug=f"extra-{article.pk}-{i}", locale=article.locale
        )
        for i in range(n)
    ]
    article.topics.add(*topics)
    others = ArticlePage.objects.live().exclude(pk=article.pk)[:n]
    for i, other in enumerate(others):
        ArticleRelatedLink.objects.create(
            article=article, link_page=other, sort_order=i
        )
    for i in range(n):
        article.change_summary = f"Update {i}"
        article.save_revision(user=admin_user).publish(user=admin_user)


@pytest.mark.django_db
def test_article_page_queries_do_not_grow_with_topics_links_or_revisions(
    client, admin_user
):
    article = ArticlePage.objects.live().filter(locale__language_code="en").first()
    before = count_queries(client, article.url)
    grow_article(article, admin_user, 5)
    after = count_queries(client, article.url)
    assert after == before
    assert after <= ARTICLE_BUDGET


@pytest.mark.django_db
def test_category_page_queries_do_not_grow_with_articles(client, admin_user):
    category = (
        NewsCategoryPage.objects.live().filter(locale__language_code="pl").first()
    )
    before = count_queries(client, category.url)
    template = category.articles().first()
    extra = [
        ArticlePage(
            title=f"Extra {i}",
            slug=f"extra-{i}",
            lead="Lead",
            date=template.date,
            hero_image=template.hero_image,
        )
        for i in range(60)
    ]
    bulk_create_pages(category, extra, admin_user)
    after = count_queries(client, category.url)
    assert after == before
    assert after <= CATEGORY_BUDGET


@pytest.fixture
def national_day_soon():
    """The home's upcoming block is full whatever today's date: budgets are for
    the fullest home (with its greetings lookup), not for a quiet month."""
    soon = timezone.localdate() + datetime.timedelta(days=3)
    for locale in Locale.objects.all():
        day = NationalDay.objects.filter(locale=locale, rule="fixed").first()
        if day is not None:
            day.month, day.day = soon.month, soon.day
            day.save()


@pytest.mark.django_db
def test_home_page_query_budget(client, homes, national_day_soon):
    assert count_queries(client, homes["pl"].url) <= HOME_BUDGET


@pytest.mark.django_db
def test_first_views_after_a_change_stay_within_their_budget(
    client, homes, article, national_day_soon
):
    category = article.get_parent()
    for kind, url in (
        ("article", article.url),
        ("category", category.url),
        ("home", homes["en"].url),
    ):
        assert count_queries(client, url, cold=True) <= COLD_BUDGET[kind], kind
