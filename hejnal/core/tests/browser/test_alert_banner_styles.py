"""Alert banners: each severity looks different (colour, icon shape and label
text), its text is readable (WCAG AA contrast), and the label is whole in
left-to-right and right-to-left pages, wide and narrow."""

import json

import pytest

from .conftest import _manage, run_axe

MESSAGES = {
    "info": "Nowe godziny pracy biura od poniedziałku",
    "warning": "Utrudnienia w dojeździe do urzędu z powodu remontu ulicy",
    "critical": "Biuro jest dziś zamknięte z powodu awarii zasilania",
}

BANNERS = """
from hejnal.editorial.models import AlertBanner
messages = %s
if messages:
    for severity, message in messages.items():
        AlertBanner.objects.create(
            message=message, severity=severity, link_url="https://example.org/"
        )
else:
    AlertBanner.objects.filter(link_url="https://example.org/").delete()
"""

FACTS = """() => {
    const rgb = value => value.match(/[\\d.]+/g).slice(0, 3).map(Number);
    const luminance = colour => {
        const [r, g, b] = rgb(colour).map(c => {
            c /= 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a, b) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
    };
    return [...document.querySelectorAll('.alert-banner')].map(banner => {
        const label = banner.querySelector('.alert-banner__label');
        const icon = banner.querySelector('.alert-banner__icon');
        const text = banner.querySelector('.alert-banner__text');
        const link = banner.querySelector('a');
        const style = getComputedStyle(banner);
        const iconStyle = getComputedStyle(icon);
        const box = label.getBoundingClientRect();
        const inner = banner.querySelector('.alert-banner__message')
            .getBoundingClientRect();
        return {
            severity: banner.className.match(/alert-banner--(\\w+)/)[1],
            background: style.backgroundColor,
            edge: style.borderBlockEndWidth + ' ' + style.borderBlockEndColor,
            textContrast: contrast(getComputedStyle(text).color,
                                   style.backgroundColor),
            labelContrast: contrast(getComputedStyle(label).color,
                                    style.backgroundColor),
            linkContrast: contrast(getComputedStyle(link).color,
                                   style.backgroundColor),
            iconContrast: contrast(iconStyle.backgroundColor,
                                   style.backgroundColor),
            icon: getComputedStyle(icon, '::before').content + ' '
                + iconStyle.clipPath + ' ' + iconStyle.borderRadius,
            iconWidth: icon.getBoundingClientRect().width,
            label: label.textContent.trim(),
            labelWhole: label.scrollWidth <= label.clientWidth + 1
                && box.left >= inner.left - 1 && box.right <= inner.right + 1
                && box.left >= 0 && box.right <= window.innerWidth,
            labelAtStart: getComputedStyle(document.documentElement).direction
                === 'rtl' ? Math.abs(box.right - inner.right) < 2
                          : Math.abs(box.left - inner.left) < 2,
        };
    });
}"""


@pytest.fixture
def banners(live_site):
    _manage(live_site.env, "shell", "-c", BANNERS % json.dumps(MESSAGES))
    try:
        yield MESSAGES
    finally:
        _manage(live_site.env, "shell", "-c", BANNERS % "{}")


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("language", ["pl", "ar"])
def test_each_severity_has_its_own_readable_look_and_a_whole_label(
    live_site, browser, axe_source, banners, language, width
):
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.goto(f"{live_site.base}/{language}/")
        facts = {fact["severity"]: fact for fact in page.evaluate(FACTS)}
        assert set(facts) == set(banners)
        for severity, fact in facts.items():
            assert fact["textContrast"] >= 4.5, fact
            assert fact["labelContrast"] >= 4.5, fact
            assert fact["linkContrast"] >= 4.5, fact
            assert fact["iconContrast"] >= 3, fact  # a graphic: WCAG 1.4.11
            assert fact["iconWidth"] > 0 and fact["label"].endswith(":"), fact
            assert fact["labelWhole"] and fact["labelAtStart"], (severity, fact)
        for key in ("background", "edge", "icon", "label"):
            assert len({fact[key] for fact in facts.values()}) == 3, key
        assert run_axe(page, axe_source) == []
        scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
        assert scroll_width <= width
    finally:
        context.close()
