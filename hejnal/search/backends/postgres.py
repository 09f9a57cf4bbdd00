"""PostgreSQL ``tsvector`` with a GIN index, ranked by ``ts_rank``.

Queries run on the narrow ``hejnal_search_vector`` table (see migration 0002),
aliased ``e`` like the entry table so the shared filters apply.

Weights: title (A) 1.0, lead (B) 0.4, body (C) 0.1. The rank is divided by
log2(1 + document length), as ``ts_rank``'s normalisation 1 would, so a long
body does not win by bulk alone; the divisor is stored per row (``norm``,
migration 0003) rather than counted again for every match.
"""

from .base import (
    Backend,
    Hit,
    across_window,
    by_clauses,
    every_language,
    ranked_window,
)

RANK_WEIGHTS = "'{0.05, 0.1, 0.4, 1.0}'"


def _clause(clause):
    quoted = [f"'{term}'" for term in clause.terms]
    if clause.phrase:
        return "(" + " <-> ".join(quoted) + ")"
    return quoted[0]


def tsquery_text(clauses, match):
    joiner = " & " if match == "all" else " | "
    return joiner.join(_clause(clause) for clause in clauses)


def _language_filter(languages):
    if every_language(languages):
        return "", []
    return f"e.language IN ({', '.join(['%s'] * len(languages))}) AND ", list(languages)


class PostgresBackend(Backend):
    vector_table = "hejnal_search_vector"

    def _languages(self, queries, match):
        return [
            (languages, tsquery_text(clauses, match))
            for languages, clauses in by_clauses(queries)
        ]

    def _each_group(self, languages, filter_sql, filter_params, template, extra=()):
        """``template`` once per group of languages (each matches its own
        tsquery), with its parameters: the groups never share a language, so
        their rows never overlap. Apart, each scan needs no recheck; joined
        by OR, every match's vector would be tested again."""
        parts, params = [], []
        for group, text in languages:
            scope, scope_params = _language_filter(group)
            parts.append(
                template.format(
                    table=self.vector_table,
                    where=f"{scope}e.vector @@ to_tsquery('simple'::regconfig, %s)"
                    + filter_sql,
                )
            )
            params.extend([*scope_params, text, *filter_params, *extra])
        return parts, params

    def search(self, queries, filters, *, sort, match, offset, limit, rank_all=False):
        languages = self._languages(queries, match)
        if not languages:
            return 0, []
        filter_sql, filter_params = self._filters(filters)
        counts, params = self._each_group(
            languages,
            filter_sql,
            filter_params,
            "(SELECT count(*) FROM {table} e WHERE {where})",
        )
        count = self._fetch(f"SELECT {' + '.join(counts)}", params)[0][0]
        if not count or offset >= count:
            return count, []
        window = ranked_window(rank_all)
        if sort == "newest" or count <= window:
            return count, self._ranked(
                languages, filter_sql, filter_params, sort, offset, limit
            )
        # The window: the last ``window`` matches indexed (the rebuild indexes
        # by date); older matches follow newest first.
        newest, params = self._each_group(
            languages,
            filter_sql,
            filter_params,
            "(SELECT e.entry_id FROM {table} e WHERE {where}"
            " ORDER BY e.entry_id DESC LIMIT %s)",
            extra=[window],
        )
        edge = self._fetch(
            f"SELECT entry_id FROM ({' UNION ALL '.join(newest)}) newest"
            " ORDER BY entry_id DESC LIMIT 1 OFFSET %s",
            [*params, window - 1],
        )
        if not edge:
            # Matches gone since the count (a rebuild emptied the index in
            # between): rank what is left.
            return count, self._ranked(
                languages, filter_sql, filter_params, sort, offset, limit
            )
        cutoff = edge[0][0]

        def page(in_window, at, size):
            return self._ranked(
                languages,
                filter_sql
                + (" AND e.entry_id >= %s" if in_window else " AND e.entry_id < %s"),
                [*filter_params, cutoff],
                sort if in_window else "newest",
                at,
                size,
            )

        return count, across_window(offset, limit, window, page)

    def _ranked(self, languages, filter_sql, filter_params, sort, offset, limit):
        # One ranked branch per tsquery (languages whose query is the same
        # share one), each with its own constant tsquery:
        # a CASE choosing the query per row costs a third of the time of a
        # common word. Each branch keeps only its best offset + limit rows.
        if sort == "newest":
            score, order = "0.0", "date DESC, entry_id DESC"
            # Newest first comes from each language's date index, walked
            # backwards: one branch per language keeps that possible.
            languages = [
                ((language,), text) for group, text in languages for language in group
            ]
        else:
            score = (
                f"ts_rank({RANK_WEIGHTS}, e.vector,"
                " to_tsquery('simple'::regconfig, %s), 0) / e.norm"
            )
            order = "score DESC, date DESC, entry_id DESC"
        branches, branch_params = [], []
        for group, text in languages:
            scope, scope_params = _language_filter(group)
            branches.append(
                f"(SELECT e.entry_id, e.date, {score} AS score"
                f" FROM {self.vector_table} e WHERE {scope}"
                f"e.vector @@ to_tsquery('simple'::regconfig, %s){filter_sql}"
                f" ORDER BY {order} LIMIT %s)"
            )
            branch_params.extend(
                [*([text] if sort != "newest" else []), *scope_params, text]
            )
            branch_params.extend([*filter_params, offset + limit])
        rows = self._fetch(
            f"SELECT entry_id, score FROM ({' UNION ALL '.join(branches)}) ranked"
            f" ORDER BY {order} LIMIT %s OFFSET %s",
            [*branch_params, limit, offset],
        )
        return [Hit(entry_id, float(score)) for entry_id, score in rows]
