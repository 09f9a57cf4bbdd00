"""Every page type, in every language and state, passes the Nu Html Checker.

The pages are rendered through the test client with the demo site loaded, in
every language version: each page type the site has, the news lists' second
page and year filter, an article published during the test the way editors
publish (with microseconds in its timestamps and every kind of body block),
the search page's states, the cookie settings, a password-protected page, the
error pages and the site's stylesheet. All of it is written to one folder and
checked in ONE run of vnu (the checker takes seconds to start); each page is
then one test, failing with the checker's messages for it.

Errors and warnings fail; info messages (such as a trailing slash on a void
element) do not. The checks skip where Java or ``node_modules/vnu-jar`` is
missing (``make install-test`` installs vnu-jar with npm; ``.ci/run`` installs
Java). Beside vnu, every page must name its own language and direction on
<html>, which vnu cannot judge on a short page.

The site serves one HTML document to every screen width (the narrow menu is
the same markup as the wide one, arranged by CSS; the script only toggles
``aria-expanded`` and a data attribute, and puts in the same iframe the server
renders once embeds are allowed), so one rendering per page covers both widths.
"""

import datetime
import json
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.utils import OperationalError
from django.test import Client, override_settings
from django.urls import path
from wagtail.documents import get_document_model
from wagtail.models import Collection, PageViewRestriction

from hejnal import urls as project_urls
from hejnal.consent.choice import ACCEPTED, COOKIE_NAME
from hejnal.directory.models import (
    ConsulateIndexPage,
    CountryIndexPage,
    CountryPage,
    NationalDayCalendarPage,
    PartnerCityIndexPage,
)
from hejnal.editorial.models import AlertBanner
from hejnal.images.models import CityImage
from hejnal.news.factories import ArticlePageFactory, publish
from hejnal.news.models import ArticlePage, NewsCategoryPage
from hejnal.pages.accessibility import AccessibilityStatementPage
from hejnal.pages.models import HomePage, SectionPage, StandardPage

ROOT = Path(__file__).resolve().parents[3]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
STYLESHEET = ROOT / "hejnal" / "static" / "css" / "site.css"
LANGUAGES = ["pl", "en", "de", "uk", "ar"]
PASSWORD = "hejnal-validity"
LOGIN = "/admin/login/"

# The database is needed only by the module's fixture, which rolls back what
# it adds; the mark makes pytest-django set the test database up.
pytestmark = pytest.mark.django_db

# Per language: a word the test's own article carries, and a misspelling of it
# for which the search page offers "Did you mean".
WORDS = {
    "pl": ("stypendium", "stypedium"),
    "en": ("scholarship", "scholarshp"),
    "de": ("Stipendium", "Stipendum"),
    "uk": ("стипендія", "стипендыя"),
    "ar": ("المهرجان", "المهرجن"),
}

# Page states checked in every language, in the order they are rendered.
STATES = [
    "home",
    "section",
    "standard",
    "category",
    "category-page-2",
    "category-year",
    "article",
    "article-published",
    "article-embeds-allowed",
    "search-empty",
    "search-results",
    "search-results-page-2",
    "search-all-languages",
    "search-nothing-found",
    "search-did-you-mean",
    "search-refused-date",
    "national-days",
    "national-days-other-year",
    "partner-cities",
    "partner-cities-filtered",
    "partner-cities-refused-filter",
    "consulates",
    "countries",
    "country",
    "accessibility-statement",
    "cookie-settings",
    "cookie-settings-chosen",
    "password-form",
    "password-wrong",
    "alert-banners",
    "home-for-editor",
    "article-for-editor",
    "sign-in-locked-out",
    "not-found",
    "too-many-requests",
    "csrf-failure",
    "server-error",
    "database-unavailable",
]
PAGES = [f"{state}.{language}" for state in STATES for language in LANGUAGES]


def boom(request, lang):
    raise RuntimeError("simulated failure")


def database_gone(request, lang):
    raise OperationalError("server closed the connection unexpectedly")


# The project's URLs plus two that fail, for the 500 and 503 pages.
urlpatterns = [
    path("<str:lang>/html-validity-boom/", boom),
    path("<str:lang>/html-validity-database-gone/", database_gone),
    *project_urls.urlpatterns,
]
handler500 = project_urls.handler500


