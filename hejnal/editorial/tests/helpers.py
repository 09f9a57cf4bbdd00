from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from hejnal.news.models import ArticlePage


def user(username):
    return get_user_model().objects.get(username=username)


def article_in(language):
    return (
        ArticlePage.objects.live()
        .filter(locale__language_code=language)
        .order_by("pk")
        .first()
    )


def edit_form(page, **overrides):
    """The admin edit form's POST data for an article, with ``overrides``."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "date": page.date.isoformat(),
        "lead": page.lead,
        "hero_image": page.hero_image_id or "",
        "hero_image_alt": page.hero_image_alt or "Alt",
        "body": streamfield([("paragraph", rich_text("<p>Nowa treść.</p>"))]),
        "related_links": inline_formset([]),
        "prepared_by": "",
        "change_summary": "Poprawki",
        "topics": [],
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)
