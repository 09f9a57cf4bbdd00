"""SITE_ORIGIN: checked at start, and the default Wagtail site follows it."""

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management.sql import emit_post_migrate_signal
from wagtail.models import Page, Site

from hejnal.core import origin
from hejnal.core.default_site import sync_default_site
from hejnal.ops.testing import ROOT


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://international.city.example", "https://international.city.example"),
        ("https://International.City.Example/", "https://international.city.example"),
        ("https://city.example:443", "https://city.example"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("http://localhost:80", "http://localhost"),
        (" http://city.example ", "http://city.example"),
    ],
)
def test_an_origin_is_normalised(value, expected):
    assert origin.parse(value) == expected


@pytest.mark.parametrize(
    ("value", "complaint"),
    [
        ("", "http or https origin"),
        ("international.city.example", "http or https origin"),
        ("ftp://city.example", "http or https origin"),
        ("https://", "http or https origin"),
        ("https://city.example/en/", "without a path"),
        ("https://city.example?x=1", "without a path"),
        ("https://city.example#top", "without a path"),
        ("http://city.example:99999", "out of range"),
        ("http://city.example:port", "Port could not be cast"),
        ("https://city.example:8443", "must use port 443"),
        ("http://city.example:443", "port 443 is for https"),
        ("https://editor:secret@city.example", "user name"),
        ("http://[::1]:8000", "IPv6"),
    ],
)
def test_a_bad_origin_is_refused_with_a_reason(value, complaint):
    with pytest.raises(ImproperlyConfigured, match="SITE_ORIGIN") as error:
        origin.parse(value)
    assert complaint in str(error.value)


def start(settings_module, **env):
    """``manage.py check`` in a fresh process with ``env``."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key != "SITE_ORIGIN"
    }
    environment.update(
        DJANGO_SETTINGS_MODULE=settings_module,
        SECRET_KEY="site-origin-tests-only",
        ALLOWED_HOSTS="city.example",
        **env,
    )
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "check"],
        env=environment,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def test_a_bad_origin_stops_the_site_at_start():
    result = start("hejnal.settings.dev", SITE_ORIGIN="https://city.example/en/")
    assert result.returncode != 0
    assert "SITE_ORIGIN='https://city.example/en/' must be an origin only" in (
        result.stderr
    )


def test_production_needs_an_origin():
    result = start("hejnal.settings.production")
    assert result.returncode != 0
    assert "Set the SITE_ORIGIN environment variable" in result.stderr
    result = start("hejnal.settings.production", SITE_ORIGIN="https://city.example")
    assert result.returncode == 0, result.stderr


def test_absolute_puts_the_origin_before_paths_only(settings):
    settings.SITE_ORIGIN = "https://city.example"
    assert origin.absolute("/en/news/") == "https://city.example/en/news/"
    assert origin.absolute("https://cdn.example/a.jpg") == "https://cdn.example/a.jpg"
    assert origin.absolute("//cdn.example/a.jpg") == "//cdn.example/a.jpg"
    assert origin.host() == "city.example"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("site_origin", "address"),
    [
        ("https://international.city.example", ("international.city.example", 443)),
        ("http://127.0.0.1:8765", ("127.0.0.1", 8765)),
        ("http://city.example", ("city.example", 80)),
    ],
)
def test_the_default_site_names_the_origin(settings, homes, site_origin, address):
    settings.SITE_ORIGIN = site_origin
    site = sync_default_site()
    assert (site.hostname, site.port) == address
    assert site.root_url == site_origin
    page = Page.objects.get(pk=homes["en"].pk)
    assert page.full_url == f"{site_origin}/en/"


@pytest.mark.django_db
def test_every_migrate_brings_the_default_site_in_step(settings, homes):
    """A deployment that changes SITE_ORIGIN and migrates names the new one."""
    settings.SITE_ORIGIN = "https://international.city.example"
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "https://international.city.example"
    english = Page.objects.get(pk=homes["en"].pk)
    assert english.full_url == "https://international.city.example/en/"


@pytest.mark.django_db
def test_the_test_site_names_the_test_clients_origin(homes):
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "http://testserver"
    assert Page.objects.get(pk=homes["de"].pk).full_url == "http://testserver/de/"


@pytest.mark.django_db
def test_another_sites_address_is_not_taken(settings, homes, caplog):
    default = Site.objects.get(is_default_site=True)
    Site.objects.create(
        hostname="other.example", port=80, root_page=homes["en"], is_default_site=False
    )
    settings.SITE_ORIGIN = "http://other.example"
    sync_default_site()
    default.refresh_from_db()
    assert (default.hostname, default.port) == ("testserver", 80)
    assert "another Site record already has" in caplog.text