@dataclass
class Rendered:
    """The rendered pages: {name: address} and {file name: name}."""

    folder: Path
    urls: dict = field(default_factory=dict)
    files: dict = field(default_factory=dict)

    def save(self, name, url, response, status=200):
        assert response.status_code == status, (
            f"{name}: {url} answered {response.status_code}, expected {status}"
        )
        assert response["Content-Type"].startswith("text/html"), (name, url)
        file_name = f"{name}.html"
        (self.folder / file_name).write_bytes(response.content)
        self.urls[name] = url
        self.files[file_name] = name


def first_live(model, language, exclude=None, **filters):
    pages = model.objects.live().filter(locale__language_code=language, **filters)
    if exclude is not None:
        pages = pages.exclude(pk=exclude.pk)
    page = pages.order_by("path").first()
    assert page is not None, f"the demo has no live {model.__name__} in {language}"
    return page


def biggest_category(language):
    """The demo's category with the most articles: it has a second page."""
    categories = NewsCategoryPage.objects.live().filter(locale__language_code=language)
    return max(categories, key=lambda category: category.get_children().count())


def make_document(title, file_name, content):
    document = get_document_model()(
        title=title, collection=Collection.get_first_root_node()
    )
    document.file.save(file_name, ContentFile(content), save=True)
    return document


def publish_article(language, category, word, documents):
    """An article with every kind of body block, published twice through
    revisions as an editor would: its timestamps carry microseconds."""
    image = CityImage.objects.order_by("pk").first()
    body = [
        {"type": "paragraph", "value": f"<p>{word} — <b>2026</b>.</p>"},
        {"type": "heading", "value": {"text": word, "level": "h2"}},
        {"type": "heading", "value": {"text": f"{word} 2", "level": "h3"}},
        {
            "type": "image",
            "value": {"image": image.pk, "caption": word, "alt_text": word},
        },
        {"type": "quote", "value": {"text": f"{word}\n{word}", "attribution": word}},
        {"type": "document", "value": {"document": documents["pdf"].pk, "title": ""}},
        {
            "type": "video",
            "value": {
                "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "title": word,
                "has_captions": True,
                "transcript": f"<p>{word}</p>",
            },
        },
        {
            "type": "audio",
            "value": {
                "audio": documents["audio"].pk,
                "title": word,
                "transcript": f"<p>{word}</p>",
            },
        },
    ]
    article = ArticlePageFactory(
        parent=category,
        title=f"{word} 2026",
        slug=f"html-validity-{language}",
        lead=f"{word}.",
        date=datetime.date.today(),
        body=body,
        hero_image=image,
    )
    publish(article)
    article.lead = f"{word}, {word}."
    return publish(article)


def render_pages(rendered):
    """Renders every state in every language into ``rendered.folder``."""
    documents = {
        "pdf": make_document("Programme", "programme.pdf", b"%PDF-1.4\n%%EOF\n"),
        "audio": make_document("Hejnał", "hejnal.mp3", b"ID3\x03\x00\x00\x00"),
    }
    for language in LANGUAGES:
        render_language(rendered, language, documents)
    failing = Client(raise_request_exception=False)
    with override_settings(ROOT_URLCONF=__name__):
        for language in LANGUAGES:
            url = f"/{language}/html-validity-boom/"
            rendered.save(f"server-error.{language}", url, failing.get(url), 500)
            url = f"/{language}/html-validity-database-gone/"
            name = f"database-unavailable.{language}"
            rendered.save(name, url, failing.get(url), 503)


