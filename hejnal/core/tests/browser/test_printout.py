"""The printed page says where it came from: the site's name and the page's
full address at the top, and the full address of every link in the text."""

import pytest

PRINTED_LINKS = """() => [...document.querySelectorAll('main a[href]')]
    .filter(a => a.getAttribute('href').startsWith('/'))
    .map(a => [a.getAttribute('href'), getComputedStyle(a, '::after').content])"""


@pytest.mark.parametrize("key", ["ArticlePage:en", "ArticlePage:ar"])
def test_printout_names_the_site_the_page_address_and_full_link_targets(
    live_site, page, key
):
    url = live_site.urls[key]
    page.goto(live_site.base + url)
    site_name = page.locator(".site-brand").inner_text().strip()
    header = page.locator(".print-header")
    assert not header.is_visible()  # on screen, the site header says it all
    page.emulate_media(media="print")
    assert header.is_visible()
    assert site_name and site_name in header.inner_text()
    # The site's canonical origin (SITE_ORIGIN), as a reader could type it.
    assert header.locator(".print-header__address").inner_text() == (
        live_site.base + url
    )
    printed = page.evaluate(PRINTED_LINKS)
    assert printed, "the article should link to its category at least"
    for href, after in printed:
        assert after == f'" ({live_site.base}{href})"', href
