"""The leak crawler: hidden content with marker words, and every anonymous surface.

``plant()`` creates one piece of every kind of content readers must not see,
each carrying its own marker word (in its title, lead and body) and a slug of
its own, and makes public pages point at it the ways editors do: curated and
automatic "See also", the home page's featured and "See also" blocks, a
rich-text link, a translation. The hidden articles repeat a public article's
text, so that searches for what they share find both.

``crawl()`` then reads the site as an anonymous reader: every page reachable
by links from the language homes (every page number of every list), the
feeds, the sitemap, the calendars, API v2 (listings, details, find, images,
documents), the search page and ``/api/search/`` in every language and scope,
and file URLs. A marker word, or the address of a hidden page or file,
anywhere in what it reads is a leak.
"""

import datetime
import io
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode, urljoin, urlsplit

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from hejnal.images.models import CityImage
from hejnal.news.factories import (
    ArticlePageFactory,
    NewsCategoryPageFactory,
    paragraphs,
    publish,
)
from hejnal.news.models import ArticlePage, ArticleRelatedLink, AutomaticRelatedLink

LANGUAGES = ["pl", "en", "de", "uk", "ar"]
MAX_REQUESTS = 4000
SKIP_PREFIXES = ("/admin/", "/static/", "/django-admin/")
LINK = re.compile(r"""(?:href|src)=["']([^"'#]+)""")
XML_LOC = re.compile(r"<(?:loc|link|id)>([^<]+)</|href=\"([^\"]+)\"")


@dataclass
class Planted:
    """What was planted, as plain data (a test server's shell prints it)."""

    markers: dict = field(default_factory=dict)  # kind -> marker word
    hidden_paths: dict = field(default_factory=dict)  # kind -> URL path
    hidden_page_ids: dict = field(default_factory=dict)  # kind -> page id
    # kind -> {"endpoint": "images"|"documents", "pk", "file_url", "serve_url"}
    hidden_files: dict = field(default_factory=dict)
    common_word: str = ""
    linker_path: str = ""
    # Public for now, hidden later by ``hide_shown``: kind -> page id.
    shown_page_ids: dict = field(default_factory=dict)
    shown_markers: dict = field(default_factory=dict)

    def marker(self, kind, prefix="hejleak"):
        word = prefix + kind.replace("_", "")
        self.markers[kind] = word
        return word

    def as_json(self):
        return json.dumps(self.__dict__)

    @classmethod
    def from_json(cls, text):
        return cls(**json.loads(text))

    def hide_shown(self):
        """The shown pages' markers now count as hidden."""
        self.markers.update(self.shown_markers)


def _png(marker):
    buffer = io.BytesIO()
    PILImage.new("RGB", (32, 24), (200, 30, 30)).save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name=f"{marker}.png")


def _hidden_article(planted, kind, category, template, **fields):
    word = planted.marker(kind)
    article = ArticlePageFactory(
        parent=category,
        title=f"{template.title} {word}",
        slug=f"zz-hidden-{kind.replace('_', '-')}",
        lead=f"{template.lead} {word}",
        body=paragraphs(f"{word} {template.lead} {word}"),
        date=template.date,
        **fields,
    )
    return article


