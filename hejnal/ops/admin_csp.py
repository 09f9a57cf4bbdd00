"""The admin's Content-Security-Policy: Wagtail's own inline initialisers.

Wagtail 8 and wagtail-localize still write a few inline ``<script>`` elements
into admin pages: a date field calls ``initDateChooser("id_date", {...})``, a
chooser ``new ImageChooser("id_hero_image", {...})``, an inline panel
``new InlinePanel(JSON.parse("..."))``. Allowing inline scripts wholesale
('unsafe-inline', or a nonce on every inline script of the response) would let
any markup that slipped into a page run too, which is what the policy is there
to stop. Instead each inline script of an admin page is compared with the few
shapes Wagtail writes, and marked with the response's nonce only when it matches
one exactly and every argument it passes is a JSON literal (data, never code).
Anything else stays blocked and shows up as a violation in the browser tests
(hejnal/core/tests/browser/test_admin_csp.py), which walk an editor through the
admin with the policy enforced.

A nonce rather than hashes, unlike readers' pages: an inline panel's "Add"
button copies a ``<template>`` whose scripts name the new form by its number
(``id_related_links-__prefix__-link_page`` becomes ``…-3-…``), a text no hash
given in advance can match, while jQuery carries the template script's nonce
over to the copy it runs. Admin pages are never shared through a cache, so a
nonce costs nothing there.

``<script type="application/json">`` data blocks (Wagtail's configuration,
telepath definitions) are never executed, so they need no allowance.
"""

import json
import re

from django.conf import settings

# The whole text of an inline script (surrounding whitespace aside) must match
# one of these; the ``args`` group must then parse as a JSON array once wrapped
# in brackets, which proves the call passes nothing but data.
INITIALISER_CALLS = [
    # Date, time and date-time fields (wagtailadmin/widgets/*_input.html).
    re.compile(r"init(?:Date|Time|DateTime)Chooser\((?P<args>.*)\);?", re.S),
    # Chooser widgets: page, image, document, snippet, task
    # (wagtail.admin.widgets.chooser.BaseChooser.render_js_init).
    re.compile(r"new (?:[A-Z][A-Za-z]*)?Chooser\((?P<args>.*)\);?", re.S),
    # Inline and multiple-chooser panels (wagtailadmin/panels/*.html): the
    # options are a JSON text inside a string literal.
    re.compile(
        r"\(function\(\)\s*\{\s*var panel = new (?:InlinePanel|MultipleChooserPanel)"
        r"\(JSON\.parse\((?P<args>.*)\)\);\s*\}\)\(\);?",
        re.S,
    ),
]

# wagtail-localize's translation editor sets the chooser URLs it needs when the
# page has not (edit_translation.html): paths on this site only, with no
# backslash, quote or angle bracket in them.
CHOOSER_URLS = re.compile(
    r'if \(typeof window\.chooserUrls === "undefined"\) \{\s*'
    r"window\.chooserUrls = \{(?:\s*[A-Za-z]+: \"/[^/\"\\<>][^\"\\<>]*\",?)*\s*\}\s*\}",
)


# wagtail-localize's "Translate this page" form: a fixed script ticking every
# language when "select all" is ticked (submit_translation.html), compared with
# its whitespace collapsed.
def collapsed(text):
    return " ".join(text.split())


FIXED_SCRIPTS = {
    collapsed(
        """
        document.addEventListener('DOMContentLoaded', function() {
            var selectAll = document.querySelector('[name="select_all"]');
            var locales = document.querySelectorAll('[name="locales"]');

            selectAll.addEventListener('change', function() {
                for (var i = 0; i < locales.length; i++) {
                    locales[i].checked = selectAll.checked;
                }
            });
        });
        """
    )
}

# Inline event handlers allowed by hash ('unsafe-hashes'): only this one, which
# does nothing. Jcrop (the focal point chooser on an image's edit page) probes
# for touch support by setting ``ontouchstart="return;"`` on a detached element.
HARMLESS_HANDLERS = ["return;"]

INLINE_SCRIPT = re.compile(
    r"<script(?P<attrs>(?:\s[^>]*)?)>(?P<text>.*?)</script\s*>", re.S | re.I
)
SCRIPT_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
JAVASCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}


def admin_directives(request):
    """The admin's directives when ``request`` is for the admin, else None."""
    policy = getattr(settings, "HEJNAL_ADMIN_CONTENT_SECURITY_POLICY", None) or {}
    prefixes = tuple(policy.get("URL_PREFIXES", ()))
    if prefixes and request.path_info.startswith(prefixes):
        return policy["DIRECTIVES"]
    return None


def is_wagtail_initialiser(text):
    """Whether an inline script's text is one of Wagtail's initialisers, passing
    only data."""
    code = text.strip()
    if CHOOSER_URLS.fullmatch(code) or collapsed(code) in FIXED_SCRIPTS:
        return True
    for pattern in INITIALISER_CALLS:
        match = pattern.fullmatch(code)
        if match is None:
            continue
        try:
            json.loads("[" + match["args"] + "]")
        except ValueError:
            return False
        return True
    return False


def mark_initialisers(response, nonce):
    """Give every inline script of an HTML ``response`` that is one of Wagtail's
    initialisers the ``nonce``; whether there was any."""
    if response.streaming or not response.get("Content-Type", "").startswith(
        "text/html"
    ):
        return False
    charset = response.charset or "utf-8"
    html = response.content.decode(charset, "replace")
    marked = 0

    def mark(match):
        nonlocal marked
        attrs = match["attrs"]
        kind = SCRIPT_TYPE.search(attrs)
        if (
            re.search(r"\b(?:src|nonce)\s*=", attrs, re.I)
            or (kind and kind[1].lower() not in JAVASCRIPT_TYPES)
            or not is_wagtail_initialiser(match["text"])
        ):
            return match[0]
        marked += 1
        return f'<script nonce="{nonce}"{attrs}>{match["text"]}</script>'

    html = INLINE_SCRIPT.sub(mark, html)
    if marked:
        response.content = html.encode(charset)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
    return bool(marked)
