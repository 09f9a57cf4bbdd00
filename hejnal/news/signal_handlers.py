"""Published articles get their automatic "See also" at once."""

from wagtail.signals import page_published

from .models import ArticlePage


def refresh_related(sender, instance, **kwargs):
    from .related import refresh

    refresh(instance)


# Connected after the search index handler (hejnal.search comes first in
# INSTALLED_APPS), so the article's own entry is up to date.
page_published.connect(refresh_related, sender=ArticlePage)
