"""One rule for page slugs, in every language.

A page's slug is its title in its own language, transliterated to ASCII with
``anyascii`` (the library Wagtail itself uses), in lower case, words joined by
hyphens: only ``a``–``z``, ``0``–``9`` and ``-``, at most ``MAX_LENGTH``
characters, cut at a word boundary. “Współpraca międzynarodowa” becomes
``wspolpraca-miedzynarodowa``, “Міжнародна співпраця”
``mizhnarodna-spivpratsya``, “التعاون الدولي” ``ltwn-ldwly``. A second page of
the same title under the same parent gets ``-2``, ``-3``… A language's home
page is named after its language code (its address is ``/<code>/`` anyway).

Addresses stay plain ASCII in every language, so they are never
percent-encoded when copied, read aloud or printed. The demo and the importers
build slugs here; the admin suggests one from the title the same way
(``WAGTAIL_ALLOW_UNICODE_SLUGS = False``) and editors may shorten it.
"""

import re

from anyascii import anyascii
from django.utils.text import slugify

MAX_LENGTH = 70
PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def slug_for(text, max_length=MAX_LENGTH):
    """The slug the rule gives ``text`` ("" when nothing of it is left)."""
    slug = slugify(anyascii(str(text or "")))
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else slug[:max_length]
    return slug.strip("-")


def unique_slug(text, taken, fallback="page", max_length=MAX_LENGTH):
    """``slug_for(text)``, numbered if ``taken`` has it already; adds it there."""
    base = slug_for(text, max_length) or fallback
    slug, number = base, 2
    while slug in taken:
        suffix = f"-{number}"
        slug = f"{slug_for(base, max_length - len(suffix)) or fallback}{suffix}"
        number += 1
    taken.add(slug)
    return slug
