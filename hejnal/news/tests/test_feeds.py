"""Feeds are valid RSS 2.0 / Atom (RFC 4287), per language and per category."""

import re
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from hejnal.news.feeds import FEED_ITEMS, SHARE_IMAGE_SPEC
from hejnal.news.models import ArticlePage

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
RFC822 = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} "
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
    r"\d{2}:\d{2}:\d{2} ([+-]\d{4}|GMT|UT|[A-Z]{3})$"
)
RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"
)
FEED_QUERY_BUDGET = 8


def get_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    return response, parsed, ET.fromstring(response.content)


def text_of(element, path):
    found = element.find(path)
    assert found is not None, path
    assert (found.text or "").strip(), path
    return found.text.strip()


def assert_valid_rss(root, language):
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    for required in ("title", "link", "description"):
        text_of(channel, required)
    assert channel.find("link").text.startswith("http://testserver/")
    assert text_of(channel, "language") == language
    items = channel.findall("item")
    assert 0 < len(items) <= FEED_ITEMS
    guids = set()
    for item in items:
        text_of(item, "title")
        assert text_of(item, "link").startswith(f"http://testserver/{language}/")
        text_of(item, "description")
        guid = item.find("guid")
        assert guid is not None and guid.text and guid.get("isPermaLink") == "false"
        guids.add(guid.text)
        pub_date = text_of(item, "pubDate")
        assert RFC822.match(pub_date), pub_date
        parsedate_to_datetime(pub_date)
        for enclosure in item.findall("enclosure"):
            assert enclosure.get("url").startswith("http://")
            assert int(enclosure.get("length")) > 0
            assert enclosure.get("type") == "image/jpeg"
    assert len(guids) == len(items)
    return items


def assert_valid_atom(root, language):
    assert root.tag == f"{ATOM}feed"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    text_of(root, f"{ATOM}id")
    text_of(root, f"{ATOM}title")
    assert RFC3339.match(text_of(root, f"{ATOM}updated"))
    feed_has_author = root.find(f"{ATOM}author/{ATOM}name") is not None
    self_links = [
        link for link in root.findall(f"{ATOM}link") if link.get("rel") == "self"
    ]
    assert len(self_links) == 1
    entries = root.findall(f"{ATOM}entry")
    assert 0 < len(entries) <= FEED_ITEMS
    ids = set()
    for entry in entries:
        ids.add(text_of(entry, f"{ATOM}id"))
        text_of(entry, f"{ATOM}title")
        assert RFC3339.match(text_of(entry, f"{ATOM}updated"))
        alternates = [
            link
            for link in entry.findall(f"{ATOM}link")
            if link.get("rel") in (None, "alternate")
        ]
        assert len(alternates) == 1
        assert alternates[0].get("href").startswith(f"http://testserver/{language}/")
        assert feed_has_author or entry.find(f"{ATOM}author/{ATOM}name") is not None
        assert entry.find(f"{ATOM}summary") is not None
    assert len(ids) == len(entries)
    return entries


@pytest.mark.parametrize("language", ["pl", "en", "de", "uk", "ar"])
def test_language_feeds_are_valid_rss_and_atom(client, language):
    response, parsed, root = get_feed(client, f"/{language}/feeds/news.rss")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert "max-age" in response["Cache-Control"]
    items = assert_valid_rss(root, language)
    assert parsed.feed.language == language
    assert len(parsed.entries) == len(items)

    response, parsed, root = get_feed(client, f"/{language}/feeds/news.atom")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert_valid_atom(root, language)
    assert len(parsed.entries) == len(items)


def test_feed_items_are_the_newest_live_articles_of_the_language(client):
    _, parsed, _ = get_feed(client, "/en/feeds/news.rss")
    expected = list(
        ArticlePage.objects.live()
        .filter(locale__language_code="en")
        .order_by("-date", "-first_published_at", "-pk")[:FEED_ITEMS]
    )
    assert [entry.title for entry in parsed.entries] == [a.title for a in expected]
    first = expected[0]
    assert parsed.entries[0].summary == first.lead
    assert parsed.entries[0].link == f"http://testserver{first.url}"


