"""Odd and hostile sources end with a clear message, the right exit and no debris."""

import socket
import threading
from functools import partial
from http.server import HTTPServer, SimpleHTTPRequestHandler

import pytest
from django.core.management.base import CommandError
from wagtail.models import Locale, Page

from hejnal.importers.models import ImportedItem
from hejnal.news.models import ArticlePage

from .helpers import FIXTURES, category_of, run_command

pytestmark = pytest.mark.django_db
ITEM = (
    '<item><title>{title}</title><guid isPermaLink="false">{guid}</guid>'
    "<link>{link}</link><pubDate>{date}</pubDate>"
    "<description>Lead of {guid}.</description></item>"
)


def feed(tmp_path, *items, name="feed.rss"):
    path = tmp_path / name
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>T</title><link>https://old.example/</link><description>d</description>"
        + "".join(items)
        + "</channel></rss>"
    )
    return path


def item(guid, title="A title", date="Mon, 03 Jun 2024 10:00:00 GMT", link=""):
    link = link or f"https://old.example/{guid}"
    return ITEM.format(title=title, guid=guid, date=date, link=link)


def import_feed(source, category, *extra):
    return run_command(
        "import_feed",
        str(source),
        "--locale",
        category.locale.language_code,
        "--into",
        category.slug,
        *extra,
    )


def debris():
    return Page.objects.count(), ImportedItem.objects.count()


@pytest.fixture
def en(categories):
    return category_of(categories, "en")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not an RSS"),
        (b"just a few words", "not an RSS or Atom feed"),
        (b'{"items": []}', "not an RSS or Atom feed"),
        (b"<?xml version='1.0'?><note><to>Ann</to></note>", "not an RSS or Atom"),
        (
            b"<!DOCTYPE html><html><head><title>News</title></head>"
            b"<body><p>Tom & Jerry<br></body></html>",
            "web page, not an RSS or Atom feed",
        ),
        (
            b'<html><head><link rel="alternate" type="application/rss+xml" '
            b'href="https://old.example/feed/"></head><body></body></html>',
            "names its feed at https://old.example/feed/",
        ),
        (
            b'<?xml version="1.0" encoding="klingon-8"?><rss version="2.0"/>',
            "unknown character encoding",
        ),
    ],
    ids=[
        "empty",
        "blank",
        "binary",
        "text",
        "json",
        "other-xml",
        "html",
        "html-with-feed",
        "unknown-encoding",
    ],
)
def test_sources_that_are_not_feeds_are_refused_clearly(en, tmp_path, content, message):
    path = tmp_path / "source"
    path.write_bytes(content)
    before = debris()
    with pytest.raises(CommandError, match=message):
        import_feed(path, en)
    assert debris() == before


def test_a_feed_without_items_fails_with_a_message(en, tmp_path):
    with pytest.raises(CommandError, match="nothing to import"):
        import_feed(feed(tmp_path), en)


def test_a_feed_whose_every_item_is_skipped_fails(en, tmp_path):
    path = feed(tmp_path, item("a", title=" "), item("b", date="someday"))
    before = debris()
    with pytest.raises(CommandError, match="every item was skipped"):
        import_feed(path, en)
    with pytest.raises(CommandError, match="every item was skipped"):
        import_feed(path, en, "--dry-run")
    assert debris() == before


@pytest.mark.parametrize(
    ("fixture", "titles"),
    [
        ("windows-1250.rss", {"Żółta łódź na Wiśle", "Śląskie spotkanie partnerów"}),
        ("utf-16-bom.rss", {"Żółta łódź na Wiśle", "Śląskie spotkanie partnerów"}),
    ],
)
def test_feeds_in_other_encodings_keep_their_letters(categories, fixture, titles):
    category = category_of(categories, "pl")
    output = import_feed(FIXTURES / fixture, category)
    assert "Created: 2" in output
    found = ArticlePage.objects.child_of(category).filter(title__in=titles)
    assert found.count() == 2
    assert found.get(title__startswith="Żółta").lead == "Gęś i źrebię płyną łodzią."


def test_odd_and_out_of_range_dates(en, tmp_path):
    path = feed(
        tmp_path,
        item("iso", title="ISO date", date="2024-06-03T10:00:00+02:00"),
        item("future", title="Far future", date="Fri, 01 Jan 2999 10:00:00 GMT"),
        item("past", title="Far past", date="Mon, 01 Jan 1066 10:00:00 GMT"),
        item("words", title="In words", date="yesterday at noon"),
        item("slashes", title="Slashes", date="31/12/2023"),
    )
    output = import_feed(path, en)
    assert "Created: 1" in output and "Skipped: 4" in output
    assert "Far future: unreadable publication date" in output
    assert "In words: unreadable publication date “yesterday at noon”" in output
    assert ArticlePage.objects.child_of(en).filter(title="ISO date").exists()


