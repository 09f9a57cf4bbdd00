"""axe-core finds no violation, and nothing it leaves for review, on any page
type, language or viewport."""

import pytest

from .conftest import LANGUAGES, PAGE_TYPES, run_axe

VIEWPORTS = {"desktop": (1280, 900), "mobile": (320, 640)}


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_no_axe_violations(
    live_site, browser, axe_source, page_type, language, viewport
):
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        url = live_site.urls[f"{page_type}:{language}"]
        page.goto(live_site.base + url)
        violations = run_axe(page, axe_source)
        assert violations == [], f"{url} @ {viewport}: {violations}"
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/en/cookies/", "/ar/cookies/", "/de/no-such-page/"])
def test_utility_pages_have_no_axe_violations(live_site, page, axe_source, path):
    page.goto(live_site.base + path)
    assert run_axe(page, axe_source) == []


SEARCH_PAGES = [
    "/pl/search/?q=Krakowie",
    "/ar/search/?q=%D9%83%D8%B1%D8%A7%D9%83%D9%88%D9%81&scope=all",
    "/en/search/",
    "/de/search/?q=zzqqxx",
    "/uk/search/?q=%D0%BC%D1%96%D1%81%D1%82%D0%BE&from=2024-13-45",
    "/en/search/?q=cities&sort=newest&page=2",
]


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("path", SEARCH_PAGES)
def test_search_pages_have_no_axe_violations_and_reflow(
    live_site, browser, axe_source, path, viewport
):
    """Results, help, nothing found and a refused date: all accessible."""
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        page.goto(live_site.base + path)
        violations = run_axe(page, axe_source)
        assert violations == [], f"{path} @ {viewport}: {violations}"
        scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
        assert scroll_width <= width
    finally:
        context.close()


# Directory states beyond the first view: a filter, a filter nobody can match,
# a refused filter value, and another year of the calendar.
DIRECTORY_STATES = [
    ("PartnerCityIndexPage", "?continent=europe"),
    ("PartnerCityIndexPage", "?agreement=honorary&continent=oceania"),
    ("PartnerCityIndexPage", "?agreement=nonsense"),
    ("NationalDayCalendarPage", "?year=2030"),
]


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("language", ["pl", "ar"])
@pytest.mark.parametrize(
    "page_type, query", DIRECTORY_STATES, ids=[q for _, q in DIRECTORY_STATES]
)
def test_directory_states_have_no_axe_violations_and_reflow(
    live_site, browser, axe_source, page_type, query, language, viewport
):
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        url = live_site.urls[f"{page_type}:{language}"] + query
        response = page.goto(live_site.base + url)
        assert response.status == 200, url
        violations = run_axe(page, axe_source)
        assert violations == [], f"{url} @ {viewport}: {violations}"
        scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
        assert scroll_width <= width, url
    finally:
        context.close()


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("key", ["two:en", "two:ar"])
def test_embed_placeholders_have_no_axe_violations_and_reflow(
    live_site, browser, axe_source, key, viewport
):
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        page.goto(live_site.base + live_site.embeds[key])
        assert page.locator(".embed-placeholder").count() == 2
        violations = run_axe(page, axe_source)
        assert violations == [], f"{key} @ {viewport}: {violations}"
        scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
        assert scroll_width <= width
    finally:
        context.close()
