"""What of a page goes into the search index."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.fields import StreamField

from hejnal.core.visibility import is_visible

# Language roots are reached from the menu and the header, not found by search.
NOT_INDEXED = {"homepage"}
BODY_LIMIT = 200_000


@dataclass
class Document:
    title: str
    lead: str
    body: str
    date: object
    category_id: int | None
    language: str


def _text(value):
    return " ".join(strip_tags(str(value)).split())


def _lead(page):
    for attribute in ("lead", "intro", "search_description"):
        value = getattr(page, attribute, "")
        if isinstance(value, str) and value.strip():
            return _text(value)
    return ""


def _body(page):
    parts = []
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            value = getattr(page, field.name)
            parts.extend(field.stream_block.get_searchable_content(value))
    extra = getattr(page, "search_text", None)
    if callable(extra):
        parts.append(extra())
    return _text(" ".join(str(part) for part in parts))[:BODY_LIMIT]


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
    return Document(
        title=page.title,
        lead=_lead(page),
        body=_body(page),
        date=_date(page),
        category_id=_category_id(page) if category_id is UNKNOWN else category_id,
        language=language or page.locale.language_code,
    )
