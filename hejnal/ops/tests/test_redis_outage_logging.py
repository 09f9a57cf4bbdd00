"""A Redis outage is one warning and one recovery line, not a traceback per call.

With a real Redis server of the test's own, killed mid-test and started again
on its port: pages keep rendering, and the log holds exactly one warning when
the cache stops answering and one line, with the count of failed calls, when
it answers again.
"""

import logging
import signal
import time

import pytest
from django.core.cache import cache
from django.test import override_settings

from hejnal.ops import cache_health
from hejnal.ops.testing import RedisServer, manage, site_env


@pytest.fixture
def redis(tmp_path):
    server = RedisServer(tmp_path)
    yield server
    server.stop()


def redis_caches(url):
    # What settings/base.py makes of CACHE_URL=redis://… (checked below).
    return {
        "default": {"BACKEND": "hejnal.ops.cache_health.RedisCache", "LOCATION": url}
    }


def test_production_settings_use_the_outage_counting_backend(tmp_path):
    env = site_env(tmp_path, f"sqlite:///{tmp_path / 'db.sqlite3'}")
    env["CACHE_URL"] = "redis://127.0.0.1:6379/0"
    shown = manage(
        env,
        "shell",
        "-c",
        "from django.conf import settings; "
        "print(settings.CACHES['default']['BACKEND'])",
    ).stdout.split()[-1]
    assert shown == redis_caches("")["default"]["BACKEND"]


@pytest.mark.django_db
def test_an_outage_logs_one_warning_and_one_recovery_line(
    redis, client, article, caplog, tmp_path
):
    caplog.set_level(logging.INFO)
    with override_settings(CACHES=redis_caches(redis.url)):
        assert client.get(article.url).status_code == 200
        cache.set("outage-probe", "before")
        assert cache.get("outage-probe") == "before"
        assert not caplog.records

        redis.stop()  # mid-test: the server is gone
        statuses = [client.get(article.url).status_code for _ in range(15)]
        assert cache.get("outage-probe", "missing") == "missing"
        for _ in range(200):
            cache.set("outage-probe", "during")  # kept in the process meanwhile
            assert cache.get("outage-probe", "missing") == "during"
        assert statuses == [200] * 15

        again = RedisServer(tmp_path, port=redis.port)
        try:
            time.sleep(cache_health.RETRY_AFTER + 0.1)
            assert client.get(article.url).status_code == 200
            cache.set("outage-probe", "after")
            assert cache.get("outage-probe") == "after"
        finally:
            again.stop()

    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2, messages
    started, ended = caplog.records
    assert started.name == ended.name == "hejnal.cache"
    assert started.levelno == ended.levelno == logging.WARNING
    assert "unavailable" in messages[0] and "ConnectionError" in messages[0]
    assert "answers again" in messages[1]
    failed = int(messages[1].split("; ")[1].split()[0])
    assert failed >= 15 + 2 * 200, messages[1]
    assert not any(r.exc_info for r in caplog.records)
    assert "Traceback" not in caplog.text


def test_a_hung_redis_costs_one_timeout_a_second_not_one_per_call(redis, caplog):
    caplog.set_level(logging.INFO)
    with override_settings(CACHES=redis_caches(redis.url)):
        cache.set("hung-probe", "before")
        redis.process.send_signal(signal.SIGSTOP)  # connections hang, then time out
        try:
            started = time.monotonic()
            for _ in range(40):
                assert cache.get("hung-probe", "missing") == "missing"
            spent = time.monotonic() - started
        finally:
            redis.process.send_signal(signal.SIGCONT)
        # One 0.5 s timeout, then no waiting until a second has passed
        # (40 timeouts would be 20 s).
        assert spent < 1.5, spent
        time.sleep(cache_health.RETRY_AFTER + 0.1)
        assert cache.get("hung-probe") == "before"
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2 and "TimeoutError" in messages[0], messages
    assert "; 40 cache calls failed" in messages[1], messages
