"""One scheduler at a time, decided by the database rather than by Redis.

Scheduled publishing must go on while Redis is down (the cache is only an
optimisation), and two scheduler processes must never publish at once, on one
host or several. The one thing every scheduler shares and cannot work without
is the database, so the lock lives there:

* PostgreSQL: a session-level advisory lock (``pg_try_advisory_lock``) on the
  scheduler's connection. It is released when the run ends, and by the server
  when the connection or the process dies, so a crashed scheduler never
  leaves it behind. Advisory locks are per database: two sites on one server
  do not share it.
* SQLite: the database is one file on one host, so an exclusive ``flock`` on
  a file beside it (``<database>.scheduler-lock``) shuts out every other
  process using that file; the kernel drops it when the process dies.
* Any other database: ``cache.add`` as before (works while the cache does).
"""

import contextlib
import fcntl
import hashlib
import os
import tempfile

from django.core.cache import cache
from django.db import DatabaseError, connection

LOCK_NAME = "hejnal:scheduler:lock"
# pg_try_advisory_lock takes a signed 64-bit key: this name's, fixed.
LOCK_ID = int.from_bytes(
    hashlib.sha256(LOCK_NAME.encode()).digest()[:8], "big", signed=True
)
CACHE_LOCK_SECONDS = 120


def lock_path():
    """The SQLite lock file: beside the database file, or (for an in-memory
    database, which no other process can open) one per process."""
    name = str(connection.settings_dict["NAME"])
    if name.startswith("file:") or ":memory:" in name or "mode=memory" in name:
        return os.path.join(tempfile.gettempdir(), f"hejnal-scheduler-{os.getpid()}")
    return f"{name}.scheduler-lock"


@contextlib.contextmanager
def scheduler_lock():
    """True inside while this process holds the lock, False when another does.

    Raises the database's error when it cannot be reached (PostgreSQL)."""
    vendor = connection.vendor
    if vendor == "postgresql":
        with _advisory_lock() as held:
            yield held
    elif vendor == "sqlite":
        with _file_lock(lock_path()) as held:
            yield held
    else:
        with _cache_lock() as held:
            yield held


@contextlib.contextmanager
def _advisory_lock():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [LOCK_ID])
        held = cursor.fetchone()[0]
    try:
        yield held
    finally:
        if held:
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [LOCK_ID])
            except DatabaseError:
                # The connection broke: the server released the lock with it.
                connection.close()


@contextlib.contextmanager
def _file_lock(path):
    with open(path, "a") as file:
        try:
            fcntl.flock(file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(file, fcntl.LOCK_UN)


@contextlib.contextmanager
def _cache_lock():
    held = bool(cache.add(LOCK_NAME, os.getpid(), timeout=CACHE_LOCK_SECONDS))
    try:
        yield held
    finally:
        if held:
            cache.delete(LOCK_NAME)
