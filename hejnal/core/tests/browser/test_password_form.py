"""The password form of a protected page in a real browser: axe-core finds
nothing on it, before and after a wrong password, at desktop and phone width
in Polish and Arabic; it reflows at 320 px; and the right password, typed and
sent with the keyboard, opens the page (the browser's own CSRF cookie and
all)."""

import json

import pytest

from .conftest import _manage, run_axe

VIEWPORTS = {"desktop": (1280, 900), "mobile": (320, 640)}
LANGUAGES = ["pl", "ar"]
PASSWORD = "Brama-Floriańska-1307"
TITLES = {"pl": "Notatki dla konsulów", "ar": "ملاحظات للقناصل"}

# A protected page below the first standard page of each language, created
# once in the live site's database; the slug keeps other tests' pages apart.
PROTECT_SCRIPT = """
import json
from wagtail.models import PageViewRestriction
from hejnal.pages.models import StandardPage
TITLES = %(titles)s
found = {}
for language, title in TITLES.items():
    parent = (
        StandardPage.objects.live()
        .filter(locale__language_code=language)
        .order_by("path")
        .first()
    )
    page = parent.get_children().filter(slug="password-form").first()
    if page is None:
        page = StandardPage(title=title, slug="password-form")
        parent.add_child(instance=page)
        page.save_revision().publish()
        PageViewRestriction.objects.create(
            page=page,
            restriction_type=PageViewRestriction.PASSWORD,
            password=%(password)r,
        )
    found[language] = page.url
print(json.dumps(found))
"""


@pytest.fixture(scope="module")
def protected(live_site):
    script = PROTECT_SCRIPT % {"titles": repr(TITLES), "password": PASSWORD}
    output = _manage(live_site.env, "shell", "-c", script).stdout
    return json.loads(output.strip().splitlines()[-1])


@pytest.fixture
def sized(browser, request):
    width, height = VIEWPORTS[request.param]
    context = browser.new_context(viewport={"width": width, "height": height})
    yield context.new_page(), width
    context.close()


@pytest.mark.parametrize("sized", VIEWPORTS, indirect=True)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_and_its_error_pass_axe_and_reflow(
    live_site, protected, axe_source, sized, language
):
    page, width = sized
    page.goto(live_site.base + protected[language])
    assert page.locator("html").get_attribute("lang") == language
    assert run_axe(page, axe_source) == []
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width

    label = page.locator("label[for=password-field]").inner_text()
    page.get_by_label(label, exact=True).fill("wrong")
    page.locator("#password-field").press("Enter")
    page.wait_for_load_state()
    field = page.locator("#password-field")
    assert field.get_attribute("aria-invalid") == "true"
    assert page.locator("#password-error").is_visible()
    assert run_axe(page, axe_source) == []
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("sized", ["desktop"], indirect=True)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_right_password_typed_with_the_keyboard_opens_the_page(
    live_site, protected, sized, language
):
    page, _width = sized
    page.goto(live_site.base + protected[language])
    assert TITLES[language] not in page.content()
    # From the skip link's target, the first Tab reaches the password field.
    page.locator("main").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "password-field"
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.type") == "submit"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == live_site.base + protected[language]
    assert page.locator("h1").inner_text() == TITLES[language]
    assert page.locator("#password-field").count() == 0
