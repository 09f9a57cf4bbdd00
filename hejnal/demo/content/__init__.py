"""Demo content for Hejnał: fresh multilingual texts about Kraków.

Everything here is plain data written for the demo (no third-party imports):

* per-language modules (``pl``, ``en``, ``de``, ``uk``, ``ar``) hold the site texts,
  categories, topics, static pages, hand-written articles and image alt texts;
* ``<lang>_blocks`` modules hold the building blocks for generated articles
  (partner cities and countries with the grammatical forms the templates need);
* ``generator`` composes any number of extra articles from those building blocks,
  deterministically for a given seed.

The functions below are the public interface used by the demo loader; they
add the slugs, which follow the site's one rule (``hejnal.core.slugs``).
"""

import copy
import importlib
from dataclasses import dataclass, field
from datetime import date

from hejnal.core.slugs import slug_for

CATEGORY_KEYS = ("news", "cooperation", "national-days")
TOPIC_KEYS = (
    "culture",
    "education",
    "business",
    "partner-cities",
    "diplomacy",
    "ukraine",
    "tourism",
    "science",
    "sport",
    "environment",
)
LANGUAGES = ("pl", "en", "de", "uk", "ar")

IMAGE_KEYS = (
    "market-square",
    "wawel",
    "vistula",
    "tram",
    "flags",
    "conference",
    "students",
    "concert",
    "handshake",
    "old-town-roofs",
    "park",
    "museum",
)

# Hints for the illustration generator: three colours and one drawing motif.
IMAGE_STYLE = {
    "market-square": {"colors": ["#2b3a67", "#e0a458", "#f4e9d8"], "motif": "arches"},
    "wawel": {"colors": ["#1d3557", "#c1666b", "#f1faee"], "motif": "tower"},
    "vistula": {"colors": ["#0b4f6c", "#01baef", "#fbfbff"], "motif": "river"},
    "tram": {"colors": ["#1b4965", "#5fa8d3", "#f2cc8f"], "motif": "tram"},
    "flags": {"colors": ["#003399", "#ffcc00", "#dc143c"], "motif": "flags"},
    "conference": {"colors": ["#22223b", "#4a4e69", "#c9ada7"], "motif": "circles"},
    "students": {"colors": ["#264653", "#2a9d8f", "#e9c46a"], "motif": "people"},
    "concert": {"colors": ["#3d0066", "#ff6f59", "#ffd23f"], "motif": "circles"},
    "handshake": {"colors": ["#354f52", "#84a98c", "#f6bd60"], "motif": "people"},
    "old-town-roofs": {
        "colors": ["#9b2226", "#ca6702", "#e9d8a6"],
        "motif": "roofs",
    },
    "park": {"colors": ["#283618", "#606c38", "#dda15e"], "motif": "trees"},
    "museum": {"colors": ["#343a40", "#adb5bd", "#e76f51"], "motif": "arches"},
}


@dataclass(frozen=True)
class ArticleSpec:
    category: str  # one of CATEGORY_KEYS
    title: str  # <= 120 chars, unique within a language for the first 400 specs
    lead: str  # 1-2 sentences, <= 300 chars
    paragraphs: tuple[str, ...]  # 2-5 plain-text paragraphs (no HTML)
    topics: tuple[str, ...]  # 1-3 of TOPIC_KEYS
    days_ago: int  # days before "today" the article was published (0..3650)
    heading: str = ""  # optional subheading placed before the last paragraph
    quote: str = ""  # optional quotation (plain text)
    quote_by: str = ""  # who said it (plain text)
    # (month, day) for an article tied to a date in the year: a greeting on its
    # national day, a story in its season. ``article_specs`` then moves the date
    # to the occurrence of that day nearest to ``days_ago`` (never after today).
    on: tuple[int, int] | None = None


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable key, e.g. "privacy"
    title: str
    intro: str  # 1-2 sentences
    sections: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())


PAGE_KEYS = (
    "cooperation-principles",
    "privacy",
    "accessibility",
    "office",
    "foreign-residents",
)


def _module(lang):
    if lang not in LANGUAGES:
        raise ValueError(f"Unsupported language: {lang!r}")
    return importlib.import_module(f"{__name__}.{lang}")


def site_texts(lang) -> dict:
    """Site name, home page texts, the three main sections and "see also" links.

    Each section's ``slug`` follows the site's rule (``hejnal.core.slugs``).
    """
    texts = copy.deepcopy(_module(lang).SITE)
    for section in texts["sections"]:
        section["slug"] = slug_for(section["title"])
    return texts


def category_texts(lang) -> dict[str, dict]:
    """Category key -> {"title", "slug", "intro"}; the slug follows the rule."""
    categories = copy.deepcopy(_module(lang).CATEGORIES)
    for category in categories.values():
        category["slug"] = slug_for(category["title"])
    return categories


def topic_names(lang) -> dict[str, str]:
    """Topic key -> localized topic name."""
    return dict(_module(lang).TOPICS)


def page_specs(lang) -> list[PageSpec]:
    """The five static pages (see PAGE_KEYS) in the given language."""
    return list(_module(lang).PAGES)


def article_specs(
    lang: str, count: int, seed: int = 0, *, today: date | None = None
) -> list[ArticleSpec]:
    """Return exactly ``count`` articles: hand-written ones first, then generated.

    The result is deterministic for a given ``lang``, ``count`` and ``seed``.
    Optionally pass ``today`` (the date the loader treats as "today"): articles
    tied to a day of the year (``on``, national-day greetings, seasonal events)
    then get a ``days_ago`` that falls on that day, or in that season, of a past
    year; without it ``days_ago`` is taken as written.
    """
    from .generator import generate

    blocks = importlib.import_module(f"{__name__}.{lang}_blocks")
    return generate(lang, _module(lang).ARTICLES, blocks.GEN, count, seed, today=today)


def image_alts(lang) -> dict[str, str]:
    """Image key (see IMAGE_KEYS) -> alt text describing the generated drawing."""
    return dict(_module(lang).IMAGE_ALTS)
