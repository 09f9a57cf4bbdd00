"""Wrong guesses at a page password are limited, per client and per page.

Wagtail's ``authenticate_with_password`` view checks the password a reader
types for a password-restricted page and knows nothing of how often. This
wrapper is routed in its place (same URL, same name; ``hejnal/urls.py``) and
lets Wagtail's view do the real work. Two counts, in fixed windows:

* per client and restriction, ``HEJNAL_PAGE_PASSWORD_RATE`` (e.g. "5/m"):
  the reader who mistypes is not held up for long;
* per restriction across all clients, ``HEJNAL_PAGE_PASSWORD_PAGE_RATE``
  (e.g. "100/h"): guessing from many addresses is slowed down as well.

Every try is counted *before* Wagtail checks it, so parallel requests cannot
slip past the limit, and taken back when the password was right: only wrong
passwords use up the allowance. The count is per restriction, not per page id
in the URL, which only picks the page the form is shown on (varying it must
not buy new guesses). Over either limit, tries are answered 429 with
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
from wagtail.views import authenticate_with_password as wagtail_view

from .throttle import client_ip, too_many_requests

EXPIRY_MARGIN = 5  # seconds a window's count outlives the window


class Count:
    """One fixed-window counter in the cache."""

    def __init__(self, name, value, rate):
        self.limit, self.period = _split_rate(rate)
        now = int(time.time())
        window = now // self.period
        self.time_left = self.period - now % self.period
        digest = hashlib.sha256(value.encode()).hexdigest()[:32]
        self.key = f"hejnal:page-password:{name}:{self.period}:{window}:{digest}"
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


def authenticate_with_password(request, page_view_restriction_id, page_id):
    if request.method != "POST":
        return wagtail_view(request, page_view_restriction_id, page_id)
    restriction = str(page_view_restriction_id)
    counts = [
        Count(
            "client",
            f"{client_ip(request)}|{restriction}",
            settings.HEJNAL_PAGE_PASSWORD_RATE,
        ),
        Count("page", restriction, settings.HEJNAL_PAGE_PASSWORD_PAGE_RATE),
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
            _(
                "Too many wrong passwords have been tried for this page. "
                "Please wait a while before you try again."
            ),
            retry_after=max(count.time_left for count in spent),
        )
    response = wagtail_view(request, page_view_restriction_id, page_id)
    # Wagtail redirects on the right password; a wrong one shows the form again.
    if 300 <= response.status_code < 400:
        for count in counts:
            count.take_back()
    return response
