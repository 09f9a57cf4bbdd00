"""Topics belong to their language.

A topic is one row per locale (``TranslatableMixin``), linked to its
translations by ``translation_key``; the Polish row is what Polish pages and
feeds show. So a topic row is handled like that language's pages: an editor
adds, renames and deletes (moderators) only topics of the languages whose
pages they may edit (``roles.user_languages``). The admin lists only those,
its choosers and the "Tag with topic" bulk action offer only those, bulk
delete acts on those only, and the edit, delete, copy, history, usage and
inspect URLs of another language's topic send the editor back with a message.
Translating a topic into a language creates or rewrites that language's row,
so it needs rights in that language too (``translation_views``).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from hejnal.news.models import Topic

from .language_scope import (
    LocalePermissionPolicy,
    ScopedCreateMixin,
    ScopedLocaleMixin,
    ScopedObjectMixin,
    ScopedSnippetChooserViewSet,
    visible_instances,
)


class TopicPermissionPolicy(LocalePermissionPolicy):
    pass


def _scoped(view_class, action, *mixins):
    return type(
        view_class.__name__,
        (*mixins, ScopedObjectMixin, view_class),
        {"object_action": action},
    )


class TopicIndexView(ScopedLocaleMixin, snippet_views.IndexView):
    pass


class TopicCreateView(ScopedCreateMixin, snippet_views.CreateView):
    pass


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]
    menu_label = _("Topics")
    index_view_class = TopicIndexView
    add_view_class = TopicCreateView
    edit_view_class = _scoped(snippet_views.EditView, "change")
    delete_view_class = _scoped(snippet_views.DeleteView, "delete")
    copy_view_class = _scoped(snippet_views.CopyView, "change")
    history_view_class = _scoped(snippet_views.HistoryView, "view")
    usage_view_class = _scoped(snippet_views.UsageView, "view")
    inspect_view_class = _scoped(snippet_views.InspectView, "view")
    chooser_viewset_class = ScopedSnippetChooserViewSet

    def get_queryset(self, request):
        return visible_instances(request.user, Topic)
