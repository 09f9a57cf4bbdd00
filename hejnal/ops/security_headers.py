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

from csp.middleware import CSPMiddleware
from django.conf import settings


def source_hash(text):
    digest = hashlib.sha256(text.encode()).digest()
    return "'sha256-" + base64.b64encode(digest).decode() + "'"


def allow_inline(request, directive, text):
    """Let ``text`` run as an inline element of ``directive`` on this response."""
    if request is None:
        return
    hashes = request.__dict__.setdefault("_hejnal_csp_hashes", {})
    hashes.setdefault(directive, set()).add(source_hash(text))


class HashedCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, plus the hashes the templates asked for."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        hashes = getattr(request, "_hejnal_csp_hashes", None)
        if hashes and not report_only:
            update = dict(parts.update or {})
            for directive, values in hashes.items():
                update[directive] = [*update.get(directive, ()), *sorted(values)]
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
