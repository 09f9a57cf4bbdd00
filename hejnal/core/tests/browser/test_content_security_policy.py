"""The Content-Security-Policy in a real browser: every page type runs its own
code (the inline bootstrap allowed by hash, the site script from 'self') and the
browser reports no violation."""

import pytest

from .conftest import collect_csp_violations

PAGE_TYPES = [
    "HomePage",
    "ArticlePage",
    "NewsCategoryPage",
    "StandardPage",
    "PartnerCityIndexPage",
    "NationalDayCalendarPage",
]


@pytest.mark.parametrize("language", ["pl", "ar"])
def test_no_violation_on_any_page_type(live_site, page, language):
    violations = collect_csp_violations(page)
    visited = 0
    for name in PAGE_TYPES:
        url = live_site.urls.get(f"{name}:{language}")
        if url is None:
            continue
        response = page.goto(live_site.base + url)
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
        # The inline bootstrap ran, and so did site.js (the menu button exists).
        assert page.evaluate("() => document.documentElement.className") == "js"
        visited += 1
    assert visited >= 4
    assert violations == []


def test_the_search_page_works_under_the_policy(live_site, page):
    page.goto(live_site.base + "/en/search/?q=city")
    assert page.locator("main h1").count() == 1
    assert page.evaluate("() => document.documentElement.className") == "js"
