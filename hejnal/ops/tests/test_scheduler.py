"""The scheduler beside the app server: due pages go live, banners that start
or end are purged from the HTTP cache, and only one process works at a time,
with Redis or without it (the lock is the database's)."""

import contextlib
import datetime
import fcntl
import time

import psycopg
import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from hejnal.caching.tests.test_purge_targets import banned
from hejnal.conftest import add_article
from hejnal.editorial.models import AlertBanner
from hejnal.news.factories import ArticlePageFactory
from hejnal.ops import scheduler, scheduler_lock
from hejnal.ops.testing import RedisServer

from .test_redis_outage_logging import redis_caches

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


@contextlib.contextmanager
def held_elsewhere():
    """The scheduler's lock, held the way another process (on this host or
    another) holds it: its own database session, or its own open lock file."""
    if connection.vendor == "postgresql":
        settings = connection.settings_dict
        with psycopg.connect(
            dbname=settings["NAME"],
            user=settings["USER"],
            host=settings["HOST"],
            port=settings["PORT"] or 5432,
            password=settings["PASSWORD"] or None,
            autocommit=True,
        ) as other:
            other.execute("SELECT pg_advisory_lock(%s)", [scheduler_lock.LOCK_ID])
            yield
    else:
        with open(scheduler_lock.lock_path(), "a") as file:
            fcntl.flock(file, fcntl.LOCK_EX | fcntl.LOCK_NB)
            yield


def test_only_one_process_runs_at_a_time():
    with held_elsewhere():
        assert scheduler.run_due() is False
    assert scheduler.run_due() is True


def test_a_due_page_goes_live_while_redis_is_down(categories, tmp_path):
    redis = RedisServer(tmp_path)
    try:
        with override_settings(CACHES=redis_caches(redis.url)):
            page = ArticlePageFactory(parent=categories["en"][0], title="Due, no Redis")
            page.go_live_at = timezone.now() + datetime.timedelta(seconds=1)
            page.save_revision().publish()
            redis.stop()
            time.sleep(1.2)

            with held_elsewhere():  # still one scheduler at a time
                assert scheduler.run_due() is False
            page.refresh_from_db()
            assert not page.live

            assert scheduler.run_due() is True
            page.refresh_from_db()
            assert page.live
    finally:
        redis.stop()