def plant(homes, admin_user):
    """Create every kind of hidden content, linked from public pages (English)."""
    planted = Planted()
    pages = {}
    home = homes["en"].specific
    public_category = NewsCategoryPageFactory(
        parent=home, title="Leak test news", slug="leak-test-news"
    )
    publish(public_category)
    template = ArticlePage.objects.visible().filter(locale=home.locale).first()
    linker = publish(
        ArticlePageFactory(
            parent=public_category,
            title=template.title,
            slug="leak-test-linker",
            lead=template.lead,
            body=paragraphs(template.lead),
            date=template.date,
        )
    )

    # A private category (login) with an article in it.
    word = planted.marker("private_category")
    private_category = NewsCategoryPageFactory(
        parent=home, title=f"Category {word}", slug="zz-hidden-category"
    )
    publish(private_category)
    below = publish(
        _hidden_article(planted, "below_private", private_category, template)
    )
    PageViewRestriction.objects.create(page=private_category, restriction_type="login")
    pages["private_category"] = private_category
    pages["below_private"] = below

    # Restrictions on the page itself, after it was published (and indexed,
    # and possibly linked automatically).
    editors = Group.objects.filter(name__startswith="Editors").first()
    for kind, restriction in (
        ("password", {"restriction_type": "password", "password": "s3cret-leak"}),
        ("login", {"restriction_type": "login"}),
        ("groups", {"restriction_type": "groups"}),
    ):
        page = publish(_hidden_article(planted, kind, public_category, template))
        made = PageViewRestriction.objects.create(page=page, **restriction)
        if kind == "groups":
            made.groups.set([editors])
        pages[kind] = page

    # Never published, scheduled, unpublished, expired.
    draft = _hidden_article(planted, "draft", public_category, template)
    draft.save_revision(user=admin_user)
    pages["draft"] = draft

    scheduled = _hidden_article(planted, "scheduled", public_category, template)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=3)
    scheduled.save_revision(user=admin_user).publish(user=admin_user)
    pages["scheduled"] = scheduled

    unpublished = publish(
        _hidden_article(planted, "unpublished", public_category, template)
    )
    unpublished.unpublish(user=admin_user)
    pages["unpublished"] = unpublished

    expired = publish(_hidden_article(planted, "expired", public_category, template))
    # Past its expiry time, before the scheduler has taken it down.
    ArticlePage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    expired.refresh_from_db()
    pages["expired"] = expired

    # A restricted translation of the public linker article (German tree).
    de_home = homes["de"].specific
    de_category = publish(
        NewsCategoryPageFactory(
            parent=de_home, title="Leak test news", slug="leak-test-news"
        )
    )
    word = planted.marker("translation")
    translation = ArticlePageFactory(
        parent=de_category,
        title=f"Übersetzung {word}",
        slug="zz-hidden-translation",
        lead=word,
        body=paragraphs(word),
        date=template.date,
        translation_key=linker.translation_key,
        locale=de_home.locale,
    )
    publish(translation)
    PageViewRestriction.objects.create(page=translation, restriction_type="login")
    pages["translation"] = translation

    # Files: a private collection's document and image; a document and an
    # image used only on a restricted page.
    private_collection = Collection.get_first_root_node().add_child(
        name="Leak test private"
    )
    CollectionViewRestriction.objects.create(
        collection=private_collection, restriction_type="login"
    )
    Document = get_document_model()
    word = planted.marker("private_document")
    private_document = Document.objects.create(
        title=f"Document {word}",
        file=ContentFile(f"{word}\n".encode(), name=f"{word}.txt"),
        collection=private_collection,
    )
    word = planted.marker("private_image")
    private_image = CityImage.objects.create(
        title=f"Image {word}",
        description=word,
        file=_png(word),
        collection=private_collection,
    )
    word = planted.marker("restricted_only_document")
    only_document = Document.objects.create(
        title=f"Document {word}",
        file=ContentFile(f"{word}\n".encode(), name=f"{word}.txt"),
    )
    word = planted.marker("restricted_only_image")
    only_image = CityImage.objects.create(
        title=f"Image {word}", description=word, file=_png(word)
    )
    holder = pages["login"]
    holder.hero_image = only_image
    holder.body = [
        *paragraphs(holder.lead),
        {
            "type": "document",
            "value": {"document": only_document.pk, "title": ""},
        },
        {
            "type": "image",
            "value": {"image": private_image.pk, "caption": "", "alt": ""},
        },
        {
            "type": "document",
            "value": {"document": private_document.pk, "title": ""},
        },
    ]
    publish(holder, admin_user)
    for kind, obj in (
        ("private_document", private_document),
        ("restricted_only_document", only_document),
        ("private_image", private_image),
        ("restricted_only_image", only_image),
    ):
        planted.hidden_files[kind] = {
            "endpoint": "images" if isinstance(obj, CityImage) else "documents",
            "pk": obj.pk,
            "file_url": obj.file.url,
            "serve_url": "" if isinstance(obj, CityImage) else obj.url,
        }

    # Public pages point at every hidden page.
    hidden = [page for kind, page in pages.items() if kind != "translation"]
    for position, page in enumerate(hidden):
        ArticleRelatedLink.objects.create(
            article=linker, link_page=page, sort_order=position
        )
        # As if computed before the page was hidden.
        AutomaticRelatedLink.objects.get_or_create(
            article=template,
            related=page,
            defaults={"position": position, "score": 1.0},
        )
    links = "".join(
        f'<p><a linktype="page" id="{page.pk}">read more</a></p>' for page in hidden
    )
    linker.body = [{"type": "paragraph", "value": f"<p>{linker.lead}</p>{links}"}]
    publish(linker, admin_user)
    home.featured = [("page", page) for page in hidden[:4]]
    home.see_also = [
        ("link", {"page": page, "url": "", "title": ""}) for page in hidden[:8]
    ]
    publish(home, admin_user)

    for kind, page in pages.items():
        planted.hidden_paths[kind] = _path_of(page)
        planted.hidden_page_ids[kind] = page.pk
    planted.common_word = template.title.split()[0]
    planted.linker_path = _path_of(linker)
    _plant_shown(planted, home, linker, template)
    return planted


