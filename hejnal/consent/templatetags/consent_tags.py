"""Whether a third-party embed may load on this request, and its page names."""

import hashlib
from types import SimpleNamespace

from django import template

from hejnal.consent.choice import LOAD_ONE_PARAM

register = template.Library()


def embed_key(src):
    """A short, stable name for one embed address, used in the query string."""
    return hashlib.sha256(src.encode("utf-8")).hexdigest()[:12]


@register.simple_tag(takes_context=True)
def embed_consent(context, src):
    """Decide, for the embed at ``src``, whether its iframe is rendered.

    It is when the reader allowed external content site-wide, or asked for
    this one embed (``?embed=<key>``, the fallback without JavaScript; it stores
    nothing). Each embed also gets an anchor unique on the page, so the reader
    returns to it after loading it that way.
    """
    request = context.get("request")
    key = embed_key(src or "")
    loaded = []
    anchor = f"embed-{key}"
    if request is not None:
        loaded = [k for k in request.GET.getlist(LOAD_ONE_PARAM) if k.isalnum()][:20]
        count = getattr(request, "_consent_embed_count", 0) + 1
        request._consent_embed_count = count
        anchor = f"embed-{count}"
    return SimpleNamespace(
        allowed=bool(src)
        and bool(context.get("consent_external_allowed") or key in loaded),
        key=key,
        anchor=anchor,
        already_loaded=[k for k in dict.fromkeys(loaded) if k != key],
        param=LOAD_ONE_PARAM,
    )
