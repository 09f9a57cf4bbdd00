"""A reader's query, made safe and turned into index terms.

Nothing the reader types reaches the database's query syntax: words are cut
out with a letters-and-digits pattern, so FTS operators, quotes, brackets, SQL
and control characters are only separators. Double quotes mark phrases; an
unbalanced quote just ends the text.
"""

import re
import unicodedata
from dataclasses import dataclass

from . import analyzer

MAX_QUERY_CHARS = 200
MAX_CLAUSES = 12
_PHRASE = re.compile(r'"([^"]*)"?')


@dataclass(frozen=True)
class Clause:
    """One word, or several that must appear together (a phrase)."""

    words: tuple
    phrase: bool = False


@dataclass(frozen=True)
class TermClause:
    terms: tuple
    phrase: bool = False


def clean(raw):
    """The query without control characters, with spaces squeezed, shortened."""
    raw = raw or ""
    text = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") else ch
        for ch in raw[: MAX_QUERY_CHARS * 4]
    )
    return " ".join(text.split())[:MAX_QUERY_CHARS]


def parse(text):
    clauses = []
    position = 0
    for match in _PHRASE.finditer(text):
        clauses.extend(_words(text[position : match.start()]))
        inside = tuple(analyzer.words(match.group(1)))
        if len(inside) > 1:
            clauses.append(Clause(inside, phrase=True))
        elif inside:
            clauses.append(Clause(inside))
        position = match.end()
    clauses.extend(_words(text[position:]))
    unique = list(dict.fromkeys(clauses))
    return unique[:MAX_CLAUSES]


def _words(text):
    return [Clause((word,)) for word in analyzer.words(text)]


def for_language(clauses, language):
    """The clauses as index terms in one language."""
    converted = []
    for clause in clauses:
        terms = []
        for word in clause.words:
            terms.extend(analyzer.WORD.findall(analyzer.term(word, language)))
        if terms:
            converted.append(TermClause(tuple(terms), clause.phrase or len(terms) > 1))
    return list(dict.fromkeys(converted))


def term_set(term_clauses):
    return {term for clause in term_clauses for term in clause.terms}
