"""Urgent notices across the site or one language, announced to screen readers."""

import datetime

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from hejnal.editorial.models import AlertBanner
from hejnal.editorial.templatetags.editorial_tags import current_alerts

from .helpers import refused, user


def html(client, home):
    response = client.get(home.url)
    assert response.status_code == 200
    return response.content.decode(), response


@pytest.mark.django_db
def test_no_banner_no_markup(client, homes):
    content, _response = html(client, homes["pl"])
    assert "alert-banner" not in content


@pytest.mark.django_db
def test_critical_banner_everywhere_is_an_alert(client, homes):
    AlertBanner.objects.create(message="Office closed: flood", severity="critical")
    for code in ("pl", "en", "ar"):
        content, response = html(client, homes[code])
        assert "Office closed: flood" in content
        assert 'role="alert"' in content
        assert not response.cookies


@pytest.mark.django_db
def test_info_banner_for_one_language_is_a_polite_status(client, homes):
    AlertBanner.objects.create(message="Neue Sprechzeiten", language="de")
    content, _response = html(client, homes["de"])
    assert "Neue Sprechzeiten" in content
    assert 'role="status" aria-live="polite"' in content
    assert 'role="alert"' not in content
    content, _response = html(client, homes["en"])
    assert "Neue Sprechzeiten" not in content


@pytest.mark.django_db
def test_banner_shows_only_between_start_and_end(client, homes):
    now = timezone.now()
    hour = datetime.timedelta(hours=1)
    AlertBanner.objects.create(
        message="Past", starts_at=now - 2 * hour, ends_at=now - hour
    )
    AlertBanner.objects.create(message="Future", starts_at=now + hour)
    AlertBanner.objects.create(message="Open ended", starts_at=now - hour)
    content, _response = html(client, homes["en"])
    assert "Open ended" in content
    assert "Past" not in content and "Future" not in content


@pytest.mark.django_db
def test_most_severe_banner_comes_first():
    AlertBanner.objects.create(message="info")
    AlertBanner.objects.create(message="critical", severity="critical")
    AlertBanner.objects.create(message="warning", severity="warning")
    assert [a.message for a in AlertBanner.objects.current("en")] == [
        "critical",
        "warning",
        "info",
    ]


@pytest.mark.django_db
def test_banners_are_queried_once_per_request():
    AlertBanner.objects.create(message="Once")
    request = RequestFactory().get("/en/")
    with CaptureQueriesContext(connection) as queries:
        current_alerts(request, "en")
        current_alerts(request, "en")
    assert len(queries) == 1


@pytest.mark.django_db
def test_end_before_start_is_rejected():
    from django.core.exceptions import ValidationError

    now = timezone.now()
    banner = AlertBanner(message="x", starts_at=now, ends_at=now)
    with pytest.raises(ValidationError):
        banner.full_clean()


@pytest.mark.django_db
def test_moderators_manage_banners_editors_do_not():
    assert user("moderator_pl").has_perm("editorial.add_alertbanner")
    assert not user("editor_en").has_perm("editorial.add_alertbanner")


@pytest.mark.django_db
def test_moderator_adds_a_banner_in_the_admin(client):
    from django.urls import reverse

    url = reverse("wagtailsnippets_editorial_alertbanner:add")
    client.force_login(user("editor_en"))
    assert client.get(url).status_code in (302, 403)
    client.force_login(user("moderator_en"))
    response = client.post(
        url,
        {
            "message": "Closed on Monday",
            "link_url": "",
            "severity": "warning",
            "language": "en",
            "starts_at": "2026-01-01 08:00",
            "ends_at": "",
        },
    )
    assert response.status_code == 302
    assert AlertBanner.objects.get(message="Closed on Monday").language == "en"


# Each moderator handles the banners of their own languages only.


def banner_url(action, banner=None):
    from django.urls import reverse

    name = f"wagtailsnippets_editorial_alertbanner:{action}"
    return reverse(name, args=(banner.pk,)) if banner else reverse(name)


