"""A page bulk action: tag several articles with a topic at once."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction

from .language_scope import visible_instances


class TopicChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.locale.language_code})"


class TagWithTopicForm(forms.Form):
    topic = TopicChoiceField(
        label=_("Topic"),
        queryset=None,
        help_text=_(
            "Articles in other languages get this topic's translation, if there is one."
        ),
    )

    def __init__(self, *args, user=None, **kwargs):
        from hejnal.news.models import Topic

        super().__init__(*args, **kwargs)
        # Only the topics of the user's languages (topics.py).
        self.fields["topic"].queryset = visible_instances(
            user, Topic, Topic.objects.select_related("locale")
        )


def tag_article(page, topic, user):
    """Add ``topic`` (or its translation) to the article's latest revision.

    Publishes the change when the page was live with no pending draft and the
    user may publish; otherwise it stays a draft for the review workflow.
    Returns whether the article was changed.
    """
    topic = topic.get_translation_or_none(page.locale)
    if topic is None:
        return False
    article = page.get_latest_revision_as_object()
    if topic in article.topics.all():
        return False
    publish = (
        page.live
        and not page.has_unpublished_changes
        and page.permissions_for_user(user).can_publish()
    )
    article.topics.add(topic)
    revision = article.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
    return True


class TagWithTopicBulkAction(PageBulkAction):
    display_name = _("Tag with topic")
    action_type = "tag_with_topic"
    aria_label = _("Tag the selected articles with a topic")
    template_name = "editorial/bulk_tag_with_topic.html"
    action_priority = 60
    form_class = TagWithTopicForm

    def check_perm(self, page):
        from hejnal.news.models import ArticlePage

        return issubclass(page.specific_class, ArticlePage) and (
            page.permissions_for_user(self.request.user).can_edit()
        )

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_execution_context(self):
        return {
            **super().get_execution_context(),
            "topic": self.cleaned_form.cleaned_data["topic"],
        }

    @classmethod
    def execute_action(cls, objects, topic=None, user=None, **kwargs):
        changed = sum(
            tag_article(page.specific, topic, user) for page in objects if topic
        )
        return changed, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d article has been tagged",
            "%(count)d articles have been tagged",
            num_parent_objects,
        ) % {"count": num_parent_objects}
