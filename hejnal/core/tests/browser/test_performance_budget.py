"""The performance budget, measured on a first load in Chromium.

Sizes are what went over the wire (``encodedDataLength`` from the DevTools
protocol: compressed bodies plus headers) and what the bodies unpack to, for a
cold cache with no cookie; both stay within the budget.
"""

import re
import urllib.request
from urllib.parse import urljoin, urlsplit

import pytest

from .conftest import LANGUAGES

BUDGET_BYTES = 50 * 1024
BUDGET_REQUESTS = 6
ONE_YEAR = 31_536_000
FIRST_LOADS = [
    "HomePage:pl",
    "HomePage:ar",
    "ArticlePage:pl",
    "ArticlePage:en",
    # The heaviest directory page: a long table and the map, in every language.
    *(f"PartnerCityIndexPage:{language}" for language in LANGUAGES),
]


def first_load(browser, url, width=1280, height=900):
    """Load ``url`` in a fresh context; return per-request transfer records."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    seen = {}
    cdp.on(
        "Network.responseReceived",
        lambda event: seen.setdefault(event["requestId"], {}).update(
            url=event["response"]["url"],
            type=event["type"],
            encoding={
                k.lower(): v for k, v in event["response"]["headers"].items()
            }.get("content-encoding", ""),
        ),
    )
    cdp.on(
        "Network.loadingFinished",
        lambda event: seen.setdefault(event["requestId"], {}).update(
            bytes=event["encodedDataLength"]
        ),
    )
    cdp.on(
        "Network.dataReceived",
        lambda event: seen.setdefault(event["requestId"], {}).update(
            decoded=seen[event["requestId"]].get("decoded", 0) + event["dataLength"]
        ),
    )
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    records = [r for r in seen.values() if "url" in r]
    return context, page, records


def non_images(records):
    return [r for r in records if r["type"] != "Image"]


@pytest.mark.parametrize("key", FIRST_LOADS)
def test_first_load_stays_within_50_kb_and_6_requests_excluding_images(
    live_site, browser, key
):
    context, _page, records = first_load(browser, live_site.base + live_site.urls[key])
    try:
        counted = non_images(records)
        total = sum(r.get("bytes", 0) for r in counted)
        # Unpacked too: the budget holds whether or not a proxy compresses.
        decoded = sum(r.get("decoded", 0) for r in counted)
        listing = [
            (urlsplit(r["url"]).path, r.get("bytes"), r.get("decoded")) for r in counted
        ]
        assert len(counted) <= BUDGET_REQUESTS, listing
        assert total <= BUDGET_BYTES, f"{total} bytes: {listing}"
        assert decoded <= BUDGET_BYTES, f"{decoded} bytes unpacked: {listing}"
    finally:
        context.close()


@pytest.mark.parametrize("key", ["HomePage:pl", "ArticlePage:pl"])
def test_static_text_files_are_sent_compressed(live_site, browser, key):
    context, _page, records = first_load(browser, live_site.base + live_site.urls[key])
    try:
        static = [r for r in records if urlsplit(r["url"]).path.startswith("/static/")]
        assert static, "no static file loaded"
        for record in static:
            if record["type"] in ("Stylesheet", "Script"):
                assert record["encoding"] in ("br", "gzip", "zstd"), record
    finally:
        context.close()


@pytest.mark.parametrize("key", ["HomePage:en", "ArticlePage:ar"])
def test_nothing_render_blocking_comes_from_another_origin(live_site, page, key):
    page.goto(live_site.base + live_site.urls[key])
    blocking = page.evaluate(
        """() => {
            const own = location.origin;
            const out = [];
            for (const s of document.querySelectorAll('script[src]')) {
                const url = new URL(s.src, location.href);
                if (url.origin !== own) out.push('script ' + url);
                else if (!s.defer && !s.async && s.type !== 'module'
                         && s.closest('head')) out.push('blocking script ' + url);
            }
            for (const l of document.querySelectorAll('link[rel~=stylesheet]')) {
                const url = new URL(l.href, location.href);
                if (url.origin !== own) out.push('stylesheet ' + url);
            }
            const hints = 'link[rel~=preload],link[rel~=preconnect]';
            for (const l of document.querySelectorAll(hints)) {
                const url = new URL(l.href, location.href);
                if (url.origin !== own) out.push('preload ' + url);
            }
            return out;
        }"""
    )
    assert blocking == []


IMAGE_FACTS = """() => {
    const fold = window.innerHeight;
    return [...document.querySelectorAll('main img, header img')].map(img => {
        const box = img.getBoundingClientRect();
        return {
            src: img.currentSrc || img.src,
            width: img.getAttribute('width'),
            height: img.getAttribute('height'),
            srcset: img.getAttribute('srcset') || '',
            loading: img.getAttribute('loading') || 'eager',
            belowFold: box.top + window.scrollY >= fold,
        };
    });
}"""


def is_vector(src):
    return urlsplit(src).path.endswith(".svg")


@pytest.mark.parametrize(
    "key", ["HomePage:pl", "ArticlePage:pl", "NewsCategoryPage:de", "HomePage:ar"]
)
def test_images_are_sized_responsive_webp_and_lazy_below_the_fold(live_site, page, key):
    page.goto(live_site.base + live_site.urls[key])
    images = page.evaluate(IMAGE_FACTS)
    assert images, f"{key}: the demo page should show at least one image"
    for image in images:
        assert image["width"] and image["height"], image
        if not is_vector(image["src"]):  # a flag's SVG is sharp at any size
            assert image["srcset"].count("w,") >= 1 or " 1x" in image["srcset"], image
            candidates = re.findall(r"(\S+)\s+\d+[wx]", image["srcset"])
            assert candidates and all(c.endswith(".webp") for c in candidates), image
        if image["belowFold"]:
            assert image["loading"] == "lazy", image


def test_no_layout_shift_on_first_load(live_site, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.add_init_script(
        """window.__cls = 0;
        new PerformanceObserver(list => {
            for (const e of list.getEntries())
                if (!e.hadRecentInput) window.__cls += e.value;
        }).observe({type: 'layout-shift', buffered: true});"""
    )
    try:
        for key in ("HomePage:pl", "ArticlePage:pl"):
            page.goto(live_site.base + live_site.urls[key])
            page.wait_for_load_state("networkidle")
            assert page.evaluate("() => window.__cls") < 0.01, key
    finally:
        context.close()


def _static_urls(live_site, page):
    page.goto(live_site.base + live_site.urls["HomePage:pl"])
    return page.evaluate(
        """() => [...document.querySelectorAll(
            'link[rel~=stylesheet][href], script[src]')].map(e => e.href || e.src)"""
    )


def test_hashed_static_files_are_cached_for_a_year(live_site, page):
    urls = [u for u in _static_urls(live_site, page) if "/static/" in u]
    assert urls
    for url in urls:
        assert re.search(r"\.[0-9a-f]{12}\.(css|js)$", url), f"not hashed: {url}"
        with urllib.request.urlopen(urljoin(live_site.base, url)) as response:
            header = response.headers.get("Cache-Control", "")
        max_age = int(re.search(r"max-age=(\d+)", header).group(1))
        assert "immutable" in header or max_age >= ONE_YEAR, (url, header)
        assert max_age >= ONE_YEAR, (url, header)
