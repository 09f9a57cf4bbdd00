"""Sanitised HTML → StreamField data for :class:`hejnal.core.blocks.BodyBlock`.

Paragraph text, lists, bold, italic and links become ``paragraph`` rich text
(Wagtail's stored format); h1–h6 become ``heading`` blocks clamped to h2–h4;
``blockquote`` becomes a ``quote``; images become ``image`` blocks when the
caller can resolve them to a library image. Everything else keeps its text.
"""

import html
import re
import uuid
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .sanitize import clean_html

HEADING_LEVELS = {
    "h1": "h2",
    "h2": "h2",
    "h3": "h3",
    "h4": "h4",
    "h5": "h4",
    "h6": "h4",
}
BLOCK_CONTAINERS = {"div", "section", "article", "footer", "figure", "main", "aside"}
INLINE_MARKS = {"b": "b", "strong": "b", "i": "i", "em": "i"}
VOID = {"br", "img", "hr"}
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass
class Node:
    tag: str
    attrs: dict = field(default_factory=dict)
    children: list = field(default_factory=list)

    def text(self):
        parts = []
        for child in self.children:
            parts.append(child if isinstance(child, str) else child.text())
        return "".join(parts)


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("root")
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse_fragment(fragment):
    builder = _TreeBuilder()
    builder.feed(fragment)
    builder.close()
    return builder.root


def _escape(text):
    return html.escape(text, quote=False)


def _attr(value):
    return html.escape(value, quote=True)


@dataclass
class ResolvedLink:
    """How a resolver wants a link stored: an outside URL or a document."""

    href: str = ""
    document_id: int | None = None


