"""Text to index terms: words, their lemma in the text's language, folded.

Index and query go through the same function, so "Krakowie" (query) and
"Krakowa" (text) meet at the term ``krakow``. Folding (lower case, no accents,
ł→l, ß→ss …) happens after lemmatising, so the diacritics-free "Krakow" and
"zlobek" meet "Kraków" and "żłobek" too.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .lemmas import lemma

# Letters and digits; an underscore or any punctuation separates words.
WORD = re.compile(r"[^\W_]+")
# Letters that Unicode does not decompose into base letter plus accent.
_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "đ": "d",
        "ø": "o",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "ħ": "h",
        "þ": "th",
        "ـ": "",  # Arabic tatweel, a stretching stroke
    }
)
MAX_WORD = 60


def fold(text):
    """Lower case without diacritics; Cyrillic and Arabic letters stay."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=200_000)
def term(word, language):
    """The index term of one word."""
    word = word[:MAX_WORD]
    return fold(lemma(word, language)) or fold(word)


def words(text):
    return WORD.findall(text or "")


def terms(text, language):
    """Index terms of a text, in order (one per word, for phrase queries)."""
    found = []
    for word in words(text):
        for part in WORD.findall(term(word, language)):
            found.append(part)
    return found


def term_text(text, language):
    return " ".join(terms(text, language))


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    word: str


def tokens(text):
    """Words of a text with their positions, for highlighting."""
    return [Token(m.start(), m.end(), m.group()) for m in WORD.finditer(text or "")]
