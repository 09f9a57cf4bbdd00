import math
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection


@dataclass
class Filters:
    category_ids: list | None = None
    date_from: object = None
    date_to: object = None
    exclude_page_ids: list = field(default_factory=list)
    articles_only: bool = False

    def has_entry_filters(self, besides_category=False):
        return bool(
            (self.category_ids is not None and not besides_category)
            or self.date_from
            or self.date_to
            or self.exclude_page_ids
            or self.articles_only
        )


@dataclass
class Hit:
    entry_id: int
    score: float


@dataclass(frozen=True)
class Slices:
    """Where one page of results falls: the ranked window, the older rest."""

    ranked_offset: int
    ranked_limit: int
    older_offset: int
    older_limit: int


def by_clauses(queries):
    """[(languages, clauses)]: languages whose query came out the same share
    one entry, so that the index reads a word's postings once, not once per
    language (a name such as "Krakau" is the same term in all five)."""
    grouped = {}
    for language, clauses in queries.items():
        if clauses:
            grouped.setdefault(tuple(clauses), []).append(language)
    return [(tuple(languages), list(clauses)) for clauses, languages in grouped.items()]


def every_language(languages):
    """True when ``languages`` are all the site's: no language filter needed."""
    return set(languages) >= {code for code, _name in settings.LANGUAGES}


def slices(offset, limit, window):
    """The page ``offset:offset + limit`` split between the first ``window``
    results (ranked) and those after them (newest first)."""
    if offset < window:
        ranked = min(limit, window - offset)
        return Slices(offset, ranked, 0, limit - ranked)
    return Slices(0, 0, offset - window, limit)


def across_window(offset, limit, window, fetch):
    """One page of hits from ``fetch(in_window, offset, limit)``: the part
    inside the ranked window, then the part among the older rest."""
    part = slices(offset, limit, window)
    hits = []
    if part.ranked_limit:
        hits += fetch(True, part.ranked_offset, part.ranked_limit)
    if part.older_limit:
        hits += fetch(False, part.older_offset, part.older_limit)
    return hits


def ranked_window(rank_all=False):
    """How many matches are ranked by relevance.

    A word found in a fifth of all articles costs its score on every one of
    them; ranking only the most recently indexed of them (and ordering the
    older rest newest first) bounds that work whatever the archive's size.
    Work done once per article rather than per reader ("See also") ranks
    them all.
    """
    if rank_all:
        return math.inf
    return max(1, int(settings.HEJNAL_SEARCH_RANKED_WINDOW))


class Backend:
    """Runs a query given as term clauses per language.

    ``queries`` maps a language code to its list of ``TermClause``; ``match``
    is ``"all"`` (every clause) or ``"any"`` (at least one).
    """

    entry_table = "hejnal_search_searchentry"
    # True where _where already restricts the category inside the index.
    category_in_match = False

    def search(self, queries, filters, *, sort, match, offset, limit, rank_all=False):
        where, params = self._where(queries, match, filters)
        filter_sql, filter_params = self._filters(filters)
        count = self._filtered_count(queries, match, filters, where, params)
        where, params = where + filter_sql, params + filter_params
        if count is None:
            count = self._count(where, params)
        if not count or offset >= count:
            return count, []
        window = ranked_window(rank_all)
        if sort == "newest" or count <= window:
            return count, self._hits(where, params, sort, offset, limit)
        cutoff = self._cutoff(where, params, window)
        if cutoff is None:
            # Matches gone since the count (a rebuild emptied the index in
            # between): rank what is left.
            return count, self._hits(where, params, sort, offset, limit)

        def page(in_window, at, size):
            return self._hits(
                where + f" AND {self.id_column} {'>=' if in_window else '<'} %s",
                [*params, cutoff],
                sort if in_window else "newest",
                at,
                size,
            )

        return count, across_window(offset, limit, window, page)

    def _filtered_count(self, queries, match, filters, where, params):
        """A backend's quicker count with these filters, or None."""
        return None

    def _filters(self, filters):
        sql, params = [], []
        if filters.category_ids is not None and not self.category_in_match:
            ids = [int(pk) for pk in filters.category_ids] or [-1]
            sql.append(f"e.category_id IN ({', '.join(['%s'] * len(ids))})")
            params.extend(ids)
        if filters.date_from:
            sql.append("e.date >= %s")
            params.append(filters.date_from)
        if filters.date_to:
            sql.append("e.date <= %s")
            params.append(filters.date_to)
        if filters.articles_only:
            sql.append("e.category_id IS NOT NULL")
        if filters.exclude_page_ids:
            ids = [int(pk) for pk in filters.exclude_page_ids]
            sql.append(f"e.page_id NOT IN ({', '.join(['%s'] * len(ids))})")
            params.extend(ids)
        return "".join(f" AND {part}" for part in sql), params

    def _fetch(self, sql, params):
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
