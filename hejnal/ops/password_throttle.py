"""Wrong guesses at a page or document password are limited, per client and
per restriction.

Wagtail's ``authenticate_with_password`` views check the password a reader
types for a password-restricted page (``wagtailcore_…``) or for a document in
a password-restricted collection (``wagtaildocs_…``) and know nothing of how
often. The wrappers here are routed in their place (same URLs, same names;
``hejnal/urls.py``) and let Wagtail's views do the real work. Both kinds are
limited by the same two counts, in fixed windows:

* per client and restriction, ``HEJNAL_PAGE_PASSWORD_RATE`` (e.g. "5/m"):
  the reader who mistypes is not held up for long;
* per restriction across all clients, ``HEJNAL_PAGE_PASSWORD_PAGE_RATE``
  (e.g. "100/h"): guessing from many addresses is slowed down as well.

Every try is counted *before* Wagtail checks it, so parallel requests cannot
slip past the limit, and taken back when the password was right: only wrong
passwords use up the allowance. The count is per restriction (a page's and a
collection's restrictions apart, their ids may be equal), not per page id in
the URL, which only picks the page the form is shown on (varying it must not
buy new guesses). Over either limit, tries are answered 429 with
``Retry-After`` until the window ends, the right password too; a client under
both limits signs in as before. Counts live in the default cache (Redis in
production, shared by every process); with the cache down nothing is counted
(``RATELIMIT_FAIL_OPEN``, as for search).
"""

import contextlib
import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _
from django_ratelimit.core import _split_rate
from wagtail.documents.views.serve import (
    authenticate_with_password as wagtail_document_view,
)
from wagtail.views import authenticate_with_password as wagtail_page_view

from .throttle import client_ip, too_many_requests

EXPIRY_MARGIN = 5  # seconds a window's count outlives the window


class Count:
    """One fixed-window counter in the cache."""

    def __init__(self, kind, name, value, rate):
        self.limit, self.period = _split_rate(rate)
        now = int(time.time())
        window = now // self.period
        self.time_left = self.period - now % self.period
        digest = hashlib.sha256(value.encode()).hexdigest()[:32]
        self.key = f"hejnal:{kind}-password:{name}:{self.period}:{window}:{digest}"
        self.value = None

    def add(self):
        try:
            cache.add(self.key, 0, self.period + EXPIRY_MARGIN)
            self.value = cache.incr(self.key)
        except Exception:  # noqa: BLE001 - an unreachable cache counts nothing
            self.value = None
        if self.value is None and not getattr(settings, "RATELIMIT_FAIL_OPEN", False):
            self.value = self.limit + 1
        return self.value

    def take_back(self):
        if self.value is None:
            return
        # Expired or unreachable: nothing to undo.
        with contextlib.suppress(Exception):
            cache.decr(self.key)

    @property
    def over(self):
        return self.value is not None and self.value > self.limit


def limit_guesses(request, kind, restriction_id, refusal, check):
    """Answer a password try for the restriction ``kind`` (``"page"`` or
    ``"document"``) number ``restriction_id`` by ``check()``, Wagtail's view,
    unless the client or everyone is over the limit: then 429 with the
    translated message ``refusal()``."""
    if request.method != "POST":
        return check()
    restriction = str(restriction_id)
    counts = [
        Count(
            kind,
            "client",
            f"{client_ip(request)}|{restriction}",
            settings.HEJNAL_PAGE_PASSWORD_RATE,
        ),
        Count(kind, "all", restriction, settings.HEJNAL_PAGE_PASSWORD_PAGE_RATE),
    ]
    for count in counts:
        count.add()
    spent = [count for count in counts if count.over]
    if spent:
        for count in counts:
            if not count.over:
                count.take_back()  # a refused try is no guess: keep B's allowance
        return too_many_requests(
            request,
            refusal(),
            retry_after=max(count.time_left for count in spent),
        )
    response = check()
    # Wagtail redirects on the right password; a wrong one shows the form again.
    if 300 <= response.status_code < 400:
        for count in counts:
            count.take_back()
    return response


def authenticate_with_password(request, page_view_restriction_id, page_id):
    return limit_guesses(
        request,
        "page",
        page_view_restriction_id,
        lambda: _(
            "Too many wrong passwords have been tried for this page. "
            "Please wait a while before you try again."
        ),
        lambda: wagtail_page_view(request, page_view_restriction_id, page_id),
    )


def authenticate_with_document_password(request, restriction_id):
    return limit_guesses(
        request,
        "document",
        restriction_id,
        lambda: _(
            "Too many wrong passwords have been tried for this document. "
            "Please wait a while before you try again."
        ),
        lambda: wagtail_document_view(request, restriction_id),
    )
