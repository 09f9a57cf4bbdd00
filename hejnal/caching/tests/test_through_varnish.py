"""Through a real Varnish: pages come from the cache, and an edit made in the
admin reaches readers within a second (purge), published or withdrawn.

The stack is what production runs: the project under gunicorn with production
settings and the VCL in deploy/varnish, on a site of its own with demo content.
"""

import json
import time

import pytest

from hejnal.caching.tests.stack import (
    editor_session,
    post_in_admin,
    within_one_second,
)
from hejnal.ops.testing import fetch, in_sqlite_pass, manage

pytestmark = in_sqlite_pass


@pytest.fixture
def stack(varnish_stack):
    return varnish_stack


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
