"""Reading a damaged feed or export entry by entry.

When a document as a whole is not well-formed XML, :func:`split_entries` cuts
it at the start of each ``<item>`` (RSS, WordPress) or ``<entry>`` (Atom),
outside CDATA sections and comments, and parses every piece on its own with
defusedxml inside a copy of the document's root element. One broken entry then
costs only itself; the good ones come back as UTF-8 XML that a strict parser
accepts. Pieces never see the document's DTD, so entity declarations cannot
be smuggled in through the salvage path either.
"""

import codecs
import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.utils.translation import gettext as _

from .base import ImportRefused

SAFE = {"forbid_dtd": True, "forbid_entities": True, "forbid_external": True}
UTF8_DECLARATION = b'<?xml version="1.0" encoding="utf-8"?>\n'
_DECLARATION = re.compile(rb"^\s*<\?xml\b[^>]*\?>")
_ENCODING = re.compile(rb"""\bencoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)\s*["']""")
_TITLE = re.compile(
    rb"<title\b[^>]*>\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</title>", re.DOTALL
)
_POSITION = re.compile(r":\s*line (\d+), column (\d+)\s*$")
_NAME_END = frozenset(b" \t\r\n/>")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class Entry:
    number: int
    piece: bytes | None  # the entry's own XML in UTF-8 when well-formed, else None
    error: str = ""
    title_hint: str = ""


@dataclass
class Salvage:
    root_name: str
    root_open: bytes  # UTF-8
    container_open: bytes = b""  # ``<channel …>`` of RSS 2.0 and WXR, UTF-8
    head: bytes = b""  # what stands between the container and the first entry
    entries: list = field(default_factory=list)

    @property
    def root_close(self):
        return b"</" + self.root_name.encode() + b">"

    def head_is_well_formed(self):
        try:
            fromstring(self.document([], head=self.head), **SAFE)
        except (ParseError, DefusedXmlException):
            return False
        return True

    def document(self, pieces, head=b""):
        """A strict document made of the root, the container and ``pieces``."""
        inner = head + b"".join(pieces)
        if self.container_open:
            inner = self.container_open + inner + b"</channel>"
        return UTF8_DECLARATION + self.root_open + inner + self.root_close


def ascii_compatible(data):
    """``(bytes, encoding)`` with UTF-16/32 documents re-encoded as UTF-8.

    Cutting works on ASCII byte patterns, which every other encoding a feed
    uses keeps intact.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _transcoded(data.decode(codec, errors="replace")), "utf-8"
    if data.startswith(b"<\x00") or data.startswith(b"\x00<"):  # UTF-16, no BOM
        codec = "utf-16-le" if data.startswith(b"<\x00") else "utf-16-be"
        return _transcoded(data.decode(codec, errors="replace")), "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :], "utf-8"
    declaration = _DECLARATION.match(data)
    found = _ENCODING.search(declaration.group(0)) if declaration else None
    if found is None:
        return data, "utf-8"
    name = found.group(1).decode("ascii").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError as exc:
        raise ImportRefused(
            _("The file declares an unknown character encoding “%(encoding)s”.")
            % {"encoding": name[:40]}
        ) from exc
    if codec.startswith(("utf-16", "utf-32")):
        codec = "utf-8"  # declared so, but written in ASCII bytes: a common slip
    return data, codec


def _transcoded(text):
    text = text.lstrip("\ufeff")
    declaration = re.match(r"^\s*<\?xml\b[^>]*\?>", text)
    if declaration:
        text = text[declaration.end() :]
    return text.encode("utf-8")


def _skip_markup(data, lt, state):
    """The position after a CDATA section or comment starting at ``lt``, or None."""
    markers = ((b"<![CDATA[", b"]]>", "cdata"), (b"<!--", b"-->", "comment"))
    for opener, closer, key in markers:
        if data.startswith(opener, lt):
            end = data.find(closer, lt + len(opener)) if state.get(key, True) else -1
            if end < 0:
                state[key] = False  # no closing marker anywhere later: stop looking
                return lt + len(opener)
            return end + len(closer)
    return None


def _tag_at(data, lt, name):
    end = lt + 1 + len(name)
    if not data.startswith(name, lt + 1):
        return False
    return end >= len(data) or data[end] in _NAME_END


def root_element(data):
    """``(name, start, end)`` of the first element's start tag, or None."""
    state = {}
    pos = 0
    while True:
        lt = data.find(b"<", pos)
        if lt < 0:
            return None
        skipped = _skip_markup(data, lt, state)
        if skipped is not None:
            pos = skipped
            continue
        if data.startswith(b"<?", lt) or data.startswith(b"<!", lt):
            gt = data.find(b">", lt)
            if gt < 0:
                return None
            pos = gt + 1
            continue
        gt = data.find(b">", lt)
        if gt < 0:
            return None
        match = re.match(rb"<([^\s/>]+)", data[lt : gt + 1])
        if match is None:
            pos = lt + 1
            continue
        return match.group(1).decode("latin-1"), lt, gt + 1


