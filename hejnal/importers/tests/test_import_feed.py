import json
import threading
import time
from datetime import UTC, date, datetime
from functools import partial
from http.server import HTTPServer, SimpleHTTPRequestHandler

import pytest
from django.core.management.base import CommandError
from wagtail.models import Page, Revision

from hejnal.importers.models import ImportedItem
from hejnal.news.models import ArticlePage, Topic

from .helpers import FIXTURES, category_of, run_command

pytestmark = pytest.mark.django_db


def articles_in(category):
    return ArticlePage.objects.child_of(category)


def import_feed(path, category, *extra):
    return run_command(
        "import_feed",
        str(path),
        "--locale",
        category.locale.language_code,
        "--into",
        category.slug,
        *extra,
    )


def snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        ImportedItem.objects.count(),
        Topic.objects.count(),
    )


def test_rss_items_become_live_articles_with_their_fields(categories, client):
    category = category_of(categories, "en")
    before = articles_in(category).count()
    output = import_feed(FIXTURES / "city_news.rss", category)
    assert "Created: 3" in output
    assert articles_in(category).count() == before + 3

    tram = articles_in(category).get(
        title="Delegation from Tampere visits the new tram depot"
    )
    assert tram.live and not tram.has_unpublished_changes
    assert tram.date == date(2024, 6, 4)
    assert tram.first_published_at == datetime(2024, 6, 4, 7, 30, tzinfo=UTC)
    assert tram.lead.startswith("Engineers from our Finnish partner city")
    assert tram.prepared_by == "Agnieszka Wrona"
    assert {t.name for t in tram.topics.all()} == {"Partner cities", "Transport"}
    assert {t.locale_id for t in tram.topics.all()} == {category.locale_id}
    types = [block.block_type for block in tram.body]
    assert types == [
        "paragraph",
        "heading",
        "paragraph",
        "quote",
        "heading",
        "paragraph",
    ]
    assert tram.body[1].value["level"] == "h2"
    assert "<b>low-floor trams</b>" in tram.body[0].value.source
    assert tram.body[3].value["attribution"] == "Head of the Tampere delegation"
    assert tram.publication_record().prepared_by == "Agnieszka Wrona"

    consular = articles_in(category).get(title__startswith="Consular day")
    assert consular.prepared_by == "Press Office"  # never the e-mail address
    assert "passport & a printed" in consular.lead
    assert len(consular.body) == 0  # a short description is only the lead

    response = client.get(tram.url)
    assert response.status_code == 200
    assert b"low-floor trams" in response.content


def test_atom_entries_are_imported_into_another_language(categories):
    category = category_of(categories, "de")
    output = import_feed(FIXTURES / "city_news.atom", category)
    assert "Created: 2" in output
    concert = articles_in(category).get(title__startswith="Jugendorchester")
    assert concert.title == "Jugendorchester aus Lemberg gibt zwei Konzerte"
    assert concert.prepared_by == "Martina Keller"
    assert [t.name for t in concert.topics.all()] == ["Kultur"]
    assert concert.topics.get().locale == category.locale
    office = articles_in(category).get(title="Neue Sprechstunde für Zugezogene")
    assert office.date == date(2024, 5, 28)  # <updated> when <published> is missing
    assert office.lead.endswith("Anmeldung & Aufenthalt.")


def test_second_run_updates_changed_items_and_creates_no_duplicates(
    categories, tmp_path
):
    category = category_of(categories, "en")
    import_feed(FIXTURES / "city_news.rss", category)
    count = articles_in(category).count()

    again = import_feed(FIXTURES / "city_news.rss", category)
    assert "Created: 0" in again and "Unchanged: 3" in again
    assert articles_in(category).count() == count

    changed = tmp_path / "changed.rss"
    changed.write_text(
        (FIXTURES / "city_news.rss")
        .read_text()
        .replace("applications open", "deadline extended")
    )
    output = import_feed(changed, category)
    assert "Updated: 1" in output and "Unchanged: 2" in output
    assert articles_in(category).count() == count
    page = articles_in(category).get(title__endswith="deadline extended")
    assert page.revisions.count() == 2
    record = page.publication_record()
    assert [event.summary for event in record.history] == [
        "Updated from the original source",
        "Moved from the previous website",
    ]


