from django import template
from django.conf import settings
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from hejnal.core import navigation, origin

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


@register.simple_tag
def origin_css_string():
    """The canonical origin as a quoted CSS string (``"https://city.example"``),
    for the print stylesheet to spell out where relative links lead."""
    safe = ":/.-_"
    text = "".join(
        char
        if char.isascii() and (char.isalnum() or char in safe)
        else f"\\{ord(char):x} "
        for char in settings.SITE_ORIGIN
    )
    return mark_safe(f'"{text}"')


@register.simple_tag
def original_language():
    """The site's main language, in which postal addresses are written."""
    return settings.LANGUAGE_CODE.split("-")[0]


@register.simple_tag
def postal_address(brand):
    """The brand settings' office address for the active language."""
    return brand.postal_address(translation.get_language() or settings.LANGUAGE_CODE)


@register.filter
def absolute(url):
    """The path (or URL) on the site's canonical origin, ``SITE_ORIGIN``."""
    return origin.absolute(str(url)) if url else ""


@register.filter
def filesize(value):
    """Human file size with a unit the reader's locale understands."""
    from django.template.defaultfilters import filesizeformat

    return filesizeformat(value or 0)


@register.filter
def html_datetime(value):
    """A moment as HTML's ``datetime`` attribute takes it: ISO 8601 in the
    site's time zone, to the second (HTML allows no microseconds)."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(microsecond=0).isoformat()
