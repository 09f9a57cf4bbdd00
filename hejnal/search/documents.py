"""What of a page goes into the search index, and what a result shows of it.

A result shows the page's summary (its lead, introduction or search
description, else the start of its first paragraph) and, where the words
matched in the text instead, the words around the match. Only the page's own
prose is ever quoted: what a directory page lists (``search_text``: country
names in five scripts, addresses, office hours) is matched but never shown.
A result carries a date only when the page has one of its own (a ``date``
field, e.g. an article's publication date); for other pages the index keeps
their first publication date for sorting and date filters, but shows none.
"""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail import blocks
from wagtail.fields import StreamField

from hejnal.core.visibility import is_visible

# Language roots are reached from the menu and the header, not found by search.
NOT_INDEXED = {"homepage"}
BODY_LIMIT = 200_000
SUMMARY_WORDS = 40


@dataclass
class Document:
    title: str
    lead: str  # the summary a result shows
    body: str  # the page's own prose, quoted around a match
    date: object
    category_id: int | None
    language: str
    extra: str = ""  # matched, never shown (what the page lists)
    lead_is_own: bool = True  # False: the lead is the first paragraph's start


def _text(value):
    return " ".join(strip_tags(str(value)).split())


def _lead(page):
    for attribute in ("lead", "intro", "search_description"):
        value = getattr(page, attribute, "")
        if isinstance(value, str) and value.strip():
            return _text(value)
    return ""


def _stream_values(page):
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            yield field, getattr(page, field.name)


def _body(page):
    parts = []
    for field, value in _stream_values(page):
        parts.extend(field.stream_block.get_searchable_content(value))
    return _text(" ".join(str(part) for part in parts))[:BODY_LIMIT]


def _extra(page):
    extra = getattr(page, "search_text", None)
    return _text(extra())[:BODY_LIMIT] if callable(extra) else ""


def _first_paragraph(page):
    """The start of the page's first paragraph of rich text, or ""."""
    for _field, value in _stream_values(page):
        for child in value:
            if isinstance(child.block, blocks.RichTextBlock):
                text = _text(" ".join(child.block.get_searchable_content(child.value)))
                if text:
                    return Truncator(text).words(SUMMARY_WORDS, truncate=" …")
    return ""


def has_own_date(page_class):
    """Whether pages of this type carry a date of their own (a ``date``
    field): results show it; other pages' index dates are not shown."""
    if page_class is None:
        return False
    try:
        field = page_class._meta.get_field("date")
    except Exception:  # no such field
        return False
    return not field.is_relation


def _date(page):
    date = getattr(page, "date", None)
    if date is not None and not callable(date):
        return date
    return published_date(page.first_published_at, page.last_published_at)


def published_date(first_published_at, last_published_at):
    """The date of a page without a date of its own."""
    moment = first_published_at or last_published_at or timezone.now()
    return timezone.localdate(moment)


def _category_id(page):
    from hejnal.news.models import ArticlePage, NewsCategoryPage

    if isinstance(page, ArticlePage):
        parent = page.get_parent()
        if parent is not None and parent.specific_class is NewsCategoryPage:
            return parent.pk
    return None


def is_indexable(page):
    """Live, public, reachable pages; never drafts, private or detached ones."""
    if page.depth <= 1 or page.specific_class is None:
        return False
    if page.specific_class._meta.model_name in NOT_INDEXED:
        return False
    if not is_visible(page):
        return False
    return page.get_url_parts() is not None


UNKNOWN = object()


def document_for(page, category_id=UNKNOWN, language=None):
    """The page's document; the bulk rebuild passes what it already knows."""
    page = page.specific
    lead = _lead(page)
    return Document(
        title=page.title,
        lead=lead or _first_paragraph(page),
        body=_body(page),
        extra=_extra(page),
        date=_date(page),
        category_id=_category_id(page) if category_id is UNKNOWN else category_id,
        language=language or page.locale.language_code,
        lead_is_own=bool(lead),
    )
