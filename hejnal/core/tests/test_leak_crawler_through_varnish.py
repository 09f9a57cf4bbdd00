"""The leak crawler through a real Varnish, before and after editors hide pages.

The stack is production's: gunicorn with production settings and the
scheduler, Varnish with deploy/varnish/hejnal.vcl in front, on a site of its
own. The crawl warms the cache with pages that list, link and describe the
"shown" articles; editors then restrict, unpublish, delete and expire them
(and restrict a section), and a second crawl a moment later must find none of
them anywhere: every cached copy that showed them was purged.
"""

import json
import shutil
import time
from pathlib import Path

import pytest
import requests

from hejnal.ops.testing import (
    AppServer,
    Varnish,
    free_port,
    in_sqlite_pass,
    manage,
    site_env,
)

from .leaks import Crawler, Planted, start_urls

pytestmark = [
    in_sqlite_pass,
    pytest.mark.skipif(
        not (shutil.which("varnishd") or Path("/usr/sbin/varnishd").exists()),
        reason="Varnish is not installed (apt-get install varnish)",
    ),
]

PLANT = """
from django.contrib.auth import get_user_model
from hejnal.core.tests.leaks import plant
from hejnal.pages.models import HomePage
homes = {
    home.locale.language_code: home
    for home in HomePage.objects.live().select_related("locale")
}
admin = get_user_model().objects.get(username="admin")
print(plant(homes, admin).as_json())
"""

HIDE = """
import os
from django.contrib.auth import get_user_model
from hejnal.core.tests.leaks import Planted, hide_shown_pages
planted = Planted.from_json(open(os.environ["LEAK_FACTS"]).read())
hide_shown_pages(planted, get_user_model().objects.get(username="admin"))
print("hidden")
"""


class Reader:
    """An anonymous reader over HTTP: no cookies kept, redirects not followed."""

    def __init__(self, base):
        self.base = base

    def get(self, url, **_extra):
        return _Response(
            requests.get(self.base + url, allow_redirects=False, timeout=30)
        )


class _Response:
    streaming = False

    def __init__(self, response):
        self.status_code = response.status_code
        self.content = response.content
        self._headers = response.headers

    def __getitem__(self, name):
        return self._headers[name]

    def get(self, name, default=None):
        return self._headers.get(name, default)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("leak-stack")
    varnish_port = free_port()
    env = site_env(
        folder,
        f"sqlite:///{folder / 'site.sqlite3'}",
        FRONTEND_CACHE_URL=f"http://127.0.0.1:{varnish_port}",
        SEARCH_RATE="100000/m",
    )
    manage(env, "migrate", "--no-input")
    manage(env, "load_demo", "--articles", "40", "--verbosity", "0")
    manage(env, "collectstatic", "--no-input", "--verbosity", "0")
    app = AppServer(env, folder)
    try:
        varnish = Varnish(folder, app.port, port=varnish_port)
        try:
            planted = Planted.from_json(
                manage(env, "shell", "-c", PLANT).stdout.strip().splitlines()[-1]
            )
            yield env, folder, planted, varnish
        finally:
            varnish.stop()
    finally:
        app.stop()


def crawl(varnish, planted):
    crawler = Crawler(Reader(varnish.base), planted)
    crawler.run(start_urls())
    crawler.api()
    crawler.search()
    crawler.direct()
    return crawler


def test_hidden_content_never_leaves_varnish_and_hiding_purges_it(site):
    env, folder, planted, varnish = site
    first = crawl(varnish, planted)
    assert first.requests > 200
    assert not first.summary(), "\n".join(first.summary())
    # The cache now holds lists, feeds and See also that show the articles.
    cached = requests.get(varnish.base + planted.linker_path, timeout=10)
    assert any(word in cached.text for word in planted.shown_markers.values())

    facts = folder / "planted.json"
    facts.write_text(planted.as_json())
    manage({**env, "LEAK_FACTS": str(facts)}, "shell", "-c", HIDE)
    time.sleep(2.5)  # purges are sent on commit; the scheduler runs each second

    planted.hide_shown()
    second = crawl(varnish, planted)
    leaks = second.summary()
    assert not leaks, f"{len(leaks)} leaks after hiding:\n" + "\n".join(leaks)
    assert json.loads(
        requests.get(varnish.base + "/api/v2/pages/?limit=1", timeout=10).text
    )["meta"]["total_count"]
