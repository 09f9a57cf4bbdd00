"""Whether this process can serve: the checks behind /readyz."""

import contextlib

from django.db import connection


def database_ready():
    """(ready, detail): the default database answers a trivial query."""
    try:
        connection.close_if_unusable_or_obsolete()
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any database failure means "not ready"
        with contextlib.suppress(Exception):  # a broken connection may not close
            connection.close()
        return False, type(exc).__name__
    return True, "ok"
