"""Screenshots of the editorial workflow in the admin, step by step.

    python tools/admin_screenshots.py [--out reports/screenshots/admin] [--articles 40]

Starts the demo server of ``tools/demo_server.py`` on a throw-away database,
logs in as the demo users (password ``hejnal-demo``) in Debian's Chromium and
saves:

1. ``01-editor-de-dashboard.png``: editor_de's dashboard;
2. ``02-editor-submit-for-review.png``: the page editor, "Submit for review"
   in the action menu;
3. ``03-moderator-de-awaiting-review.png``: moderator_de's dashboard with the
   page awaiting review;
4. ``04-moderator-approve-with-comment.png``: the approve-with-comment dialog
   (the reject dialog is the same form);
5. ``05-published-page-history.png``: the approved page's history;
6. ``06-translation-segment-editor.png``: wagtail-localize's segment editor
   for a new English translation.
"""

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_server import ROOT, _env, _manage, demo_server  # noqa: E402
from screenshots import CHROME_ARGS  # noqa: E402

PASSWORD = "hejnal-demo"
TITLE_SUFFIX = " (updated)"
# A German article to send through review, and a language it is not yet in.
PICK_SCRIPT = """
import json
from wagtail.models import Locale, Page
from hejnal.news.models import ArticlePage
german = ArticlePage.objects.live().filter(locale__language_code="de")
for article in german.order_by("pk"):
    have = Page.objects.filter(translation_key=article.translation_key).values("locale")
    missing = Locale.objects.exclude(pk__in=have).order_by("language_code")
    target = missing.filter(language_code="en").first() or missing.first()
    if target is not None:
        print(json.dumps({"page": article.pk, "locale": target.pk}))
        break
"""


def log_in(browser, base, username):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="en-GB"
    )
    page = context.new_page()
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("form [type=submit]")
    page.wait_for_url(f"{base}/admin/")
    page.wait_for_load_state("networkidle")
    return page


def save(page, out, name, full_page=False):
    target = out / name
    page.screenshot(path=str(target), full_page=full_page)
    print(f"  {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    return target


def open_action_menu(page):
    page.click("footer .w-dropdown-button [aria-expanded]")
    page.wait_for_timeout(300)


def shoot(base, pick, out):
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    edit_url = f"{base}/admin/pages/{pick['page']}/edit/"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
            args=CHROME_ARGS,
        )

        editor = log_in(browser, base, "editor_de")
        save(editor, out, "01-editor-de-dashboard.png", full_page=True)
        editor.goto(edit_url)
        editor.wait_for_load_state("networkidle")
        title = editor.locator("#id_title")
        title.fill(title.input_value() + TITLE_SUFFIX)
        open_action_menu(editor)
        editor.locator('button[name="action-submit"]').scroll_into_view_if_needed()
        save(editor, out, "02-editor-submit-for-review.png")
        editor.click('button[name="action-submit"]')
        editor.wait_for_load_state("networkidle")
        editor.context.close()

        moderator = log_in(browser, base, "moderator_de")
        save(moderator, out, "03-moderator-de-awaiting-review.png", full_page=True)
        moderator.goto(edit_url)
        moderator.wait_for_load_state("networkidle")
        open_action_menu(moderator)
        moderator.click(
            'button[data-workflow-action-name="approve"]'
            "[data-workflow-action-modal-url]"
        )
        comment = moderator.locator(".modal textarea").first
        comment.wait_for()
        comment.fill("Checked the dates and the link. Thank you!")
        moderator.wait_for_timeout(300)
        save(moderator, out, "04-moderator-approve-with-comment.png")
        # The dialog posts the action, then the page reloads once approved.
        with moderator.expect_navigation():
            moderator.locator(".modal form [type=submit]").first.click()
        moderator.wait_for_load_state("networkidle")
        moderator.goto(f"{base}/admin/pages/{pick['page']}/history/")
        moderator.wait_for_load_state("networkidle")
        save(moderator, out, "05-published-page-history.png", full_page=True)
        moderator.context.close()

        admin = log_in(browser, base, "administrator")
        admin.goto(f"{base}/admin/localize/submit/page/{pick['page']}/")
        admin.check(f'input[name="locales"][value="{pick["locale"]}"]')
        admin.click("main form [type=submit]")
        admin.wait_for_url(f"{base}/admin/pages/*/edit/")
        admin.wait_for_load_state("networkidle")
        admin.locator(".js-translation-editor > *").first.wait_for()
        admin.wait_for_timeout(500)
        save(admin, out, "06-translation-segment-editor.png")
        admin.context.close()
        browser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", default=str(ROOT / "reports" / "screenshots" / "admin")
    )
    parser.add_argument("--articles", type=int, default=40)
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory(prefix="hejnal-admin-") as folder,
        demo_server(articles=args.articles, folder=folder) as (base, _urls),
    ):
        output = _manage(_env(Path(folder)), "shell", "-c", PICK_SCRIPT).stdout
        lines = [line for line in output.splitlines() if line.startswith("{")]
        if not lines:
            raise SystemExit("no German article without a translation to use")
        shoot(base, json.loads(lines[-1]), Path(args.out))
    print(f"admin screenshots in {args.out}")


if __name__ == "__main__":
    main()
