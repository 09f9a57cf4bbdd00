"""Through a real Varnish: a page an editor hides leaves every cached surface
within a second (its own address, its category list, the feeds, the "See also"
of an article like it), and comes back when the editor shows it again.

The editor works in the admin as in a browser: the privacy dialog, the
unpublish and delete confirmations. Readers are anonymous and served by
Varnish with the project's VCL (the stack in ``stack``, shared with
test_through_varnish).
"""

import pytest

from hejnal.caching.tests.stack import editor_session, post_in_admin, within_one_second
from hejnal.ops.testing import fetch, in_sqlite_pass

pytestmark = in_sqlite_pass


@pytest.fixture
def site(varnish_stack):
    varnish, facts = varnish_stack
    return varnish.base, facts


def read(base, path):
    status, headers, body = fetch(base + path)
    return status, headers, body.decode()


def surfaces(facts, pair):
    """Where readers see the page: its list, the feeds, an article like it."""
    feeds = ["/en/feeds/news.rss", facts["category_feed"]]
    return [facts["category"], *feeds, pair["alike"]]


def warm(base, facts, pair):
    """Readers have seen everything: all of it is now served from the cache."""
    for path in [pair["url"], *surfaces(facts, pair)]:
        read(base, path)
        status, headers, body = read(base, path)
        assert status == 200, path
        assert headers["X-Cache"] == "HIT", path
        if path != pair["url"]:
            assert pair["title"] in body, f"{path} shows it before"


def shows(base, path, pair):
    return pair["title"] in read(base, path)[2]


def gone_everywhere(base, facts, pair):
    for path in surfaces(facts, pair):
        hidden = within_one_second(lambda p=path: not shows(base, p, pair))
        assert hidden, f"{path} still shows the hidden page"


def back_everywhere(base, facts, pair):
    for path in surfaces(facts, pair):
        shown = within_one_second(lambda p=path: shows(base, p, pair))
        assert shown, f"{path} does not show the page again"


def set_privacy(session, page_id, **data):
    path = f"/admin/pages/{page_id}/privacy/"
    response = post_in_admin(session, path, data)
    assert '"step": "set_privacy_done"' in response.text.replace('":"', '": "'), (
        response.text[:300]
    )


def test_a_password_hides_the_page_at_once_and_removing_it_brings_it_back(site):
    base, facts = site
    pair = facts["pairs"]["restricted"]
    warm(base, facts, pair)

    session = editor_session(base)
    set_privacy(session, pair["id"], restriction_type="password", password="Hangar-7")

    def password_form_only():
        status, headers, body = read(base, pair["url"])
        return (
            status == 200
            and 'name="password"' in body
            and pair["text"] not in body
            and headers["X-Cache"] == "MISS"
            and "public" not in headers["Cache-Control"]
        )

    assert within_one_second(password_form_only), "the page itself is still served"
    assert password_form_only(), "and the form is never served from the cache"
    gone_everywhere(base, facts, pair)

    set_privacy(session, pair["id"], restriction_type="none")
    assert within_one_second(lambda: pair["text"] in read(base, pair["url"])[2])
    back_everywhere(base, facts, pair)


def test_unpublishing_removes_the_page_from_every_cached_surface(site):
    base, facts = site
    pair = facts["pairs"]["unpublished"]
    warm(base, facts, pair)

    session = editor_session(base)
    post_in_admin(session, f"/admin/pages/{pair['id']}/unpublish/")
    assert within_one_second(lambda: read(base, pair["url"])[0] == 404)
    gone_everywhere(base, facts, pair)


def test_deleting_removes_the_page_from_every_cached_surface(site):
    base, facts = site
    pair = facts["pairs"]["deleted"]
    warm(base, facts, pair)

    session = editor_session(base)
    post_in_admin(session, f"/admin/pages/{pair['id']}/delete/")
    assert within_one_second(lambda: read(base, pair["url"])[0] == 404)
    gone_everywhere(base, facts, pair)
