"""Deterministic generator of demo articles.

``generate()`` returns the hand-written articles of a language first (interleaved by
category, in a fixed order) and then composes as many further articles as needed
from the building blocks in the ``GEN`` dict of the ``<lang>_blocks`` module:

``GEN = {
    "cities": (slot dict, ...),     # keys city, city_gen, city_in, city_from, ...
    "countries": (slot dict, ...),  # keys country, holiday, ..., month, day
    "themes": (slot dict, ...),     # keys theme, theme_gen, ..., theme_topic
    "events": (slot dict, ...),     # keys event, ..., event_topic, event_when
    "templates": {category: ({"title", "lead", "body", "topics"[, "when",
                              "spread"]}, ...)},
    "extra": {category: (paragraph template, ...)},
    "headings": {category: (heading template, ...)},
    "quotes": {category: ((quote template, quote_by), ...)},
}``

Templates are ``str.format`` strings; each slot name fixes the grammatical form
(e.g. Polish ``{city_in}`` is always a locative phrase such as "w Norymberdze"), so
the generated sentences stay grammatical.  A template's topics are completed with the
``*_topic`` value of every slot family it mentions (at most three topics in total).

Dates agree with the text when ``today`` is given: a greeting is dated on its
national day (one greeting per day and year, as long as the years last), a story
about an event (``event_when``, its usual (month, day)) in the two weeks before it,
and a template with a season of its own (``when`` and ``spread`` in days) in the
``spread`` days before ``when``.
"""

import calendar
import gc
import random
from dataclasses import replace
from datetime import date, timedelta

from . import CATEGORY_KEYS, TOPIC_KEYS, ArticleSpec

# Generated categories follow this cycle: 40 % news, 40 % cooperation, 20 % days.
CYCLE = ("news", "cooperation", "national-days", "news", "cooperation")
UNIQUE_TITLES_UP_TO = 400
MAX_TRIES = 80
MAX_DAYS_AGO = 3650
FAMILIES = ("city", "country", "theme", "event")
EVENT_SPREAD = 14  # news about an event appears in the two weeks before it
GREETING_YEARS = 9  # generated greetings fall in this many most recent years


def interleave(articles):
    """Round-robin the articles by category, keeping their order within a category."""
    buckets = [[a for a in articles if a.category == key] for key in CATEGORY_KEYS]
    out = []
    for i in range(max((len(b) for b in buckets), default=0)):
        out.extend(b[i] for b in buckets if i < len(b))
    return out


class _Template:
    __slots__ = ("title", "lead", "body", "topics", "families", "when", "spread")

    def __init__(self, raw):
        self.title = raw["title"]
        self.lead = raw["lead"]
        self.body = tuple(raw["body"])
        text = " ".join((self.title, self.lead, *self.body))
        self.families = tuple(f for f in FAMILIES if "{" + f in text)
        self.topics = tuple(raw["topics"])
        self.when = raw.get("when")
        self.spread = raw.get("spread", EVENT_SPREAD)


class _Blocks:
    def __init__(self, gen):
        names = {"city": "cities", "country": "countries"}
        self.pools = {f: tuple(gen[names.get(f, f + "s")]) for f in FAMILIES}
        self.pool_list = tuple(self.pools[f] for f in FAMILIES)
        self.templates = {
            cat: tuple(_Template(t) for t in gen["templates"][cat])
            for cat in CATEGORY_KEYS
        }
        self.extra = {cat: tuple(gen["extra"][cat]) for cat in CATEGORY_KEYS}
        self.headings = {cat: tuple(gen["headings"][cat]) for cat in CATEGORY_KEYS}
        self.quotes = {cat: tuple(gen["quotes"][cat]) for cat in CATEGORY_KEYS}


_PREPARED = {}


def _prepared(lang, articles, gen):
    """Interleaved hand-written articles and parsed building blocks, per language."""
    if lang not in _PREPARED:
        _PREPARED[lang] = (tuple(interleave(articles)), _Blocks(gen))
    return _PREPARED[lang]


