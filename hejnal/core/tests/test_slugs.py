"""One rule for page slugs in every language (hejnal.core.slugs)."""

import pytest
from django.conf import settings

from hejnal.core.slugs import MAX_LENGTH, PATTERN, slug_for, unique_slug


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Współpraca międzynarodowa", "wspolpraca-miedzynarodowa"),
        ("Grüße aus Krakau", "grusse-aus-krakau"),
        ("Міжнародна співпраця", "mizhnarodna-spivpratsya"),
        ("التعاون الدولي", "ltwn-ldwly"),
        ("  Kraków — Open to the World!  ", "krakow-open-to-the-world"),
    ],
)
def test_slug_is_the_title_transliterated_to_ascii(title, slug):
    assert slug_for(title) == slug


def test_long_titles_are_cut_at_a_word_boundary():
    title = "Jedna z najdłuższych nazw stron w całym serwisie miasta " * 3
    whole = slug_for(title, max_length=1000)
    slug = slug_for(title)
    assert len(slug) <= MAX_LENGTH and PATTERN.fullmatch(slug)
    assert whole.startswith(slug + "-")


def test_repeated_titles_are_numbered_and_nothing_left_falls_back():
    taken = set()
    assert [unique_slug("Aktualności", taken) for _ in range(3)] == [
        "aktualnosci",
        "aktualnosci-2",
        "aktualnosci-3",
    ]
    assert unique_slug("!!!", taken, fallback="item") == "item"


def test_the_admin_suggests_ascii_slugs_too():
    assert settings.WAGTAIL_ALLOW_UNICODE_SLUGS is False
