"""The admin under its Content-Security-Policy, in a real browser: an editor
signs in, writes a news article (title, lead, a rich-text paragraph), saves a
draft, edits it, previews it, publishes it, has it translated through
wagtail-localize and uploads an image and a document, and the browser reports
no violation of the policy on the way (hejnal/ops/admin_csp.py).

The editor is an account of this test's own, so no other test meets its
two-factor device; where the server requires two-factor sign-in (production
settings do by default) the test enrols an authenticator as an editor would,
reading the key off the page.
"""

import base64
import json
import re
import time
import urllib.request
from pathlib import Path

from .conftest import _manage, collect_csp_violations

USERNAME = "csp-editor"
PASSWORD = "csp-editor-walks-the-admin"

SETUP_SCRIPT = """
import json
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile
from hejnal.news.models import NewsCategoryPage
user, _ = get_user_model().objects.get_or_create(
    username=%(username)r, defaults={"email": "csp-editor@example.org"}
)
user.first_name, user.last_name = "Celina", "Editor"
user.is_superuser = user.is_staff = True
user.set_password(%(password)r)
user.save()
profile = UserProfile.get_for_user(user)
profile.preferred_language = "en"
profile.save()
parent = (
    NewsCategoryPage.objects.live()
    .filter(locale__language_code="en")
    .order_by("path")
    .first()
)
print(json.dumps({"parent": parent.pk}))
"""

# What the walk left behind, then the site as it was: the walk's own article,
# translation, files and account are removed.
CHECK_AND_CLEAN_SCRIPT = """
import json
from django.contrib.auth import get_user_model
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from hejnal.news.models import ArticlePage
found = {}
article = ArticlePage.objects.filter(
    title=%(title)r, locale__language_code="en"
).first()
if article is not None:
    found["live"] = article.live and not article.has_unpublished_changes
    found["lead"] = article.lead
    found["body"] = [block.block_type for block in article.body]
    found["text"] = str(article.body[0].value) if article.body else ""
    found["translations"] = sorted(
        page.locale.language_code for page in article.get_translations()
    )
    for page in article.get_translations():
        page.delete()
    article.delete()
images = get_image_model().objects.filter(file__contains=%(image)r)
found["image"] = [(image.description, image.file.name) for image in images]
documents = get_document_model().objects.filter(file__contains=%(document)r)
found["document"] = [document.file.name for document in documents]
images.delete()
documents.delete()
get_user_model().objects.filter(username=%(username)r).delete()
print(json.dumps(found))
"""


def last_json_line(output):
    return json.loads(output.strip().splitlines()[-1])


def totp(key):
    """The current code of an authenticator app holding the base32 ``key``."""
    from django_otp.oath import totp as oath_totp

    padded = key + "=" * (-len(key) % 8)
    return f"{oath_totp(base64.b32decode(padded)):06d}"


def sign_in(page, base):
    page.goto(base + "/admin/login/")
    page.fill("#id_username", USERNAME)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    if "/2fa/enrol/" in page.url:
        key = "".join(page.locator("main code").inner_text().split())
        page.fill("#id_code", totp(key))
        page.get_by_role("button", name="Turn on two-factor sign-in").click()
        page.wait_for_url(re.compile(r"/admin/2fa/$"))
        page.goto(base + "/admin/")
    assert page.url == base + "/admin/", page.url


def success_message(page):
    message = page.locator(".messages .success").first
    message.wait_for()
    return message.inner_text()


def upload(page, base, path, kind):
    page.goto(f"{base}/admin/{kind}/multiple/add/")
    page.set_input_files("#fileupload", str(path))
    item = page.locator("#upload-list li").first
    item.locator(".status-msg.success").wait_for()
    return item


def files_to_upload(folder, stamp):
    from PIL import Image

    image = folder / f"bugle-tower-{stamp}.png"
    Image.new("RGB", (640, 400), (31, 78, 140)).save(image)
    document = folder / f"bugle-timetable-{stamp}.txt"
    document.write_text("The bugle call sounds every hour.\n", encoding="utf-8")
    return image, document


