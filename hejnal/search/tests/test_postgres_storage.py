"""PostgreSQL: plans made for data in memory, an index that stays its size."""

import pytest
from django.db import connection

from hejnal.conftest import add_article
from hejnal.search.indexing import rebuild
from hejnal.search.models import SearchEntry

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's planner and storage"
)


@pytest.mark.django_db
def test_connections_cost_random_reads_as_memory_does():
    # With the default of 4 a common word's count scans the whole search table
    # (docs/benchmarks.md, "Search, sixth session").
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone()[0] == "1.1"


def search_table_pages():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_relation_size('hejnal_search_searchentry')"
            " + pg_relation_size('hejnal_search_vector')"
        )
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_a_rebuild_replaces_the_index_rather_than_growing_it(search_categories):
    for i in range(30):
        add_article(search_categories["en"], f"Lighthouse keeper {i}", "Lamps. " * 50)
    rebuild()
    first = search_table_pages()
    entries = SearchEntry.objects.count()
    for _ in range(3):
        rebuild()
    assert SearchEntry.objects.count() == entries
    # Deleted rows would stay in the files beside the new ones until a vacuum.
    assert search_table_pages() <= first
