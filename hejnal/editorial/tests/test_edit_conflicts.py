"""Two editors on one page: Wagtail's conflict detection is on, so the second
is told about the first one's newer version instead of silently overwriting it,
and a background save over a newer version is refused."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.admin.models import EditingSession

from .helpers import article_in, edit_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_editors(db):
    User = get_user_model()
    clients = []
    for name in ("anna", "bogdan"):
        user = User.objects.create_superuser(name, f"{name}@example.org", "x-42-y")
        client = Client()
        client.force_login(user)
        clients.append((user, client))
    return clients


def open_editor(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    loaded = re.search(r'name="loaded_revision_id" value="(\d+)"', html)
    created = re.search(r'name="loaded_revision_created_at" value="([^"]+)"', html)
    assert loaded and created, "the edit form records which version it loaded"
    return loaded.group(1), created.group(1)


def test_the_second_editor_is_told_of_the_first_ones_newer_version(two_editors):
    (anna, anna_client), (bogdan, bogdan_client) = two_editors
    page = article_in("pl")
    page.save_revision(user=anna)
    open_editor(anna_client, page)
    loaded_id, loaded_at = open_editor(bogdan_client, page)

    saved = anna_client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_form(
            page,
            title="Wersja Anny",
            loaded_revision_id=loaded_id,
            loaded_revision_created_at=loaded_at,
        ),
    )
    assert saved.status_code == 302
    newer = page.revisions.order_by("-created_at").first()
    assert newer.user == anna

    session = EditingSession.objects.filter(user=bogdan).latest("last_seen_at")
    ping = bogdan_client.post(
        reverse(
            "wagtailadmin_editing_sessions:ping",
            args=("wagtailcore", "page", page.pk, session.pk),
        ),
        {"revision_id": loaded_id, "revision_created_at": loaded_at},
    )
    assert ping.status_code == 200
    others = ping.json()["other_sessions"]
    assert [other["revision_id"] for other in others] == [newer.pk]
    assert "anna" in str(others[0]["user"]).lower()


def test_a_background_save_over_a_newer_version_is_refused(two_editors):
    (anna, anna_client), (_bogdan, bogdan_client) = two_editors
    page = article_in("de")
    page.save_revision(user=anna)
    loaded_id, loaded_at = open_editor(bogdan_client, page)
    anna_client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_form(page, title="Annas Fassung"),
    )
    refused = bogdan_client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_form(
            page,
            title="Bogdans Fassung",
            loaded_revision_id=loaded_id,
            loaded_revision_created_at=loaded_at,
        ),
        HTTP_ACCEPT="application/json",
    )
    assert refused.status_code == 400
    assert refused.json()["error_code"] == "invalid_revision"
    latest = page.revisions.order_by("-created_at").first()
    assert latest.content["title"] == "Annas Fassung", "nothing was overwritten"
