"""Through a real Varnish: pages come from the cache, and an edit made in the
admin reaches readers within a second (purge), published or withdrawn.

The stack is what production runs: the project under gunicorn with production
settings and the VCL in deploy/varnish, on a site of its own with demo content.
"""

import json
import re
import time
from http.cookies import SimpleCookie

import pytest
import requests

from hejnal.ops.testing import (
    AppServer,
    Varnish,
    fetch,
    free_port,
    in_sqlite_pass,
    manage,
    site_env,
)

pytestmark = in_sqlite_pass

SETUP = """
import json
from django.contrib.auth import get_user_model
from hejnal.news.factories import ArticlePageFactory, paragraphs
from hejnal.news.models import NewsCategoryPage
User = get_user_model()
if not User.objects.filter(username="chief").exists():
    User.objects.create_superuser("chief", "chief@example.org", "Stack-tests-42")
category = NewsCategoryPage.objects.live().filter(locale__language_code="en").first()
draft = ArticlePageFactory.build(
    title="Consul of Japan opens an office", lead="A draft for the cache test.",
    body=paragraphs("Opening hours follow."), live=False, slug="consul-of-japan")
category.add_child(instance=draft)
draft.save_revision()
home = category.get_parent()
while home.depth > 2:
    home = home.get_parent()
print(json.dumps({"draft": draft.pk, "category": category.url,
                  "article": category.url + "consul-of-japan/", "home": home.url}))
"""


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("varnish-stack")
    varnish_port = free_port()
    env = site_env(
        folder,
        f"sqlite:///{folder / 'site.sqlite3'}",
        FRONTEND_CACHE_URL=f"http://127.0.0.1:{varnish_port}",
    )
    manage(env, "migrate", "--no-input")
    manage(env, "load_demo", "--articles", "10", "--verbosity", "0")
    manage(env, "collectstatic", "--no-input", "--verbosity", "0")
    facts = json.loads(
        manage(env, "shell", "-c", SETUP).stdout.strip().splitlines()[-1]
    )
    app = AppServer(env, folder)
    varnish = Varnish(folder, app.port, port=varnish_port)
    facts["env"] = env
    yield varnish, facts
    varnish.stop()
    app.stop()


class EditorSession:
    """An editor's browser over plain HTTP to a site that runs behind TLS.

    Production cookies are Secure, so they are sent by hand, with the
    X-Forwarded-Proto header a TLS-terminating proxy would add.
    """

    def __init__(self, base):
        self.base = base
        self.cookies = {}

    def request(self, method, path, **kwargs):
        headers = {
            "X-Forwarded-Proto": "https",
            "Referer": "https://" + self.base.split("://", 1)[1] + path,
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
        }
        response = requests.request(
            method,
            self.base + path,
            headers=headers,
            allow_redirects=False,
            timeout=10,
            **kwargs,
        )
        for header in response.raw.headers.getlist("Set-Cookie"):
            cookie = SimpleCookie()
            cookie.load(header)
            for name, morsel in cookie.items():
                self.cookies[name] = morsel.value
        return response

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, data):
        return self.request("POST", path, data=data)


def editor_session(base):
    session = EditorSession(base)
    session.get("/admin/login/")
    response = session.post(
        "/admin/login/",
        {
            "username": "chief",
            "password": "Stack-tests-42",
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
    )
    assert response.status_code == 302 and "sessionid" in session.cookies, (
        response.status_code,
        response.text[:300],
    )
    return session


def post_in_admin(session, path):
    confirm = session.get(path)
    assert confirm.status_code == 200, confirm.status_code
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', confirm.text)
    response = session.post(path, {"csrfmiddlewaretoken": token.group(1)})
    assert response.status_code in (200, 302), response.status_code


def within_one_second(check):
    deadline = time.monotonic() + 1.0
    while True:
        if check():
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)


