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


def member_of(username, *group_names):
    """A new active user in the named role groups, e.g. an editor of two languages."""
    from django.contrib.auth.models import Group

    member = get_user_model().objects.create_user(
        username, f"{username}@example.org", "hejnal-demo"
    )
    member.groups.set(Group.objects.filter(name__in=group_names))
    assert member.groups.count() == len(group_names)
    return member


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


def refused(response):
    """Wagtail's answer to PermissionDenied: 403, or (for a page request) a
    redirect to the dashboard with an error message."""
    from django.contrib import messages
    from django.urls import reverse

    if response.status_code == 403:
        return True
    return (
        response.status_code == 302
        and response["Location"] == reverse("wagtailadmin_home")
        and any(
            message.level == messages.ERROR
            for message in messages.get_messages(response.wsgi_request)
        )
    )
