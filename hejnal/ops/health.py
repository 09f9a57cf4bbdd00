"""Whether this process can serve: the checks behind /readyz."""

import contextlib

from django.db import connection


def database_ready():
    """(ready, detail): the default database answers a trivial query, on the
    caller's connection as it is (a request's, or a test's transaction)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any database failure means "not ready"
        return False, type(exc).__name__
    return True, "ok"


def database_ready_anew():
    """``database_ready`` for a thread of its own that checks again and
    again: a connection past its age or broken is replaced first, and one that
    failed is closed, so the next check connects afresh."""
    connection.close_if_unusable_or_obsolete()
    ready, detail = database_ready()
    if not ready:
        with contextlib.suppress(Exception):  # a broken connection may not close
            connection.close()
    return ready, detail
