"""While Redis is down, each process keeps what it computes for a few seconds.

With a real Redis server of the test's own, killed mid-test: the site chrome
is computed once per process, not on every request; a publish still shows at
once (the chrome's keys carry the database's content-change token); nothing
lives in the process's memory longer than ``FALLBACK_SECONDS``; and that
memory is emptied when Redis answers again.
"""

import os
import signal
import time

import pytest
from django.contrib.sessions.backends.cached_db import KEY_PREFIX as SESSION_KEYS
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from hejnal.conftest import add_article
from hejnal.ops import cache_health
from hejnal.ops.testing import RedisServer

from .test_redis_outage_logging import redis_caches


@pytest.fixture
def redis(tmp_path):
    server = RedisServer(tmp_path)
    with override_settings(CACHES=redis_caches(server.url)):
        yield server
    server.stop()


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_while_redis_is_down_a_page_makes_as_few_queries_as_with_it(
    redis, client, article
):
    queries(client, article.url)
    with_redis = queries(client, article.url)  # chrome from Redis

    redis.stop()
    first_without = queries(client, article.url)  # chrome computed
    without_redis = queries(client, article.url)  # chrome from this process
    assert first_without > with_redis
    assert without_redis == with_redis


@pytest.mark.django_db
def test_a_publish_during_an_outage_shows_at_once(redis, client, categories):
    category = categories["en"][0]
    assert client.get(category.url).status_code == 200
    redis.stop()
    before = client.get(category.url).content.decode()
    assert "Published while Redis is down" not in before

    add_article(category, "Published while Redis is down")
    assert "Published while Redis is down" in client.get(category.url).content.decode()


def test_nothing_is_kept_longer_than_the_bound(redis, monkeypatch):
    monkeypatch.setattr(cache_health, "FALLBACK_SECONDS", 0.5)
    redis.stop()
    cache.set("forever", "during", timeout=None)
    assert cache.add("an-hour", "during", timeout=3600)
    assert cache.get_many(["forever", "an-hour"]) == {
        "forever": "during",
        "an-hour": "during",
    }
    time.sleep(0.6)
    assert cache.get_many(["forever", "an-hour"]) == {}


def test_counts_go_on_in_the_process_while_redis_is_down(redis):
    redis.stop()
    assert cache.add("tries", 0, timeout=60)
    assert not cache.add("tries", 0, timeout=60)
    assert [cache.incr("tries") for _ in range(3)] == [1, 2, 3]
    cache.delete("tries")
    assert cache.get("tries") is None


def test_the_process_memory_is_emptied_when_redis_answers_again(redis, tmp_path):
    redis.stop()
    cache.set("probe", "during the first outage")
    assert cache.get("probe") == "during the first outage"

    again = RedisServer(tmp_path, port=redis.port)
    try:
        time.sleep(cache_health.RETRY_AFTER + 0.1)
        assert cache.get("probe") is None  # Redis' answer (a new, empty server)
        # Well within FALLBACK_SECONDS of the set: only the clearing removed it.
        assert cache._fallback.get("probe") is None
    finally:
        again.stop()


def test_sessions_are_never_kept_in_the_process_memory(redis):
    """A sign-out in one process counts at once in all: while Redis is down,
    sessions come from the database on every request."""
    redis.stop()
    key = f"{SESSION_KEYS}an-editors-session"
    cache.set(key, {"_auth_user_id": "1"})
    assert cache.get(key) is None
    cache.set_many({key: {"_auth_user_id": "1"}, "chrome": "kept"})
    assert cache.get_many([key, "chrome"]) == {"chrome": "kept"}


@pytest.mark.django_db
def test_a_sign_out_during_an_outage_is_not_undone_when_redis_returns(
    redis, django_user_model
):
    """Redis unreachable but keeping its data (a network cut): the session
    signed out meanwhile must not come back from Redis' old copy."""
    from django.contrib.sessions.backends.cached_db import SessionStore
    from redis import Redis

    user = django_user_model.objects.create_user("ewa", password="x")
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session.create()
    key = session.session_key
    stored = cache.make_key(f"{SESSION_KEYS}{key}")
    server = Redis.from_url(redis.url)
    kept = server.get(stored)
    assert kept  # in Redis too

    os.kill(redis.process.pid, signal.SIGSTOP)
    try:
        SessionStore(key).delete()  # the sign-out: reaches the database only
    finally:
        os.kill(redis.process.pid, signal.SIGCONT)
    # What a cut network leaves: Redis still holding the session.
    time.sleep(0.2)
    server.set(stored, kept)
    time.sleep(cache_health.RETRY_AFTER + 0.1)
    cache.get("anything")  # the first answer after the outage

    assert server.get(stored) is None
    assert SessionStore(key).load() == {}
