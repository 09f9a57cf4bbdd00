"""One strict allow-list for every importer: what outside HTML may keep.

nh3 (ammonia) does the parsing and cleaning; this module only says what is
allowed. Scripts, styles, event handlers, ``style`` attributes (and with them
CSS expressions), ``javascript:``/``data:`` URLs and iframes to unknown hosts
never survive. Allowed iframes are video players; the block converter turns them
into plain links, so no third-party frame reaches a page.
"""

import html
import re
from urllib.parse import urlparse

import nh3

ALLOWED_TAGS = {
    "a",
    "b",
    "blockquote",
    "br",
    "cite",
    "div",
    "em",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "iframe",
    "img",
    "li",
    "ol",
    "p",
    "pre",
    "section",
    "span",
    "strong",
    "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "iframe": {"src", "title"},
}
# Removed together with everything inside them.
DROPPED_WITH_CONTENT = {
    "script",
    "style",
    "noscript",
    "template",
    "object",
    "embed",
    "svg",
    "math",
    "title",
    "textarea",
    "select",
    "button",
    "form",
    "head",
}
URL_SCHEMES = {"http", "https", "mailto"}
IFRAME_HOSTS = {
    "www.youtube.com",
    "youtube.com",
    "www.youtube-nocookie.com",
    "youtube-nocookie.com",
    "player.vimeo.com",
}

_WHITESPACE = re.compile(r"\s+")


def _filter_attribute(tag, attribute, value):
    if tag == "iframe" and attribute == "src":
        try:
            parsed = urlparse(value.strip())
        except ValueError:
            return None
        if parsed.scheme != "https" or parsed.hostname not in IFRAME_HOSTS:
            return None
    return value


def clean_html(fragment):
    """The fragment with only allow-listed tags, attributes and URL schemes."""
    return nh3.clean(
        fragment or "",
        tags=ALLOWED_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_filter_attribute,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


def plain_text(fragment):
    """Text only: tags dropped (and script/style with their content), whitespace
    collapsed, entities decoded once."""
    cleaned = nh3.clean(
        fragment or "", tags=set(), clean_content_tags=DROPPED_WITH_CONTENT
    )
    return _WHITESPACE.sub(" ", html.unescape(cleaned)).strip()


def truncate_words(text, limit):
    """``text`` cut at a word boundary to at most ``limit`` characters."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-–—") + "…"
