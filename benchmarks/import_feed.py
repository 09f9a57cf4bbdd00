"""Throughput of ``import_feed``: N generated RSS items into a fresh database.

Creates a throw-away SQLite database (or uses ``DATABASE_URL`` when given),
migrates it, loads the demo site without articles, writes a feed of N items
(lead, a few paragraphs, a heading, a list, two categories each) and times two
runs of the import: the first creates every article, the second finds every
item unchanged.

    .venv/bin/python benchmarks/import_feed.py [--items 10000]
"""

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from io import StringIO
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hejnal.settings.dev")
os.environ.setdefault("DEBUG", "0")  # no per-query bookkeeping while timing

TOPICS = ["Partner cities", "Culture", "Education", "Transport", "Consulates"]


def write_feed(path, count):
    start = datetime(2024, 6, 1, 9, 0, tzinfo=UTC)
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
            "<title>Benchmark</title><link>https://bench.example/</link>"
            "<description>Generated items</description>\n"
        )
        for n in range(count):
            body = (
                f"<p>Paragraph one of item {n} with <strong>bold</strong> text and "
                f'a <a href="https://bench.example/{n}">link</a>.</p>'
                "<h2>Details</h2><p>" + "Some ordinary sentence. " * 20 + "</p>"
                "<ul><li>first point</li><li>second point</li></ul>"
            )
            out.write(
                f"<item><title>Generated item number {n}</title>"
                f"<link>https://bench.example/news/{n}/</link>"
                f'<guid isPermaLink="false">bench-{n}</guid>'
                f"<pubDate>{format_datetime(start - timedelta(hours=n))}</pubDate>"
                f"<dc:creator>Author {n % 17}</dc:creator>"
                f"<category>{TOPICS[n % 5]}</category>"
                f"<category>{TOPICS[(n + 2) % 5]}</category>"
                f"<description>Lead of generated item {n}.</description>"
                f"<content:encoded>{escape(body)}</content:encoded></item>\n"
            )
        out.write("</channel></rss>\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="hejnal-bench-import-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    os.environ.setdefault("MEDIA_ROOT", str(workdir / "media"))

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from hejnal.news.models import ArticlePage, NewsCategoryPage

    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    call_command("migrate", verbosity=0)
    call_command("load_demo", articles=0, verbosity=0)
    category = NewsCategoryPage.objects.filter(locale__language_code="en").first()
    feed = workdir / "feed.rss"
    write_feed(feed, args.items)
    print(f"feed: {args.items} items, {feed.stat().st_size / 1e6:.1f} MB")

    before = ArticlePage.objects.child_of(category).count()
    for label in ("first run (create)", "second run (unchanged)"):
        out = StringIO()
        started = time.perf_counter()
        call_command(
            "import_feed",
            str(feed),
            locale="en",
            into=category.slug,
            verbosity=1,
            stdout=out,
        )
        elapsed = time.perf_counter() - started
        summary = " | ".join(out.getvalue().splitlines()[1:5])
        print(
            f"{label}: {elapsed:.1f} s, {args.items / elapsed:.0f} items/s ({summary})"
        )
    created = ArticlePage.objects.child_of(category).count() - before
    print(f"articles created: {created}")


if __name__ == "__main__":
    main()
