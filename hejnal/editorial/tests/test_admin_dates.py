"""An admin in English writes dates as the site does, 7 December 2026, 17:45:
in the page list, the publication status of the editor, the history and the
reports; nowhere "December 7, 2026" or "5:45 p.m."."""

import re

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from hejnal.news.models import ArticlePage

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October"
    "|November|December"
)
AMERICAN = re.compile(
    rf"\b({MONTHS}|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.? \d{{1,2}}, \d{{4}}"
    r"|\b\d{1,2}(:\d\d)? ?[ap]\.m\."
)
EUROPEAN = re.compile(rf"\b\d{{1,2}} ({MONTHS}) \d{{4}}")


@pytest.mark.django_db
def test_english_admin_writes_day_month_year_and_24_hours(client, admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    article = ArticlePage.objects.live().filter(locale__language_code="en").first()
    article.save_revision(user=admin_user).publish(user=admin_user)

    pages = {
        "page list": reverse("wagtailadmin_explore", args=(article.get_parent().pk,)),
        "editor": reverse("wagtailadmin_pages:edit", args=(article.pk,)),
        "history": reverse("wagtailadmin_pages:history_results", args=(article.pk,)),
        "aging pages": reverse("wagtailadmin_reports:aging_pages"),
        "dashboard": reverse("wagtailadmin_home"),
    }
    for name, url in pages.items():
        html = client.get(url).content.decode()
        assert not AMERICAN.search(html), (name, AMERICAN.search(html).group(0))
        if name != "dashboard":
            assert EUROPEAN.search(html), name
