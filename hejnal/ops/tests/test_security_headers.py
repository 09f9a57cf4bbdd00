"""Security headers on readers' pages; inline code allowed only by its hash."""

import base64
import hashlib

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings

from hejnal.conftest import page_of_type
from hejnal.news.models import ArticlePage

pytestmark = pytest.mark.django_db


def policy(response):
    found = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        found[name] = values
    return found


def sha256(text):
    return (
        "'sha256-"
        + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        + "'"
    )


@pytest.mark.parametrize("language", ["pl", "ar"])
def test_every_inline_script_and_style_is_allowed_by_its_hash_and_nothing_else(
    client, homes, language
):
    for url in (homes[language].url, page_of_type(ArticlePage, language).url):
        response = client.get(url)
        csp = policy(response)
        assert "'unsafe-inline'" not in response["Content-Security-Policy"]
        assert "'unsafe-eval'" not in response["Content-Security-Policy"]
        soup = BeautifulSoup(response.content, "html.parser")
        inline_scripts = [
            tag
            for tag in soup.find_all("script")
            if not tag.get("src") and tag.get("type") != "application/ld+json"
        ]
        assert inline_scripts, "the page marks itself as scripted"
        for tag in inline_scripts:
            assert sha256(tag.string) in csp["script-src"]
        for tag in soup.find_all("style"):
            assert sha256(tag.string) in csp["style-src"]
        for tag in soup.find_all(True):
            handlers = [name for name in tag.attrs if name.startswith("on")]
            assert not handlers, f"inline event handler on <{tag.name}>: {handlers}"
            assert "style" not in tag.attrs, f"style attribute on <{tag.name}>"


def test_the_hash_follows_the_brand_colours(client, homes):
    from wagtail.models import Site

    from hejnal.core.models.brand import BrandSettings

    site = Site.objects.get(is_default_site=True)
    brand = BrandSettings.for_site(site)
    before = policy(client.get(homes["en"].url))["style-src"]
    brand.primary_colour = "#0b3d2e"
    brand.save()
    response = client.get(homes["en"].url)
    assert "#0b3d2e" in response.content.decode()
    assert policy(response)["style-src"] != before


def test_policy_locks_down_plugins_framing_and_forms(client, homes):
    csp = policy(client.get(homes["de"].url))
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert set(csp["frame-src"]) == {
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    }


def test_other_security_headers(client, homes):
    response = client.get(homes["uk"].url)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_admin_keeps_wagtails_own_pages_without_the_readers_policy(admin_client):
    response = admin_client.get("/admin/")
    assert "Content-Security-Policy" not in response
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_same_page_twice_has_the_same_policy_and_etag(client, homes):
    first, second = client.get(homes["pl"].url), client.get(homes["pl"].url)
    assert first["Content-Security-Policy"] == second["Content-Security-Policy"]
    assert first["ETag"] == second["ETag"], "a nonce would change every response"


@override_settings(SECURE_HSTS_SECONDS=31_536_000, SECURE_SSL_REDIRECT=False)
def test_hsts_over_https(client, homes):
    response = client.get(homes["pl"].url, secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_production_settings_pass_check_deploy():
    """``manage.py check --deploy`` with production settings reports nothing."""
    import subprocess
    import sys

    from hejnal.ops.testing import ROOT

    env = {
        "DJANGO_SETTINGS_MODULE": "hejnal.settings.production",
        "SECRET_KEY": "x" * 20 + "a-long-random-production-secret-value-ok",
        "ALLOWED_HOSTS": "city.example",
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
