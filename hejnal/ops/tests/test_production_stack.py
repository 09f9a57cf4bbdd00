"""The production stack with real servers: two app processes (gunicorn) behind
Varnish, on one PostgreSQL and one Redis of the test's own, which the tests stop
and start again.

* scale out: an edit made through one process is seen through the other;
  sessions, caches and the search index are shared, not per process;
* Redis stopped: the site keeps serving and recovers;
* PostgreSQL stopped: cached pages are still served, uncached ones get the
  branded 503 in the reader's language with Retry-After, /readyz fails while
  /healthz stays up, and everything recovers once the database is back.
"""

import contextlib
import json
import time

import pytest

from hejnal.caching.tests.test_through_varnish import editor_session, post_in_admin
from hejnal.ops.testing import (
    AppServer,
    PostgresCluster,
    RedisServer,
    Varnish,
    fetch,
    free_port,
    in_postgres_pass,
    manage,
    site_env,
    wait_for,
)

pytestmark = in_postgres_pass

SETUP = """
import json
from django.contrib.auth import get_user_model
from hejnal.news.factories import ArticlePageFactory, paragraphs
from hejnal.news.models import ArticlePage, NewsCategoryPage
User = get_user_model()
User.objects.create_superuser("chief", "chief@example.org", "Stack-tests-42")
category = NewsCategoryPage.objects.live().filter(locale__language_code="pl").first()
draft = ArticlePageFactory.build(
    title="Wizyta delegacji z Kioto", lead="Szkic do testu skalowania.",
    body=paragraphs("Delegacja odwiedzi ratusz."), live=False, slug="kioto")
category.add_child(instance=draft)
draft.save_revision()
from hejnal.pages.models import HomePage
articles = ArticlePage.objects.live().order_by("pk")
print(json.dumps({
    "draft": draft.pk, "draft_url": category.url + "kioto/",
    "cached": articles[0].url, "uncached": articles[1].url,
    "uncached_ar": HomePage.objects.get(locale__language_code="ar").url,
}))
"""


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("production-stack")
    postgres = PostgresCluster(folder)
    redis = RedisServer(folder)
    varnish_port = free_port()
    env = site_env(
        folder,
        postgres.url,
        CACHE_URL=redis.url,
        FRONTEND_CACHE_URL=f"http://127.0.0.1:{varnish_port}",
        CONN_MAX_AGE="0",
    )
    manage(env, "migrate", "--no-input")
    manage(env, "load_demo", "--articles", "10", "--verbosity", "0")
    manage(env, "collectstatic", "--no-input", "--verbosity", "0")
    facts = json.loads(
        manage(env, "shell", "-c", SETUP).stdout.strip().splitlines()[-1]
    )
    first = AppServer(env, folder, name="app-1")
    second = AppServer(env, folder, name="app-2")
    varnish = Varnish(folder, first.port, port=varnish_port)
    yield {
        "postgres": postgres,
        "redis": redis,
        "first": first,
        "second": second,
        "varnish": varnish,
        "facts": facts,
        "folder": folder,
    }
    for process in (varnish, first, second, redis):
        process.stop()
    with contextlib.suppress(AssertionError):  # already stopped by a failed test
        postgres.stop()
    postgres.remove()


def test_an_edit_through_one_process_is_seen_through_the_other(stack):
    first, second, facts = stack["first"], stack["second"], stack["facts"]
    assert fetch(second.base + facts["draft_url"])[0] == 404
    session = editor_session(first.base)
    post_in_admin(session, f"/admin/bulk/wagtailcore/page/publish/?id={facts['draft']}")
    status, _headers, body = fetch(second.base + facts["draft_url"])
    assert status == 200 and "Wizyta delegacji z Kioto" in body.decode()
    # The search index is in the shared database, not in a process.
    _s, _h, found = fetch(second.base + "/api/search/?q=delegacji&lang=pl")
    assert facts["draft_url"] in found.decode()
    # The editor's session made on the first process is valid on the second.
    session.base = second.base
    assert session.get("/admin/").status_code == 200


def test_redis_stopped_the_site_keeps_serving_and_recovers(stack):
    redis, first, facts = stack["redis"], stack["first"], stack["facts"]
    redis.stop()
    try:
        for url in (facts["uncached"], "/uk/", "/api/search/?q=misto&lang=uk"):
            status, _headers, _body = fetch(first.base + url)
            assert status == 200, url
        session = editor_session(first.base)
        assert session.get("/admin/").status_code == 200
    finally:
        stack["redis"] = redis = RedisServer.__new__(RedisServer)
        RedisServer.__init__(redis, stack["folder"])
    assert fetch(first.base + facts["uncached"])[0] == 200


def test_postgres_stopped_cached_pages_stay_and_the_rest_get_a_branded_503(stack):
    postgres, varnish, first = stack["postgres"], stack["varnish"], stack["first"]
    facts = stack["facts"]
    for _ in range(2):
        fetch(varnish.base + facts["cached"])
    postgres.stop()
    try:
        status, headers, _body = fetch(varnish.base + facts["cached"])
        assert status == 200 and headers["X-Cache"] == "HIT"
        status, headers, body = fetch(varnish.base + facts["uncached_ar"])
        assert status == 503
        assert headers["Retry-After"] == "30"
        page = body.decode()
        assert 'lang="ar"' in page and 'dir="rtl"' in page
        # Each worker checks its database twice a second for the probe.
        wait_for(
            lambda: fetch(first.base + "/readyz")[0] == 503,
            timeout=5,
            what="readiness to see the outage",
        )
        assert fetch(first.base + "/healthz")[0] == 200
        # Varnish notices (its /readyz probe) and keeps serving stale copies.
        time.sleep(2.5)
        assert fetch(varnish.base + facts["cached"])[0] == 200
    finally:
        postgres.start()
    wait_for(lambda: fetch(first.base + "/readyz")[0] == 200, what="recovery")
    assert fetch(varnish.base + facts["uncached_ar"])[0] == 200
    assert fetch(stack["second"].base + facts["uncached"])[0] == 200
