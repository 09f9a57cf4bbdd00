"""WCAG 2.2 checks axe cannot make: keyboard journeys with visible focus,
200% zoom, reduced motion, target size, heading order, labels, announced errors.
"""

from urllib.parse import urlsplit

import pytest

from .conftest import LANGUAGES, PAGE_TYPES

FOCUS_FACTS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    return {
        tag: el.tagName, text: (el.textContent || el.value || '').trim().slice(0, 40),
        outline: style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0,
        shadow: style.boxShadow !== 'none',
        width: box.width, height: box.height,
        inView: box.bottom > 0 && box.top < innerHeight
                && box.right > 0 && box.left < innerWidth,
        unobscured: !!top && (el.contains(top) || top.contains(el)),
    };
}"""


def assert_focus_visible(page, step):
    facts = page.evaluate(FOCUS_FACTS)
    assert facts is not None, f"step {step}: focus lost to <body>"
    assert facts["outline"] >= 2 or facts["shadow"], f"step {step}: {facts}"
    assert facts["width"] > 1 and facts["height"] > 1, f"step {step}: {facts}"
    assert facts["inView"] and facts["unobscured"], f"step {step}: {facts}"
    return facts


def tab_until(page, condition, limit=120, key="Tab"):
    """Press Tab until ``condition`` (JS, gets the active element) holds,
    checking at every step that the focus can be seen."""
    for step in range(1, limit + 1):
        page.keyboard.press(key)
        assert_focus_visible(page, step)
        if page.evaluate(f"() => ({condition})(document.activeElement)"):
            return step
    pytest.fail(f"never reached {condition} in {limit} steps")


def test_keyboard_opens_the_menu_and_follows_an_item(live_site, browser):
    context = browser.new_context(viewport={"width": 375, "height": 700})
    page = context.new_page()
    try:
        page.goto(live_site.base + live_site.urls["HomePage:en"])
        tab_until(page, "el => el.classList.contains('main-nav__toggle')")
        page.keyboard.press("Enter")
        assert page.locator("#main-nav-list").is_visible()
        tab_until(page, "el => !!el.closest('#main-nav-list')")
        href = page.evaluate("() => document.activeElement.getAttribute('href')")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert urlsplit(page.url).path == href
        page.keyboard.press("Tab")
        assert_focus_visible(page, "skip link on the new page")
    finally:
        context.close()


@pytest.mark.parametrize("language", ["pl", "ar"])
def test_keyboard_reaches_an_article_from_its_category(live_site, page, language):
    page.goto(live_site.base + live_site.urls[f"NewsCategoryPage:{language}"])
    tab_until(page, "el => !!el.closest('.teaser__title')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("body.page-article").count() == 1


def test_keyboard_changes_the_language(live_site, page):
    page.goto(live_site.base + live_site.urls["ArticlePage:pl"])
    tab_until(page, "el => el.closest('.language-switcher') && el.hreflang === 'ar'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path.startswith("/ar/")
    assert page.evaluate("() => document.documentElement.dir") == "rtl"


@pytest.mark.parametrize(
    "label, value",
    [("Allow external content", "external"), ("Essential cookies only", "essential")],
)
def test_keyboard_accepts_or_rejects_cookies(live_site, context, page, label, value):
    page.goto(live_site.base + live_site.urls["ArticlePage:en"])
    tab_until(
        page, f"el => el.tagName === 'BUTTON' && el.textContent.trim() === {label!r}"
    )
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert [c["value"] for c in context.cookies()] == [value]
    assert page.locator("[data-cookie-notice]").count() == 0
    tab_until(page, "el => el.getAttribute('href') === '/en/cookies/'", limit=200)


@pytest.mark.parametrize("language", ["pl", "ar"])
def test_keyboard_searches_from_the_header_and_opens_a_result(
    live_site, page, language
):
    page.goto(live_site.base + live_site.urls[f"ArticlePage:{language}"])
    tab_until(page, "el => el.id === 'site-search-q'")
    page.keyboard.type("Kraków")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == f"/{language}/search/"
    assert page.locator(".search-result").count() > 0
    tab_until(page, "el => !!el.closest('.search-result__title')", limit=200)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert not urlsplit(page.url).path.endswith("/search/")


def paginated_listing(live_site, page, language="pl"):
    """The first page linked from the main menu that has a pagination."""
    page.goto(live_site.base + live_site.urls[f"HomePage:{language}"])
    links = page.eval_on_selector_all(".main-nav a", "els => els.map(a => a.href)")
    for href in links:
        page.goto(href)
        if page.locator(".pagination").count():
            return href
    pytest.fail("no menu page with a pagination")


def test_keyboard_uses_the_pagination(live_site, page):
    paginated_listing(live_site, page)
    tab_until(page, "el => el.rel === 'next' && !!el.closest('.pagination')", 200)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "page=2" in page.url
    tab_until(page, "el => el.rel === 'prev' && !!el.closest('.pagination')", 200)


def test_shift_tab_walks_back_with_visible_focus(live_site, page):
    page.goto(live_site.base + live_site.urls["StandardPage:de"])
    forward = tab_until(page, "el => !!el.closest('main')")
    # Back to the skip link; fewer steps than forward, as a desktop submenu
    # only opens while focus is inside it.
    tab_until(page, "el => el.classList.contains('skip-link')", forward, "Shift+Tab")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_no_horizontal_scrolling_at_200_percent_zoom(
    live_site, browser, page_type, language
):
    # 1280 CSS px zoomed to 200% leaves a 640 px layout viewport.
    context = browser.new_context(
        viewport={"width": 640, "height": 450}, device_scale_factor=2
    )
    try:
        page = context.new_page()
        page.goto(live_site.base + live_site.urls[f"{page_type}:{language}"])
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 640
    finally:
        context.close()


def test_reduced_motion_turns_off_transitions_and_smooth_scrolling(live_site, browser):
    context = browser.new_context(reduced_motion="reduce")
    try:
        page = context.new_page()
        page.goto(live_site.base + live_site.urls["HomePage:pl"])
        moving = page.evaluate(
            """() => [...document.querySelectorAll('*')].filter(el => {
                const s = getComputedStyle(el);
                const long = v => v.split(',').some(d => parseFloat(d) > 0.01);
                return (s.animationName !== 'none' && long(s.animationDuration))
                    || long(s.transitionDuration) || s.scrollBehavior === 'smooth';
            }).map(el => el.tagName + '.' + el.className)"""
        )
        assert moving == []
    finally:
        context.close()


TARGETS = """() => {
    const selector = 'a[href], button, input:not([type=hidden]), select, textarea,'
        + ' summary, [role=button], [tabindex]:not([tabindex="-1"])';
    const targets = [];
    for (const el of document.querySelectorAll(selector)) {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (box.width <= 1 || box.height <= 1) continue;
        if (style.visibility === 'hidden') continue;
        if (el.classList.contains('skip-link')) continue;
        // WCAG 2.5.8 inline exception: a link inside a sentence of text.
        if (style.display === 'inline') {
            const block = el.parentElement.closest(
                'p, li, dd, td, figcaption, address');
            if (block && block.textContent.trim() !== el.textContent.trim()) continue;
        }
        targets.push({el, box});
    }
    const centre = b => [b.left + b.width / 2, b.top + b.height / 2];
    const distance = ([x, y], b) => Math.hypot(
        Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom));
    const small = targets.filter(t => t.box.width < 24 || t.box.height < 24);
    // Spacing exception: a 24 px circle on an undersized target's centre
    // touches no other target and no other undersized target's circle.
    return small.filter(t => targets.some(o => o !== t && (
        distance(centre(t.box), o.box) < 12
        || (small.includes(o) && Math.hypot(
            centre(t.box)[0] - centre(o.box)[0],
            centre(t.box)[1] - centre(o.box)[1]) < 24)
    ))).map(t => ({tag: t.el.tagName, text: t.el.textContent.trim().slice(0, 30),
                   width: t.box.width, height: t.box.height}));
}"""


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_targets_are_at_least_24_by_24_px(
    live_site, browser, page_type, language, width
):
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        page.goto(live_site.base + live_site.urls[f"{page_type}:{language}"])
        assert page.evaluate(TARGETS) == []
    finally:
        context.close()


HEADINGS = """() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')]
    .filter(h => h.getClientRects().length)
    .map(h => [Number(h.tagName[1]), h.textContent.trim().slice(0, 40)])"""


@pytest.mark.parametrize("language", ["pl", "ar"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_headings_have_one_h1_and_skip_no_level(live_site, page, page_type, language):
    page.goto(live_site.base + live_site.urls[f"{page_type}:{language}"])
    headings = page.evaluate(HEADINGS)
    assert [level for level, _ in headings].count(1) == 1, headings
    previous = 1
    for level, text in headings:
        assert level <= previous + 1, f"h{previous} → h{level} ({text}): {headings}"
        previous = level


UNLABELLED = """() => [...document.querySelectorAll(
        'input:not([type=hidden]):not([type=submit]), select, textarea')]
    .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                  && !el.getAttribute('aria-labelledby') && !el.title)
    .map(el => el.outerHTML.slice(0, 80))"""


@pytest.mark.parametrize(
    "where",
    [
        "HomePage:pl",
        "ArticlePage:ar",
        "NewsCategoryPage:en",
        "/pl/search/",
        "PartnerCityIndexPage:ar",
        "NationalDayCalendarPage:uk",
        "ConsulateIndexPage:de",
    ],
)
def test_every_form_field_has_a_label(live_site, page, where):
    path = where if where.startswith("/") else live_site.urls[where]
    response = page.goto(live_site.base + path)
    if response.status == 404:
        pytest.skip(f"{path} does not exist yet")
    assert page.evaluate(UNLABELLED) == []


def test_cookie_form_error_is_announced(live_site, page):
    page.goto(live_site.base + "/en/cookies/")
    page.evaluate(
        "() => document.querySelector('form.stack button').value = 'nonsense'"
    )
    page.locator("form.stack button").first.click()
    page.wait_for_load_state()
    alert = page.get_by_role("alert")
    assert alert.count() == 1
    assert "external content" in alert.inner_text()
    assert page.context.cookies() == []
