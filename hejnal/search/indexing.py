"""Keep the search index in step with what the public can see."""

import threading
from collections import Counter
from contextlib import contextmanager

from django.db import connection, transaction
from django.db.models import F
from wagtail.models import Locale, Page, PageViewRestriction

from . import analyzer
from .documents import NOT_INDEXED, document_for, is_indexable, published_date
from .models import SearchEntry, SearchTerm

TERM_LIMIT = SearchTerm._meta.get_field("term").max_length
_state = threading.local()


@contextmanager
def suspended():
    """No index updates from signals inside (a bulk job rebuilds afterwards)."""
    previous = getattr(_state, "suspended", False)
    _state.suspended = True
    try:
        yield
    finally:
        _state.suspended = previous


def is_suspended():
    return getattr(_state, "suspended", False)


def _entry_fields(document):
    """The entry's columns: ``lead`` and ``body`` as results show them, the
    ``*_terms`` as the index matches them (the body's with what the page
    lists, ``Document.extra``)."""
    language = document.language
    matched_body = f"{document.body} {document.extra}".strip()
    return {
        "language": language,
        "category_id": document.category_id,
        "category_terms": f"c{document.category_id}" if document.category_id else "",
        "date": document.date,
        "title": document.title,
        "lead": document.lead,
        "body": document.body,
        "title_terms": analyzer.term_text(document.title, language),
        "lead_terms": (
            analyzer.term_text(document.lead, language) if document.lead_is_own else ""
        ),
        "body_terms": analyzer.term_text(matched_body, language),
    }


def _vocabulary(fields, extra=""):
    """{term: display form} of one entry's words."""
    language = fields["language"]
    found = {}
    for text in (fields["title"], fields["lead"], fields["body"], extra):
        for word in analyzer.words(text):
            display = analyzer.lemma(word[: analyzer.MAX_WORD], language).lower()
            for part in analyzer.WORD.findall(analyzer.term(word, language)):
                if len(part) <= TERM_LIMIT:
                    found.setdefault(part, display if len(display) <= 64 else part)
    return found


def _count_terms(language, added, removed):
    if added:
        SearchTerm.objects.bulk_create(
            [
                SearchTerm(language=language, term=term, display=display)
                for term, display in added.items()
            ],
            ignore_conflicts=True,
            batch_size=500,
        )
        SearchTerm.objects.filter(language=language, term__in=list(added)).update(
            documents=F("documents") + 1
        )
    if removed:
        SearchTerm.objects.filter(
            language=language, term__in=list(removed), documents__gt=0
        ).update(documents=F("documents") - 1)


def _old_terms(entry):
    if entry is None:
        return {}
    return dict.fromkeys(entry.term_set(), "")


@transaction.atomic
def index_page(page):
    """Add, refresh or drop one page's entry; returns the entry or None."""
    page = page.specific if isinstance(page, Page) else page
    existing = SearchEntry.objects.filter(page_id=page.pk).first()
    if not is_indexable(page):
        if existing is not None:
            _count_terms(existing.language, {}, _old_terms(existing))
            existing.delete()
        return None
    document = document_for(page)
    fields = _entry_fields(document)
    vocabulary = _vocabulary(fields, document.extra)
    if existing is None:
        entry = SearchEntry.objects.create(page_id=page.pk, **fields)
        _count_terms(fields["language"], vocabulary, {})
        return entry
    old = _old_terms(existing)
    if existing.language != fields["language"]:
        _count_terms(existing.language, {}, old)
        old = {}
    for name, value in fields.items():
        setattr(existing, name, value)
    existing.save()
    added = {term: d for term, d in vocabulary.items() if term not in old}
    removed = {term: "" for term in old if term not in vocabulary}
    _count_terms(fields["language"], added, removed)
    return existing


def remove_page(page_id):
    entry = SearchEntry.objects.filter(page_id=page_id).first()
    if entry is not None:
        with transaction.atomic():
            _count_terms(entry.language, {}, _old_terms(entry))
            entry.delete()


def index_subtree(page):
    """Re-index a page and everything below it (after a move or a restriction)."""
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific():
        index_page(descendant)