def test_readers_are_served_from_the_cache(stack):
    varnish, facts = stack
    fetch(f"{varnish.base}{facts['home']}")
    status, headers, _body = fetch(f"{varnish.base}{facts['home']}")
    assert status == 200
    assert headers["X-Cache"] == "HIT"
    assert int(headers["Age"]) >= 0


def test_the_consent_choice_is_kept_but_other_cookies_do_not_split_the_cache(stack):
    varnish, facts = stack
    url = f"{varnish.base}{facts['category']}"
    fetch(url)
    status, headers, _ = fetch(url, headers={"Cookie": "_ga=tracker; theme=dark"})
    assert headers["X-Cache"] == "HIT"
    _, first, _ = fetch(url, headers={"Cookie": "hejnal_consent=accepted"})
    assert first["X-Cache"] == "MISS", "a reader who accepted embeds gets that page"


def test_editors_and_the_admin_are_never_served_from_the_cache(stack):
    varnish, facts = stack
    session = editor_session(varnish.base)
    for _ in range(2):
        response = session.get(facts["home"])
        assert response.headers["X-Cache"] == "MISS"
        assert "public" not in response.headers["Cache-Control"]
        admin = session.get("/admin/")
        assert admin.headers["X-Cache"] == "MISS"


def test_publish_and_unpublish_in_the_admin_show_through_varnish_within_a_second(
    stack,
):
    varnish, facts = stack
    article = f"{varnish.base}{facts['article']}"
    category = f"{varnish.base}{facts['category']}"
    title = "Consul of Japan opens an office"
    # Readers have already seen both: the 404 and the list without it are cached.
    for _ in range(2):
        assert fetch(article)[0] == 404
        status, headers, body = fetch(category)
    assert headers["X-Cache"] == "HIT" and title not in body.decode()

    session = editor_session(varnish.base)
    post_in_admin(session, f"/admin/bulk/wagtailcore/page/publish/?id={facts['draft']}")
    assert within_one_second(lambda: fetch(article)[0] == 200)
    assert within_one_second(lambda: title in fetch(category)[2].decode())
    assert fetch(article)[1]["X-Cache"] == "HIT", "and it is cached again"

    post_in_admin(session, f"/admin/pages/{facts['draft']}/unpublish/")
    assert within_one_second(lambda: fetch(article)[0] == 404)
    assert within_one_second(lambda: title not in fetch(category)[2].decode())


def test_purge_is_refused_from_outside_the_acl_and_needs_a_prefix_for_ban(stack):
    varnish, _facts = stack
    status, _, _ = fetch(f"{varnish.base}/", method="BAN")
    assert status == 400


SCHEDULE = """
import datetime, json
from django.utils import timezone
from hejnal.news.factories import ArticlePageFactory, paragraphs
from hejnal.news.models import NewsCategoryPage
category = NewsCategoryPage.objects.live().filter(locale__language_code="en").first()
page = ArticlePageFactory.build(title="Scheduled greeting", lead="Goes live alone.",
    body=paragraphs("On time."), live=False, slug="scheduled-greeting")
category.add_child(instance=page)
page.go_live_at = timezone.now() + datetime.timedelta(seconds=4)
page.save_revision().publish()
page.refresh_from_db()
print(json.dumps({"url": category.url + "scheduled-greeting/", "live": page.live}))
"""


def test_a_scheduled_page_goes_live_by_itself_and_reaches_readers(stack):
    varnish, facts = stack
    scheduled = json.loads(
        manage(facts["env"], "shell", "-c", SCHEDULE).stdout.strip().splitlines()[-1]
    )
    assert scheduled["live"] is False, "scheduled, not yet published"
    url = varnish.base + scheduled["url"]
    assert fetch(url)[0] == 404  # and that 404 is now in the cache
    deadline = time.monotonic() + 20
    while fetch(url)[0] != 200:
        assert time.monotonic() < deadline, "not published on time"
        time.sleep(0.5)