def day_in_year(year, month, day):
    """The (month, day) of a year; 29 February is the 28th in a common year."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        day = 28
    return date(year, month, day)


def nearest_occurrence(month_day, target, latest):
    """The date with this (month, day) nearest to ``target``, never after ``latest``."""
    found = [
        when
        for year in range(target.year - 1, target.year + 2)
        if (when := day_in_year(year, *month_day)) <= latest
    ]
    return min(found, key=lambda when: abs((when - target).days))


def pinned(spec, today):
    """A hand-written spec with ``on`` dated on the nearest such day (see ``on``)."""
    if spec.on is None:
        return spec
    target = today - timedelta(days=spec.days_ago)
    when = nearest_occurrence(spec.on, target, today)
    return replace(spec, days_ago=(today - when).days)


def _greeting_days_ago(rnd, country, today, greeted):
    """days_ago of the holiday itself in one of the recent years, preferring a year
    whose day has no greeting yet (None if the country has no fixed date)."""
    month, day = country.get("month"), country.get("day")
    if not (month and day):
        return None
    first = int(rnd() * GREETING_YEARS)
    options = []
    for step in range(GREETING_YEARS):
        when = day_in_year(today.year - (first + step) % GREETING_YEARS, month, day)
        if when > today:
            when = day_in_year(when.year - 1, month, day)
        if when not in greeted:
            return (today - when).days
        options.append(when)
    return (today - options[0]).days


def _season_days_ago(rnd, month_day, spread, today):
    """days_ago of a date up to ``spread`` days before (month, day) in some year."""
    target = today - timedelta(days=int(rnd() * (MAX_DAYS_AGO + 1)))
    when = nearest_occurrence(month_day, target, today)
    return (today - when).days + int(rnd() * (spread + 1))


def _compose(rnd, blocks, category, today, greeted=frozenset()):
    """One article; ``rnd`` is the seeded ``random()`` (indexing by hand is faster
    than ``choice``/``sample``, which matters for 100,000+ specs)."""
    templates = blocks.templates[category]
    template = templates[int(rnd() * len(templates))]
    slots = {}
    for pool in blocks.pool_list:
        slots.update(pool[int(rnd() * len(pool))])
    title = template.title.format_map(slots)
    lead = template.lead.format_map(slots)
    paragraphs = [p.format_map(slots) for p in template.body]
    extra = blocks.extra[category]
    n = len(extra)
    first = int(rnd() * n)
    paragraphs.append(extra[first].format_map(slots))
    if len(paragraphs) < 3 and n > 1 and rnd() < 0.5:
        second = int(rnd() * (n - 1))
        second += second >= first
        paragraphs.append(extra[second].format_map(slots))
    topics = list(template.topics)
    for family in template.families:
        topic = slots.get(family + "_topic")
        if topic and topic not in topics:
            topics.append(topic)
    heading = quote = quote_by = ""
    roll = rnd()
    if roll < 0.45:
        headings = blocks.headings[category]
        heading = headings[int(rnd() * len(headings))].format_map(slots)
    elif roll > 0.6:
        quotes = blocks.quotes[category]
        quote, quote_by = quotes[int(rnd() * len(quotes))]
        quote = quote.format_map(slots)
        quote_by = quote_by.format_map(slots)
    days_ago = None
    if today is not None:
        if category == "national-days":
            days_ago = _greeting_days_ago(rnd, slots, today, greeted)
        elif "event" in template.families and slots.get("event_when"):
            days_ago = _season_days_ago(rnd, slots["event_when"], EVENT_SPREAD, today)
        elif template.when:
            days_ago = _season_days_ago(rnd, template.when, template.spread, today)
    if days_ago is None:
        days_ago = int(rnd() * (MAX_DAYS_AGO + 1))
    return ArticleSpec(
        category=category,
        title=title,
        lead=lead,
        paragraphs=tuple(paragraphs),
        topics=tuple(topics[:3]),
        days_ago=days_ago,
        heading=heading,
        quote=quote,
        quote_by=quote_by,
    )


def generate(lang, articles, gen, count, seed=0, *, today=None):
    """Hand-written ``articles`` first (sliced if ``count`` is small), then specs
    composed from the building blocks ``gen`` (see the module docstring)."""
    if count <= 0:
        return []
    hand, blocks = _prepared(lang, articles, gen)
    if today is not None:
        hand = tuple(pinned(spec, today) for spec in hand)
    if count <= len(hand):
        return list(hand[:count])
    # A separate stream per language, so that the languages do not mirror each other.
    rnd = random.Random(f"{lang}:{seed}").random
    out = list(hand)
    seen = {a.title for a in hand}
    # Hundreds of thousands of small objects would trigger many useless collections.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        _fill(out, count, rnd, blocks, seen, today)
    finally:
        if gc_was_enabled:
            gc.enable()
    return out


def _fill(out, count, rnd, blocks, seen, today):
    # The days that already have a greeting: the calendar links one per day.
    greeted = set()
    if today is not None:
        greeted = {
            today - timedelta(days=spec.days_ago)
            for spec in out
            if spec.category == "national-days"
        }
    offset = len(out)
    for i in range(count - offset):
        category = CYCLE[i % len(CYCLE)]
        spec = _compose(rnd, blocks, category, today, greeted)
        if len(out) < UNIQUE_TITLES_UP_TO:
            tries = 1
            while spec.title in seen and tries < MAX_TRIES:
                spec = _compose(rnd, blocks, category, today, greeted)
                tries += 1
            seen.add(spec.title)
        if today is not None and category == "national-days":
            greeted.add(today - timedelta(days=spec.days_ago))
        out.append(spec)


def check_topics(specs):
    """Small helper for tests: every topic and category key is a known one."""
    return all(
        s.category in CATEGORY_KEYS and s.topics and set(s.topics) <= set(TOPIC_KEYS)
        for s in specs
    )


__all__ = ["CYCLE", "check_topics", "generate", "interleave"]
