"""Every demo page's address follows the site's one slug rule
(hejnal.core.slugs): the title in ASCII, in every language."""

import re

import pytest
from wagtail.models import Page

from hejnal.core.slugs import PATTERN, slug_for


def follows_the_rule(page):
    if page.depth == 2:  # a language's home: /<code>/
        return page.slug == page.locale.language_code
    expected = slug_for(page.title)
    if page.slug == expected:
        return True
    numbered = re.fullmatch(r"(?P<stem>.+)-(?:[2-9]|[1-9]\d+)", page.slug)
    return bool(numbered) and (
        expected == numbered["stem"] or expected.startswith(numbered["stem"] + "-")
    )


@pytest.mark.django_db
def test_every_demo_page_slug_is_its_title_in_ascii():
    pages = Page.objects.filter(depth__gte=2).select_related("locale")
    assert pages.count() > 200
    wrong = [
        (page.locale.language_code, page.title, page.slug)
        for page in pages
        if not (PATTERN.fullmatch(page.slug) and follows_the_rule(page))
    ]
    assert wrong == []


@pytest.mark.django_db
def test_arabic_and_ukrainian_addresses_carry_their_own_words():
    slugs = {}
    for page in Page.objects.filter(depth__gte=3).select_related("locale"):
        slugs.setdefault(page.locale.language_code, set()).add(page.slug)
    assert "partner-cities" in slugs["en"]
    assert "partner-cities" not in slugs["ar"] and "lmdn-lshrykh" in slugs["ar"]
    assert "mista-partneri" in slugs["uk"]