def test_pages_changed_by_an_editor_are_not_overwritten(
    categories, tmp_path, admin_user
):
    category = category_of(categories, "en")
    import_feed(FIXTURES / "city_news.rss", category)
    page = articles_in(category).get(title__startswith="Consular day")
    page.title = "Consular day (moved to the library)"
    page.save_revision(user=admin_user).publish(user=admin_user)

    changed = tmp_path / "changed.rss"
    changed.write_text(
        (FIXTURES / "city_news.rss").read_text().replace("10:00 to 16:00", "9 to 5")
    )
    output = import_feed(changed, category)
    assert "Skipped: 1" in output
    assert "changed in Hejnał after the last import" in output
    page.refresh_from_db()
    assert page.title == "Consular day (moved to the library)"


def test_dry_run_writes_nothing(categories):
    category = category_of(categories, "en")
    before = snapshot()
    output = import_feed(FIXTURES / "city_news.rss", category, "--dry-run")
    assert "Dry run" in output and "Created: 3" in output
    assert snapshot() == before


def test_hostile_feed_imports_the_good_items_and_reports_the_rest(categories):
    category = category_of(categories, "en")
    before = articles_in(category).count()
    output = import_feed(FIXTURES / "hostile.rss", category)
    assert "Created: 3" in output
    assert "Skipped: 4" in output
    assert "unreadable publication date “the thirty-second of Smarch”" in output
    assert "no publication date" in output
    assert "duplicate GUID hostile-duplicate" in output
    assert "empty title" in output
    assert articles_in(category).count() == before + 3
    assert articles_in(category).filter(title="First with a shared GUID").exists()
    assert not articles_in(category).filter(title__startswith="Second with").exists()

    page = articles_in(category).get(title__startswith="Cross-site")
    assert page.title == "Cross-site scripting"
    stored = json.dumps(page.body.get_prep_value()).lower()
    for marker in (
        "alert",
        "<script",
        "onerror",
        "onclick",
        "onmouseover",
        "javascript:",
        "data:text",
        "expression(",
        "evil.example",
        "<iframe",
        "<svg",
        "<form",
    ):
        assert marker not in stored, marker
    assert "https://safe.example/page" in stored
    assert "https://www.youtube.com/embed/dqw4w9wgxcq" in stored  # a plain link


def test_billion_laughs_is_refused_before_any_expansion(categories):
    category = category_of(categories, "en")
    before = snapshot()
    started = time.monotonic()
    with pytest.raises(CommandError, match="billion laughs"):
        import_feed(FIXTURES / "billion_laughs.rss", category)
    assert time.monotonic() - started < 5
    assert snapshot() == before


