"""Publishing and expiry on time, without a cron line.

``manage.py serve`` calls :func:`run_due` every few seconds next to the app
server. Wagtail's ``publish_scheduled`` does the work: pages and snippets whose
scheduled revision is due go live, and expired ones are unpublished (and purged
from the HTTP cache by the usual signals). A lock in the database
(``scheduler_lock``) makes sure only one process does it when several
``serve`` processes run, on one host or several, and keeps working while
Redis is down.
"""

import logging

from django.core.cache import cache
from django.core.management import call_command
from django.db import DatabaseError, close_old_connections, connection
from django.db.models import Q
from django.utils import timezone

from .scheduler_lock import scheduler_lock

logger = logging.getLogger("hejnal.scheduler")
LAST_RUN_KEY = "hejnal:scheduler:last-run"
# The last run as this process saw it, for when the cache has forgotten it
# (Redis restarted, or down): banners that changed meanwhile are still purged.
_last_run_here = None


def run_due():
    """Publish and expire what is due. False when it did not run: another
    process holds the lock, or the database cannot be reached."""
    _refresh_connection()
    try:
        with scheduler_lock() as held:
            if held:
                _publish_due()
    except DatabaseError as error:  # the lock's database is down: next tick
        logger.warning("Scheduled publishing waits for the database: %s", error)
        held = False
    finally:
        _refresh_connection()
    return held


def _publish_due():
    try:
        call_command("publish_scheduled", verbosity=0)
        purge_banners_that_changed()
    except Exception:  # the database may be down: try again next time
        logger.exception("Scheduled publishing failed; retrying at the next tick")


def _refresh_connection():
    """Drop a broken or expired connection between ticks, as Django does between
    requests; never one that is inside a transaction (a caller's, or a test's)."""
    if not connection.in_atomic_block:
        close_old_connections()


def purge_banners_that_changed(now=None):
    """Alert banners that started or ended since the last run show (or vanish)
    without anyone saving them: purge their language from the HTTP cache."""
    from hejnal.caching import affected, purge
    from hejnal.editorial.models import AlertBanner

    global _last_run_here
    now = now or timezone.now()
    last = cache.get(LAST_RUN_KEY) or _last_run_here
    cache.set(LAST_RUN_KEY, now, timeout=None)
    _last_run_here = now
    if last is None or not purge.enabled():
        return 0
    changed = AlertBanner.objects.filter(
        Q(starts_at__gt=last, starts_at__lte=now)
        | Q(ends_at__gt=last, ends_at__lte=now)
    ).values_list("language", flat=True)
    languages = set(changed)
    for language in languages:
        purge.schedule(prefixes=affected.for_language(language))
    return len(languages)
