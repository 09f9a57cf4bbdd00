from wagtail import hooks

from hejnal.core.visibility import is_in_private_section, sections_for


@hooks.register("before_serve_page", order=-100)
def mark_restricted_pages(page, request, serve_args, serve_kwargs):
    """A page in a restricted section is never stored in a shared cache, for
    whoever asks and whatever its response (``policy``). Before Wagtail's own
    checks, so that its password form and login redirect are marked too. The
    restricted sections are read once per request (``hejnal.core.visibility``)."""
    if is_in_private_section(page, sections_for(request)):
        request.hejnal_restricted = True