def test_wxr_dates_far_in_the_past_or_future_are_skipped(categories, tmp_path):
    import shutil

    category = category_of(categories, "en")
    shutil.copytree(FIXTURES / "wordpress", tmp_path / "wp")
    export = tmp_path / "wp" / "export.xml"
    text = export.read_text()
    text = text.replace("2024-05-16 10:30:00", "1066-10-14 10:30:00")
    text = text.replace("2024-06-03 09:15:00", "9999-12-31 23:59:59")
    export.write_text(text)
    output = run_command(
        "import_wxr", str(export), "--locale", "en", "--into", category.slug
    )
    assert "Created: 2" in output
    assert "publication date 1066-10-14 is out of range" in output
    assert "publication date 9999-12-31 is out of range" in output


def test_a_1000_character_title_is_shortened(en, tmp_path):
    long_title = ("Partnerschaft " * 80)[:1000]
    output = import_feed(feed(tmp_path, item("long", title=long_title)), en)
    assert "Created: 1" in output
    page = ArticlePage.objects.child_of(en).get(title__startswith="Partnerschaft")
    assert len(page.title) <= 255 and len(page.slug) <= 80


def test_duplicate_guids_within_one_feed(en, tmp_path):
    path = feed(
        tmp_path,
        item("same", title="First"),
        item("same", title="Second"),
        item("other", title="Third"),
    )
    output = import_feed(path, en)
    assert "Created: 2" in output
    assert "Second: duplicate GUID same; only the first one was imported" in output


def test_a_javascript_link_is_never_kept(en, tmp_path):
    path = feed(
        tmp_path,
        item("js", title="Scripted", link="javascript:alert(document.cookie)"),
        item("js2", title="Hidden", link=" JaVaScRiPt\t:alert(1)"),
    )
    output = import_feed(path, en)
    assert "Created: 2" in output
    assert (
        "Scripted: its address javascript:alert(document.cookie) is not an " in output
    )
    for record in ImportedItem.objects.filter(source_key__in=["js", "js2"]):
        assert record.original_url == ""


class SilentHandler(threading.Thread):
    """A server that accepts connections and never answers."""

    def __init__(self):
        super().__init__(daemon=True)
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.port = self.sock.getsockname()[1]
        self.connections = []

    def run(self):
        try:
            while True:
                self.connections.append(self.sock.accept()[0])
        except OSError:
            pass

    def close(self):
        for connection in self.connections:
            connection.close()
        self.sock.close()


@pytest.fixture
def http_server():
    handler = partial(SimpleHTTPRequestHandler, directory=str(FIXTURES))
    handler.log_message = lambda *args: None
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_a_url_that_404s(en, http_server):
    with pytest.raises(CommandError, match="Could not download .*HTTP Error 404"):
        import_feed(f"{http_server}/missing.rss", en)


def test_a_url_that_serves_a_broken_feed_imports_the_good_items(en, http_server):
    output = import_feed(f"{http_server}/broken_entries.rss", en)
    assert "Created: 3" in output


def test_a_url_that_times_out(en):
    server = SilentHandler()
    server.start()
    try:
        with pytest.raises(CommandError, match="did not answer within 0.5 seconds"):
            import_feed(
                f"http://127.0.0.1:{server.port}/feed.rss", en, "--timeout", "0.5"
            )
    finally:
        server.close()


def test_unreachable_and_malformed_addresses(en):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    with pytest.raises(CommandError, match="Could not download"):
        import_feed(f"http://127.0.0.1:{port}/feed.rss", en)
    with pytest.raises(CommandError, match="Could not download|Only files"):
        import_feed("http://[::1/feed.rss", en)
    with pytest.raises(CommandError, match="Only files and http"):
        import_feed("ftp://old.example/feed.rss", en)


def test_a_folder_is_not_a_feed(en, tmp_path):
    with pytest.raises(CommandError, match="File not found"):
        import_feed(tmp_path, en)


def test_into_a_page_that_is_not_a_category(homes, categories):
    about = (
        Page.objects.filter(locale__language_code="en", depth=3)
        .exclude(slug__in=[c.slug for c in categories["en"]])
        .first()
    )
    with pytest.raises(CommandError, match="is a .*, not a news category"):
        run_command(
            "import_feed",
            str(FIXTURES / "city_news.rss"),
            "--locale",
            "en",
            "--into",
            about.slug,
        )
    with pytest.raises(CommandError, match="News categories in this language: "):
        run_command(
            "import_feed",
            str(FIXTURES / "city_news.rss"),
            "--locale",
            "en",
            "--into",
            "no-such-slug",
        )


def test_a_locale_that_is_not_configured(categories):
    Locale.objects.get_or_create(language_code="fr")
    with pytest.raises(CommandError, match="Unknown language “fr”"):
        run_command(
            "import_feed",
            str(FIXTURES / "city_news.rss"),
            "--locale",
            "fr",
            "--into",
            "news",
        )
    with pytest.raises(CommandError, match="Unknown language"):
        run_command(
            "import_wxr",
            str(FIXTURES / "wordpress" / "export.xml"),
            "--locale",
            "",
            "--into",
            "news",
        )