def render_language(rendered, language, documents):
    client = Client()
    consenting = Client()
    consenting.cookies[COOKIE_NAME] = ACCEPTED
    word, misspelt = WORDS[language]
    home = HomePage.objects.live().get(locale__language_code=language)
    category = biggest_category(language)
    published = publish_article(language, category, word, documents)
    publish(ArticlePageFactory(parent=category, title=word, lead=word))
    years = sorted(
        date.year for date in category.articles().values_list("date", flat=True)
    )
    restricted = first_live(StandardPage, language)

    def get(state, url, status=200, client=client):
        rendered.save(f"{state}.{language}", url, client.get(url), status)

    def page(state, model, query="", exclude=None, **filters):
        get(state, first_live(model, language, exclude, **filters).url + query)

    get("home", home.url)
    page("section", SectionPage)
    page("standard", StandardPage, pk=restricted.pk)
    page("category", NewsCategoryPage, pk=category.pk)
    with override_settings(HEJNAL_NEWS_PER_PAGE=3):  # every language has a page 2
        page("category-page-2", NewsCategoryPage, "?page=2", pk=category.pk)
    page("category-year", NewsCategoryPage, f"?year={years[0]}", pk=category.pk)
    page("article", ArticlePage, exclude=published)
    get("article-published", published.url)
    get("article-embeds-allowed", published.url, client=consenting)
    search = f"/{language}/search/"
    get("search-empty", search)
    get("search-results", f"{search}?q={word}")
    with override_settings(HEJNAL_SEARCH_PER_PAGE=1):
        get("search-results-page-2", f"{search}?q={word}&sort=newest&page=2")
    get("search-all-languages", f"{search}?q={WORDS['pl'][0]}&scope=all")
    get("search-nothing-found", f"{search}?q=zzqqxx&category={category.slug}")
    response = client.get(f"{search}?q={misspelt}")
    assert response.context["outcome"].suggestion, (language, misspelt)
    get("search-did-you-mean", f"{search}?q={misspelt}")
    get("search-refused-date", f"{search}?q={word}&from=2024-13-45", 400)
    page("national-days", NationalDayCalendarPage)
    page("national-days-other-year", NationalDayCalendarPage, "?year=2030")
    page("partner-cities", PartnerCityIndexPage)
    page("partner-cities-filtered", PartnerCityIndexPage, "?continent=europe")
    page("partner-cities-refused-filter", PartnerCityIndexPage, "?agreement=x")
    page("consulates", ConsulateIndexPage)
    page("countries", CountryIndexPage)
    page("country", CountryPage)
    page("accessibility-statement", AccessibilityStatementPage)
    get("cookie-settings", f"/{language}/cookies/")
    get("cookie-settings-chosen", f"/{language}/cookies/", client=consenting)
    get("not-found", f"/{language}/no-such-page/", 404)

    restriction = PageViewRestriction.objects.create(
        page=restricted,
        restriction_type=PageViewRestriction.PASSWORD,
        password=PASSWORD,
    )
    get("password-form", restricted.url)
    action = (
        f"/{language}/_util/authenticate_with_password/"
        f"{restriction.pk}/{restricted.pk}/"
    )
    response = client.post(action, {"password": "wrong"})
    rendered.save(f"password-wrong.{language}", action, response)
    with override_settings(HEJNAL_PAGE_PASSWORD_RATE="0/m"):
        response = client.post(action, {"password": "wrong"})
    rendered.save(f"too-many-requests.{language}", action, response, 429)
    response = Client(enforce_csrf_checks=True).post(action, {"password": PASSWORD})
    rendered.save(f"csrf-failure.{language}", action, response, 403)

    banners = [
        AlertBanner.objects.create(message=word, severity=AlertBanner.CRITICAL),
        AlertBanner.objects.create(
            message=f"{word}.",
            severity=AlertBanner.INFO,
            language=language,
            link_url="https://example.org/",
        ),
    ]
    cache.clear()
    get("alert-banners", home.url)
    for banner in banners:
        banner.delete()
    cache.clear()

    editor = Client()
    editor.force_login(get_user_model().objects.get(username="admin"))
    get("home-for-editor", home.url, client=editor)
    get("article-for-editor", published.url, client=editor)

    # Editors sign in at /admin/, in the language their browser asks for.
    headers = {"Accept-Language": language}
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        Client(headers=headers).post(LOGIN, {"username": "admin", "password": "x"})
    response = Client(headers=headers).post(
        LOGIN, {"username": "admin", "password": "x"}
    )
    rendered.save(f"sign-in-locked-out.{language}", LOGIN, response, 429)
    AccessAttempt.objects.all().delete()