def _entry_starts(data, name, start):
    starts = []
    state = {}
    pos = start
    while True:
        lt = data.find(b"<", pos)
        if lt < 0:
            return starts
        skipped = _skip_markup(data, lt, state)
        if skipped is not None:
            pos = skipped
            continue
        if _tag_at(data, lt, name):
            starts.append(lt)
        pos = lt + 1


def _title_hint(piece, encoding):
    found = _TITLE.search(piece[:65536])
    if found is None:
        return ""
    return found.group(1).decode(encoding, errors="replace").strip()[:200]


def _describe(exc, first_line, last_line, prefix_lines):
    """The parser's message with the line counted in the original file."""
    message = str(exc)
    position = _POSITION.search(message)
    if position is None:
        return message, first_line
    line = first_line + max(int(position.group(1)) - prefix_lines, 1) - 1
    return message[: position.start()], min(line, last_line)


def split_entries(data, entry_tag=None):
    """Cut a not well-formed document into separately checked entries.

    Returns a :class:`Salvage`, or ``None`` when no root element is found.
    Raises :class:`ImportRefused` for entity declarations before the root.
    """
    data, encoding = ascii_compatible(data)
    root = root_element(data)
    if root is None:
        return None
    root_name, root_start, root_end = root
    if b"<!ENTITY" in data[:root_start]:
        raise ImportRefused(
            _(
                "The file declares XML entities or external references "
                "(a possible “billion laughs” attack) and was refused."
            )
        )
    if entry_tag is None:
        entry_tag = "entry" if root_name.rsplit(":", 1)[-1] == "feed" else "item"
    name = entry_tag.encode()

    def utf8(raw):
        return raw.decode(encoding, errors="replace").encode("utf-8")

    salvage = Salvage(root_name=root_name, root_open=utf8(data[root_start:root_end]))
    starts = _entry_starts(data, name, root_end)
    head_end = starts[0] if starts else len(data)
    head = data[root_end:head_end]
    channel = re.search(rb"<channel\b[^>]*>", head)
    if channel and b"</channel" not in head[channel.end() :]:
        salvage.container_open = utf8(channel.group(0))
        salvage.head = utf8(head[channel.end() :])
    closer = b"</channel" if salvage.container_open else b"</" + root_name.encode()
    tail = data.rfind(closer)
    prefix = UTF8_DECLARATION + salvage.root_open
    prefix_lines = prefix.count(b"\n")
    line = data.count(b"\n", 0, starts[0]) + 1 if starts else 1
    for number, start in enumerate(starts, start=1):
        end = starts[number] if number < len(starts) else len(data)
        if number == len(starts) and tail > start:
            end = tail
        piece = data[start:end]
        first_line = line
        line += piece.count(b"\n")
        hint = _title_hint(piece, encoding)
        try:
            text = piece.decode(encoding)
        except UnicodeDecodeError:
            salvage.entries.append(
                Entry(
                    number,
                    None,
                    _("entry %(number)d (line %(line)d) is not valid %(encoding)s text")
                    % {"number": number, "line": first_line, "encoding": encoding},
                    hint,
                )
            )
            continue
        wrapped = prefix + text.encode("utf-8") + salvage.root_close
        try:
            fromstring(wrapped, **SAFE)
        except DefusedXmlException:
            error = _("entry %(number)d declares XML entities and was refused") % {
                "number": number
            }
            salvage.entries.append(Entry(number, None, error, hint))
            continue
        except ParseError as exc:
            message, at = _describe(exc, first_line, line, prefix_lines)
            error = _(
                "entry %(number)d (line %(line)d) is not well-formed XML: %(error)s"
            ) % {"number": number, "line": at, "error": message}
            salvage.entries.append(Entry(number, None, error, hint))
            continue
        salvage.entries.append(Entry(number, text.encode("utf-8"), "", hint))
    return salvage