class Converter:
    """Walks the tree once, collecting blocks in order.

    ``image_resolver(src, alt)`` returns a library image id or ``None``;
    ``link_resolver(href)`` returns a :class:`ResolvedLink` or ``None`` (keep as
    is). ``autop`` treats blank lines in text as paragraph breaks (WordPress).
    """

    def __init__(self, image_resolver=None, link_resolver=None, autop=False):
        self.image_resolver = image_resolver or (lambda src, alt: None)
        self.link_resolver = link_resolver or (lambda href: None)
        self.autop = autop
        self.blocks = []
        self.rich = []  # pending rich-text chunks of the current paragraph block
        self.inline = []  # pending inline run (text outside any <p>)
        self.hoisted = []  # blocks found inside a paragraph, emitted after it

    # Output ---------------------------------------------------------------
    def _add_block(self, block_type, value):
        self.blocks.append(
            {"type": block_type, "value": value, "id": str(uuid.uuid4())}
        )

    def _flush_inline(self):
        if not self.inline:
            return
        text = "".join(self.inline)
        self.inline = []
        pieces = _PARAGRAPH_BREAK.split(text) if self.autop else [text]
        for piece in pieces:
            piece = piece.strip()
            if self.autop:
                piece = re.sub(r"\s*\n\s*", "<br/>", piece)
            piece = _SPACES.sub(" ", piece).strip()
            if piece and piece != "<br/>":
                self.rich.append(f"<p>{piece}</p>")
        self._emit_hoisted()

    def _emit_hoisted(self):
        if self.hoisted:
            self._flush_rich()
            for block_type, value in self.hoisted:
                self._add_block(block_type, value)
            self.hoisted = []

    def _flush_rich(self):
        if self.rich:
            self._add_block("paragraph", "".join(self.rich))
            self.rich = []

    def _flush(self):
        self._flush_inline()
        self._flush_rich()

    # Inline ----------------------------------------------------------------
    def _inline(self, node, keep_newlines=False):
        """Rich-text HTML of ``node``'s children; images and videos are hoisted."""
        out = []
        for child in node.children:
            if isinstance(child, str):
                text = _escape(child)
                if not keep_newlines and not self.autop:
                    text = _SPACES.sub(" ", text)
                elif keep_newlines:
                    text = text.replace("\n", "<br/>")
                out.append(text)
                continue
            tag = child.tag
            if tag in INLINE_MARKS:
                inner = self._inline(child, keep_newlines)
                if inner.strip():
                    mark = INLINE_MARKS[tag]
                    out.append(f"<{mark}>{inner}</{mark}>")
                else:
                    out.append(inner)
            elif tag == "a":
                out.append(self._link(child, keep_newlines))
            elif tag == "br":
                out.append("<br/>")
            elif tag == "img":
                self._hoist_image(child, caption="")
            elif tag == "iframe":
                self._hoist_video(child)
            elif tag in ("ul", "ol"):
                # A list inside a paragraph: close the paragraph text around it.
                out.append(self._list(child))
            else:
                out.append(self._inline(child, keep_newlines or tag == "pre"))
        return "".join(out)

    def _link(self, node, keep_newlines):
        inner = self._inline(node, keep_newlines)
        href = node.attrs.get("href", "").strip()
        if not href or href.startswith("#") or not inner.strip():
            return inner
        resolved = self.link_resolver(href)
        if resolved is not None and resolved.document_id:
            return f'<a linktype="document" id="{resolved.document_id}">{inner}</a>'
        if resolved is not None and resolved.href:
            href = resolved.href
        if not href.startswith(("http://", "https://", "mailto:")):
            return inner  # a relative link into the old site leads nowhere here
        return f'<a href="{_attr(href)}">{inner}</a>'

    def _list(self, node):
        items = []
        for child in node.children:
            if isinstance(child, Node) and child.tag == "li":
                content = self._inline(child).strip()
                if content:
                    items.append(f"<li>{content}</li>")
            elif isinstance(child, Node) and child.tag in ("ul", "ol"):
                nested = self._list(child)
                if nested:
                    items.append(f"<li>{nested}</li>")
        if not items:
            return ""
        return f"<{node.tag}>{''.join(items)}</{node.tag}>"

    # Blocks ----------------------------------------------------------------
    def _hoist_image(self, node, caption):
        src = node.attrs.get("src", "").strip()
        alt = node.attrs.get("alt", "").strip()
        image_id = self.image_resolver(src, alt) if src else None
        if image_id:
            self.hoisted.append(
                (
                    "image",
                    {
                        "image": image_id,
                        "caption": caption[:300],
                        "alt_text": alt[:300],
                    },
                )
            )

    def _hoist_video(self, node):
        src = node.attrs.get("src", "")
        if not src:
            return
        title = node.attrs.get("title", "").strip() or src
        link = f'<p><a href="{_attr(src)}">{_escape(title)}</a></p>'
        self.hoisted.append(("paragraph", link))

    def _block(self, node):
        tag = node.tag
        if tag in HEADING_LEVELS:
            self._flush()
            text = _SPACES.sub(" ", node.text()).strip()
            if text:
                self._add_block(
                    "heading", {"text": text[:200], "level": HEADING_LEVELS[tag]}
                )
        elif tag == "p":
            self._flush_inline()
            content = self._inline(node).strip()
            content = re.sub(r"^(<br/>\s*)+|(\s*<br/>)+$", "", content)
            if content:
                self.rich.append(f"<p>{content}</p>")
            self._emit_hoisted()
        elif tag in ("ul", "ol"):
            self._flush_inline()
            content = self._list(node)
            if content:
                self.rich.append(content)
            self._emit_hoisted()
        elif tag == "pre":
            self._flush_inline()
            content = self._inline(node, keep_newlines=True).strip()
            if content:
                self.rich.append(f"<p>{content}</p>")
        elif tag == "blockquote":
            self._flush()
            self._quote(node)
        elif tag == "figure":
            self._flush_inline()
            self._figure(node)
        elif tag == "img":
            self._flush_inline()
            self._hoist_image(node, caption="")
            self._emit_hoisted()
        elif tag == "iframe":
            self._flush_inline()
            self._hoist_video(node)
            self._emit_hoisted()
        elif tag == "hr":
            self._flush()
        else:  # containers and anything unknown: keep walking
            self._children(node)

    def _quote(self, node):
        attribution = ""
        paragraphs = []
        for child in node.children:
            if isinstance(child, Node) and child.tag in ("cite", "footer"):
                attribution = _SPACES.sub(" ", child.text()).strip().lstrip("—–- ")
            else:
                text = child if isinstance(child, str) else child.text()
                text = _SPACES.sub(" ", text).strip()
                if text:
                    paragraphs.append(text)
        text = "\n\n".join(paragraphs)
        if text:
            self._add_block("quote", {"text": text, "attribution": attribution[:255]})

    def _figure(self, node):
        caption = ""
        for child in node.children:
            if isinstance(child, Node) and child.tag == "figcaption":
                caption = _SPACES.sub(" ", child.text()).strip()
        for child in node.children:
            if isinstance(child, Node) and child.tag == "img":
                self._hoist_image(child, caption)
            elif isinstance(child, Node) and child.tag == "iframe":
                self._hoist_video(child)
            elif isinstance(child, Node) and child.tag != "figcaption":
                self._block(child)
        self._emit_hoisted()

    def _children(self, node):
        for child in node.children:
            if isinstance(child, str):
                self.inline.append(_escape(child))
            elif (
                child.tag in HEADING_LEVELS
                or child.tag in BLOCK_CONTAINERS
                or (
                    child.tag
                    in ("p", "ul", "ol", "pre", "blockquote", "img", "iframe", "hr")
                )
            ):
                self._block(child)
            else:
                self.inline.append(self._inline(Node("span", children=[child])))
        self._flush_inline()

    def convert(self, fragment):
        self._children(parse_fragment(fragment))
        self._flush()
        return self.blocks


def html_to_blocks(fragment, **options):
    """StreamField raw data (a list of block dicts) for an untrusted fragment."""
    return Converter(**options).convert(clean_html(fragment))