def run_vnu(paths):
    """vnu's JSON report over ``paths``: {file name: [message, ...]}."""
    result = subprocess.run(
        [
            shutil.which("java"),
            "-jar",
            str(VNU_JAR),
            "--format",
            "json",
            "--stdout",
            "--exit-zero-always",
            "--also-check-css",
            *[str(p) for p in paths],
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    report = {}
    for message in json.loads(result.stdout)["messages"]:
        name = Path(message.get("url", "").removeprefix("file:")).name
        report.setdefault(name, []).append(message)
    return report


def is_failure(message):
    """Errors, warnings and checker failures fail; plain info does not."""
    return message["type"] != "info" or message.get("subType") == "warning"


def describe(message):
    kind = message.get("subType") or message["type"]
    where = f"line {message['lastLine']}" if "lastLine" in message else "document"
    extract = message.get("extract", "").replace("\n", "⏎")
    return f"  {where}: {kind}: {message['message']}\n      {extract}"


@pytest.fixture(scope="module")
def rendered(django_db_setup, django_db_blocker, tmp_path_factory):
    """Every page, rendered into a folder; the database changes roll back."""
    rendered = Rendered(tmp_path_factory.mktemp("html-validity"))
    with django_db_blocker.unblock(), transaction.atomic():
        cache.clear()
        try:
            render_pages(rendered)
        finally:
            transaction.set_rollback(True)
            cache.clear()
    return rendered


@pytest.fixture(scope="module")
def vnu(rendered):
    """The pages and the stylesheet, checked in one run of vnu."""
    # On a developer's machine a missing tool skips; in CI (.ci/run sets CI)
    # it fails, so the validator can never be silently left out.
    give_up = pytest.fail if os.environ.get("CI") else pytest.skip
    if not shutil.which("java"):
        give_up("Java is not installed: the Nu Html Checker (vnu) needs it")
    if not VNU_JAR.exists():
        give_up(f"{VNU_JAR.relative_to(ROOT)} is missing: run `make install-test`")
    stylesheet = rendered.folder / STYLESHEET.name
    shutil.copyfile(STYLESHEET, stylesheet)
    paths = [rendered.folder / name for name in rendered.files] + [stylesheet]
    return rendered, run_vnu(paths)


def failures(vnu, file_name):
    rendered, report = vnu
    return [m for m in report.get(file_name, []) if is_failure(m)]


@pytest.mark.parametrize("name", PAGES)
def test_page_is_valid_html(vnu, name):
    rendered, _report = vnu
    url = rendered.urls[name]
    problems = failures(vnu, f"{name}.html")
    assert not problems, f"{name} ({url}):\n" + "\n".join(map(describe, problems))


def test_stylesheet_is_valid_css(vnu):
    problems = failures(vnu, STYLESHEET.name)
    assert not problems, f"{STYLESHEET.name}:\n" + "\n".join(map(describe, problems))


def test_every_rendered_page_is_checked(vnu):
    """No page slips through: the list above is what was rendered and checked."""
    rendered, report = vnu
    assert sorted(rendered.urls) == sorted(PAGES)
    unknown = set(report) - set(rendered.files) - {STYLESHEET.name}
    assert not unknown, unknown


@pytest.mark.parametrize("name", PAGES)
def test_page_declares_the_language_it_is_written_in(rendered, name):
    """vnu guesses a page's language only from a long text, so a short page
    in Arabic marked as Polish passes it: the <html> element must name the
    language and direction of the page's own language version."""
    language = name.rsplit(".", 1)[1]
    content = (rendered.folder / f"{name}.html").read_bytes()
    html = BeautifulSoup(content, "html.parser").html
    declared = (html.get("lang"), html.get("dir", "ltr"))
    expected = (language, "rtl" if language == "ar" else "ltr")
    assert declared == expected, f"{name} ({rendered.urls[name]})"


def test_a_refused_cookie_choice_is_plain_text_not_a_broken_page(client):
    """The refusal is one sentence, not an HTML document: it says so."""
    response = client.post(
        "/en/cookies/", {"choice": "accept"}, headers={"Origin": "https://evil.example"}
    )
    assert response.status_code == 403
    assert response["Content-Type"] == "text/plain; charset=utf-8"
