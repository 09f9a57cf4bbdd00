"""simplemma with its dictionaries as memory-mapped tries, shared by processes.

Loaded as Python dicts, simplemma's pl, en, de, uk and ar dictionaries take
about 600 MB and 5 s in every process. Here each language's dictionary is
converted once into a MARISA trie file (about 10 MB) and memory-mapped, so a
process starts in a fraction of a second, and every worker on the machine shares
the same pages of the operating system's file cache.

The conversion needs the full dictionary in memory for a few seconds, so it
runs in a child process (``python -m hejnal.search.lemmas LANG DIR``): the
serving process never carries that peak. A lock file keeps concurrent workers
from building the same trie twice; the file appears atomically.
"""

import fcntl
import logging
import os
import subprocess
import sys
import threading
from functools import cache, lru_cache
from pathlib import Path

from simplemma import Lemmatizer
from simplemma.__metadata__ import __version__ as SIMPLEMMA_VERSION
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries.dictionary_factory import (
    SUPPORTED_LANGUAGES,
    CachingDictionaryFactory,
    _load_dictionary_from_disk,
)
from simplemma.strategies.dictionaries.trie_dictionary_factory import TrieWrapDict

logger = logging.getLogger(__name__)
_build_lock = threading.Lock()


def trie_path(directory, language):
    return Path(directory) / SIMPLEMMA_VERSION / f"{language}.marisa"


def build_trie(language, directory):
    """Write the trie for ``language`` (in this process; it needs ~200 MB)."""
    from marisa_trie import BytesTrie

    target = trie_path(directory, language)
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = _load_dictionary_from_disk(language)
    trie = BytesTrie((key.decode(), value) for key, value in raw.items())
    temporary = target.with_suffix(f".tmp{os.getpid()}")
    trie.save(str(temporary))
    os.replace(temporary, target)
    return target


def ensure_trie(language, directory):
    """The trie file for ``language``, built by a child process when missing."""
    target = trie_path(directory, language)
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with _build_lock, open(target.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not target.exists():
            logger.warning("Building the %s lemma dictionary in %s", language, target)
            subprocess.run(
                [sys.executable, "-m", "hejnal.search.lemmas", language, directory],
                check=True,
            )
    return target


class MappedTrieDictionaryFactory(CachingDictionaryFactory):
    """simplemma dictionaries read from memory-mapped trie files."""

    def __init__(self, directory):
        self.directory = str(directory)
        super().__init__(cache_max_size=len(SUPPORTED_LANGUAGES))

    def _get_dictionary_uncached(self, lang):
        from marisa_trie import BytesTrie

        if lang not in SUPPORTED_LANGUAGES:
            raise ValueError(f"Unsupported language: {lang}")
        path = ensure_trie(lang, self.directory)
        return TrieWrapDict(BytesTrie().mmap(str(path)))


@cache
def lemmatizer():
    from django.conf import settings

    factory = MappedTrieDictionaryFactory(settings.HEJNAL_LEMMA_DIR)
    return Lemmatizer(
        lemmatization_strategy=DefaultStrategy(dictionary_factory=factory)
    )


def supported(language):
    return language in SUPPORTED_LANGUAGES


@lru_cache(maxsize=200_000)
def lemma(word, language):
    """The dictionary form of ``word`` in ``language`` (the word if unknown)."""
    if not supported(language):
        return word
    try:
        return lemmatizer().lemmatize(word, language)
    except (ValueError, TypeError):
        return word


def warm_up(languages):
    """Map every configured language's trie now (builds missing ones)."""
    for language in languages:
        if supported(language):
            lemma("a", language)


if __name__ == "__main__":
    build_trie(sys.argv[1], sys.argv[2])
