"""What is purged from the HTTP cache on publish, unpublish, move and delete.

A real HTTP server on loopback stands in for the cache and records the PURGE
and BAN requests Hejnał sends once each transaction commits (``conftest``).
"""

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from hejnal.caching.tests.conftest import banned, purged
from hejnal.conftest import add_article, page_of_type
from hejnal.editorial.models import AlertBanner
from hejnal.pages.models import StandardPage

pytestmark = pytest.mark.django_db


def test_publishing_an_article_purges_its_page_lists_feeds_and_sitemap(
    cache_server, categories, homes, django_capture_on_commit_callbacks
):
    category = categories["en"][0]
    with django_capture_on_commit_callbacks(execute=True):
        article = add_article(category, "Twinning anniversary in Nuremberg")
    paths = purged(cache_server)
    with translation.override("en"):
        feeds = {
            reverse("news_feed_rss"),
            reverse("news_feed_atom"),
            reverse("category_feed_rss", kwargs={"category": category.slug}),
            reverse("category_feed_atom", kwargs={"category": category.slug}),
        }
    assert {article.url, category.url, homes["en"].url, "/sitemap.xml"} <= paths
    assert feeds <= paths
    assert banned(cache_server) == set(), "an article does not flush the language"


def test_each_url_is_sent_once_per_transaction(
    cache_server, categories, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        add_article(categories["en"][0], "Sent once")
    paths = [path for method, path, _ in cache_server.received if method == "PURGE"]
    assert len(paths) == len(set(paths))


def test_unpublishing_purges_the_article_and_its_category(
    cache_server, categories, django_capture_on_commit_callbacks
):
    category = categories["de"][0]
    with django_capture_on_commit_callbacks(execute=True):
        article = add_article(category, "Wird zurückgezogen")
    url = article.url
    cache_server.received.clear()
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert {url, category.url} <= purged(cache_server)


def test_deleting_purges_the_old_address(
    cache_server, categories, django_capture_on_commit_callbacks
):
    category = categories["pl"][0]
    with django_capture_on_commit_callbacks(execute=True):
        article = add_article(category, "Do usunięcia")
    url = article.url
    cache_server.received.clear()
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert {url, category.url} <= purged(cache_server)


def test_moving_purges_both_the_old_and_the_new_category(
    cache_server, categories, django_capture_on_commit_callbacks
):
    old, new = categories["en"][0], categories["en"][1]
    with django_capture_on_commit_callbacks(execute=True):
        article = add_article(old, "Moving house")
    cache_server.received.clear()
    with django_capture_on_commit_callbacks(execute=True):
        article.move(new, pos="last-child")
    article.refresh_from_db()
    assert old.url in banned(cache_server), "the old address lies below the old list"
    assert {article.url, new.url} <= purged(cache_server)


def test_publishing_a_menu_page_flushes_its_language_only(
    cache_server, homes, django_capture_on_commit_callbacks
):
    page = page_of_type(StandardPage, "uk")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert banned(cache_server) == {homes["uk"].url}


def test_alert_banner_flushes_its_language_or_the_whole_site(
    cache_server, homes, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        banner = AlertBanner.objects.create(message="Office closed", language="ar")
    assert banned(cache_server) == {homes["ar"].url}
    cache_server.received.clear()
    with django_capture_on_commit_callbacks(execute=True):
        banner.language = ""
        banner.ends_at = timezone.now()
        banner.save()
    assert banned(cache_server) == {"/"}


def test_rolled_back_changes_purge_nothing(cache_server, categories):
    from django.db import transaction

    try:
        with transaction.atomic():
            add_article(categories["en"][0], "Never committed")
            raise RuntimeError("editor's save failed")
    except RuntimeError:
        pass
    assert cache_server.received == []


def test_without_a_cache_configured_nothing_is_sent(
    categories, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        add_article(categories["en"][0], "No cache in front")
    # Other apps may run their own work after the commit (the content-change
    # log prunes itself every so many changes): only purges are ruled out.
    purges = [c for c in callbacks if c.__module__.startswith("hejnal.caching")]
    assert purges == []
