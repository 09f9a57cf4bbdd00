"""Queries behind the editorial dashboard panels, each a fixed number of queries.

Editors and moderators see their own languages only (the locales of the pages
their groups have permissions on); superusers see every language.
"""

import datetime

from django.db.models import Q
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page

PANEL_LIMIT = 10
STALE_AFTER = datetime.timedelta(days=365)


def _scoped(queryset, user):
    if user.is_superuser:
        return queryset
    locale_ids = GroupPagePermission.objects.filter(group__user=user).values(
        "page__locale_id"
    )
    return queryset.filter(locale_id__in=locale_ids)


def missing_alt_or_lead(user, limit=PANEL_LIMIT):
    """Articles whose hero image has no text alternative, or with no lead."""
    from hejnal.news.models import ArticlePage

    missing_alt = Q(
        hero_image__isnull=False,
        hero_image_alt="",
        hero_image__description="",
        hero_image__is_decorative=False,
    )
    queryset = (
        ArticlePage.objects.filter(missing_alt | Q(lead=""))
        .select_related("locale", "hero_image")
        .order_by("-latest_revision_created_at", "-pk")
    )
    return [
        {
            "page": page,
            "missing_alt": page.hero_image_id is not None
            and not page.hero_image_alt
            and not page.hero_image.description
            and not page.hero_image.is_decorative,
            "missing_lead": not page.lead.strip(),
        }
        for page in _scoped(queryset, user)[:limit]
    ]


def not_updated(user, now=None, limit=PANEL_LIMIT):
    """Live pages last published over a year ago, oldest first."""
    now = now or timezone.now()
    queryset = (
        Page.objects.live()
        .filter(depth__gt=2, last_published_at__lt=now - STALE_AFTER)
        .select_related("locale")
        .order_by("last_published_at", "pk")
    )
    return list(_scoped(queryset, user)[:limit])


def recent_drafts(user, limit=PANEL_LIMIT):
    """Pages whose newest revision is an unpublished one saved by ``user``."""
    return list(
        Page.objects.filter(has_unpublished_changes=True, latest_revision__user=user)
        .select_related("locale")
        .order_by("-latest_revision_created_at", "-pk")[:limit]
    )
