from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize.views import edit_translation

from hejnal.news.models import Topic

from . import dashboard, translation_views, two_factor_views
from .alert_permissions import (
    AlertBannerForm,
    AlertBannerPermissionPolicy,
    LanguageScopedObjectMixin,
    banner_languages,
)
from .bulk_actions import TagWithTopicBulkAction
from .language_scope import ScopedDeleteBulkAction, ScopedSnippetChooserViewSet
from .models import AlertBanner
from .topics import TopicPermissionPolicy, TopicViewSet

# Policies first: a snippet's viewset would otherwise make Wagtail's fallback.
register_permission_policy(AlertBanner, AlertBannerPermissionPolicy(AlertBanner))
register_permission_policy(Topic, TopicPermissionPolicy(Topic))


def _scoped(view_class):
    return type(view_class.__name__, (LanguageScopedObjectMixin, view_class), {})


class AlertBannerViewSet(SnippetViewSet):
    """Each moderator sees and changes the banners of their languages only
    (alert_permissions)."""

    model = AlertBanner
    icon = "warning"
    menu_label = _("Alert banners")
    menu_order = 270
    add_to_admin_menu = True
    list_display = ["message", "severity", "language", "starts_at", "ends_at"]
    list_filter = ["severity", "language"]
    edit_handler = ObjectList(
        [
            FieldPanel(name)
            for name in (
                "message",
                "link_url",
                "severity",
                "language",
                "starts_at",
                "ends_at",
            )
        ],
        base_form_class=AlertBannerForm,
    )
    edit_view_class = _scoped(snippet_views.EditView)
    delete_view_class = _scoped(snippet_views.DeleteView)
    copy_view_class = _scoped(snippet_views.CopyView)
    history_view_class = _scoped(snippet_views.HistoryView)
    usage_view_class = _scoped(snippet_views.UsageView)
    inspect_view_class = _scoped(snippet_views.InspectView)
    chooser_viewset_class = ScopedSnippetChooserViewSet

    def get_queryset(self, request):
        return AlertBanner.objects.filter(language__in=banner_languages(request.user))


register_snippet(AlertBannerViewSet)
register_snippet(TopicViewSet)
# After Wagtail's own (order 0), so it replaces it for every snippet model.
hooks.register("register_bulk_action", ScopedDeleteBulkAction, order=10)


class EditorialPanel(Component):
    """A dashboard panel listing pages; subclasses name their query."""

    template_name = "editorial/panels/page_list.html"
    title = ""
    empty = ""

    def __init__(self, request):
        self.request = request

    def rows(self):
        raise NotImplementedError

    def get_context_data(self, parent_context):
        return {
            "panel_name": self.name,
            "title": self.title,
            "empty": self.empty,
            "rows": self.rows(),
        }


class MissingAltOrLeadPanel(EditorialPanel):
    name = "editorial_missing_alt_or_lead"
    order = 160
    title = _("Articles missing alternative text or a lead")
    empty = _("Every article has its image described and a lead.")
    template_name = "editorial/panels/missing_alt_or_lead.html"

    def rows(self):
        return dashboard.missing_alt_or_lead(self.request.user)


class NotUpdatedPanel(EditorialPanel):
    name = "editorial_not_updated"
    order = 170
    title = _("Pages not updated for over a year")
    empty = _("Every page has been updated within the last year.")

    def rows(self):
        return [
            {"page": page, "date": page.last_published_at}
            for page in dashboard.not_updated(self.request.user)
        ]


class RecentDraftsPanel(EditorialPanel):
    name = "editorial_recent_drafts"
    order = 180
    title = _("My recent drafts")
    empty = _("You have no unpublished drafts.")

    def rows(self):
        return [
            {"page": page, "date": page.latest_revision_created_at}
            for page in dashboard.recent_drafts(self.request.user)
        ]


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    panels.extend(
        [
            MissingAltOrLeadPanel(request),
            NotUpdatedPanel(request),
            RecentDraftsPanel(request),
        ]
    )


hooks.register("register_bulk_action", TagWithTopicBulkAction)


@hooks.register("register_admin_urls", order=-10)
def scoped_translation_urls():
    """wagtail-localize's submit, sync, segment-editing and snippet API URLs,
    answered by views that keep translators inside their languages (matched
    before wagtail-localize's own patterns, which stay in place for
    reverse())."""
    scoped = translation_views.translation_target_in_scope
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            translation_views.SubmitPageTranslationView.as_view(),
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            translation_views.SubmitSnippetTranslationView.as_view(),
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            translation_views.UpdateTranslationsView.as_view(),
        ),
        *[
            path(f"localize/translate/<int:translation_id>/{route}", scoped(view))
            for route, view in (
                (
                    "strings/<int:string_segment_id>/edit/",
                    edit_translation.edit_string_translation,
                ),
                (
                    "overrides/<int:overridable_segment_id>/edit/",
                    edit_translation.edit_override,
                ),
                ("pofile/download/", edit_translation.download_pofile),
                ("pofile/upload/", edit_translation.upload_pofile),
                ("machine_translate/", edit_translation.machine_translate),
                ("disable/", edit_translation.stop_translation),
            )
        ],
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
            translation_views.ScopedSnippetsAPI.as_view({"get": "list"}),
        ),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
            translation_views.ScopedSnippetsAPI.as_view({"get": "retrieve"}),
        ),
    ]


@hooks.register("insert_global_admin_css")
def admin_brand_css():
    """Sizes the city's logo in the sidebar and on the sign-in page."""
    return format_html(
        '<link rel="stylesheet" href="{}">', static("editorial/admin_brand.css")
    )


@hooks.register("insert_editor_js")
def save_after_autosave_js():
    """The page editor's own save waits for an autosave in flight (see the file)."""
    return format_html(
        '<script src="{}"></script>', static("editorial/save_after_autosave.js")
    )


@hooks.register("register_admin_urls")
def two_factor_urls():
    return two_factor_views.urlpatterns


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("hejnal_2fa_devices"),
        "label": _("Two-factor sign-in"),
        "help_text": _(
            "Ask for a code from an authenticator app on your phone after the password."
        ),
    }
