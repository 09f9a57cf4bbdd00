"""The admin home shows each editor what needs their attention, in their languages."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from hejnal.editorial import dashboard
from hejnal.images.models import CityImage
from hejnal.news.models import ArticlePage

from .helpers import article_in, edit_form, user


def dashboard_html(client, username):
    client.force_login(user(username))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def undescribed_article(language):
    page = (
        ArticlePage.objects.filter(
            locale__language_code=language, hero_image__isnull=False
        )
        .order_by("pk")
        .first()
    )
    CityImage.objects.filter(pk=page.hero_image_id).update(
        description="", is_decorative=False
    )
    ArticlePage.objects.filter(pk=page.pk).update(
        hero_image_alt="", latest_revision_created_at=timezone.now()
    )
    return page


@pytest.mark.django_db
def test_missing_alt_text_is_listed_for_editors_of_that_language():
    page = undescribed_article("en")
    rows = dashboard.missing_alt_or_lead(user("editor_en"))
    assert rows[0]["page"].pk == page.pk
    assert rows[0]["missing_alt"] and not rows[0]["missing_lead"]
    assert page.pk not in {
        row["page"].pk for row in dashboard.missing_alt_or_lead(user("editor_de"))
    }


@pytest.mark.django_db
def test_decorative_images_need_no_alt_text():
    page = undescribed_article("en")
    CityImage.objects.filter(pk=page.hero_image_id).update(is_decorative=True)
    rows = dashboard.missing_alt_or_lead(user("editor_en"))
    assert page.pk not in {row["page"].pk for row in rows}


@pytest.mark.django_db
def test_missing_lead_is_listed_and_shown(client):
    page = article_in("de")
    ArticlePage.objects.filter(pk=page.pk).update(
        lead="", latest_revision_created_at=timezone.now()
    )
    rows = dashboard.missing_alt_or_lead(user("editor_de"))
    assert rows[0]["page"].pk == page.pk and rows[0]["missing_lead"]
    assert page.title in dashboard_html(client, "editor_de")


@pytest.mark.django_db
def test_pages_not_updated_for_a_year_oldest_first(client):
    page = article_in("en")
    Page.objects.filter(pk=page.pk).update(
        last_published_at=timezone.now() - datetime.timedelta(days=3650)
    )
    assert dashboard.not_updated(user("editor_en"))[0].pk == page.pk
    assert page.pk not in {p.pk for p in dashboard.not_updated(user("editor_pl"))}
    assert page.title in dashboard_html(client, "editor_en")


@pytest.mark.django_db
def test_recently_updated_pages_are_not_stale():
    page = article_in("en")
    Page.objects.filter(pk=page.pk).update(last_published_at=timezone.now())
    assert page.pk not in {p.pk for p in dashboard.not_updated(user("editor_en"))}


@pytest.mark.django_db
def test_my_recent_drafts_are_mine_only(client):
    page = article_in("en")
    client.force_login(user("editor_en"))
    client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        edit_form(page, title="My unfinished draft"),
    )
    assert [p.pk for p in dashboard.recent_drafts(user("editor_en"))][:1] == [page.pk]
    assert page.pk not in {p.pk for p in dashboard.recent_drafts(user("moderator_en"))}
    assert "My unfinished draft" in dashboard_html(client, "editor_en")


@pytest.mark.django_db
def test_items_awaiting_review_reach_that_languages_moderators(client):
    page = article_in("en")
    client.force_login(user("editor_en"))
    client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        edit_form(page, title="Please review me", **{"action-submit": "1"}),
    )
    assert "Please review me" in dashboard_html(client, "moderator_en")
    assert "Please review me" not in dashboard_html(client, "moderator_de")


@pytest.mark.django_db
def test_panel_queries_do_not_grow_with_rows():
    editor = user("editor_en")
    with CaptureQueriesContext(connection) as few:
        dashboard.missing_alt_or_lead(editor, limit=1)
    ArticlePage.objects.filter(locale__language_code="en").update(lead="")
    with CaptureQueriesContext(connection) as many:
        rows = dashboard.missing_alt_or_lead(editor, limit=10)
    assert len(rows) == 10
    assert len(many) == len(few)


@pytest.mark.django_db
def test_superuser_dashboard_shows_every_editorial_panel(client):
    content = dashboard_html(client, "admin")
    for name in (
        "editorial_missing_alt_or_lead",
        "editorial_not_updated",
        "editorial_recent_drafts",
    ):
        assert f'data-panel="{name}"' in content
