from django import template
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html

from hejnal.core import shared_cache
from hejnal.directory import countries, listing
from hejnal.directory.jsonld import consulate_json_ld as build_json_ld

register = template.Library()


@register.simple_tag
def flag(code, css_class="flag"):
    """The country's flag; its alt text names the country in the page language."""
    return format_html(
        '<img class="{}" src="{}" alt="{}" width="24" height="18" loading="lazy">',
        css_class,
        countries.flag_url(code),
        countries.country_name(code),
    )


@register.simple_tag
def country(code):
    """Flag and visible name; the name is read once, from the flag's alt text."""
    return format_html(
        '<span class="country">{}<span aria-hidden="true">{}</span></span>',
        flag(code),
        countries.country_name(code),
    )


@register.simple_tag
def country_name(code):
    return countries.country_name(code)


@register.simple_tag(takes_context=True)
def consulate_json_ld(context, consulate):
    request = context.get("request")
    page = context.get("page")
    url = page.get_full_url(request) if page is not None else ""
    return build_json_ld(consulate, translation.get_language(), url)


@register.simple_tag
def vcard_url(consulate):
    return reverse("consulate_vcard", kwargs={"pk": consulate.pk})


@register.inclusion_tag(
    "directory/includes/upcoming_national_days.html", takes_context=True
)
def upcoming_national_days(context, limit=5, days=listing.UPCOMING_DAYS, level=2):
    """The “Upcoming national days” block of the home page (up to 7 queries)."""
    from hejnal.directory.models import NationalDayCalendarPage

    request = context.get("request")
    language = translation.get_language()
    today = timezone.localdate()
    # Shared until the content changes (a new day starts a new key).
    return {
        "request": request,
        "occurrences": shared_cache.remember(
            request,
            ("upcoming-days", language, today.isoformat(), days, limit),
            lambda: listing.upcoming(language, today, days=days, limit=limit),
        ),
        "calendar_url": shared_cache.remember(
            request,
            ("calendar-url", language, request.get_host() if request else ""),
            lambda: listing.page_url(NationalDayCalendarPage, language, request),
        ),
        "ics_url": reverse("national_days_ics"),
        "days": days,
        "level": level,
    }


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None
