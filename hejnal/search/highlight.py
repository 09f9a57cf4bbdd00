"""Matched words marked up in a text, HTML-safe.

The text is escaped piece by piece and only ``<mark>`` is added, so whatever
an article or an imported feed contains is shown as text, never as markup.
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import analyzer

EXCERPT_WORDS = 40


def _matches(word, language, terms):
    return any(
        part in terms for part in analyzer.WORD.findall(analyzer.term(word, language))
    )


def highlight(text, language, terms):
    text = text or ""
    if not terms:
        return escape(text)
    pieces, position = [], 0
    for token in analyzer.tokens(text):
        if _matches(token.word, language, terms):
            pieces.append(escape(text[position : token.start]))
            pieces.append(f"<mark>{escape(token.word)}</mark>")
            position = token.end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))


def excerpt(lead, body, language, terms):
    """The lead if it contains a match, else the body around the first match."""
    lead_tokens = analyzer.tokens(lead)
    if not terms or any(_matches(t.word, language, terms) for t in lead_tokens):
        return lead
    body_tokens = analyzer.tokens(body or "")
    for index, token in enumerate(body_tokens[:5000]):
        if _matches(token.word, language, terms):
            first = body_tokens[max(0, index - 12)]
            last = body_tokens[min(len(body_tokens) - 1, index + EXCERPT_WORDS - 12)]
            start, end = first.start, last.end
            prefix = "… " if start > 0 else ""
            suffix = " …" if end < len(body) else ""
            return f"{prefix}{body[start:end]}{suffix}"
    return lead