SHOWN = ("restricted", "unpublished", "deleted", "expired", "section")


def _plant_shown(planted, home, linker, template):
    """Public articles, linked from lists, feeds and See also, that a later
    step hides (``hide_shown_pages``): the cached copies of every page that
    showed them must go."""
    later = publish(
        NewsCategoryPageFactory(parent=home, title="Later news", slug="leak-later")
    )
    section = publish(
        NewsCategoryPageFactory(
            parent=home, title="Later section", slug="leak-later-section"
        )
    )
    for position, kind in enumerate(SHOWN):
        word = "hejshown" + kind
        planted.shown_markers[kind] = word
        article = publish(
            ArticlePageFactory(
                parent=section if kind == "section" else later,
                title=f"{template.title} {word}",
                slug=f"shown-{kind}",
                lead=f"{template.lead} {word}",
                body=paragraphs(f"{word} {template.lead}"),
                date=template.date,
            )
        )
        planted.shown_page_ids[kind] = article.pk
        ArticleRelatedLink.objects.create(
            article=linker, link_page=article, sort_order=100 + position
        )
        AutomaticRelatedLink.objects.get_or_create(
            article=template,
            related=article,
            defaults={"position": 50 + position, "score": 1.0},
        )
    planted.shown_page_ids["section_page"] = section.pk


def hide_shown_pages(planted, admin_user):
    """Hide the shown pages the ways editors do (the scheduler takes the
    expired one down)."""
    from wagtail.models import Page

    ids = planted.shown_page_ids
    restricted = Page.objects.get(pk=ids["restricted"])
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    Page.objects.get(pk=ids["unpublished"]).specific.unpublish(user=admin_user)
    Page.objects.get(pk=ids["deleted"]).delete()
    expiring = Page.objects.get(pk=ids["expired"]).specific
    expiring.expire_at = timezone.now() + datetime.timedelta(seconds=1)
    expiring.save(update_fields=["expire_at"])
    PageViewRestriction.objects.create(
        page=Page.objects.get(pk=ids["section_page"]),
        restriction_type="password",
        password="later-section",
    )


def _path_of(page):
    """The address the page has (or would have) below its language home."""
    parts = page.get_url_parts()
    if parts is None:
        return None
    return parts[2]


