"""SQLite FTS5, ranked by BM25 with the title weighted over lead and body."""

import functools

from django.db import connection

from .base import (
    Backend,
    Hit,
    across_window,
    by_clauses,
    every_language,
    ranked_window,
)

TEXT_COLUMNS = "{title_terms lead_terms body_terms}"
# language, category, title, lead, body
WEIGHTS = "0.0, 0.0, 10.0, 4.0, 1.0"


def _quoted(term):
    # Terms are letters and digits only (see analyzer.WORD); quoting keeps
    # words such as NEAR, AND or NOT from being read as operators.
    return f'"{term}"'


def _clause(clause):
    return (
        _quoted(" ".join(clause.terms)) if clause.phrase else _quoted(clause.terms[0])
    )


def match_expression(queries, match, category_ids=None):
    joiner = " AND " if match == "all" else " OR "
    parts = []
    if category_ids is not None:
        wanted = " OR ".join(_quoted(f"c{int(pk)}") for pk in category_ids)
        if not wanted:
            return ""
        category = f" AND category_terms : ({wanted})"
    else:
        category = ""
    for languages, clauses in by_clauses(queries):
        inner = joiner.join(_clause(clause) for clause in clauses)
        if every_language(languages):
            scope = ""
        else:
            wanted = " OR ".join(_quoted(language) for language in languages)
            scope = f"language : ({wanted}) AND "
        parts.append(f"({scope}{TEXT_COLUMNS} : ({inner}){category})")
    return " OR ".join(parts)


# Ranked from the FTS table alone, then joined: this many rows beyond the page
# keep "newer first among equal scores" right at the page's edges.
TIE_WINDOW = 30
# Newest first with at least this many matches: walk the date index backwards
# and stop at the page, rather than look up and sort every match's date (at
# 23,000 matches 14 ms instead of 46; at worst one pass over the date index).
NEWEST_BY_DATE_INDEX = 1000


