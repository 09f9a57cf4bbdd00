"""Each language's editors and moderators act only in their own language tree."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission

from hejnal.editorial import roles

from .helpers import article_in, edit_form, user


@pytest.fixture
def editor_en(client):
    client.force_login(user("editor_en"))
    return client


@pytest.mark.django_db
def test_groups_exist_for_every_content_language():
    names = set(Group.objects.values_list("name", flat=True))
    for code in ("pl", "en", "de", "uk", "ar"):
        assert f"Editors ({code})" in names
        assert f"Moderators ({code})" in names
    assert "Administrators" in names


@pytest.mark.django_db
def test_moderators_may_publish_only_below_their_home(homes):
    group = Group.objects.get(name="Moderators (pl)")
    granted = set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "page_id", "permission__codename"
        )
    )
    assert (homes["pl"].pk, "publish_page") in granted
    assert {page_id for page_id, _codename in granted} == {homes["pl"].pk}


@pytest.mark.django_db
def test_editors_cannot_publish():
    group = Group.objects.get(name="Editors (en)")
    codenames = set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "permission__codename", flat=True
        )
    )
    assert codenames == {"add_page", "change_page"}


@pytest.mark.django_db
def test_sync_roles_is_idempotent():
    before = GroupPagePermission.objects.count()
    out = io.StringIO()
    call_command("sync_roles", stdout=out)
    assert "en" in out.getvalue()
    roles.sync_language_permissions()
    assert GroupPagePermission.objects.count() == before


@pytest.mark.django_db
def test_english_editor_edits_an_english_page(editor_en):
    page = article_in("en")
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    assert editor_en.get(url).status_code == 200
    response = editor_en.post(url, edit_form(page, title="Edited by the editor"))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision().as_object().title == "Edited by the editor"


@pytest.mark.django_db
def test_english_editor_cannot_open_a_german_page(editor_en):
    page = article_in("de")
    response = editor_en.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] != reverse(
            "wagtailadmin_pages:edit", args=(page.pk,)
        )


@pytest.mark.django_db
def test_english_editor_cannot_save_or_publish_a_german_page(editor_en):
    page = article_in("de")
    revision = page.latest_revision_id
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    response = editor_en.post(
        url, edit_form(page, title="Hijacked", **{"action-publish": "publish"})
    )
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert page.title != "Hijacked"
    assert page.latest_revision_id == revision


@pytest.mark.django_db
def test_english_editor_cannot_publish_even_in_english(editor_en):
    page = article_in("en")
    live_title = page.title
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    editor_en.post(
        url, edit_form(page, title="Straight to live", **{"action-publish": "1"})
    )
    page.refresh_from_db()
    assert page.title == live_title


@pytest.mark.django_db
def test_english_editor_cannot_add_under_german_tree(editor_en, homes):
    from hejnal.news.models import NewsCategoryPage

    category = NewsCategoryPage.objects.filter(locale__language_code="de").first()
    url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", category.pk))
    assert editor_en.get(url).status_code in (302, 403)


@pytest.mark.django_db
def test_german_moderator_publishes_a_german_page(client):
    client.force_login(user("moderator_de"))
    page = article_in("de")
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    response = client.post(
        url, edit_form(page, title="Neu veröffentlicht", **{"action-publish": "1"})
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == "Neu veröffentlicht"


@pytest.mark.django_db
def test_public_api_accepts_no_writes(editor_en):
    page = article_in("de")
    url = f"/api/v2/pages/{page.pk}/"
    if editor_en.get(url).status_code != 200:
        pytest.skip("Wagtail's API is not mounted at /api/v2/")
    for method in (editor_en.put, editor_en.patch, editor_en.delete):
        assert method(url, {"title": "x"}).status_code in (403, 405)
    page.refresh_from_db()
    assert page.title != "x"


@pytest.mark.django_db
def test_demo_load_is_idempotent_and_prints_every_login():
    from hejnal.demo.loader import Summary
    from hejnal.editorial import demo

    printed = []

    class Loader:
        summary = Summary()
        out = staticmethod(printed.append)

    demo.load(Loader(), {})
    for login in ("editor_en", "editor_de", "moderator_pl", "administrator"):
        assert login in printed[-1]
        assert user(login).check_password("hejnal-demo")
    assert user("editor_de").groups.get().name == "Editors (de)"
    assert user("editor_de").email == "editor_de@example.org"
