"""The production stack for the through-Varnish tests, and an editor's browser.

One site per test session: the project under gunicorn with production settings
and the VCL in deploy/varnish in front, with demo content and the pages the
tests need (``SETUP``), shared by the test modules through ``conftest``.
"""

import json
import re
import time
from http.cookies import SimpleCookie

import requests

from hejnal.ops.testing import AppServer, Varnish, free_port, manage, site_env

SETUP = """
import json
from django.contrib.auth import get_user_model
from hejnal.news.factories import ArticlePageFactory, paragraphs, publish
from hejnal.news.models import AutomaticRelatedLink, NewsCategoryPage
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

# Pairs of articles alike enough to show each other in "See also": the first
# of each pair is hidden by the visibility tests.
PAIRS = {
    "restricted": [
        ("Airship hangar at the aerodrome becomes a zeppelin museum",
         "The airship hangar keeps two zeppelin gondolas and aerodrome engines."),
        ("Zeppelin gondolas return to the aerodrome hangar",
         "Restorers bring zeppelin gondolas back to the airship hangar."),
    ],
    "unpublished": [
        ("Lighthouse keepers logbooks digitised by the maritime archive",
         "Lighthouse logbooks, keepers lanterns and maritime charts."),
        ("Maritime archive shows lighthouse lanterns",
         "The maritime archive shows lighthouse lanterns and keepers logbooks."),
    ],
    "deleted": [
        ("Cathedral organ pipes cleaned by the bellows guild",
         "Organ pipes, bellows and the cathedral organ loft were cleaned."),
        ("Bellows guild tunes the cathedral organ",
         "The bellows guild tuned the cathedral organ pipes in the loft."),
    ],
}
pairs = {}
for key, texts in PAIRS.items():
    pages = []
    for n, (title, text) in enumerate(texts):
        page = ArticlePageFactory.build(
            title=title, lead=text, body=paragraphs(text, text),
            slug=f"{key}-{n}", live=False)
        category.add_child(instance=page)
        pages.append(publish(page))
    hidden, alike = pages
    assert AutomaticRelatedLink.objects.filter(
        article=alike, related=hidden).exists(), key
    pairs[key] = {"id": hidden.pk, "url": hidden.url, "title": hidden.title,
                  "text": texts[0][1], "alike": alike.url}
print(json.dumps({"draft": draft.pk, "category": category.url,
                  "category_feed": f"/en/feeds/{category.slug}.rss",
                  "article": category.url + "consul-of-japan/", "home": home.url,
                  "pairs": pairs}))
"""


def start(folder):
    """(app, varnish, facts) for a new site in ``folder``."""
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
    return app, varnish, facts


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


# The form's token, in a page or in the JSON of an admin modal.
CSRF_FIELD = re.compile(r'name=\\?"csrfmiddlewaretoken\\?" value=\\?"([^"\\]+)')


def post_in_admin(session, path, data=None):
    """Posts the admin form at ``path`` as the editor's browser would."""
    form = session.get(path)
    assert form.status_code == 200, form.status_code
    token = CSRF_FIELD.search(form.text)
    response = session.post(
        path, {"csrfmiddlewaretoken": token.group(1), **(data or {})}
    )
    assert response.status_code in (200, 302), response.status_code
    return response


def within_one_second(check):
    deadline = time.monotonic() + 1.0
    while True:
        if check():
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
