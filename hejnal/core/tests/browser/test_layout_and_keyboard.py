"""Reflow at 320 px, the skip link, the menu with and without JavaScript."""

import pytest

from .conftest import LANGUAGES, PAGE_TYPES


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_no_horizontal_scrolling_at_320_px(live_site, browser, page_type, language):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        page.goto(live_site.base + live_site.urls[f"{page_type}:{language}"])
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 320
    finally:
        context.close()


def test_first_tab_reaches_a_visible_skip_link_that_moves_focus(live_site, page):
    page.goto(live_site.base + live_site.urls["ArticlePage:en"])
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.className")
    assert "skip-link" in focused
    box = page.locator(".skip-link").bounding_box()
    assert box["y"] >= 0 and box["height"] >= 24
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"


def test_menu_button_opens_and_closes_on_small_screens(live_site, browser):
    context = browser.new_context(viewport={"width": 375, "height": 700})
    page = context.new_page()
    page.goto(live_site.base + live_site.urls["HomePage:de"])
    toggle = page.locator(".main-nav__toggle")
    menu = page.locator("#main-nav-list")
    assert toggle.is_visible() and not menu.is_visible()
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true" and menu.is_visible()
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false" and not menu.is_visible()
    context.close()


def test_menu_is_usable_without_javascript(live_site, browser):
    context = browser.new_context(
        viewport={"width": 375, "height": 700}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(live_site.base + live_site.urls["HomePage:de"])
    assert page.locator("#main-nav-list").is_visible()
    assert not page.locator(".main-nav__toggle").is_visible()
    context.close()


def test_print_shows_the_change_history_and_drops_the_chrome(live_site, page):
    page.goto(live_site.base + live_site.urls["ArticlePage:en"])
    history = page.locator("main details").first
    assert history.count() == 1
    assert not history.evaluate("el => el.open")
    inside = history.locator(":scope > :not(summary)").first
    assert not inside.is_visible()
    page.emulate_media(media="print")
    assert inside.is_visible()
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".main-nav").is_visible()
