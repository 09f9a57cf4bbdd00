"""Security headers beyond Django's own: Content-Security-Policy and
Permissions-Policy.

The policy allows no inline code except the few inline elements the templates
write through ``{% inline_code %}``, each allowed by the SHA-256 hash of its
exact text. Hashes rather than nonces: a nonce changes on every response, which
would defeat the ETag validators and make every copy in a shared cache (Varnish,
a CDN) carry a nonce the next revalidation no longer matches. A hash is the
same for every reader, so cached pages stay valid and ``unsafe-inline`` is never
needed.
"""

import base64
import hashlib
from urllib.parse import urlsplit

from csp.constants import NONCE
from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.core.files.storage import storages

from hejnal.ops.admin_csp import (
    HARMLESS_HANDLERS,
    admin_directives,
    mark_initialisers,
)

# Directives that must also allow the origin uploaded files are served from.
MEDIA_DIRECTIVES = ("img-src", "media-src")


def source_hash(text):
    digest = hashlib.sha256(text.encode()).digest()
    return "'sha256-" + base64.b64encode(digest).decode() + "'"


def allow_inline(request, directive, text):
    """Let ``text`` run as an inline element of ``directive`` on this response."""
    if request is None:
        return
    hashes = request.__dict__.setdefault("_hejnal_csp_hashes", {})
    hashes.setdefault(directive, set()).add(source_hash(text))


def media_origin():
    """The origin uploads are served from when it is not the site's own (S3, a
    CDN domain), else None. Asked of the storage once: it builds URLs without a
    request to the bucket."""
    storage = storages["default"]
    if "_hejnal_media_origin" not in storage.__dict__:
        try:
            parts = urlsplit(storage.url("csp-origin-probe"))
        except NotImplementedError:
            parts = None
        origin = None
        if parts and parts.scheme in {"http", "https"} and parts.netloc:
            origin = f"{parts.scheme}://{parts.netloc}"
        storage.__dict__["_hejnal_media_origin"] = origin
    return storage.__dict__["_hejnal_media_origin"]


class HashedCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, plus the hashes the templates asked for and the
    media storage's origin. The admin gets a policy of its own
    (``HEJNAL_ADMIN_CONTENT_SECURITY_POLICY``, hejnal/ops/admin_csp.py)."""

    def process_response(self, request, response):
        # A preview already carries the readers' policy of the page it shows.
        if "Content-Security-Policy" not in response and admin_directives(request):
            request._hejnal_admin_csp = True
            if mark_initialisers(response, str(request.csp_nonce)):
                request._hejnal_admin_nonce = True
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        update = dict(parts.update or {})
        if parts.config is None and getattr(request, "_hejnal_admin_csp", False):
            parts.config = default_config(admin_directives(request))
            script_src = ["'unsafe-hashes'"]
            script_src += [source_hash(text) for text in HARMLESS_HANDLERS]
            if getattr(request, "_hejnal_admin_nonce", False):
                script_src.append(NONCE)
            update["script-src"] = script_src
        origin = media_origin()
        if origin:
            for directive in MEDIA_DIRECTIVES:
                update[directive] = [*update.get(directive, ()), origin]
        hashes = getattr(request, "_hejnal_csp_hashes", None) or {}
        for directive, values in hashes.items():
            if "'unsafe-inline'" in ((parts.config or {}).get(directive) or ()):
                continue  # browsers ignore 'unsafe-inline' beside a hash
            update[directive] = [*update.get(directive, ()), *sorted(values)]
        if update:
            parts.update = update
        return parts


class PermissionsPolicyMiddleware:
    """Browser features the site never uses are switched off for every page."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.value = ", ".join(
            f"{feature}=()" for feature in settings.HEJNAL_PERMISSIONS_POLICY_OFF
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.value)
        return response
