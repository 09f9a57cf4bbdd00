"""Third-party videos load only after consent: for one embed, or for all.

The machine has no Internet, so a stand-in answers for the two video providers
(Playwright's route); every request the page makes is still recorded, so the
tests see exactly what would have left for the provider and when.
"""

import re
from urllib.parse import urlsplit

import pytest

PROVIDERS = {"www.youtube-nocookie.com", "player.vimeo.com"}
STAND_IN = "<!doctype html><title>player</title><p>stand-in player</p>"
PROVIDER_URL = re.compile(r"^https://(www\.youtube-nocookie\.com|player\.vimeo\.com)/")


def stand_in(route):
    route.fulfill(status=200, body=STAND_IN, content_type="text/html")


@pytest.fixture
def provider_requests(context):
    """Every request to a video provider's origin, from any frame."""
    seen = []
    context.on(
        "request",
        lambda request: (
            seen.append(request.url)
            if urlsplit(request.url).hostname in PROVIDERS
            else None
        ),
    )
    context.route(PROVIDER_URL, stand_in)
    return seen


def stored(context, page):
    """Cookies of the context and this site's web storage."""
    return (
        context.cookies(),
        page.evaluate("() => [localStorage.length, sessionStorage.length]"),
    )


def test_no_request_reaches_a_provider_before_a_click(
    live_site, context, page, provider_requests
):
    for url in live_site.embeds.values():
        page.goto(live_site.base + url)
        page.wait_for_load_state("networkidle")
        assert page.locator("iframe").count() == 0
        assert page.locator(".embed-placeholder").count() >= 1
    assert provider_requests == []
    assert stored(context, page) == ([], [0, 0])


@pytest.mark.parametrize("language", ["en", "ar"])
def test_load_this_video_loads_that_one_and_stores_nothing(
    live_site, context, page, provider_requests, language
):
    page.goto(live_site.base + live_site.embeds[f"two:{language}"])
    placeholders = page.locator(".embed-placeholder")
    assert placeholders.count() == 2
    placeholders.first.locator("form[data-embed-load-one] button").click()
    frame = page.locator("iframe")
    frame.wait_for()
    assert frame.count() == 1
    assert frame.get_attribute("src").startswith("https://www.youtube-nocookie.com/")
    assert frame.get_attribute("title")
    page.wait_for_load_state("networkidle")
    assert {urlsplit(u).hostname for u in provider_requests} == {
        "www.youtube-nocookie.com"
    }
    assert page.locator(".embed-placeholder").count() == 1  # Vimeo still waits
    assert stored(context, page) == ([], [0, 0])
    assert page.locator("[data-cookie-notice]").count() == 1  # no choice made
    # Nothing remembered: the other page, and this one again, ask anew.
    provider_requests.clear()
    page.goto(live_site.base + live_site.embeds[f"one:{language}"])
    page.reload()
    page.goto(live_site.base + live_site.embeds[f"two:{language}"])
    page.wait_for_load_state("networkidle")
    assert page.locator("iframe").count() == 0
    assert provider_requests == []


def test_load_this_video_by_keyboard_moves_focus_to_the_player(
    live_site, context, page, provider_requests
):
    page.goto(live_site.base + live_site.embeds["two:ar"])
    for _step in range(150):
        page.keyboard.press("Tab")
        if page.evaluate(
            "() => !!document.activeElement.closest('form[data-embed-load-one]')"
        ):
            break
    else:
        pytest.fail("the load button is not reachable by Tab")
    assert provider_requests == []
    page.keyboard.press("Enter")
    page.locator("iframe").wait_for()
    assert page.evaluate("() => document.activeElement.tagName") == "IFRAME"
    assert page.locator("iframe").count() == 1
    assert stored(context, page)[0] == []


def test_without_javascript_the_button_asks_the_server_for_that_one(live_site, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        seen = []
        context.on("request", lambda request: seen.append(request.url))
        context.route(PROVIDER_URL, stand_in)
        page = context.new_page()
        page.goto(live_site.base + live_site.embeds["two:en"])
        # Waiting for "load" would also wait for the players' frames.
        with page.expect_navigation(wait_until="domcontentloaded"):
            page.locator(".embed-placeholder").nth(1).locator("button").first.click()
        frames = page.locator("iframe")
        assert frames.count() == 1
        assert frames.get_attribute("src").startswith("https://player.vimeo.com/")
        assert urlsplit(page.url).fragment == "embed-2"
        hosts = {urlsplit(u).hostname for u in seen}
        assert "player.vimeo.com" in hosts
        assert "www.youtube-nocookie.com" not in hosts
        assert context.cookies() == []
    finally:
        context.close()


def test_allowing_all_from_a_placeholder_loads_every_embed_everywhere(
    live_site, context, page, provider_requests
):
    page.goto(live_site.base + live_site.embeds["two:en"])
    with page.expect_navigation():
        page.get_by_role("button", name="Allow all external content").first.click()
    assert [(c["name"], c["value"]) for c in context.cookies()] == [
        ("hejnal_consent", "external")
    ]
    assert urlsplit(page.url).fragment == "embed-1"
    assert page.locator("iframe").count() == 2
    page.goto(live_site.base + live_site.embeds["one:ar"])
    assert page.locator("iframe").count() == 1
    assert page.locator(".embed-placeholder").count() == 0


def test_accepting_in_the_notice_loads_embeds_and_withdrawing_stops_them(
    live_site, context, page, provider_requests
):
    page.goto(live_site.base + live_site.urls["HomePage:en"])
    with page.expect_navigation():
        page.locator("[data-cookie-notice] button[value=accept]").click()
    assert provider_requests == []  # the home page has no embed
    for key, count in [("two:en", 2), ("one:en", 1), ("two:ar", 2), ("one:ar", 1)]:
        page.goto(live_site.base + live_site.embeds[key])
        assert page.locator("iframe").count() == count, key
    page.wait_for_load_state("networkidle")
    assert {urlsplit(u).hostname for u in provider_requests} == PROVIDERS
    page.goto(live_site.base + "/en/cookies/")
    with page.expect_navigation():
        page.get_by_role("button", name="Essential cookies only").click()
    provider_requests.clear()
    page.goto(live_site.base + live_site.embeds["two:en"])
    page.wait_for_load_state("networkidle")
    assert page.locator("iframe").count() == 0
    assert provider_requests == []
