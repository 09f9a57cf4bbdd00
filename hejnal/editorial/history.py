"""The admin's "Site history" report without other languages' rows.

Wagtail lists a snippet's log entries to anyone with any permission on the
snippet type, and each entry carries the object's title: a moderator of
English would read the messages of German alert banners. This report leaves
out the entries of rows of language-scoped snippets (``SCOPED_MODELS``) that
the user may not see (``language_scope.visible_instances``); administrators
see everything. Mounted before Wagtail's admin URLs (``admin_urls``).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.models import ModelLogEntry

from hejnal.news.models import Topic

from .language_scope import visible_instances
from .models import AlertBanner

SCOPED_MODELS = (AlertBanner, Topic)


class ScopedLogEntriesView(LogEntriesView):
    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        user = self.request.user
        if queryset.model is not ModelLogEntry or user.is_superuser:
            return queryset
        for model in SCOPED_MODELS:
            visible = [
                str(pk)
                for pk in visible_instances(user, model).values_list("pk", flat=True)
            ]
            queryset = queryset.exclude(
                Q(content_type=ContentType.objects.get_for_model(model))
                & ~Q(object_id__in=visible)
            )
        return queryset
