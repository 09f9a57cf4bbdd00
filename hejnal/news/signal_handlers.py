"""Published articles get their automatic "See also" at once."""

from wagtail.signals import page_published

from .models import ArticlePage


def refresh_related(sender, instance, **kwargs):
    from hejnal.search.indexing import is_suspended

    from .related import refresh

    if not is_suspended():
        refresh(instance)


# Connected after the search index handler (hejnal.search comes first in
# INSTALLED_APPS), so the article's own entry is up to date.
page_published.connect(refresh_related, sender=ArticlePage)
