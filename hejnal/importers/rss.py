"""RSS 2.0 and Atom feeds → :class:`SourceItem` (parsing by feedparser)."""

import calendar
import html
import re
from datetime import UTC, datetime

import feedparser
from django.utils import timezone
from django.utils.translation import gettext as _

from .base import MAX_LEAD, ImportRefused, SourceItem
from .sanitize import plain_text
from .sources import check_xml_safety

EARLIEST_YEAR = 1900
_EMAIL_AND_NAME = re.compile(r"^\S+@\S+\s*\((.+)\)$")
LATEST_YEARS_AHEAD = 5


def _html(detail_value, detail_type):
    """Feed text as HTML: plain text is escaped, HTML kept for the sanitiser."""
    if detail_type in ("text/plain", "text"):
        return html.escape(detail_value or "", quote=False)
    return detail_value or ""


def _date(entry):
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = dict.get(entry, key)  # no feedparser fallbacks between keys
        if parsed:
            try:
                moment = datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
            except (OverflowError, ValueError, OSError):
                continue
            latest = timezone.now().year + LATEST_YEARS_AHEAD
            if EARLIEST_YEAR <= moment.year <= latest:
                return moment
    return None


def _author(entry):
    """The author's name; e-mail addresses are never shown publicly."""
    raw = (entry.get("author") or "").strip()
    rss_style = _EMAIL_AND_NAME.match(raw)  # "press@city.example (Press Office)"
    if rss_style:
        return rss_style.group(1).strip()
    detail = entry.get("author_detail") or {}
    name = (detail.get("name") or raw).strip()
    if "@" in name:
        return ""
    return name


def _categories(entry):
    names = []
    for tag in entry.get("tags") or []:
        name = (tag.get("label") or tag.get("term") or "").strip()
        if name and name not in names:
            names.append(name)
    return names


def _item(entry):
    # Titles are read as HTML whatever they claim: RSS titles are often
    # entity-encoded markup, and plain text survives the round trip.
    title = entry.get("title", "")
    summary = ""
    if entry.get("summary"):
        summary_detail = entry.get("summary_detail") or {}
        summary = _html(entry["summary"], summary_detail.get("type"))
    body = ""
    contents = entry.get("content") or []
    if contents:
        chosen = next(
            (c for c in contents if "html" in (c.get("type") or "")), contents[0]
        )
        body = _html(chosen.get("value"), chosen.get("type"))
        if body.strip() == summary.strip():
            summary = ""
    elif len(plain_text(summary)) > MAX_LEAD:
        body = summary  # a long description is the article itself
    link = (entry.get("link") or "").strip()
    key = (entry.get("id") or "").strip() or link
    hero = next(
        (
            enclosure.get("href", "")
            for enclosure in entry.get("enclosures") or []
            if (enclosure.get("type") or "").startswith("image/")
        ),
        "",
    )
    return SourceItem(
        source_key=key[:500],
        title=title,
        summary_html=summary,
        body_html=body,
        date=_date(entry),
        date_raw=dict.get(entry, "published") or dict.get(entry, "updated") or "",
        author=_author(entry),
        categories=_categories(entry),
        link=link,
        hero_url=hero,
    )


def parse_feed(data):
    """``(items, warnings)`` for the bytes of an RSS or Atom document."""
    well_formed = check_xml_safety(data)
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        raise ImportRefused(_("This is not an RSS or Atom feed."))
    warnings = []
    if not well_formed or parsed.get("bozo"):
        warnings.append(
            _("The feed is not well-formed XML; it was read leniently: %(error)s")
            % {"error": parsed.get("bozo_exception", "")}
        )
    return [_item(entry) for entry in parsed.entries], warnings
