"""Which responses a shared cache (Varnish, a CDN) may keep, and for how long.

Readers carry no cookie until they make a consent choice, so almost every page
is the same for everyone and can be served from the cache. Anything that could
be personal is marked ``private, no-store``: the admin and previews, responses
that set a cookie, and requests from someone with a session (an editor). A view
that sets ``Cache-Control`` itself (feeds, health checks, the iCalendar feed)
keeps its own.

A page in a restricted section (a view restriction on it or on an ancestor) is
``private, no-store`` whatever its response says, for every reader: the
password form, the login redirect, the page itself once the reader is allowed
in, and an error raised on the way. ``wagtail_hooks`` marks such requests before
Wagtail checks the restriction.

Public responses are kept briefly by browsers and longer by the shared cache,
which is purged the moment content changes (``hejnal.caching.purge``);
``stale-while-revalidate`` hides the trip to the app from readers and
``stale-if-error`` keeps the site readable while the app or its database is down.
Validators come from Django's ``ConditionalGetMiddleware`` (ETag).
"""

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers

PUBLIC_STATUSES = {200, 203, 301, 308, 404, 410}
PRIVATE_PREFIXES = ("/admin/", "/documents/", "/django-admin/")


def is_personal(request, response):
    if request.path.startswith(PRIVATE_PREFIXES):
        return True
    if getattr(request, "is_preview", False):
        return True
    if response.cookies:
        return True
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return True
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def never_shared(response):
    """``private, no-store``, dropping anything that would let a shared cache
    keep the response."""
    if response.has_header("Cache-Control"):
        kept = [
            directive.strip()
            for directive in response["Cache-Control"].split(",")
            if directive.strip().split("=")[0].lower() not in ("public", "s-maxage")
        ]
        response["Cache-Control"] = ", ".join(d for d in kept if d)
    patch_cache_control(response, private=True, no_store=True)
    return response


def apply_policy(request, response):
    if getattr(request, "hejnal_restricted", False):
        return never_shared(response)
    if response.has_header("Cache-Control"):
        return response
    if is_personal(request, response):
        patch_cache_control(response, private=True, no_store=True)
        return response
    if request.method not in ("GET", "HEAD") or response.status_code not in (
        PUBLIC_STATUSES | {304}
    ):
        patch_cache_control(response, no_store=True)
        return response
    policy = settings.HEJNAL_HTTP_CACHE
    shared = policy["S_MAXAGE"]
    if response.status_code in (404, 410):
        shared = min(shared, policy["NOT_FOUND_S_MAXAGE"])
    patch_cache_control(
        response,
        public=True,
        max_age=policy["MAX_AGE"],
        s_maxage=shared,
        stale_while_revalidate=policy["STALE_WHILE_REVALIDATE"],
        stale_if_error=policy["STALE_IF_ERROR"],
    )
    # The consent choice (a cookie) decides whether embeds are shown.
    patch_vary_headers(response, ("Cookie",))
    return response


class CachePolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return apply_policy(request, self.get_response(request))