def test_an_editor_walks_through_the_admin_with_no_violation(live_site, page, tmp_path):
    started = time.monotonic()
    setup = SETUP_SCRIPT % {"username": USERNAME, "password": PASSWORD}
    parent = last_json_line(_manage(live_site.env, "shell", "-c", setup).stdout)
    base = live_site.base
    stamp = str(int(time.time()))
    title = f"Bugle call moves to the half hour {stamp}"
    image_path, document_path = files_to_upload(tmp_path, stamp)
    violations, policies = collect_csp_violations(page), {}
    page.on(
        "response",
        lambda response: (
            policies.setdefault(
                response.url.split("?")[0],
                response.headers.get("content-security-policy"),
            )
            if response.request.resource_type == "document"
            and "/admin/" in response.url
            else None
        ),
    )

    try:
        sign_in(page, base)

        # Create: title, lead and a rich-text paragraph, saved as a draft.
        page.goto(f"{base}/admin/pages/{parent['parent']}/add_subpage/")
        page.fill("#id_title", title)
        page.fill("#id_lead", "From June the bugler plays at half past.")
        body = page.locator("#panel-child-content-body-section")
        body.get_by_role("button", name="Insert a block").first.click()
        page.get_by_role("option", name="Paragraph").click()
        body.locator("[contenteditable=true]").first.click()
        page.keyboard.type("The bugle call now sounds at half past every hour.")
        # Draftail copies its content into the form a moment after typing.
        page.wait_for_function(
            "() => (document.querySelector('[name=\"body-0-value\"]') || {})"
            ".value?.includes('half past every hour')"
        )
        page.get_by_role("button", name="Save draft").click()
        page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
        assert "created" in success_message(page)
        edit_url = page.url

        # Edit and save again.
        page.fill("#id_lead", "From the first of June the bugler plays at half past.")
        page.get_by_role("button", name="Save draft").click()
        page.wait_for_url(edit_url)
        assert "updated" in success_message(page)

        # The live preview: the public page in a frame of the admin.
        page.get_by_role("button", name="Toggle preview").click()
        preview = page.frame_locator("#w-preview-iframe")
        assert preview.locator("main h1").inner_text(timeout=15_000) == title

        # Publish, from the action menu.
        page.get_by_role("button", name="More actions").click()
        page.get_by_role("button", name="Publish").click()
        page.wait_for_url(re.compile(rf"/admin/pages/{parent['parent']}/$"))
        assert "published" in success_message(page)
        live_url = page.get_by_role("link", name="View live").first.get_attribute(
            "href"
        )

        # Translate this page (wagtail-localize) into Polish.
        page.goto(edit_url)
        page.locator("#w-slim-header-buttons").get_by_role(
            "button", name="Actions"
        ).click()
        page.get_by_role("link", name="Translate this page").click()
        page.wait_for_url(re.compile(r"/admin/localize/submit/page/\d+/$"))
        page.get_by_label("Polski").check()
        page.get_by_role("button", name="Submit").click()
        page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
        assert page.url != edit_url
        assert "translation into Polski" in success_message(page)
        # The translation editor (a React app of its own) shows the source text.
        page.get_by_text(title).first.wait_for()

        # Upload an image, give it a description, and a document.
        item = upload(page, base, image_path, "images")
        item.locator("[name$='description']").fill("The bugle tower at dusk")
        item.get_by_role("button", name="Update").click()
        assert "Image updated" in success_message(page)
        upload(page, base, document_path, "documents")

        # The article is live for readers.
        with urllib.request.urlopen(base + live_url) as response:
            assert response.status == 200
            assert title in response.read().decode()
    finally:
        check = CHECK_AND_CLEAN_SCRIPT % {
            "title": title,
            "image": image_path.stem,
            "document": document_path.stem,
            "username": USERNAME,
        }
        found = last_json_line(_manage(live_site.env, "shell", "-c", check).stdout)

    assert found["live"] is True
    assert found["lead"].startswith("From the first of June")
    assert found["body"] == ["paragraph"]
    assert "half past every hour" in found["text"]
    assert found["translations"] == ["pl"], found
    assert [description for description, _ in found["image"]] == [
        "The bugle tower at dusk"
    ]
    assert len(found["document"]) == 1, found
    assert Path(found["document"][0]).suffix == ".txt"

    # Every admin page was served under the enforcing policy, scripts without
    # 'unsafe-inline'; and the browser reported nothing.
    assert policies, "no admin page was loaded"
    for url, header in policies.items():
        assert header, f"no Content-Security-Policy on {url}"
        assert "script-src 'self'" in header
        assert "'unsafe-inline'" not in header.split("script-src")[1].split(";")[0]
    assert violations == []
    assert time.monotonic() - started < 120
