"""An editor who saves a new page while Wagtail's autosave is on its way is told
what happened: the draft is saved once and the message says so (it said "The
page could not be created due to validation errors", though the autosave had
saved the draft). The autosave's answer is held back by the test until the
editor has pressed the button, so the timing is the same on every run.
"""

import contextlib
import json
import re
import time

import pytest
from playwright.sync_api import Error as PlaywrightError

from .conftest import _manage

SETUP_SCRIPT = """
import json
from hejnal.news.models import NewsCategoryPage
parent = (
    NewsCategoryPage.objects.live()
    .filter(locale__language_code="en")
    .order_by("path")
    .first()
)
print(json.dumps({"parent": parent.pk}))
"""

CHECK_AND_CLEAN_SCRIPT = """
import json
from hejnal.news.models import ArticlePage
pages = list(ArticlePage.objects.filter(title=%(title)r))
print(json.dumps({"count": len(pages), "live": [page.live for page in pages]}))
for page in pages:
    page.delete()
"""

# Set when Wagtail starts watching the form for edits (two seconds after the
# editor opens): only changes made after that are autosaved.
WATCH_EDITS = """
document.addEventListener('w-unsaved:watch-edits', () => {
    window.hejnalWatching = true;
});
"""


def last_json_line(output):
    return json.loads(output.strip().splitlines()[-1])


def sign_in(page, base, username):
    page.goto(base + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "hejnal-demo")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(base + "/admin/")


def is_autosave(request):
    return request.method == "POST" and "application/json" in request.headers.get(
        "accept", ""
    )


@pytest.mark.parametrize(
    "username,action,message,live",
    [
        ("editor_en", "button.action-save", "updated", False),
        ("moderator_en", "button[name=action-publish]", "published", True),
    ],
    ids=["save draft", "publish"],
)
def test_saving_while_an_autosave_is_on_its_way_saves_once_and_says_so(
    live_site, page, username, action, message, live
):
    parent = last_json_line(_manage(live_site.env, "shell", "-c", SETUP_SCRIPT).stdout)
    base = live_site.base
    title = f"Trumpeters from the partner cities {username} {time.time_ns()}"
    held = []

    def hold_first_autosave(route, request):
        if is_autosave(request) and not held:
            # The server creates the draft now; its answer waits for the test.
            held.append((route, route.fetch()))
        else:
            route.continue_()

    try:
        sign_in(page, base, username)
        page.add_init_script(WATCH_EDITS)
        page.route(re.compile(r"/admin/pages/add/"), hold_first_autosave)
        page.goto(f"{base}/admin/pages/add/news/articlepage/{parent['parent']}/")
        page.wait_for_function("() => window.hejnalWatching === true")
        page.fill("#id_title", title)
        page.press("#id_title", "Tab")
        page.fill("#id_lead", "Bugle players from five cities meet in Kraków.")
        deadline = time.monotonic() + 30
        while not held and time.monotonic() < deadline:
            page.wait_for_timeout(50)
        assert held, "no autosave was sent"

        if "publish" in action:
            page.get_by_role("button", name="More actions").click()
        page.locator(action).first.click()
        route, response = held[0]
        # Unless the page has already gone on without the autosave's answer.
        with contextlib.suppress(PlaywrightError):
            route.fulfill(response=response)
        notice = page.locator(".messages li").first
        notice.wait_for()
        text = notice.inner_text()
    finally:
        script = CHECK_AND_CLEAN_SCRIPT % {"title": title}
        found = last_json_line(_manage(live_site.env, "shell", "-c", script).stdout)

    assert "could not be created" not in text
    assert message in text, text
    assert found == {"count": 1, "live": [live]}
