"""Before a choice: no cookie, no storage, no request to another origin."""

from urllib.parse import urlsplit


def visit_everything(live_site, page):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    for url in live_site.urls.values():
        page.goto(live_site.base + url)
    return requests


def test_nothing_is_stored_or_sent_elsewhere_before_a_choice(live_site, context, page):
    requests = visit_everything(live_site, page)
    assert context.cookies() == []
    storage = page.evaluate("() => [localStorage.length, sessionStorage.length]")
    assert storage == [0, 0]
    origins = {urlsplit(url).netloc for url in requests if url.startswith("http")}
    assert origins == {urlsplit(live_site.base).netloc}


def test_accepting_stores_one_cookie_and_the_notice_goes(live_site, context, page):
    page.goto(live_site.base + live_site.urls["HomePage:en"])
    page.get_by_role("button", name="Allow external content").first.click()
    page.wait_for_load_state()
    cookies = context.cookies()
    assert [c["name"] for c in cookies] == ["hejnal_consent"]
    assert cookies[0]["value"] == "external"
    page.goto(live_site.base + live_site.urls["ArticlePage:en"])
    assert page.locator("[data-cookie-notice]").count() == 0


def test_choice_can_be_withdrawn_from_the_footer(live_site, context, page):
    page.goto(live_site.base + live_site.urls["HomePage:en"])
    page.get_by_role("button", name="Allow external content").first.click()
    page.get_by_role("link", name="Cookie settings").click()
    page.get_by_role("button", name="Essential cookies only").click()
    assert [c["value"] for c in context.cookies()] == ["essential"]
