"""Tell the HTTP cache in front (Varnish, a CDN) what changed.

Two kinds of invalidation, sent once the database transaction has committed:

* a **path** (``PURGE /pl/news/``) drops that path with any query string, so
  every page of a paginated category list goes with it;
* a **prefix** (``BAN`` with ``X-Ban-Prefix: /pl/``) drops everything below it.
  It is used when a change shows on every page of a language version: a page
  that appears in the menu, a directory record, an alert banner.

The backends are Wagtail's (``WAGTAILFRONTENDCACHE``, built from
``FRONTEND_CACHE_URL``). Varnish gets both kinds through
``deploy/varnish/hejnal.vcl``; other backends (CloudFront, Cloudflare…) get the
paths as URLs and a prefix as its own URL.
"""

import logging
import threading
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.db import transaction
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import get_backends

logger = logging.getLogger("hejnal.caching")
TIMEOUT = 5

_pending = threading.local()


class _Request(Request):
    def __init__(self, method, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._method = method

    def get_method(self):
        return self._method


def _send(backend, method, url, headers=None):
    parts = urlsplit(url)
    target = urlunsplit(
        (backend.cache_scheme, backend.cache_netloc, parts.path or "/", "", "")
    )
    request = _Request(
        method, target, headers={"Host": parts.netloc or "localhost", **(headers or {})}
    )
    try:
        with urlopen(request, timeout=TIMEOUT):  # noqa: S310 - configured location
            pass
    except (URLError, OSError) as exc:
        logger.error("Could not %s %s from the HTTP cache: %s", method, url, exc)


def send(urls=(), prefixes=()):
    """Invalidate now: ``urls`` are full URLs, ``prefixes`` full URLs of trees."""
    urls, prefixes = sorted(set(urls)), sorted(set(prefixes))
    for backend in get_backends().values():
        if isinstance(backend, HTTPBackend):
            for url in urls:
                _send(backend, "PURGE", url)
            for prefix in prefixes:
                _send(backend, "BAN", prefix, {"X-Ban-Prefix": urlsplit(prefix).path})
        else:
            backend.purge_batch([*urls, *prefixes])


def enabled():
    return bool(get_backends())


def schedule(urls=(), prefixes=()):
    """Invalidate once the current transaction commits (at once outside one).

    Everything scheduled within one transaction goes out as one batch. A batch
    whose transaction was rolled back is dropped with it.
    """
    if not get_backends():
        return
    connection = transaction.get_connection()
    batch = getattr(_pending, "batch", None)
    if batch is not None and not any(
        entry[1] is batch["flush"] for entry in connection.run_on_commit
    ):
        batch = None  # its transaction was rolled back, or it was already sent
    if batch is None:
        batch = {"urls": set(), "prefixes": set()}

        def flush():
            _pending.batch = None
            send(batch["urls"], batch["prefixes"])

        batch["flush"] = flush
        batch["urls"].update(url for url in urls if url)
        batch["prefixes"].update(prefix for prefix in prefixes if prefix)
        if connection.in_atomic_block:
            _pending.batch = batch
            transaction.on_commit(flush)
        else:
            flush()
        return
    batch["urls"].update(url for url in urls if url)
    batch["prefixes"].update(prefix for prefix in prefixes if prefix)
