"""RSS 2.0 and Atom feeds → :class:`SourceItem` (parsing by feedparser)."""

import calendar
import html
import re
from datetime import UTC, datetime

import feedparser
from django.utils import timezone
from django.utils.translation import gettext as _

from .base import (
    EARLIEST_YEAR,
    LATEST_YEARS_AHEAD,
    MAX_LEAD,
    ImportRefused,
    SourceItem,
)
from .salvage import ascii_compatible, root_element, split_entries
from .sanitize import plain_text
from .sources import check_xml_safety

_EMAIL_AND_NAME = re.compile(r"^\S+@\S+\s*\((.+)\)$")


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


_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_ALTERNATE = re.compile(
    rb"<link\b[^>]*\btype=[\"']application/(?:rss|atom)\+xml[\"'][^>]*>", re.I
)
_HREF = re.compile(rb"\bhref=[\"']([^\"'<>]+)[\"']", re.I)


def _refuse_html(data):
    """An HTML page given instead of a feed: say so, and name its feed if any."""
    head = ascii_compatible(data)[0][:1_000_000]
    root = root_element(head)
    if not _HTML_START.match(head) and (root is None or root[0].lower() != "html"):
        return
    alternate = _ALTERNATE.search(head)
    href = _HREF.search(alternate.group(0)) if alternate else None
    if href:
        raise ImportRefused(
            _(
                "This is a web page, not a feed. The page names its feed at "
                "%(address)s; import that address instead."
            )
            % {"address": html.unescape(href.group(1).decode("utf-8", "replace"))}
        )
    raise ImportRefused(_("This is a web page, not an RSS or Atom feed."))


def _parse(document):
    return feedparser.parse(document, sanitize_html=False, resolve_relative_uris=False)


def _broken(entry):
    return SourceItem(
        source_key=f"#entry-{entry.number}",
        title=html.escape(entry.title_hint, quote=False),
        error=entry.error,
    )


def _salvaged(data):
    """Items of a feed that is not well-formed: each entry checked on its own."""
    salvage = split_entries(data)
    if salvage is None or not salvage.entries:
        return None
    good = [entry for entry in salvage.entries if entry.piece is not None]
    warnings = []
    head = salvage.head
    if not salvage.head_is_well_formed():
        head = b""  # the channel's own elements are not needed for the items
        warnings.append(
            _("The feed's header is not well-formed XML; only its entries were read.")
        )
    parsed = _parse(salvage.document([entry.piece for entry in good], head=head))
    entries = list(parsed.entries)
    if len(entries) != len(good):  # cannot pair them up: one document per entry
        entries = []
        for entry in good:
            one = _parse(salvage.document([entry.piece])).entries
            entries.append(one[0] if one else None)
    if not parsed.get("version") and not any(entries):
        return None
    found = iter(entries)
    items = []
    for entry in salvage.entries:
        if entry.piece is None:
            items.append(_broken(entry))
            continue
        parsed_entry = next(found)
        if parsed_entry is None:
            items.append(_broken(entry))
        else:
            items.append(_item(parsed_entry))
    return items, warnings


def parse_feed(data):
    """``(items, warnings)`` for the bytes of an RSS or Atom document.

    A well-formed document is read as a whole. Otherwise every entry is
    checked on its own: broken ones come back as items carrying the reason
    they are skipped, so the rest of the feed is still imported.
    """
    well_formed = check_xml_safety(data)
    _refuse_html(data)
    if not well_formed:
        salvaged = _salvaged(data)
        if salvaged is not None:
            return salvaged
    parsed = _parse(data)
    if not parsed.get("version") and not parsed.entries:
        raise ImportRefused(_("This is not an RSS or Atom feed."))
    warnings = []
    if not well_formed:
        warnings.append(
            _("The feed is not well-formed XML; it was read leniently: %(error)s")
            % {"error": parsed.get("bozo_exception", "")}
        )
    return [_item(entry) for entry in parsed.entries], warnings
