"""WordPress export (WXR) → :class:`SourceItem`, parsed with defusedxml.

Posts become articles and pages become standard pages; attachments are not
items of their own but supply featured images. If the file as a whole is not
well-formed, each ``<item>`` is parsed on its own so one broken entry costs
only that entry.
"""

import html
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import unquote
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.utils import timezone
from django.utils.translation import gettext as _

from .base import ARTICLE, PAGE, ImportRefused, SourceItem
from .salvage import split_entries

NS = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
IMPORTED_TYPES = {"post": ARTICLE, "page": PAGE}
# WordPress internals that are not content; left out without a word.
INTERNAL_TYPES = {
    "attachment",
    "nav_menu_item",
    "revision",
    "customize_changeset",
    "custom_css",
    "oembed_cache",
    "user_request",
    "wp_block",
    "wp_global_styles",
    "wp_navigation",
    "wp_template",
    "wp_template_part",
    "wp_font_face",
    "wp_font_family",
}
_CAPTION = re.compile(r"\[caption[^\]]*\](.*?)\[/caption\]", re.DOTALL)
_CAPTION_MEDIA = re.compile(
    r"^\s*((?:<a\b[^>]*>)?\s*<img\b[^>]*>\s*(?:</a>)?)(.*)$", re.DOTALL
)
_SHORTCODE = re.compile(
    r"\[/?(?:caption|wp_caption|gallery|embed|video|audio|playlist)\b[^\]]*\]"
)
_SAFE = {"forbid_dtd": True, "forbid_entities": True, "forbid_external": True}


def _caption_to_figure(match):
    inner = match.group(1)
    media = _CAPTION_MEDIA.match(inner)
    if media is None:
        return inner
    caption = media.group(2).strip()
    return f"<figure>{media.group(1)}<figcaption>{caption}</figcaption></figure>"


def strip_shortcodes(content):
    """WordPress shortcodes: captions become figures, the rest leave their text."""
    return _SHORTCODE.sub("", _CAPTION.sub(_caption_to_figure, content))


def _namespaces(root):
    """WXR versions 1.0–1.2 use different URIs for the wp/excerpt prefixes."""
    found = dict(NS)
    for element in root.iter():
        tag = element.tag
        if tag.startswith("{http://wordpress.org/export/"):
            uri = tag[1:].split("}", 1)[0]
            if uri.rstrip("/").endswith("excerpt"):
                found["excerpt"] = uri
            else:
                found["wp"] = uri
        if "wp" in found and "excerpt" in found:
            break
    found.setdefault("wp", "http://wordpress.org/export/1.2/")
    found.setdefault("excerpt", "http://wordpress.org/export/1.2/excerpt/")
    return found


def _text(element, path, ns):
    found = element.find(path, ns)
    return (found.text or "").strip() if found is not None else ""


def _raw(element, path, ns):
    found = element.find(path, ns)
    return found.text or "" if found is not None else ""


def _meta(item, ns):
    meta = {}
    for entry in item.findall("wp:postmeta", ns):
        meta[_text(entry, "wp:meta_key", ns)] = _text(entry, "wp:meta_value", ns)
    return meta


