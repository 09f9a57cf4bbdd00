"""Admin URLs answered by views that keep each role in its languages, for
pages Wagtail's own admin URLs would match first (``hejnal/urls.py`` mounts
these before ``wagtail.admin.urls``, with the same admin access check)."""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access

from .history import ScopedLogEntriesView


def _admin(view):
    return never_cache(require_admin_access(view))


urlpatterns = [
    path("reports/site-history/", _admin(ScopedLogEntriesView.as_view())),
    path(
        "reports/site-history/results/",
        _admin(ScopedLogEntriesView.as_view(results_only=True)),
    ),
]