def test_category_feed_has_only_that_category(client, categories):
    category = next(c for c in categories["en"] if c.articles().exists())
    _, parsed, root = get_feed(client, f"/en/feeds/{category.slug}.atom")
    assert_valid_atom(root, "en")
    child_urls = {f"http://testserver{a.url}" for a in category.articles()}
    assert parsed.entries
    assert all(entry.link in child_urls for entry in parsed.entries)
    assert category.title in parsed.feed.title
    _, _, rss_root = get_feed(client, f"/en/feeds/{category.slug}.rss")
    assert_valid_rss(rss_root, "en")


def test_unknown_or_foreign_category_is_404(client, categories):
    assert client.get("/en/feeds/no-such-category.rss").status_code == 404
    assert client.get("/en/feeds/no-such-category.atom").status_code == 404
    polish = next(c for c in categories["pl"] if c.slug not in {"news"})
    english_slugs = {c.slug for c in categories["en"]}
    if polish.slug not in english_slugs:
        assert client.get(f"/en/feeds/{polish.slug}.rss").status_code == 404
    assert client.get("/xx/feeds/news.rss").status_code == 404


def test_hero_image_is_an_enclosure_with_absolute_url_length_and_type(client):
    article = (
        ArticlePage.objects.live()
        .filter(locale__language_code="en", hero_image__isnull=False)
        .order_by("-date", "-first_published_at", "-pk")
        .first()
    )
    _, parsed, _ = get_feed(client, "/en/feeds/news.rss")
    entry = next(e for e in parsed.entries if e.title == article.title)
    (enclosure,) = entry.enclosures
    rendition = article.hero_image.get_rendition(SHARE_IMAGE_SPEC)
    assert enclosure.href == f"http://testserver{rendition.url}"
    assert int(enclosure.length) == rendition.file.size
    assert enclosure.type == "image/jpeg"


def test_full_content_is_optional_and_absolute(client):
    _, _, root = get_feed(client, "/en/feeds/news.rss")
    assert root.find(f"channel/item/{CONTENT}encoded") is None
    _, parsed, root = get_feed(client, "/en/feeds/news.rss?full=1")
    bodies = [e.text or "" for e in root.iter(f"{CONTENT}encoded")]
    assert bodies and any(body.strip() for body in bodies)
    for body in bodies:
        assert 'href="/' not in body and 'src="/' not in body
    _, _, atom = get_feed(client, "/en/feeds/news.atom?full=1")
    assert atom.find(f"{ATOM}entry/{ATOM}content").get("type") == "html"


def test_unpublished_and_private_articles_stay_out(client, admin_user):
    newest = (
        ArticlePage.objects.live()
        .filter(locale__language_code="en")
        .order_by("-date", "-first_published_at", "-pk")
    )
    gone, private = newest[0], newest[1]
    gone.unpublish()
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    _, parsed, _ = get_feed(client, "/en/feeds/news.rss")
    titles = {entry.title for entry in parsed.entries}
    assert gone.title not in titles and private.title not in titles


def test_titles_with_markup_characters_round_trip(client, admin_user):
    article = (
        ArticlePage.objects.live()
        .filter(locale__language_code="en")
        .order_by("-date", "-first_published_at", "-pk")
        .first()
    )
    article.title = "Rock & roll <live> in the “Old Town”"
    article.save_revision(user=admin_user).publish(user=admin_user)
    for url in ("/en/feeds/news.rss", "/en/feeds/news.atom"):
        _, parsed, _ = get_feed(client, url)
        assert parsed.entries[0].title == article.title


def test_feed_queries_do_not_grow_with_items(client):
    client.get("/en/feeds/news.rss")  # renditions are made on the first request
    with CaptureQueriesContext(connection) as captured:
        client.get("/en/feeds/news.rss")
    assert len(captured) <= FEED_QUERY_BUDGET


def test_list_pages_announce_their_feeds(client, categories, homes):
    html = client.get(homes["en"].url).content.decode()
    assert 'type="application/rss+xml"' in html
    assert 'href="http://testserver/en/feeds/news.rss"' in html
    assert 'href="http://testserver/en/feeds/news.atom"' in html
    category = categories["en"][0]
    html = client.get(category.url).content.decode()
    assert f'href="http://testserver/en/feeds/{category.slug}.rss"' in html
    assert f'href="http://testserver/en/feeds/{category.slug}.atom"' in html