def rebuild(progress=None, batch=1000):
    """Rebuild the whole index in batches; returns the number of entries.

    ``progress(done, total)`` is called after every batch.
    """
    from hejnal.news.models import NewsCategoryPage

    restricted = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    categories = dict(NewsCategoryPage.objects.values_list("path", "pk"))
    ids = _oldest_first()
    total = len(ids)
    _empty_index()
    frequencies, displays = {}, {}
    done = written = 0
    for start in range(0, total, batch):
        wanted = ids[start : start + batch]
        position = {pk: index for index, pk in enumerate(wanted)}
        chunk = sorted(
            Page.objects.filter(pk__in=wanted).specific(),
            key=lambda page: position[page.pk],
        )
        entries = []
        for page in chunk:
            done += 1
            if restricted and page.path.startswith(restricted):
                continue
            if page.specific_class._meta.model_name in NOT_INDEXED:
                continue
            if page.get_url_parts() is None:
                continue
            document = document_for(
                page,
                category_id=categories.get(page.path[: -Page.steplen]),
                language=languages[page.locale_id],
            )
            fields = _entry_fields(document)
            vocabulary = _vocabulary(fields, document.extra)
            frequencies.setdefault(document.language, Counter()).update(
                vocabulary.keys()
            )
            shown = displays.setdefault(document.language, {})
            for term, display in vocabulary.items():
                shown.setdefault(term, display)
            entries.append(SearchEntry(page_id=page.pk, **fields))
        with transaction.atomic():
            SearchEntry.objects.bulk_create(entries, batch_size=500)
        written += len(entries)
        if progress:
            progress(done, total)
    with transaction.atomic():
        for language, counter in frequencies.items():
            SearchTerm.objects.bulk_create(
                [
                    SearchTerm(
                        language=language,
                        term=term,
                        display=displays[language][term],
                        documents=count,
                    )
                    for term, count in counter.items()
                ],
                batch_size=2000,
            )
    refresh_statistics()
    return written


def _oldest_first():
    """Live pages' ids by the date their entry will carry, oldest first.

    Entries are then numbered in date order, which the search backends rely
    on to find a common word's newest matches without reading every one
    (``backends.base.ranked_window``); pages published later get higher
    numbers by themselves.
    """
    from hejnal.news.models import ArticlePage

    own_dates = dict(ArticlePage.objects.values_list("pk", "date"))
    rows = (
        Page.objects.live()
        .filter(depth__gt=2)
        .values_list("pk", "first_published_at", "last_published_at")
    )
    dated = [
        (own_dates.get(pk) or published_date(first, last), pk)
        for pk, first, last in rows
    ]
    return [pk for _date, pk in sorted(dated)]


VACUUMED = (
    "hejnal_search_searchentry",
    "hejnal_search_vector",
    "hejnal_search_searchterm",
)


def _empty_index():
    """Remove every entry, its vector and the vocabulary.

    On PostgreSQL, TRUNCATE: the rows of a DELETE stay in the files until a
    vacuum, so the re-inserted index would sit beside its dead copy (at
    100,000 articles, 635 MiB after a rebuild instead of 322, and slower to
    read). Searches wait for the lock only as long as the TRUNCATE itself.
    """
    inside_caller_transaction = connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                if inside_caller_transaction:
                    # Foreign-key checks deferred to the caller's commit would
                    # forbid the TRUNCATE: run them now, then defer again
                    # (Django's foreign keys are INITIALLY DEFERRED).
                    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                cursor.execute(f"TRUNCATE {', '.join(VACUUMED)}")
                if inside_caller_transaction:
                    cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        else:
            SearchEntry.objects.all().delete()
            SearchTerm.objects.all().delete()


def refresh_statistics():
    """A compact index and fresh planner statistics after a bulk write.

    SQLite: the FTS5 segments merged. PostgreSQL: statistics (autovacuum would
    get there later, and until then plans a common word's search badly).

    The GIN index's pending list is merged too: a bulk write leaves thousands
    of entries there, which every search reads one by one until a vacuum
    (at 100,000 articles, 450 index pages read for a common word instead of 35).
    """
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            # Every entry the rebuild deleted left a tombstone in the FTS5
            # index beside its new copy; merging the segments drops them (at
            # 100,000 articles 0.8 s: 77 -> 39 MiB, JSON p50 15 -> 12.5 ms).
            cursor.execute(
                "INSERT INTO hejnal_search_fts(hejnal_search_fts) VALUES('optimize')"
            )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT gin_clean_pending_list('hejnal_search_vector_gin')")
            if connection.in_atomic_block:
                cursor.execute("ANALYZE")
            else:
                # The rebuild replaced every row: without a vacuum the old
                # ones stay in the heap, and a common word's count reads
                # them all again (at 100,000 articles, 127 ms p95 instead
                # of 71).
                for table in VACUUMED:
                    cursor.execute(f"VACUUM ANALYZE {table}")
                cursor.execute("ANALYZE")


def rebuild_with_bar(description="Search index", show=True):
    """``rebuild`` with a progress bar on the terminal."""
    from tqdm import tqdm

    bar = tqdm(desc=description, unit="page", disable=not show)

    def progress(done, total):
        bar.total = total
        bar.n = done
        bar.refresh()

    try:
        return rebuild(progress=progress)
    finally:
        bar.close()
