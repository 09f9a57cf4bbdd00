"""Security headers on readers' pages; inline code allowed only by its hash."""

import base64
import hashlib

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings

from hejnal.conftest import page_of_type
from hejnal.news.models import ArticlePage
from hejnal.ops.admin_csp import is_wagtail_initialiser, mark_initialisers

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


ADMIN_SCRIPT_TYPES = {None, "text/javascript", "module"}
# As wagtail-localize's translation editor writes it.
CHOOSER_URLS_SCRIPT = """
if (typeof window.chooserUrls === "undefined") {
    window.chooserUrls = {
        imageChooser: "%s",
        documentChooser: "/admin/documents/chooser/",
        pageChooser: "/admin/choose-page/",
    }
}
"""


def test_admin_pages_carry_their_own_enforcing_policy(admin_client, client):
    for response in (admin_client.get("/admin/"), client.get("/admin/login/")):
        assert response.status_code == 200
        assert "Content-Security-Policy-Report-Only" not in response
        csp = policy(response)
        assert csp["default-src"] == ["'self'"]
        assert "'unsafe-inline'" not in csp["script-src"]
        assert "'unsafe-eval'" not in csp["script-src"]
        assert csp["object-src"] == ["'none'"]
        assert csp["frame-src"] == ["'self'"], "the live preview is a frame"
        assert csp["frame-ancestors"] == ["'self'"]
        assert csp["form-action"] == ["'self'"]
        assert csp["base-uri"] == ["'self'"]
    assert admin_client.get("/admin/")["X-Frame-Options"] == "SAMEORIGIN"


def test_editor_runs_wagtails_initialisers_by_nonce_and_nothing_else(
    admin_client, article
):
    response = admin_client.get(f"/admin/pages/{article.pk}/edit/")
    assert response.status_code == 200
    csp = policy(response)
    nonces = [v for v in csp["script-src"] if v.startswith("'nonce-")]
    assert len(nonces) == 1
    nonce = nonces[0][len("'nonce-") : -1]
    soup = BeautifulSoup(response.content, "html.parser")
    inline = [
        tag
        for tag in soup.find_all("script")
        if not tag.get("src") and tag.get("type") in ADMIN_SCRIPT_TYPES
    ]
    # The date field, the hero image chooser, the "See also" panel and the
    # chooser inside its template for new links.
    assert len(inline) >= 4
    for tag in inline:
        assert tag.get("nonce") == nonce, tag.string
    # Inside the inline panel's template, copied by "Add" with a new number.
    assert any("__prefix__" in (tag.string or "") for tag in inline)
    # Every admin response gets a new nonce.
    second = policy(admin_client.get(f"/admin/pages/{article.pk}/edit/"))
    assert nonces[0] not in second["script-src"]


@pytest.mark.parametrize(
    "script",
    [
        'initDateChooser("id_date", {"dayOfWeekStart": 1, "format": "Y-m-d"});',
        'initDateTimeChooser("id_go_live_at", {"dayOfWeekStart": 1});',
        'new PageChooser("id_related_links-__prefix__-link_page", {"modelNames": []});',
        'new ImageChooser("id_hero_image", {});',
        'new Chooser("id_x", {"a": [1, null, true]});',
        """
        (function() {
            var panel = new InlinePanel(JSON.parse("{\\u0022formsetPrefix\\u0022: 1}"));
        })();
        """,
        CHOOSER_URLS_SCRIPT % "/admin/images/chooser/",
    ],
)
def test_wagtails_initialiser_shapes_are_recognised(script):
    assert is_wagtail_initialiser(script)


@pytest.mark.parametrize(
    "script",
    [
        "alert(1)",
        'initDateChooser("a", {}); alert(1); initDateChooser("b", {});',
        'initDateChooser("a", alert(1));',
        'new PageChooser("a", {"x": location.href});',
        'new PageChooser("a", {}); fetch("/admin/");',
        'new Image("a", {});',
        'new PageChooser("a", {})//\nalert(1)',
        '(function() { var panel = new InlinePanel(JSON.parse("1" + alert(1))); })();',
        CHOOSER_URLS_SCRIPT % "//elsewhere.example/chooser/",
        CHOOSER_URLS_SCRIPT % '/admin/", x: alert(1), y: "',
    ],
)
def test_other_inline_scripts_are_not(script):
    assert not is_wagtail_initialiser(script)


def test_only_recognised_inline_scripts_get_the_nonce():
    from django.http import HttpResponse

    html = (
        '<script>initDateChooser("id_date", {"format": "Y-m-d"});</script>'
        "<script>alert(document.cookie)</script>"
        '<script type="application/json">{"a": 1}</script>'
        '<script src="/static/x.js"></script>'
    )
    response = HttpResponse(html)
    assert mark_initialisers(response, "abc")
    assert response.content.decode() == html.replace(
        "<script>initDate", '<script nonce="abc">initDate'
    )
    assert not mark_initialisers(HttpResponse("<script>alert(1)</script>"), "abc")


def test_admin_policy_stops_at_previews_and_readers_pages(
    admin_client, client, article
):
    admin = policy(admin_client.get(f"/admin/pages/{article.pk}/edit/"))
    assert admin["frame-src"] == ["'self'"]
    assert "'unsafe-hashes'" in admin["script-src"]
    # A preview is the reader's page inside the admin: the readers' policy,
    # with its video hosts, and none of the admin's allowances.
    revision = article.save_revision()
    preview = admin_client.get(
        f"/admin/pages/{article.pk}/revisions/{revision.pk}/view/"
    )
    readers = client.get(article.url)
    for response in (preview, readers):
        assert response.status_code == 200
        csp = policy(response)
        assert set(csp["frame-src"]) == {
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        }
        header = response["Content-Security-Policy"]
        for allowance in ("'unsafe-inline'", "'unsafe-hashes'", "'nonce-", "blob:"):
            assert allowance not in header


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
        "SITE_ORIGIN": "https://city.example",
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
