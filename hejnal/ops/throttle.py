"""Rate limits for expensive public endpoints (search), per client address.

Counting is django-ratelimit's, in the default cache: Redis in production, so
every app process shares one count. Behind Varnish or a CDN every request comes
from the proxy; the reader's address is then the last one the trusted proxy
added to ``X-Forwarded-For``.
"""

from functools import wraps

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited


def client_address(group, request):
    address = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and address in settings.HEJNAL_TRUSTED_PROXIES:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        while hops and hops[-1] in settings.HEJNAL_TRUSTED_PROXIES:
            hops.pop()
        if hops:
            return hops[-1]
    return address


def throttled(group, rate_setting, json=False):
    """Answer 429 with Retry-After once a client goes over the rate in the
    setting named ``rate_setting`` (e.g. "60/m"), read on every request."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if is_ratelimited(
                request,
                group=group,
                key=client_address,
                rate=getattr(settings, rate_setting),
                increment=True,
            ):
                message = _("Too many searches in a short time. Please wait a minute.")
                if json:
                    response = JsonResponse({"error": message}, status=429)
                else:
                    response = render(
                        request,
                        "ops/too_many_requests.html",
                        {"message": message},
                        status=429,
                    )
                response["Retry-After"] = "60"
                response["Cache-Control"] = "no-store"
                return response
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
