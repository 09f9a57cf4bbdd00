"""The one search engine behind the search page and the JSON API."""

import difflib
import math
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models.functions import Length

from hejnal.core.origin import absolute
from hejnal.core.shared_cache import remember
from hejnal.core.visibility import is_visible, visible

from . import query as query_module
from .backends import get_backend
from .backends.base import Filters
from .documents import has_own_date
from .highlight import excerpt, highlight
from .models import SearchEntry, SearchTerm


@dataclass
class SearchRequest:
    q: str = ""
    language: str = ""
    category: str = ""
    date_from: object = None
    date_to: object = None
    sort: str = "relevance"
    scope: str = "lang"
    page: int = 1
    # Resolved from ``category`` by the caller that validated it, if it did.
    category_ids: list | None = None


@dataclass
class Result:
    title: str
    url: str
    full_url: str
    locale: str
    date: object  # None: the page has no date of its own (documents.has_own_date)
    category: str
    lead: str
    highlight: str
    score: float

    @property
    def language_name(self):
        return settings.HEJNAL_LANGUAGE_NAMES.get(self.locale, self.locale)


@dataclass
class Outcome:
    query: str
    count: int = 0
    page: int = 1
    num_pages: int = 0
    results: list = field(default_factory=list)
    partial: bool = False
    suggestion: str = ""
    other_scope_count: int | None = None

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.num_pages


def category_choices(language, request=None):
    """(slug, title) of the public news categories of one language."""
    from hejnal.news.models import NewsCategoryPage

    def compute():
        return [
            (slug, title)
            for slug, title in visible(NewsCategoryPage.objects.all())
            .filter(locale__language_code=language)
            .order_by("path")
            .values_list("slug", "title")
        ]

    return remember(request, ("search-categories", language), compute)


def category_ids(slug, request=None):
    """Categories with this slug, in any language, and their translations."""
    return _category_ids_by_slug(request).get(slug, [])


def _category_ids_by_slug(request):
    """{slug: ids}: every news category, kept with the shared chrome, so that
    a search by category never scans the page tree (and a reader's slug never
    becomes a cache key)."""
    from hejnal.news.models import NewsCategoryPage

    def compute():
        # Only categories readers may see: a private category's slug answers
        # exactly as an unknown one does, so it cannot be probed for.
        rows = list(
            visible(NewsCategoryPage.objects.all()).values_list(
                "pk", "slug", "translation_key"
            )
        )
        by_key = {}
        for pk, _slug, key in rows:
            by_key.setdefault(key, []).append(pk)
        found = {}
        for _pk, slug, key in rows:
            found.setdefault(slug, set()).update(by_key[key])
        return {slug: sorted(ids) for slug, ids in found.items()}

    return remember(request, ("search-category-ids",), compute)


def _languages(search):
    if search.scope == "all":
        return [code for code, _name in settings.LANGUAGES]
    return [search.language]


def _filters(search, request):
    return Filters(
        category_ids=(
            search.category_ids
            if search.category_ids is not None
            else (category_ids(search.category, request) if search.category else None)
        ),
        date_from=search.date_from,
        date_to=search.date_to,
    )


def run(search, request=None, per_page=None):
    per_page = per_page or settings.HEJNAL_SEARCH_PER_PAGE
    text = query_module.clean(search.q)
    outcome = Outcome(query=text, page=search.page)
    clauses = query_module.parse(text)
    if not clauses:
        return outcome
    queries = {
        language: query_module.for_language(clauses, language)
        for language in _languages(search)
    }
    filters = _filters(search, request)
    backend = get_backend()
    offset = (search.page - 1) * per_page
    count, hits = backend.search(
        queries, filters, sort=search.sort, match="all", offset=offset, limit=per_page
    )
    if not count and len(clauses) > 1:
        count, hits = backend.search(
            queries,
            filters,
            sort=search.sort,
            match="any",
            offset=offset,
            limit=per_page,
        )
        outcome.partial = bool(count)
    outcome.count = count
    outcome.num_pages = math.ceil(count / per_page) if count else 0
    outcome.results = _results(hits, queries, request)
    if not count:
        outcome.suggestion = suggest(clauses, search.language)
        if search.scope != "all":
            everywhere = SearchRequest(**{**search.__dict__, "scope": "all"})
            other_queries = {
                language: query_module.for_language(clauses, language)
                for language in _languages(everywhere)
            }
            outcome.other_scope_count, _hits = backend.search(
                other_queries,
                filters,
                sort=search.sort,
                match="all",
                offset=0,
                limit=1,
            )
    return outcome


def _results(hits, queries, request):
    if not hits:
        return []
    entries = {
        entry.pk: entry
        for entry in SearchEntry.objects.filter(
            pk__in=[hit.entry_id for hit in hits]
        ).select_related("page", "category")
    }
    terms = {
        language: query_module.term_set(clauses)
        for language, clauses in queries.items()
    }
    results = []
    for hit in hits:
        entry = entries.get(hit.entry_id)
        # The index follows every change as it commits; this also drops a page
        # in the seconds between its expiry and the scheduler taking it down.
        if entry is None or not is_visible(entry.page):
            continue
        wanted = terms.get(entry.language, set())
        shown = excerpt(entry.lead, entry.body, entry.language, wanted)
        page = entry.page
        url = page.get_url(request)
        # On the canonical origin; another site's pages come absolute already.
        full_url = absolute(url) if url else page.get_full_url()
        results.append(
            Result(
                title=entry.title,
                url=url,
                full_url=full_url,
                locale=entry.language,
                date=entry.date if has_own_date(page.specific_class) else None,
                category=entry.category.title if entry.category else "",
                lead=entry.lead,
                highlight=highlight(shown, entry.language, wanted),
                score=round(hit.score, 4),
            )
        )
    return results


MAX_SUGGESTED_WORDS = 5


def suggest(clauses, language):
    """A corrected query from the index's own vocabulary, or ""."""
    from . import analyzer

    words = [word for clause in clauses for word in clause.words][:MAX_SUGGESTED_WORDS]
    if not words:
        return ""
    terms = {word: analyzer.term(word, language) for word in words}
    known = set(
        SearchTerm.objects.filter(
            language=language, term__in=list(terms.values()), documents__gt=0
        ).values_list("term", flat=True)
    )
    changed, suggestion = False, []
    for word in words:
        term = terms[word]
        if term in known or len(term) < 3:
            suggestion.append(word)
            continue
        replacement = _closest(term, language)
        if replacement:
            suggestion.append(replacement)
            changed = True
        else:
            suggestion.append(word)
    return " ".join(suggestion) if changed else ""


def _closest(term, language):
    candidates = dict(
        SearchTerm.objects.annotate(length=Length("term"))
        .filter(
            language=language,
            documents__gt=0,
            term__startswith=term[0],
            length__gte=len(term) - 2,
            length__lte=len(term) + 2,
        )
        .order_by("-documents")
        .values_list("term", "display")[:3000]
    )
    match = difflib.get_close_matches(term, list(candidates), n=1, cutoff=0.75)
    return candidates[match[0]] if match else ""
