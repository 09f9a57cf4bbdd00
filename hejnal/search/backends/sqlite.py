"""SQLite FTS5, ranked by BM25 with the title weighted over lead and body."""

from .base import Backend, Hit

TEXT_COLUMNS = "{title_terms lead_terms body_terms}"
# language, title, lead, body
WEIGHTS = "0.0, 10.0, 4.0, 1.0"


def _quoted(term):
    # Terms are letters and digits only (see analyzer.WORD); quoting keeps
    # words such as NEAR, AND or NOT from being read as operators.
    return f'"{term}"'


def _clause(clause):
    return (
        _quoted(" ".join(clause.terms)) if clause.phrase else _quoted(clause.terms[0])
    )


def match_expression(queries, match):
    joiner = " AND " if match == "all" else " OR "
    parts = []
    for language, clauses in queries.items():
        if not clauses:
            continue
        inner = joiner.join(_clause(clause) for clause in clauses)
        parts.append(f"(language : {_quoted(language)} AND {TEXT_COLUMNS} : ({inner}))")
    return " OR ".join(parts)


class SqliteBackend(Backend):
    fts_table = "hejnal_search_fts"

    def _where(self, queries, match):
        expression = match_expression(queries, match)
        if not expression:
            return " WHERE 0", []
        return f" WHERE {self.fts_table} MATCH %s", [expression]

    def _from(self):
        return (
            f" FROM {self.fts_table} JOIN {self.entry_table} e"
            f" ON e.id = {self.fts_table}.rowid"
        )

    def _count(self, where, params):
        return self._fetch(f"SELECT count(*){self._from()}{where}", params)[0][0]

    def _hits(self, queries, match, where, params, sort, offset, limit):
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