def _date(item, ns):
    gmt = _text(item, "wp:post_date_gmt", ns)
    if gmt and not gmt.startswith("0000"):
        try:
            return datetime.strptime(gmt, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        except ValueError:
            pass
    local = _text(item, "wp:post_date", ns)
    if local and not local.startswith("0000"):
        try:
            naive = datetime.strptime(local, "%Y-%m-%d %H:%M:%S")
            return timezone.make_aware(naive)
        except (ValueError, OverflowError):
            pass
    pub = _text(item, "pubDate", ns)
    if pub:
        try:
            parsed = parsedate_to_datetime(pub)
        except (TypeError, ValueError, IndexError):
            return None
        if parsed is not None and parsed.year >= 1900:
            if timezone.is_naive(parsed):
                parsed = timezone.make_aware(parsed)
            return parsed
    return None


class WxrDocument:
    """The parsed export: authors, attachments and the importable items."""

    def __init__(self, data):
        self.broken_items = []
        try:
            root = fromstring(data, **_SAFE)
            self.ns = _namespaces(root)
            channel = root.find("channel")
            if root.tag != "rss" or channel is None:
                raise ImportRefused(_("This is not a WordPress export (WXR) file."))
            self.channel = channel
            self.raw_items = [(item, "", "") for item in channel.findall("item")]
        except DefusedXmlException as exc:
            raise ImportRefused(
                _(
                    "The file declares XML entities or external references "
                    "(a possible “billion laughs” attack) and was refused."
                )
            ) from exc
        except ParseError:
            self._parse_item_by_item(data)
        if not self.channel.findall("wp:wxr_version", self.ns) and not any(
            item is not None and item.find("wp:post_type", self.ns) is not None
            for item, *_rest in self.raw_items
        ):
            raise ImportRefused(_("This is not a WordPress export (WXR) file."))
        self.authors = self._authors()
        self.attachments = self._attachments()

    def _parse_item_by_item(self, data):
        """Salvage a damaged export: the channel head and each item separately."""
        salvage = split_entries(data, entry_tag="item")
        if salvage is None or salvage.root_name != "rss" or not salvage.container_open:
            raise ImportRefused(
                _("The file is not well-formed XML and not a WordPress export.")
            )
        try:
            root = fromstring(salvage.document([], head=salvage.head), **_SAFE)
        except (ParseError, DefusedXmlException) as exc:
            raise ImportRefused(
                _("The start of the file is not well-formed XML: %(error)s")
                % {"error": exc}
            ) from exc
        self.channel = root.find("channel")
        self.raw_items = []
        for entry in salvage.entries:
            if entry.piece is None:
                self.raw_items.append((None, entry.error, entry.title_hint))
                continue
            wrapped = fromstring(salvage.document([entry.piece]), **_SAFE)
            for item in wrapped.find("channel").findall("item"):
                self.raw_items.append((item, "", ""))
        self.ns = _namespaces(root)
        for item, *_rest in self.raw_items:
            if item is not None:
                self.ns = _namespaces(item) | {
                    k: v for k, v in self.ns.items() if k in NS
                }
                break

    def _authors(self):
        authors = {}
        for author in self.channel.findall("wp:author", self.ns):
            login = _text(author, "wp:author_login", self.ns)
            name = _text(author, "wp:author_display_name", self.ns)
            if not name:
                first = _text(author, "wp:author_first_name", self.ns)
                last = _text(author, "wp:author_last_name", self.ns)
                name = f"{first} {last}".strip()
            authors[login] = name or login
        return authors

    def _attachments(self):
        found = {}
        for item, *_rest in self.raw_items:
            if item is None or _text(item, "wp:post_type", self.ns) != "attachment":
                continue
            meta = _meta(item, self.ns)
            found[_text(item, "wp:post_id", self.ns)] = {
                "url": _text(item, "wp:attachment_url", self.ns)
                or _text(item, "guid", self.ns),
                "alt": meta.get("_wp_attachment_image_alt", ""),
            }
        return found

    def items(self):
        result = []
        for number, (item, error, hint) in enumerate(self.raw_items, start=1):
            if item is None:
                result.append(
                    SourceItem(
                        source_key=f"#entry-{number}",
                        title=html.escape(hint, quote=False),
                        error=error,
                    )
                )
                continue
            post_type = _text(item, "wp:post_type", self.ns)
            if post_type in INTERNAL_TYPES:
                continue
            result.append(self._item(item, post_type))
        return result

    def _item(self, item, post_type):
        ns = self.ns
        guid = _text(item, "guid", ns)
        link = _text(item, "link", ns)
        post_id = _text(item, "wp:post_id", ns)
        key = guid or link or (f"wp-post:{post_id}" if post_id else "")
        status = _text(item, "wp:status", ns)
        source = SourceItem(
            source_key=key[:500],
            title=_raw(item, "title", ns),
            body_html=strip_shortcodes(_raw(item, "content:encoded", ns)),
            summary_html=_raw(item, "excerpt:encoded", ns),
            date=_date(item, ns),
            date_raw=_text(item, "wp:post_date", ns) or _text(item, "pubDate", ns),
            link=link,
            slug=unquote(_text(item, "wp:post_name", ns)),
            kind=IMPORTED_TYPES.get(post_type, ARTICLE),
        )
        if post_type not in IMPORTED_TYPES:
            source.error = _("unsupported WordPress content type “%(type)s”") % {
                "type": post_type or "?"
            }
            return source
        if status != "publish":
            source.error = _("not published in WordPress (status: %(status)s)") % {
                "status": status or "?"
            }
            return source
        login = _text(item, "dc:creator", ns)
        source.author = self.authors.get(login, login)
        for category in item.findall("category"):
            if category.get("domain") in ("category", "post_tag"):
                name = (category.text or "").strip()
                if name and name != "Uncategorized" and name not in source.categories:
                    source.categories.append(name)
        meta = _meta(item, ns)
        thumbnail = self.attachments.get(meta.get("_thumbnail_id", ""))
        if thumbnail:
            source.hero_url = thumbnail["url"]
            source.hero_alt = thumbnail["alt"]
        source.old_urls = [url for url in (link, guid) if "://" in url]
        if post_type == "page":
            parent = _text(item, "wp:post_parent", ns)
            if parent and parent != "0":
                source.parent_key = self._key_of(parent)
        return source

    def _key_of(self, post_id):
        if not hasattr(self, "_keys"):
            self._keys = {}
            for item, *_rest in self.raw_items:
                if item is not None:
                    number = _text(item, "wp:post_id", self.ns)
                    self._keys[number] = (
                        _text(item, "guid", self.ns)
                        or _text(item, "link", self.ns)
                        or f"wp-post:{number}"
                    )[:500]
        return self._keys.get(post_id, "")


def parse_wxr(data):
    """``(items, warnings)`` for the bytes of a WordPress export."""
    document = WxrDocument(data)
    items = document.items()
    parents = {item.source_key: item.parent_key for item in items}

    def depth(item):
        seen, key = set(), item.parent_key
        while key and key not in seen and key in parents:
            seen.add(key)
            key = parents[key]
        return len(seen)

    # Posts first, then pages with every parent before its children.
    items.sort(key=lambda item: (item.kind != ARTICLE, depth(item)))
    return items, []
