from dataclasses import dataclass, field

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


class Backend:
    """Runs a query given as term clauses per language.

    ``queries`` maps a language code to its list of ``TermClause``; ``match``
    is ``"all"`` (every clause) or ``"any"`` (at least one).
    """

    entry_table = "hejnal_search_searchentry"
    # True where _where already restricts the category inside the index.
    category_in_match = False

    def search(self, queries, filters, *, sort, match, offset, limit):
        where, params = self._where(queries, match, filters)
        filter_sql, filter_params = self._filters(filters)
        count = self._count(where + filter_sql, params + filter_params)
        if not count:
            return 0, []
        hits = self._hits(
            queries,
            match,
            where + filter_sql,
            params + filter_params,
            sort,
            offset,
            limit,
        )
        return count, hits

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