@functools.cache
def _date_index(table):
    """The name of the entry table's index on ``date`` (Django names it)."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    for name, info in constraints.items():
        if info["index"] and info["columns"] == ["date"]:
            return name
    return None


class SqliteBackend(Backend):
    fts_table = "hejnal_search_fts"

    def search(self, queries, filters, *, sort, match, offset, limit, rank_all=False):
        if filters.has_entry_filters(besides_category=True):
            return super().search(
                queries,
                filters,
                sort=sort,
                match=match,
                offset=offset,
                limit=limit,
                rank_all=rank_all,
            )
        # No filter on the entry table: count and rank inside FTS5 alone (the
        # category is a column of the index), and join only the page's rows;
        # several times faster for common words.
        expression = match_expression(queries, match, filters.category_ids)
        if not expression:
            return 0, []
        fts = self.fts_table
        count = self._fetch(
            f"SELECT count(*) FROM {fts} WHERE {fts} MATCH %s", [expression]
        )[0][0]
        if not count or offset >= count:
            return count, []
        window = ranked_window(rank_all)
        if sort == "newest" or count <= window:
            return count, self._fts_hits(expression, "", [], sort, offset, limit, count)
        # FTS5 walks its doclists backwards by rowid at no cost: the window is
        # the last ``window`` matches indexed (the rebuild indexes by date).
        edge = self._fetch(
            f"SELECT rowid FROM {fts} WHERE {fts} MATCH %s"
            " ORDER BY rowid DESC LIMIT 1 OFFSET %s",
            [expression, window - 1],
        )
        if not edge:
            # Matches gone since the count (a rebuild emptied the index in
            # between): rank what is left.
            return count, self._fts_hits(expression, "", [], sort, offset, limit, 0)
        cutoff = edge[0][0]

        def page(in_window, at, size):
            return self._fts_hits(
                expression,
                " AND rowid >= %s" if in_window else " AND rowid < %s",
                [cutoff],
                sort if in_window else "newest",
                at,
                size,
                window if in_window else count - window,
            )

        return count, across_window(offset, limit, window, page)

    def _fts_hits(self, expression, bound, bound_params, sort, offset, limit, count):
        fts = self.fts_table
        if sort == "newest":
            index = _date_index(self.entry_table)
            hint = (
                f" INDEXED BY {connection.ops.quote_name(index)}"
                if index and count >= NEWEST_BY_DATE_INDEX
                else ""
            )
            rows = self._fetch(
                f"SELECT e.id, 0 FROM {self.entry_table} e{hint} WHERE e.id IN"
                f" (SELECT rowid FROM {fts} WHERE {fts} MATCH %s{bound})"
                " ORDER BY e.date DESC, e.id DESC LIMIT %s OFFSET %s",
                [expression, *bound_params, limit, offset],
            )
        else:
            rows = self._fetch(
                f"SELECT e.id, top.score FROM (SELECT rowid AS id,"
                f" bm25({fts}, {WEIGHTS}) AS score FROM {fts}"
                f" WHERE {fts} MATCH %s{bound} ORDER BY score LIMIT %s) top"
                f" JOIN {self.entry_table} e ON e.id = top.id"
                " ORDER BY top.score, e.date DESC, e.id DESC LIMIT %s OFFSET %s",
                [expression, *bound_params, offset + limit + TIE_WINDOW, limit, offset],
            )
        return [Hit(entry_id, -float(score)) for entry_id, score in rows]

    category_in_match = True
    id_column = "hejnal_search_fts.rowid"

    def _where(self, queries, match, filters):
        expression = match_expression(queries, match, filters.category_ids)
        if not expression:
            return " WHERE 0", []
        return f" WHERE {self.fts_table} MATCH %s", [expression]

    def _from(self):
        return (
            f" FROM {self.fts_table} JOIN {self.entry_table} e"
            f" ON e.id = {self.fts_table}.rowid"
        )

    def _filtered_count(self, queries, match, filters, where, params):
        # A date range over a common word: walk the range in the date index
        # and test each entry against the matches, rather than look every
        # match up in the wide entry table (12,000 matches: 11 ms, not 30).
        index = _date_index(self.entry_table)
        if not index or not (filters.date_from or filters.date_to):
            return None
        expression = match_expression(queries, match, filters.category_ids)
        if not expression:
            return 0
        fts = self.fts_table
        matches = self._fetch(
            f"SELECT count(*) FROM {fts} WHERE {fts} MATCH %s", [expression]
        )[0][0]
        if matches < NEWEST_BY_DATE_INDEX:
            return None if matches else 0
        filter_sql, filter_params = self._filters(filters)
        return self._fetch(
            f"SELECT count(*) FROM {self.entry_table} e"
            f" INDEXED BY {connection.ops.quote_name(index)} WHERE e.id IN"
            f" (SELECT rowid FROM {fts} WHERE {fts} MATCH %s){filter_sql}",
            [expression, *filter_params],
        )[0][0]

    def _count(self, where, params):
        return self._fetch(f"SELECT count(*){self._from()}{where}", params)[0][0]

    def _cutoff(self, where, params, window):
        edge = self._fetch(
            f"SELECT {self.id_column}{self._from()}{where}"
            f" ORDER BY {self.id_column} DESC LIMIT 1 OFFSET %s",
            [*params, window - 1],
        )
        return edge[0][0] if edge else None

    def _hits(self, where, params, sort, offset, limit):
        if sort == "newest":
            order = "e.date DESC, e.id DESC"
        else:
            order = "score, e.date DESC, e.id DESC"
        rows = self._fetch(
            f"SELECT e.id, bm25({self.fts_table}, {WEIGHTS}) AS score"
            f"{self._from()}{where} ORDER BY {order} LIMIT %s OFFSET %s",
            [*params, limit, offset],
        )
        return [Hit(entry_id, -float(score)) for entry_id, score in rows]
