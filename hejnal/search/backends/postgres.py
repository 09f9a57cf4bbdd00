"""PostgreSQL ``tsvector`` with a GIN index, ranked by ``ts_rank``.

Queries run on the narrow ``hejnal_search_vector`` table (see migration 0002),
aliased ``e`` like the entry table so the shared filters apply.

Weights: title (A) 1.0, lead (B) 0.4, body (C) 0.1. The rank is divided by
log2(1 + document length), as ``ts_rank``'s normalisation 1 would, so a long
body does not win by bulk alone; the divisor is stored per row (``norm``,
migration 0003) rather than counted again for every match.
"""

from .base import Backend, Hit, ranked_window, slices

RANK_WEIGHTS = "'{0.05, 0.1, 0.4, 1.0}'"


def _clause(clause):
    quoted = [f"'{term}'" for term in clause.terms]
    if clause.phrase:
        return "(" + " <-> ".join(quoted) + ")"
    return quoted[0]


def tsquery_text(clauses, match):
    joiner = " & " if match == "all" else " | "
    return joiner.join(_clause(clause) for clause in clauses)


class PostgresBackend(Backend):
    vector_table = "hejnal_search_vector"

    def _languages(self, queries, match):
        return [
            (language, tsquery_text(clauses, match))
            for language, clauses in queries.items()
            if clauses
        ]

    def _where(self, queries, match, filters):
        parts, params = [], []
        for language, text in self._languages(queries, match):
            parts.append(
                "(e.language = %s AND e.vector @@ to_tsquery('simple'::regconfig, %s))"
            )
            params.extend([language, text])
        if not parts:
            return " WHERE false", []
        return " WHERE (" + " OR ".join(parts) + ")", params

    def search(self, queries, filters, *, sort, match, offset, limit):
        languages = self._languages(queries, match)
        if not languages:
            return 0, []
        where, params = self._where(queries, match, filters)
        filter_sql, filter_params = self._filters(filters)
        count = self._count(where + filter_sql, params + filter_params)
        if not count or offset >= count:
            return count, []
        window = ranked_window()
        if sort == "newest" or count <= window:
            return count, self._ranked(
                languages, filter_sql, filter_params, sort, offset, limit
            )
        # The window: the last ``window`` matches indexed (the rebuild indexes
        # by date); older matches follow newest first.
        cutoff = self._fetch(
            f"SELECT e.entry_id FROM {self.vector_table} e{where}{filter_sql}"
            " ORDER BY e.entry_id DESC LIMIT 1 OFFSET %s",
            [*params, *filter_params, window - 1],
        )[0][0]
        part = slices(offset, limit, window)
        hits = []
        if part.ranked_limit:
            hits += self._ranked(
                languages,
                filter_sql + " AND e.entry_id >= %s",
                [*filter_params, cutoff],
                sort,
                part.ranked_offset,
                part.ranked_limit,
            )
        if part.older_limit:
            hits += self._ranked(
                languages,
                filter_sql + " AND e.entry_id < %s",
                [*filter_params, cutoff],
                "newest",
                part.older_offset,
                part.older_limit,
            )
        return count, hits

    def _ranked(self, languages, filter_sql, filter_params, sort, offset, limit):
        # One ranked branch per language, each with its own constant tsquery:
        # a CASE choosing the query per row costs a third of the time of a
        # common word. Each branch keeps only its best offset + limit rows.
        if sort == "newest":
            score, order = "0.0", "date DESC, entry_id DESC"
        else:
            score = (
                f"ts_rank({RANK_WEIGHTS}, e.vector,"
                " to_tsquery('simple'::regconfig, %s), 0) / e.norm"
            )
            order = "score DESC, date DESC, entry_id DESC"
        branches, branch_params = [], []
        for language, text in languages:
            branches.append(
                f"(SELECT e.entry_id, e.date, {score} AS score"
                f" FROM {self.vector_table} e WHERE e.language = %s"
                f" AND e.vector @@ to_tsquery('simple'::regconfig, %s){filter_sql}"
                f" ORDER BY {order} LIMIT %s)"
            )
            branch_params.extend(
                [*([text] if sort != "newest" else []), language, text]
            )
            branch_params.extend([*filter_params, offset + limit])
        rows = self._fetch(
            f"SELECT entry_id, score FROM ({' UNION ALL '.join(branches)}) ranked"
            f" ORDER BY {order} LIMIT %s OFFSET %s",
            [*branch_params, limit, offset],
        )
        return [Hit(entry_id, float(score)) for entry_id, score in rows]

    def _count(self, where, params):
        sql = f"SELECT count(*) FROM {self.vector_table} e{where}"
        return self._fetch(sql, params)[0][0]
