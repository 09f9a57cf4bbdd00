"""PostgreSQL ``tsvector`` with a GIN index, ranked by ``ts_rank``.

Queries run on the narrow ``hejnal_search_vector`` table (see migration 0002),
aliased ``e`` like the entry table so the shared filters apply.

Weights: title (A) 1.0, lead (B) 0.4, body (C) 0.1. Rank normalisation 1
divides by the document length's logarithm, so a long body does not win by
bulk alone.
"""

from .base import Backend, Hit

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

    def _count(self, where, params):
        sql = f"SELECT count(*) FROM {self.vector_table} e{where}"
        return self._fetch(sql, params)[0][0]

    def _hits(self, queries, match, where, params, sort, offset, limit):
        languages = self._languages(queries, match)
        cases, case_params = [], []
        for language, text in languages:
            cases.append("WHEN %s THEN to_tsquery('simple'::regconfig, %s)")
            case_params.extend([language, text])
        query = f"CASE e.language {' '.join(cases)} END"
        if sort == "newest":
            order = "e.date DESC, e.entry_id DESC"
        else:
            order = "score DESC, e.date DESC, e.entry_id DESC"
        rows = self._fetch(
            f"SELECT e.entry_id, ts_rank({RANK_WEIGHTS}, e.vector, {query}, 1)"
            f" AS score FROM {self.vector_table} e{where}"
            f" ORDER BY {order} LIMIT %s OFFSET %s",
            [*case_params, *params, limit, offset],
        )
        return [Hit(entry_id, float(score)) for entry_id, score in rows]
