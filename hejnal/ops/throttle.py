"""Rate limits per client address, and the one rule for what that address is.

Counting is django-ratelimit's, in the default cache: Redis in production, so
every app process shares one count. Behind Varnish or a CDN every request comes
from the proxy; the reader's address is then the last one a trusted proxy
added to ``X-Forwarded-For`` (:func:`client_ip`). django-axes counts sign-in
failures by the same function (``AXES_CLIENT_IP_CALLABLE``).
"""

import ipaddress
from functools import lru_cache, wraps

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited


@lru_cache(maxsize=8)
def _networks(entries):
    networks = []
    for entry in entries:
        entry = entry.strip()
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError as error:
            raise ImproperlyConfigured(
                f"TRUSTED_PROXIES: {entry!r} is not an IP address or a CIDR range."
            ) from error
    return tuple(networks)


def trusted_networks():
    """``HEJNAL_TRUSTED_PROXIES`` as networks (a lone address is a /32 or /128)."""
    return _networks(tuple(settings.HEJNAL_TRUSTED_PROXIES))


def _parse(value):
    """``value`` as an IP address, or None. Takes what proxies write into
    ``X-Forwarded-For``: ``203.0.113.5``, ``203.0.113.5:4711``,
    ``2001:db8::1``, ``[2001:db8::1]:443``."""
    value = value.strip()
    if value.startswith("["):
        value = value[1:].partition("]")[0]
    elif value.count(":") == 1:  # IPv4 with a port; IPv6 has two colons or more
        value = value.partition(":")[0]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    # An IPv4 client reaching an IPv6 socket is written ::ffff:a.b.c.d.
    return getattr(address, "ipv4_mapped", None) or address


def _trusted(address, networks):
    return address is not None and any(
        address.version == network.version and address in network
        for network in networks
    )


def client_ip(request):
    """The address of the client that sent ``request``.

    ``X-Forwarded-For`` is believed only when the request itself comes from a
    trusted proxy, and then only as far as trusted proxies wrote it: read from
    the right, every hop a trusted proxy reports is skipped and the first one
    that is not trusted is the client. What a client writes into the header
    itself stands to the left of that and is never reached.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    address = _parse(remote)
    networks = trusted_networks()
    if not _trusted(address, networks):
        return str(address) if address is not None else remote
    hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    for hop in reversed(hops):
        if not hop.strip():
            continue
        forwarded = _parse(hop)
        if forwarded is None:
            # Not an address, so not written by one of our proxies: stop.
            break
        address = forwarded
        if not _trusted(forwarded, networks):
            break
    return str(address)


def client_address(group, request):
    """:func:`client_ip` in the shape django-ratelimit asks for a key."""
    return client_ip(request)


def too_many_requests(request, message, retry_after=60, json=False):
    """The 429 answer: the translated, branded page (or JSON), never cached."""
    if json:
        response = JsonResponse({"error": message}, status=429)
    else:
        response = render(
            request,
            "ops/too_many_requests.html",
            {"message": message},
            status=429,
        )
    response["Retry-After"] = str(max(1, int(retry_after)))
    response["Cache-Control"] = "no-store"
    return response


def _asked_language(request):
    """The language a request names in its query (the APIs' ``locale`` or
    ``lang``), else the one it is being answered in."""
    codes = {code for code, _name in settings.LANGUAGES}
    for name in ("locale", "lang"):
        asked = request.GET.get(name, "")
        if asked in codes:
            return asked
    return translation.get_language()


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
                with translation.override(_asked_language(request)):
                    message = _(
                        "Too many searches in a short time. Please wait a minute."
                    )
                    return too_many_requests(request, message, json=json)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
