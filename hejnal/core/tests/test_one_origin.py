"""Every absolute URL the site emits starts with its canonical origin.

The crawler reads the demo as an anonymous reader through the test client:
the five language homes and every link from them, one page of every page type
in every language, the sitemap, robots.txt, the feeds, the calendars, the
vCards, the search API and API v2 (listings and details of pages, images and
documents). In everything it reads (attributes, JSON-LD, XML, JSON, iCalendar,
vCard) it looks for absolute URLs that point at this site under another
origin: a host of the machine's own (``localhost``, ``127.0.0.1`` …), the test
server under another scheme or port, or the address the reader happened to use.
"""

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode, urljoin, urlsplit

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Page

LANGUAGES = ["pl", "en", "de", "uk", "ar"]
# hejnal.settings.test's SITE_ORIGIN; the test client's own address.
ORIGIN = "http://testserver"
# Another address a reader (or a proxy) may use to reach the same site.
OTHER_HOST = "127.0.0.1:8765"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "0.0.0.0", "[::1]", "testserver"}
MAX_REQUESTS = 400
# Query-string variants followed per path (page 2 of a list, a year …).
VARIANTS_PER_PATH = 2
SKIP_PREFIXES = ("/admin/", "/django-admin/", "/static/", "/media/")
TEXT_TYPES = ("html", "xml", "json", "text/", "calendar", "vcard")
ABSOLUTE = re.compile(r"""(?:https?:)?//[^\s"'<>\\)\]},]+""", re.I)
LINK = re.compile(r"""(?:href|src|action)=["']([^"'#]+)""")
VCARD = re.compile(r'href="(/[^"]+\.vcf)"')
XML_LINK = re.compile(r"<(?:loc|link|id|uri)>([^<]+)</|href=\"([^\"]+)\"")


@dataclass
class Crawl:
    client: Client
    host: str | None = None
    requests: int = 0
    seen: set = field(default_factory=set)
    queue: list = field(default_factory=list)
    variants: Counter = field(default_factory=Counter)
    # (where it was found, the URL with another origin)
    findings: list = field(default_factory=list)
    statuses: dict = field(default_factory=dict)
    bodies: dict = field(default_factory=dict)

    def get(self, url):
        self.requests += 1
        extra = {"HTTP_HOST": self.host} if self.host else {}
        response = self.client.get(url, **extra)
        body = b"".join(response) if response.streaming else response.content
        self.statuses[url] = response.status_code
        content_type = response.get("Content-Type", "")
        text = ""
        if any(kind in content_type for kind in TEXT_TYPES):
            text = body.decode("utf-8", "replace")
            if "calendar" in content_type or "vcard" in content_type:
                # RFC 5545/6350 fold long lines: a URL may span two.
                text = re.sub(r"\r?\n[ \t]", "", text)
            self.check(url, text)
        return response, content_type, text

    def check(self, where, text):
        for found in ABSOLUTE.findall(text.replace("&amp;", "&")):
            if found.startswith("//"):
                found = "http:" + found
            parts = urlsplit(found)
            origin = f"{parts.scheme.lower()}://{(parts.netloc or '').lower()}"
            if origin == ORIGIN:
                continue
            host = (parts.hostname or "").lower()
            ours = host in LOCAL_HOSTS or host.endswith(".localhost")
            if ours or (self.host and parts.netloc.lower() == self.host):
                self.findings.append((where, found))

    def visit(self, url, follow=True):
        if url in self.seen or self.requests >= MAX_REQUESTS:
            return
        self.seen.add(url)
        response, content_type, text = self.get(url)
        if response.status_code in (301, 302, 307, 308):
            self.enqueue(url, response["Location"])
        if "html" in content_type:
            self.bodies[url] = text
        if not follow:
            return
        if "html" in content_type:
            for link in LINK.findall(text):
                self.enqueue(url, link)
        elif "xml" in content_type:
            for loc, href in XML_LINK.findall(text):
                self.enqueue(url, loc or href)

    def enqueue(self, base, link):
        link = link.replace("&amp;", "&").strip()
        if link.startswith(("mailto:", "tel:", "data:", "javascript:")):
            return
        parts = urlsplit(urljoin(ORIGIN + base, link))
        if f"{parts.scheme}://{parts.netloc}" != ORIGIN:
            return
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if path.startswith(SKIP_PREFIXES) or "/_util/" in path or path in self.seen:
            return
        if parts.query:
            if self.variants[parts.path] >= VARIANTS_PER_PATH:
                return
            self.variants[parts.path] += 1
        self.queue.append(path)

    def run(self, start):
        self.queue.extend(start)
        while self.queue and self.requests < MAX_REQUESTS:
            self.visit(self.queue.pop(0))

    def api(self, per_listing=3):
        """API v2: listings and a few details of each kind, and every page type."""
        for endpoint in ("pages", "images", "documents"):
            url = f"/api/v2/{endpoint}/?limit=20"
            response, _type, text = self.get(url)
            assert response.status_code == 200, (url, response.status_code)
            items = json.loads(text)["items"]
            assert items, f"API v2 lists no {endpoint}"
            for item in items[:per_listing]:
                self.get(f"/api/v2/{endpoint}/{item['id']}/")
        for model in page_types():
            label = f"{model._meta.app_label}.{model.__name__}"
            url = "/api/v2/pages/?" + urlencode({"type": label, "fields": "*"})
            response, _type, text = self.get(url)
            assert response.status_code == 200, (url, response.status_code)
            items = json.loads(text)["items"]
            if items:
                self.get(f"/api/v2/pages/{items[0]['id']}/")
        found = Page.objects.live().filter(depth__gt=2).order_by("path").first()
        self.get("/api/v2/pages/find/?" + urlencode({"html_path": found.url}))

    def summary(self):
        lines = {}
        for where, found in self.findings:
            parts = urlsplit(found)
            key = f"{parts.scheme}://{parts.netloc} in {where.split('?')[0]}"
            lines.setdefault(key, found)
        return [f"{key}   e.g. {url}" for key, url in sorted(lines.items())]


