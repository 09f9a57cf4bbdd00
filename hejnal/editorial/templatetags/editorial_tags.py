from django import template
from django.utils import translation

from hejnal.editorial import branding
from hejnal.editorial.models import AlertBanner

register = template.Library()

REQUEST_CACHE_ATTRIBUTE = "_editorial_alert_banners"


def current_alerts(request, language):
    """The banners for this request, queried at most once per request."""
    cache = getattr(request, REQUEST_CACHE_ATTRIBUTE, None) if request else None
    if cache is None:
        cache = {}
        if request is not None:
            setattr(request, REQUEST_CACHE_ATTRIBUTE, cache)
    if language not in cache:
        cache[language] = list(AlertBanner.objects.current(language))
    return cache[language]


@register.inclusion_tag("editorial/alert_banner.html", takes_context=True)
def alert_banner(context):
    language = translation.get_language()
    return {"alerts": current_alerts(context.get("request"), language)}


@register.inclusion_tag("editorial/translation_notice.html", takes_context=True)
def translation_notice(context, page=None):
    from hejnal.editorial.translation_status import outdated_source

    page = page or context.get("page")
    return {"source": outdated_source(page) if page is not None else None}


@register.simple_tag(takes_context=True)
def admin_brand(context):
    """The city's name and logo for the admin's own pages (editorial.branding)."""
    return branding.admin_brand(context.get("request"))
