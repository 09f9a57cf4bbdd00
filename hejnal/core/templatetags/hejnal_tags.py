from django import template
from django.utils import translation

from hejnal.core import navigation

register = template.Library()

RTL_LANGUAGES = {"ar", "he", "fa", "ur"}


@register.simple_tag(takes_context=True)
def chrome(context):
    """Everything the header, footer and <head> need, computed once per request."""
    request = context["request"]
    page = context.get("page")
    page = page if getattr(page, "path", None) else None
    language = translation.get_language()
    return {
        "home": navigation.current_home(request, page),
        "menu": navigation.main_menu(request, page),
        "breadcrumbs": navigation.breadcrumbs(page, request),
        "languages": navigation.language_links(request, page),
        "footer_pages": navigation.footer_pages(request),
        "language": language,
        "direction": "rtl" if language in RTL_LANGUAGES else "ltr",
    }


@register.filter
def filesize(value):
    """Human file size with a unit the reader's locale understands."""
    from django.template.defaultfilters import filesizeformat

    return filesizeformat(value or 0)