def test_a_50_mb_item_is_skipped_and_the_others_imported(categories, tmp_path):
    category = category_of(categories, "en")
    paragraph = "<p>" + "Ein sehr langer Absatz. " * 40 + "</p>"
    huge = paragraph * (50 * 1024 * 1024 // len(paragraph) + 1)
    feed = tmp_path / "huge.rss"
    with feed.open("w") as handle:
        handle.write(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>'
            "<link>https://big.example/</link><description>d</description>"
            "<item><title>Huge</title><guid>huge-1</guid>"
            "<pubDate>Mon, 03 Jun 2024 10:00:00 GMT</pubDate><description><![CDATA["
        )
        handle.write(huge)
        handle.write(
            "]]></description></item><item><title>Small</title><guid>small-1</guid>"
            "<pubDate>Mon, 03 Jun 2024 10:00:00 GMT</pubDate>"
            "<description>Fits easily.</description></item></channel></rss>"
        )
    assert feed.stat().st_size > 50 * 1024 * 1024
    output = import_feed(feed, category)
    assert "Created: 1" in output and "Skipped: 1" in output
    assert "too large" in output
    assert articles_in(category).filter(title="Small").exists()
    assert not articles_in(category).filter(title="Huge").exists()


def test_invalid_xml_in_one_entry_costs_only_that_entry(categories, tmp_path):
    category = category_of(categories, "en")
    feed = tmp_path / "broken.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>B</title>'
        "<link>https://b.example/</link><description>d</description>"
        "<item><title>Good one</title><guid>b-1</guid>"
        "<pubDate>Mon, 03 Jun 2024 10:00:00 GMT</pubDate>"
        "<description>Fine.</description></item>"
        "<item><title>Broken & bare</title><guid>b-2</guid>"
        "<pubDate>Mon, 03 Jun 2024 10:00:00 GMT</pubDate>"
        "<description>Unclosed <b>tag</description></item>"
        "<item><title>Good two</title><guid>b-3</guid>"
        "<pubDate>Tue, 04 Jun 2024 10:00:00 GMT</pubDate>"
        "<description>Also fine.</description></item></channel></rss>"
    )
    output = import_feed(feed, category)
    assert "not well-formed" in output
    assert articles_in(category).filter(title__in=["Good one", "Good two"]).count() == 2


def test_interruption_rolls_back_the_item_in_progress(categories, monkeypatch):
    category = category_of(categories, "en")
    original = Revision.publish
    calls = []

    def publish_then_interrupt(self, *args, **kwargs):
        calls.append(self)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Revision, "publish", publish_then_interrupt)
    before = articles_in(category).count()
    with pytest.raises(CommandError, match="Interrupted"):
        import_feed(FIXTURES / "city_news.rss", category)
    assert articles_in(category).count() == before + 1
    assert ImportedItem.objects.count() == 1
    assert not Page.objects.filter(
        title__startswith="Consular day for Ukrainian"
    ).exists()


def test_an_unexpected_error_skips_only_that_item(categories, monkeypatch):
    from hejnal.importers import base

    category = category_of(categories, "en")
    original = base.html_to_blocks

    def fail_on_summer_school(fragment, **options):
        if "summer school" in fragment:
            raise RuntimeError("converter exploded")
        return original(fragment, **options)

    monkeypatch.setattr(base, "html_to_blocks", fail_on_summer_school)
    output = import_feed(FIXTURES / "city_news.rss", category)
    assert "Created: 2" in output
    assert "unexpected error: converter exploded" in output
    assert not Page.objects.filter(title__startswith="Summer school").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--locale", "xx", "--into", "news"], "Unknown language"),
        (["--locale", "en", "--into", "no-such-category"], "no news category"),
    ],
)
def test_bad_target_gives_a_clear_error(args, message):
    with pytest.raises(CommandError, match=message):
        run_command("import_feed", str(FIXTURES / "city_news.rss"), *args)


def test_missing_file_and_non_feed_give_clear_errors(categories, tmp_path):
    category = category_of(categories, "en")
    with pytest.raises(CommandError, match="File not found"):
        import_feed(tmp_path / "nope.rss", category)
    not_a_feed = tmp_path / "page.html"
    not_a_feed.write_text("just some text, no feed here")
    with pytest.raises(CommandError, match="not an RSS or Atom feed"):
        import_feed(not_a_feed, category)


def test_feed_can_be_read_from_a_url(categories):
    category = category_of(categories, "en")
    handler = partial(SimpleHTTPRequestHandler, directory=str(FIXTURES))
    handler.log_message = lambda *args: None
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/city_news.rss"
        output = import_feed(url, category)
    finally:
        server.shutdown()
        server.server_close()
    assert "Created: 3" in output