@pytest.fixture
def document(db):
    """A public document: the demo has none, and API v2 lists documents too."""
    return get_document_model().objects.create(
        title="Programme of the partner cities' week",
        file=ContentFile(b"Programme", name="programme.txt"),
    )


def page_types():
    return sorted(
        {page.specific_class for page in Page.objects.live().filter(depth__gt=1)},
        key=lambda model: model.__name__,
    )


def one_page_per_type_and_language():
    """{(type name, language): URL} of a live page of each type in each language."""
    found = {}
    for page in (
        Page.objects.live()
        .filter(depth__gt=1)
        .select_related("locale", "content_type")
        .order_by("depth", "path")
    ):
        key = (page.specific_class.__name__, page.locale.language_code)
        if key not in found and page.url:
            found[key] = page.url
    return found


def start_urls(pages):
    urls = [f"/{language}/" for language in LANGUAGES]
    urls += ["/robots.txt", "/sitemap.xml", *pages.values()]
    for language in LANGUAGES:
        urls += [
            f"/{language}/feeds/news.rss",
            f"/{language}/feeds/news.atom",
            f"/{language}/national-days.ics",
            f"/{language}/search/?q=miasto",
        ]
    urls += [
        f"/api/search/?{urlencode({'q': 'miasto', 'locale': lang, 'scope': 'all'})}"
        for lang in LANGUAGES
    ]
    return urls


def test_the_test_settings_origin_is_the_test_clients():
    assert settings.SITE_ORIGIN == ORIGIN


@pytest.mark.django_db
def test_every_absolute_url_starts_with_the_canonical_origin(document):
    pages = one_page_per_type_and_language()
    crawl = Crawl(Client())
    crawl.run(start_urls(pages))
    crawl.api()

    # The crawl saw every page type in every language, and every surface.
    assert {language for _type, language in pages} == set(LANGUAGES)
    for key, url in pages.items():
        assert crawl.statuses.get(url) == 200, (key, url, crawl.statuses.get(url))
    visited = " ".join(crawl.seen)
    for surface in (".rss", ".atom", ".ics", ".vcf", "/sitemap.xml", "robots.txt"):
        assert surface in visited, f"the crawl never read a {surface}"
    assert any("application/ld+json" in body for body in crawl.bodies.values())
    assert crawl.requests > 150, "the crawl reached too little of the site"

    problems = crawl.summary()
    assert not problems, f"{len(problems)} URLs with another origin:\n" + "\n".join(
        problems
    )


@pytest.mark.django_db
def test_the_address_a_reader_used_does_not_change_the_urls(document):
    """Reached under another address, the site still names its canonical one."""
    pages = one_page_per_type_and_language()
    crawl = Crawl(Client(), host=OTHER_HOST)
    start = [
        url for (_type, language), url in pages.items() if language in ("en", "ar")
    ]
    for url in [*start_urls({}), *start]:
        crawl.visit(url, follow=False)
    vcards = sorted(
        {link for body in crawl.bodies.values() for link in VCARD.findall(body)}
    )
    assert vcards, "no consulate's vCard among the pages read"
    for url in vcards[:2]:
        crawl.visit(url, follow=False)
    crawl.api(per_listing=1)
    assert crawl.requests > 40
    problems = crawl.summary()
    assert not problems, f"{len(problems)} URLs with another origin:\n" + "\n".join(
        problems
    )


@pytest.mark.django_db
def test_the_admin_password_reset_link_names_the_canonical_origin(admin_user):
    admin_user.email = "admin@krakow.example"
    admin_user.save()
    Client().post(
        "/admin/password_reset/",
        {"email": admin_user.email},
        HTTP_HOST=OTHER_HOST,
    )
    assert mail.outbox, "no password reset e-mail was sent"
    links = ABSOLUTE.findall(mail.outbox[-1].body)
    assert links, mail.outbox[-1].body
    assert all(link.startswith(ORIGIN + "/") for link in links), links


@pytest.mark.django_db
def test_api_download_urls_are_absolute_on_the_origin(document):
    """Images' download_url is absolute like documents' (Wagtail gives a path)."""
    client = Client()
    for endpoint in ("images", "documents"):
        items = client.get(f"/api/v2/{endpoint}/?limit=3").json()["items"]
        assert items, f"no public {endpoint} in the demo"
        for item in items:
            detail = client.get(f"/api/v2/{endpoint}/{item['id']}/").json()
            assert detail["meta"]["download_url"].startswith(ORIGIN + "/"), detail
            assert detail["meta"]["detail_url"].startswith(ORIGIN + "/api/v2/")
