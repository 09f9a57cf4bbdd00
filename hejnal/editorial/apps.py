from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "hejnal.editorial"
    label = "editorial"
    verbose_name = _("Editorial workflow")

    def ready(self):
        fix_review_comment_label()


def fix_review_comment_label():
    """Wagtail 8 labels the review comment with a non-lazy ``gettext``.

    The label is translated once, at import, into the default language
    (``LANGUAGE_CODE`` is Polish), so an English admin asked "Komentarz" in the
    approve and reject dialogs. A lazy label follows the editor's language.
    The msgid is Wagtail's own, so Wagtail's catalogs translate it.
    """
    from wagtail.forms import TaskStateCommentForm

    TaskStateCommentForm.base_fields["comment"].label = _("Comment")
