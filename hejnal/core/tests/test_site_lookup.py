"""The request's Wagtail Site comes from the shared cache, and is right the
moment a site changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site


def site_queries(client, url, **extra):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    return response, [
        query["sql"] for query in captured if 'FROM "wagtailcore_site"' in query["sql"]
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/en/", "/pl/", "/en/search/?q=krakow"])
def test_a_warm_page_view_asks_nothing_about_the_site(client, url):
    client.get(url)
    response, queries = site_queries(client, url)
    assert response.status_code == 200
    assert queries == []


@pytest.mark.django_db
def test_a_new_site_is_found_at_once(client, homes, settings):
    settings.ALLOWED_HOSTS = ["testserver", "partner.example"]
    client.get("/en/", HTTP_HOST="partner.example")  # warm: the default site
    Site.objects.create(
        hostname="partner.example", port=80, root_page=homes["de"], site_name="DE"
    )
    response = client.get("/en/", HTTP_HOST="partner.example")
    assert response.wsgi_request._wagtail_site.hostname == "partner.example"


@pytest.mark.django_db
def test_a_host_outside_allowed_hosts_is_still_refused(client, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    response = client.get("/en/", HTTP_HOST="evil.example")
    assert response.status_code == 400


@pytest.mark.django_db
def test_health_check_does_not_read_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get("/healthz").status_code == 200