# Crawling ----------------------------------------------------------------------


@dataclass
class Finding:
    url: str
    what: str

    def __str__(self):
        return f"{self.url}: {self.what}"


class Crawler:
    def __init__(self, client, planted):
        self.client = client
        self.planted = planted
        self.seen = set()
        self.queue = []
        self.findings = []
        self.requests = 0
        self.hidden_paths = {
            kind: path for kind, path in planted.hidden_paths.items() if path
        }
        self.file_paths = {
            kind: info["file_url"] for kind, info in planted.hidden_files.items()
        }

    def check(self, url, text):
        for kind, word in self.planted.markers.items():
            if word in text:
                self.findings.append(Finding(url, f"marker of {kind}"))
        for kind, path in {**self.hidden_paths, **self.file_paths}.items():
            if path in text:
                self.findings.append(Finding(url, f"address of {kind} ({path})"))

    def get(self, url, **extra):
        self.requests += 1
        response = self.client.get(url, **extra)
        body = b"".join(response) if response.streaming else response.content
        return response, body.decode("utf-8", "replace")

    def visit(self, url):
        if url in self.seen or self.requests >= MAX_REQUESTS:
            return None
        self.seen.add(url)
        response, text = self.get(url)
        self.check(url, text)
        if response.status_code in (301, 302, 307, 308):
            self.enqueue(url, response["Location"])
        content_type = response.get("Content-Type", "")
        if "html" in content_type:
            for link in LINK.findall(text):
                self.enqueue(url, link)
        elif "xml" in content_type:
            for loc, href in XML_LOC.findall(text):
                self.enqueue(url, loc or href)
        return response

    def enqueue(self, base, link):
        link = link.replace("&amp;", "&").strip()
        if link.startswith(("mailto:", "tel:", "data:", "javascript:")):
            return
        parts = urlsplit(urljoin("http://testserver" + base, link))
        if parts.netloc not in ("testserver", "localhost", "127.0.0.1"):
            return
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if path.startswith(SKIP_PREFIXES) or "/_util/" in path:
            return
        if path not in self.seen:
            self.queue.append(path)

    def run(self, start):
        self.queue.extend(start)
        while self.queue and self.requests < MAX_REQUESTS:
            self.visit(self.queue.pop(0))

    # Surfaces that links alone do not reach.
    def api(self):
        for endpoint in ("pages", "images", "documents"):
            offset, total = 0, None
            while total is None or offset < total:
                url = f"/api/v2/{endpoint}/?limit=20&offset={offset}"
                response, text = self.get(url)
                self.check(url, text)
                if response.status_code != 200:
                    self.findings.append(Finding(url, f"status {response.status_code}"))
                    break
                data = json.loads(text)
                total = data["meta"]["total_count"]
                for item in data["items"]:
                    detail = f"/api/v2/{endpoint}/{item['id']}/"
                    if endpoint != "pages" or item["id"] % 7 == 0:
                        _r, detail_text = self.get(detail)
                        self.check(detail, detail_text)
                offset += 20
                if offset > 5000:
                    break
            for word in self.planted.markers.values():
                url = f"/api/v2/{endpoint}/?search={word}"
                _r, text = self.get(url)
                self.check(url, text)
        for kind, page_id in self.planted.hidden_page_ids.items():
            for url in (
                f"/api/v2/pages/{page_id}/",
                f"/api/v2/pages/?id={page_id}",
                f"/api/v2/pages/?child_of={page_id}",
                f"/api/v2/pages/?descendant_of={page_id}",
            ):
                response, text = self.get(url)
                self.check(url, text)
                if url.endswith(f"/{page_id}/") and response.status_code != 404:
                    self.findings.append(
                        Finding(url, f"{kind} detail is {response.status_code}")
                    )
            path = self.planted.hidden_paths.get(kind)
            if path:
                url = "/api/v2/pages/find/?" + urlencode({"html_path": path})
                response, text = self.get(url)
                self.check(url, text)
                if response.status_code not in (404,):
                    self.findings.append(
                        Finding(url, f"find of {kind} is {response.status_code}")
                    )
        for kind, info in self.planted.hidden_files.items():
            url = f"/api/v2/{info['endpoint']}/{info['pk']}/"
            response, text = self.get(url)
            self.check(url, text)
            if response.status_code != 404:
                self.findings.append(
                    Finding(url, f"{kind} detail is {response.status_code}")
                )

    def search(self):
        words = list(self.planted.markers.values())
        common = self.planted.common_word
        urls = []
        for word in words:
            urls.append(f"/api/search/?{urlencode({'q': word, 'scope': 'all'})}")
            # The page repeats what the reader typed: asked in capitals, a
            # marker in lower case can only come from the index.
            urls.append(f"/en/search/?{urlencode({'q': word.upper(), 'scope': 'all'})}")
        # "Did you mean": a word one letter away must not suggest a marker.
        for word in words[:4]:
            near = word[:-1] + ("a" if word[-1] != "a" else "e")
            urls.append(f"/en/search/?{urlencode({'q': near})}")
            urls.append(f"/api/search/?{urlencode({'q': near, 'locale': 'en'})}")
        for language in LANGUAGES:
            for scope in ("lang", "all"):
                params = urlencode({"q": common, "scope": scope})
                urls.append(f"/{language}/search/?{params}")
                urls.append(f"/api/search/?{params}&locale={language}")
        for url in urls:
            _r, text = self.get(url)
            self.check(url, text)
        for language in LANGUAGES:
            base = f"/api/search/?q={common}&locale={language}&category="
            url = base + "zz-hidden-category"
            response, text = self.get(url)
            unknown, unknown_text = self.get(base + "zz-no-such-thing")
            if (response.status_code, text) != (unknown.status_code, unknown_text):
                self.findings.append(
                    Finding(url, "a private category answers unlike an unknown one")
                )

    def summary(self):
        """One line per surface and leak (query strings folded)."""
        lines = {}
        for finding in self.findings:
            surface = finding.url.split("?")[0]
            lines.setdefault(f"{surface}: {finding.what}", finding.url)
        return [f"{line}   e.g. {url}" for line, url in sorted(lines.items())]

    def direct(self):
        """Hidden pages asked for by address give nothing of their content."""
        for path in self.hidden_paths.values():
            response, text = self.get(path)
            for other, word in self.planted.markers.items():
                if word in text:
                    self.findings.append(
                        Finding(path, f"served marker of {other} anonymously")
                    )
            cache_control = response.get("Cache-Control", "")
            if response.status_code == 200 and "private" not in cache_control:
                self.findings.append(
                    Finding(path, f"restricted page cacheable: {cache_control!r}")
                )
        for kind, url in self.file_paths.items():
            response, text = self.get(url)
            if response.status_code == 200:
                self.findings.append(Finding(url, f"{kind} file served"))
        for kind, info in self.planted.hidden_files.items():
            if info["serve_url"]:
                response, text = self.get(info["serve_url"])
                if response.status_code == 200:
                    self.findings.append(
                        Finding(info["serve_url"], f"{kind} downloadable")
                    )


def start_urls():
    urls = [f"/{language}/" for language in LANGUAGES]
    urls += ["/", "/sitemap.xml", "/robots.txt"]
    for language in LANGUAGES:
        urls += [
            f"/{language}/feeds/news.rss",
            f"/{language}/feeds/news.atom",
            f"/{language}/feeds/leak-test-news.rss",
            f"/{language}/feeds/zz-hidden-category.rss",
            f"/{language}/national-days.ics",
        ]
    return urls


def crawl(client, planted):
    crawler = Crawler(client, planted)
    crawler.run(start_urls())
    crawler.api()
    crawler.search()
    crawler.direct()
    return crawler
