"""The site's one canonical origin, ``SITE_ORIGIN``, and absolute URLs on it.

Every absolute URL the site emits (canonical and hreflang links, feeds, the
sitemap, JSON-LD, API v2, search results, calendars, e-mails) starts with
``settings.SITE_ORIGIN``, whatever address the request came in by: a reader
who reached the site through another name or straight at an app process
still gets links to the one public address, and what the HTTP cache keeps is
the same for everyone.

Wagtail builds page URLs from its default ``Site`` record (``root_url``),
so that record's hostname and port are kept in step with the origin
(:func:`default_site_address`, applied after every ``migrate`` and by
``load_demo``). Wagtail's ``root_url`` can only say ``http`` on any port or
``https`` on 443, which is why :func:`parse` refuses the other combinations.

This module is imported by the settings: nothing here may touch the database
or the settings at import time.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

DEFAULT_PORTS = {"http": 80, "https": 443}


def parse(value, name="SITE_ORIGIN"):
    """``scheme://host[:port]`` from ``value``, checked and normalised (lower
    case, no default port, no trailing slash); ImproperlyConfigured if it is
    anything else."""
    text = (value or "").strip()
    example = "e.g. https://international.city.example or http://127.0.0.1:8000"
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as error:
        raise ImproperlyConfigured(f"{name}={value!r}: {error} ({example})") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(
            f"{name}={value!r} must be an http or https origin ({example})"
        )
    if parts.username or parts.password:
        raise ImproperlyConfigured(f"{name}={value!r} must not carry a user name")
    if parts.path not in ("", "/") or parts.query or parts.fragment or "?" in text:
        raise ImproperlyConfigured(
            f"{name}={value!r} must be an origin only, without a path, query or "
            f"fragment ({example})"
        )
    if port == 0:
        raise ImproperlyConfigured(f"{name}={value!r}: port 0 is not a port")
    if scheme == "https" and port not in (None, 443):
        raise ImproperlyConfigured(
            f"{name}={value!r}: an https origin must use port 443 (Wagtail's Site "
            "record cannot name another port for https)"
        )
    if scheme == "http" and port == 443:
        raise ImproperlyConfigured(
            f"{name}={value!r}: port 443 is for https (write https://…)"
        )
    host = parts.hostname.lower()
    if ":" in host:
        raise ImproperlyConfigured(
            f"{name}={value!r}: name the host, not an IPv6 address (Wagtail's Site "
            "record cannot hold one)"
        )
    if port is None or port == DEFAULT_PORTS[scheme]:
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def absolute(url):
    """``url`` on the canonical origin: a path gets it put in front, a URL that
    already has a scheme (another site's, a storage's) is left as it is."""
    if url is None:
        return None
    if url.startswith("/") and not url.startswith("//"):
        return settings.SITE_ORIGIN + url
    if url.startswith("//") or urlsplit(url).scheme:
        return url
    return f"{settings.SITE_ORIGIN}/{url}"


def host():
    """The origin's host and port as a ``Host`` header would name them
    (``international.city.example``, ``127.0.0.1:8765``)."""
    return urlsplit(settings.SITE_ORIGIN).netloc


def default_site_address(origin=None):
    """``(hostname, port)`` for the Wagtail ``Site`` whose ``root_url`` is the
    origin."""
    parts = urlsplit(origin or settings.SITE_ORIGIN)
    return parts.hostname, parts.port or DEFAULT_PORTS[parts.scheme]
