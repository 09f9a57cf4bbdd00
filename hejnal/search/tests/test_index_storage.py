"""The index stays compact through rebuilds; PostgreSQL plans for data in memory."""

import pytest
from django.db import DatabaseError, connection

from hejnal.conftest import add_article
from hejnal.search.indexing import rebuild
from hejnal.search.models import SearchEntry

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's planner and storage"
)
on_sqlite = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite's FTS5 index"
)

TABLES = {
    "postgresql": ("hejnal_search_searchentry", "hejnal_search_vector"),
    "sqlite": ("hejnal_search_fts_data",),
}


def index_bytes():
    tables = TABLES[connection.vendor]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT " + " + ".join(f"pg_relation_size('{t}')" for t in tables)
            )
        else:
            try:
                cursor.execute(
                    "SELECT sum(pgsize) FROM dbstat WHERE name IN"
                    f" ({', '.join('%s' for _ in tables)})",
                    tables,
                )
            except DatabaseError:
                pytest.skip("this SQLite is built without the dbstat table")
        return cursor.fetchone()[0]


@pytest.fixture
def lighthouse_articles(search_categories):
    for i in range(30):
        add_article(
            search_categories["en"],
            f"Lighthouse keeper {i}",
            f"Lamps, lenses and logbooks {i}. " * 20,
        )


def rebuilt_three_times():
    rebuild()
    first, entries = index_bytes(), SearchEntry.objects.count()
    for _ in range(3):
        rebuild()
    assert SearchEntry.objects.count() == entries
    return first, index_bytes()


@on_postgres
@pytest.mark.django_db
def test_connections_cost_random_reads_as_memory_does():
    # With the default of 4 a common word's count scans the whole search table
    # (docs/benchmarks.md, "Search, sixth session").
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone()[0] == "1.1"


@on_postgres
@pytest.mark.django_db
def test_postgres_rebuild_replaces_the_tables_rather_than_growing_them(
    lighthouse_articles,
):
    first, last = rebuilt_three_times()
    # Deleted rows would stay in the files beside the new ones until a vacuum.
    assert last <= first


@on_sqlite
@pytest.mark.django_db
def test_sqlite_rebuild_leaves_the_fulltext_index_as_compact_as_fts5_makes_it(
    lighthouse_articles,
):
    # Each rebuild deletes every entry (a tombstone each) and adds it again.
    first, last = rebuilt_three_times()
    assert last <= first
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO hejnal_search_fts(hejnal_search_fts) VALUES('optimize')"
        )
    assert index_bytes() == last
