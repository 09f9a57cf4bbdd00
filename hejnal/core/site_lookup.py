"""The request's Wagtail ``Site``, found once per content version.

Wagtail looks the site up with a query of its own on every request (the
serve view, the redirect middleware, every ``get_url``); the answer only
changes when a site or a page changes, which is what ``shared_cache`` tracks.
This middleware puts the site where ``Site.find_for_request`` keeps it for the
rest of the request (``request._wagtail_site``, as Wagtail's docstring says),
taken from the shared cache.

Only hosts that pass ``ALLOWED_HOSTS`` are looked up here, so readers cannot
fill the cache with made-up ``Host`` headers; anything else, and any database
trouble, leaves the lookup to Wagtail as before. Health checks never touch
the database through it.
"""

from django.core.exceptions import DisallowedHost
from django.db import DatabaseError
from django.http.request import split_domain_port
from wagtail.models import Site

from .shared_cache import remember

SKIPPED_PREFIXES = ("/healthz", "/readyz", "/static/", "/media/")


class SharedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and not request.path.startswith(
            SKIPPED_PREFIXES
        ):
            prime_site(request)
        return self.get_response(request)


def prime_site(request):
    try:
        hostname = split_domain_port(request.get_host())[0]
        port = request.get_port()
        site = remember(
            request, ("site", hostname, port), lambda: Site._find_for_request(request)
        )
    except (DisallowedHost, DatabaseError):
        return
    request._wagtail_site = site
