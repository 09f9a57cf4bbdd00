"""Flag link text that says nothing out of context (WCAG 2.4.4).

Screen-reader users often list a page's links on their own; "click here",
"read more" or a bare web address tells them nothing about where a link
leads. Editors see the problem when they save, in the language they write in.
"""

import re
import unicodedata
from html.parser import HTMLParser

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Whole link texts that say nothing on their own, in the site's languages.
VAGUE_LINK_TEXTS = frozenset(
    {
        # English
        "click here",
        "click",
        "here",
        "this",
        "this link",
        "link",
        "more",
        "read more",
        "learn more",
        "more info",
        "details",
        "go",
        # Polish
        "kliknij tutaj",
        "kliknij tu",
        "kliknij",
        "tutaj",
        "tu",
        "ten link",
        "więcej",
        "czytaj więcej",
        "dowiedz się więcej",
        "szczegóły",
        # German
        "hier klicken",
        "klicken sie hier",
        "hier",
        "mehr",
        "weiterlesen",
        "mehr erfahren",
        # Ukrainian
        "натисніть тут",
        "натисніть",
        "тут",
        "посилання",
        "більше",
        "детальніше",
        "читати далі",
        "читати більше",
        # Arabic
        "انقر هنا",
        "اضغط هنا",
        "هنا",
        "المزيد",
        "اقرأ المزيد",
        "رابط",
    }
)
BARE_URL = re.compile(r"^(?:(?:https?|ftp)://|www\.)\S+$", re.IGNORECASE)


def normalise(text):
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"\s+", " ", text)
    return text.strip(" \t\n.,:;!?…»«\"'()[]-–—>→")


def link_text_problem(text):
    """Why ``text`` is poor link text, or None if it is fine."""
    stripped = " ".join(text.split())
    if not stripped:
        return _("A link has no text.")
    if BARE_URL.match(stripped):
        return _(
            "The link “%(text)s” shows a bare web address: "
            "describe where it leads instead."
        ) % {"text": stripped}
    if normalise(stripped) in VAGUE_LINK_TEXTS:
        return _(
            "The link text “%(text)s” does not say where the link leads: "
            "use words that make sense on their own."
        ) % {"text": stripped}
    return None


class _LinkTexts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            if self.depth == 0:
                self.links.append("")
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "a" and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.links[-1] += data


def link_texts(html):
    parser = _LinkTexts()
    parser.feed(str(html))
    parser.close()
    return parser.links


def validate_rich_text_links(value):
    """Every link in rich text (a RichText or its HTML) makes sense on its own."""
    html = getattr(value, "source", value) or ""
    problems = [p for p in map(link_text_problem, link_texts(html)) if p]
    if problems:
        raise ValidationError(problems, code="link_text")


def validate_link_title(value):
    """Validator for a link's own text field (empty means the page title)."""
    if value and (problem := link_text_problem(value)):
        raise ValidationError(problem, code="link_text")
