"""PostgreSQL plans searches for data in memory, not on a spinning disk."""

import pytest
from django.db import connection

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="a PostgreSQL connection setting"
)


@pytest.mark.django_db
def test_connections_cost_random_reads_as_memory_does():
    # With the default of 4 a common word's count scans the whole search table
    # (docs/benchmarks.md, "Search, sixth session").
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone()[0] == "1.1"