def banner_form(**overrides):
    data = {
        "message": "Closed on Monday",
        "link_url": "",
        "severity": "warning",
        "language": "en",
        "starts_at": "2026-01-01 08:00",
        "ends_at": "",
    }
    data.update(overrides)
    return data


def not_found(response):
    """404; LocaleMiddleware may first redirect it to the /<lang>/ prefixed path."""
    if response.status_code == 302:
        prefix, _sep, rest = response["Location"].lstrip("/").partition("/")
        return rest == response.request["PATH_INFO"].lstrip("/") and len(prefix) == 2
    return response.status_code == 404


@pytest.fixture
def banners(db):
    return {
        language: AlertBanner.objects.create(
            message=f"Banner for {language or 'everyone'}", language=language
        )
        for language in ("en", "de", "")
    }


@pytest.mark.django_db
def test_moderator_lists_only_their_languages_banners(client, banners):
    client.force_login(user("moderator_en"))
    response = client.get(banner_url("list"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Banner for en" in content
    assert "Banner for de" not in content
    assert "Banner for everyone" not in content


@pytest.mark.django_db
def test_moderator_edits_a_banner_of_their_language(client, banners):
    client.force_login(user("moderator_en"))
    banner = banners["en"]
    response = client.post(banner_url("edit", banner), banner_form(message="New"))
    assert response.status_code == 302
    banner.refresh_from_db()
    assert banner.message == "New"


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["de", ""])
def test_moderator_cannot_edit_or_delete_another_languages_banner(
    client, banners, language
):
    banner = banners[language]
    client.force_login(user("moderator_en"))
    assert not_found(client.get(banner_url("edit", banner)))
    response = client.post(
        banner_url("edit", banner), banner_form(message="Hijacked", language="en")
    )
    assert not_found(response)
    assert not_found(client.get(banner_url("delete", banner)))
    assert not_found(client.post(banner_url("delete", banner)))
    for action in ("history", "usage"):
        assert not_found(client.get(banner_url(action, banner))), action
    # The copy view asks the permission policy first: refused, not missing.
    assert refused(client.get(banner_url("copy", banner)))
    banner.refresh_from_db()
    assert banner.message == f"Banner for {language or 'everyone'}"
    assert banner.language == language


@pytest.mark.django_db
def test_moderator_cannot_bulk_delete_another_languages_banner(client, banners):
    from django.urls import reverse

    url = reverse("wagtail_bulk_action", args=("editorial", "alertbanner", "delete"))
    client.force_login(user("moderator_en"))
    query = f"?id={banners['de'].pk}&id={banners['en'].pk}"
    client.post(url + query)
    assert AlertBanner.objects.filter(pk=banners["de"].pk).exists()
    assert not AlertBanner.objects.filter(pk=banners["en"].pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["de", ""])
def test_moderator_cannot_add_a_banner_for_another_language(client, language):
    client.force_login(user("moderator_en"))
    response = client.get(banner_url("add"))
    offered = [
        value for value, _label in response.context["form"].fields["language"].choices
    ]
    assert offered == ["en"]
    response = client.post(banner_url("add"), banner_form(language=language))
    assert response.status_code == 200
    assert "language" in response.context["form"].errors
    assert not AlertBanner.objects.filter(message="Closed on Monday").exists()


@pytest.mark.django_db
def test_banner_for_every_language_needs_publish_rights_everywhere(client):
    client.force_login(user("administrator"))
    response = client.post(banner_url("add"), banner_form(language=""))
    assert response.status_code == 302
    assert AlertBanner.objects.get(message="Closed on Monday").language == ""


@pytest.mark.django_db
def test_editor_cannot_touch_any_banner(client, banners):
    client.force_login(user("editor_en"))
    for banner in (banners["en"], banners["de"]):
        response = client.post(banner_url("edit", banner), banner_form(message="x"))
        # Refused, or not even found (banners outside the editor's scope).
        assert response.status_code in (302, 403, 404)
        client.post(banner_url("delete", banner))
        banner.refresh_from_db()
        assert banner.message != "x"
    assert AlertBanner.objects.filter(pk=banners["de"].pk).exists()
