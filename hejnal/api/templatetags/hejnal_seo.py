import logging

from django import template

from hejnal.api.seo import head_data

register = template.Library()
logger = logging.getLogger(__name__)


@register.simple_tag(takes_context=True)
def seo_head(context):
    """Canonical URL, Open Graph, Twitter card and JSON-LD data for <head>.

    Never raises: a page must render even if its sharing data cannot be built.
    """
    try:
        return head_data(context)
    except Exception:
        logger.exception("SEO head data failed")
        return {}
