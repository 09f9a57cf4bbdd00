"""The scheduler beside the app server: due pages go live, banners that start
or end are purged from the HTTP cache, and only one process works at a time."""

import datetime
import time

import pytest
from django.core.cache import cache
from django.utils import timezone

from hejnal.caching.tests.test_purge_targets import banned
from hejnal.conftest import add_article
from hejnal.editorial.models import AlertBanner
from hejnal.news.factories import ArticlePageFactory
from hejnal.ops import scheduler

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def test_a_due_page_goes_live(categories):
    page = ArticlePageFactory(parent=categories["en"][0], title="Due now")
    page.go_live_at = timezone.now() + datetime.timedelta(seconds=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live, "scheduled, not published"
    time.sleep(1.2)
    assert scheduler.run_due() is True
    page.refresh_from_db()
    assert page.live


def test_an_expired_page_goes_offline(categories):
    page = add_article(categories["de"][0], "Läuft ab")
    type(page).objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    scheduler.run_due()
    page.refresh_from_db()
    assert not page.live and page.expired


def test_only_one_process_runs_at_a_time():
    assert cache.add(scheduler.LOCK_KEY, "another process", timeout=60)
    assert scheduler.run_due() is False


def test_a_banner_that_starts_between_two_runs_is_purged(
    cache_server,
    homes,
    django_capture_on_commit_callbacks,  # noqa: F811
):
    now = timezone.now()
    scheduler.purge_banners_that_changed(now=now - datetime.timedelta(seconds=15))
    AlertBanner.objects.bulk_create(  # no save signal: only the clock changes
        [
            AlertBanner(
                message="Closed today",
                language="pl",
                starts_at=now - datetime.timedelta(seconds=5),
            )
        ]
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert scheduler.purge_banners_that_changed(now=now) == 1
    assert banned(cache_server) == {homes["pl"].url}
    cache_server.received.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert (
            scheduler.purge_banners_that_changed(
                now=now + datetime.timedelta(seconds=15)
            )
            == 0
        )
    assert cache_server.received == []
