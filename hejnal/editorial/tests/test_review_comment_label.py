"""The approve/reject comment field speaks the editor's language."""

import pytest
from django.utils import translation
from wagtail.forms import TaskStateCommentForm


@pytest.mark.parametrize(
    ("language", "label"), [("en", "Comment"), ("pl", "Komentarz")]
)
def test_comment_label_follows_the_active_language(language, label):
    with translation.override(language):
        assert str(TaskStateCommentForm().fields["comment"].label) == label
