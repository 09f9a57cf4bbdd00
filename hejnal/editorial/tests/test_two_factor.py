"""Two-factor sign-in: the code step after the password, enrolment, the setting."""

import io

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from hejnal.conftest import LANGUAGES
from hejnal.editorial.two_factor import required_setting
from hejnal.editorial.two_factor_setting import PUBLISHERS, from_env
from hejnal.news.models import ArticlePage

from .helpers import member_of, user

pytestmark = pytest.mark.django_db

PASSWORD = "hejnal-demo"  # the demo accounts' password (load_demo)
VERIFY = "/admin/2fa/verify/"
ENROL = "/admin/2fa/enrol/"


def current_code(device):
    """The code the editor's phone shows now, by django-otp's own TOTP."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def wrong_code(device):
    return f"{(int(current_code(device)) + 1) % 10**device.digits:0{device.digits}d}"


def sign_in(client, username, password=PASSWORD):
    return client.post("/admin/login/", {"username": username, "password": password})


@pytest.fixture
def enrolled():
    """editor_en with a confirmed authenticator app."""
    editor = user("editor_en")
    return TOTPDevice.objects.create(user=editor, name="Phone", confirmed=True)


def test_password_alone_does_not_open_the_admin_to_an_enrolled_editor(enrolled):
    client = Client()
    assert sign_in(client, "editor_en").status_code == 302
    for path in ("/admin/", "/admin/pages/", "/admin/account/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith(f"{VERIFY}?next="), path
    step = client.get(response["Location"])
    assert step.status_code == 200
    assert 'name="code"' in step.content.decode()


def test_the_current_code_lets_the_editor_in(enrolled):
    client = Client()
    sign_in(client, "editor_en")
    response = client.post(
        VERIFY, {"code": current_code(enrolled), "next": "/admin/account/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/account/"
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/account/").status_code == 200


def test_a_wrong_code_is_refused_with_a_message(enrolled):
    client = Client()
    sign_in(client, "editor_en")
    response = client.post(VERIFY, {"code": wrong_code(enrolled), "next": "/admin/"})
    assert response.status_code == 200
    errors = list(response.context["form"].errors["code"])
    assert errors
    assert errors[0] in response.content.decode()
    assert client.get("/admin/").status_code == 302
    # Guessing is slowed down: straight after a miss, even a right code waits.
    again = client.post(VERIFY, {"code": current_code(enrolled), "next": "/admin/"})
    assert again.status_code == 200
    assert list(again.context["form"].errors["code"]) != errors
    assert client.get("/admin/").status_code == 302


def test_the_next_address_must_stay_on_the_site(enrolled):
    client = Client()
    sign_in(client, "editor_en")
    response = client.post(
        VERIFY, {"code": current_code(enrolled), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


def test_an_editor_without_a_device_signs_in_with_the_password():
    client = Client()
    assert sign_in(client, "editor_en").status_code == 302
    assert client.get("/admin/").status_code == 200
    account = client.get("/admin/account/").content.decode()
    assert 'href="/admin/2fa/"' in account  # where to turn it on


def test_enrolled_editor_is_still_locked_out_by_axes(enrolled):
    client = Client()
    for _ in range(5):
        sign_in(client, "editor_en", "wrong")
    assert sign_in(client, "editor_en").status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def enrol_with_the_password(client, username):
    """Sign in, follow the redirect to enrolment and confirm a new device."""
    sign_in(client, username)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(f"{ENROL}?next=")
    page = client.get(ENROL)
    assert page.status_code == 200
    assert "data:image/svg+xml;base64," in page.content.decode()
    device = TOTPDevice.objects.get(user__username=username, confirmed=False)
    done = client.post(ENROL, {"code": current_code(device)})
    assert done.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    return device


@override_settings(HEJNAL_2FA_REQUIRED=True)
def test_when_required_a_user_without_a_device_is_sent_to_enrolment():
    client = Client()
    enrol_with_the_password(client, "editor_en")
    # Enrolment verified this session; a new one must give the code.
    assert client.get("/admin/").status_code == 200
    other = Client()
    sign_in(other, "editor_en")
    assert other.get("/admin/")["Location"].startswith(VERIFY)


@override_settings(HEJNAL_2FA_REQUIRED=True)
def test_a_wrong_code_does_not_confirm_enrolment():
    client = Client()
    sign_in(client, "editor_de")
    client.get(ENROL)
    device = TOTPDevice.objects.get(user__username="editor_de")
    response = client.post(ENROL, {"code": wrong_code(device)})
    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    device.refresh_from_db()
    assert not device.confirmed
    assert client.get("/admin/")["Location"].startswith(ENROL)


@override_settings(HEJNAL_2FA_REQUIRED=["Moderators (*)"])
def test_required_for_the_listed_groups_only():
    moderator = Client()
    sign_in(moderator, "moderator_pl")
    assert moderator.get("/admin/")["Location"].startswith(ENROL)
    editor = Client()
    sign_in(editor, "editor_pl")
    assert editor.get("/admin/").status_code == 200


def test_an_editor_can_remove_the_app_and_sign_in_with_the_password(enrolled):
    client = Client()
    sign_in(client, "editor_en")
    client.post(VERIFY, {"code": current_code(enrolled), "next": "/admin/"})
    listing = client.get("/admin/2fa/")
    assert listing.status_code == 200
    assert f"/admin/2fa/{enrolled.pk}/remove/" in listing.content.decode()
    assert client.post(f"/admin/2fa/{enrolled.pk}/remove/").status_code == 302
    assert not TOTPDevice.objects.filter(pk=enrolled.pk).exists()
    fresh = Client()
    sign_in(fresh, "editor_en")
    assert fresh.get("/admin/").status_code == 200


def test_nobody_removes_another_users_app(enrolled):
    client = Client()
    client.force_login(user("editor_pl"))  # no device: the login is not under test
    response = client.post(f"/admin/2fa/{enrolled.pk}/remove/")
    # Not found for them (the admin's 404, which LocaleMiddleware may redirect).
    assert response.status_code in (302, 404)
    assert response.get("Location") != "/admin/2fa/"
    assert TOTPDevice.objects.filter(pk=enrolled.pk).exists()


@override_settings(HEJNAL_2FA_REQUIRED=True)
@pytest.mark.parametrize("language", LANGUAGES)
def test_readers_pages_still_set_no_cookie(homes, language):
    reader = Client()
    article = ArticlePage.objects.live().filter(locale__language_code=language)[0]
    for url in (homes[language].url, article.url, f"/{language}/search/?q=a"):
        response = reader.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, url


def test_reset_2fa_removes_a_lost_phone(enrolled):
    out = io.StringIO()
    call_command("reset_2fa", "editor_en", stdout=out)
    assert "Removed 1" in out.getvalue()
    assert not TOTPDevice.objects.filter(user__username="editor_en").exists()
    with pytest.raises(CommandError):
        call_command("reset_2fa", "nobody-by-that-name")


@override_settings(HEJNAL_2FA_REQUIRED="yes")
def test_a_wrong_setting_is_reported():
    with pytest.raises(ImproperlyConfigured):
        required_setting()


# -- Required by default in production for whoever may publish or administer --


def production_setting(**env):
    """HEJNAL_2FA_REQUIRED as hejnal.settings.production computes it."""
    import os
    import subprocess
    import sys

    from hejnal.ops.testing import ROOT

    environment = {
        key: value
        for key, value in os.environ.items()
        if key != "TWO_FACTOR_REQUIRED" and not key.startswith("DJANGO_")
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="hejnal.settings.production",
        SECRET_KEY="two-factor-tests-only",
        ALLOWED_HOSTS="city.example",
        SITE_ORIGIN="https://city.example",
        **env,
    )
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(repr(settings.HEJNAL_2FA_REQUIRED))",
        ],
        env=environment,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_production_requires_it_of_publishers_unless_switched_off():
    assert production_setting().stdout.strip() == repr(PUBLISHERS)
    assert production_setting(TWO_FACTOR_REQUIRED="off").stdout.strip() == "False"


def test_the_switch_takes_plain_words_and_refuses_others():
    for word in ("on", "ON", "true", "1", "publishers"):
        assert from_env(word) == PUBLISHERS
    for word in ("off", "OFF", "false", "0", "no"):
        assert from_env(word) is False
    assert from_env("all") is True
    with pytest.raises(ImproperlyConfigured, match="TWO_FACTOR_REQUIRED"):
        from_env("maybe")


def test_the_test_and_demo_settings_keep_it_off():
    from django.conf import settings

    assert settings.HEJNAL_2FA_REQUIRED is False
    out = io.StringIO()
    call_command("load_demo", articles=0, stdout=out)
    assert "Two-factor sign-in: off" in out.getvalue()


def cannot_reach_the_admin(username):
    client = Client()
    assert sign_in(client, username).status_code == 302
    for path in ("/admin/", "/admin/pages/", "/admin/account/"):
        response = client.get(path)
        assert response.status_code == 302, (username, path)
        assert response["Location"].startswith(f"{ENROL}?next="), (username, path)
    assert client.get(ENROL).status_code == 200
    return True


def reaches_the_admin(username):
    client = Client()
    assert sign_in(client, username).status_code == 302
    return client.get("/admin/").status_code == 200


@override_settings(HEJNAL_2FA_REQUIRED=PUBLISHERS)
@pytest.mark.parametrize(
    "username", ["admin", "administrator", "moderator_pl", "moderator_ar"]
)
def test_publishers_and_administrators_are_sent_to_enrolment(username):
    assert cannot_reach_the_admin(username)


@override_settings(HEJNAL_2FA_REQUIRED=PUBLISHERS)
@pytest.mark.parametrize("username", ["editor_pl", "editor_en", "editor_ar"])
def test_an_editor_who_cannot_publish_is_not_forced(username):
    assert reaches_the_admin(username)


@override_settings(HEJNAL_2FA_REQUIRED=PUBLISHERS)
def test_publishing_rights_from_a_hand_made_group_count():
    """Not only the role groups: publish_page on any page, approving a
    workflow step or managing users is reason enough."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupApprovalTask, GroupPagePermission

    publishers = Group.objects.create(name="Section publishers")
    publishers.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=publishers,
        page=ArticlePage.objects.live().first().get_parent(),
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename="publish_page"
        ),
    )
    member_of("section_publisher", "Section publishers")
    assert cannot_reach_the_admin("section_publisher")

    reviewers = Group.objects.create(name="Reviewers")
    reviewers.permissions.add(Permission.objects.get(codename="access_admin"))
    task = GroupApprovalTask.objects.create(name="Legal review")
    task.groups.add(reviewers)
    member_of("reviewer", "Reviewers")
    assert cannot_reach_the_admin("reviewer")

    people = Group.objects.create(name="People managers")
    people.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(content_type__app_label="auth", codename="change_user"),
    )
    member_of("people_manager", "People managers")
    assert cannot_reach_the_admin("people_manager")


@override_settings(HEJNAL_2FA_REQUIRED=PUBLISHERS)
def test_an_enrolled_moderator_gives_the_code_and_is_in():
    client = Client()
    device = enrol_with_the_password(client, "moderator_de")
    assert device.user.username == "moderator_de"
    assert client.get("/admin/").status_code == 200
    # From now on the code is asked for, not a new enrolment.
    later = Client()
    sign_in(later, "moderator_de")
    assert later.get("/admin/")["Location"].startswith(VERIFY)


@override_settings(HEJNAL_2FA_REQUIRED=False)
@pytest.mark.parametrize("username", ["admin", "administrator", "moderator_pl"])
def test_switched_off_publishers_sign_in_with_the_password(username):
    assert reaches_the_admin(username)
