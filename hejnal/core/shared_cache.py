"""Site chrome kept between requests, dropped the moment content changes.

The language homes, menus, footer links, language switcher, breadcrumbs and
"See also" lists are the same for every reader of a page until an editor
changes something, yet computing them is a good part of a page view. They are
kept in Django's cache under the token of the newest ``ContentChange``; every
save or delete of a page, a view restriction, a site, a locale or a site
setting adds a change (``signal_handlers``), so the next request reads a new
token and computes afresh. The token is read from the database once per
request, which makes this right with several processes even on a per-process
cache; a cache that fails (Redis down) only means computing every time, and
is logged once per outage (``hejnal.ops.cache_health``).
"""

import secrets

from django.core.cache import cache
from django.db import transaction

from hejnal.ops.cache_health import outage_of

from .models import ContentChange

# Errors the cache backend itself lets through (Redis' are counted by
# hejnal.ops.cache_health.RedisCache): one warning per outage, not per call.
_outage = outage_of("'default' (site chrome)")

TIMEOUT = 15 * 60
KEEP_CHANGES = 50
_MISSING = object()


def content_version(request):
    """Token of the newest content change, read once per request."""
    version = getattr(request, "_hejnal_content_version", None)
    if version is None:
        version = (
            ContentChange.objects.order_by("-pk")
            .values_list("token", flat=True)
            .first()
        ) or "initial"
        request._hejnal_content_version = version
    return version


def remember(request, parts, compute):
    """``compute()``, shared between requests until the content changes.

    Previews and requests without a request object are always computed: a
    preview shows an unsaved draft, which must never be served to readers.
    """
    if request is None or getattr(request, "is_preview", False):
        return compute()
    key = "hejnal:chrome:" + ":".join(
        str(part) for part in (content_version(request), *parts)
    )
    try:
        value = cache.get(key, _MISSING)
    except Exception as error:  # a broken cache never breaks a page
        _outage.failure("get", error)  # logged once per outage
        value = _MISSING
    else:
        _outage.success()
    if value is _MISSING:
        value = compute()
        try:
            cache.set(key, value, TIMEOUT)
        except Exception as error:
            _outage.failure("set", error)
    return value


def note_change():
    """Record that content changed: every process recomputes its chrome."""
    change = ContentChange.objects.create(token=secrets.token_hex(8))
    if change.pk % KEEP_CHANGES == 0:
        # After the commit, so that concurrent changes never wait on each other.
        transaction.on_commit(
            lambda: ContentChange.objects.filter(
                pk__lte=change.pk - KEEP_CHANGES
            ).delete()
        )
    return change.token
