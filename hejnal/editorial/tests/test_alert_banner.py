"""Urgent notices across the site or one language, announced to screen readers."""

import datetime

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from hejnal.editorial.models import AlertBanner
from hejnal.editorial.templatetags.editorial_tags import current_alerts

from .helpers import user


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
