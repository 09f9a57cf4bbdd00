"""Search at scale: indexing throughput, index size, query latency.

Run against a database loaded with ``load_demo --articles N`` (``make bench``
does this for SQLite, and for PostgreSQL when ``BENCH_PG_URL`` is set):

    DATABASE_URL=sqlite:////tmp/hejnal-bench.sqlite3 \
        .venv/bin/python benchmarks/search.py --queries 200

It rebuilds the index (timing it), then serves the WSGI application from this
process (wsgiref, one thread) and sends 200 realistic queries (inflected words,
phrases, filters, both scopes, newest first) to ``/api/search/`` and the same
ones to ``/<lang>/search/``, reporting p50 and p95 of each.
"""

import argparse
import os
import random
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, make_server

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hejnal.settings.production")
# Every request comes from 127.0.0.1: the per-reader throttle would refuse most.
os.environ.setdefault("SEARCH_RATE", "1000000/m")

QUERIES = {
    "pl": [
        "Krakowie",
        "miast partnerskich",
        "stypendystą",
        "współpracy",
        '"miasta partnerskie"',
        "konsulatu",
        "święta narodowego",
        "zlobek",
        "Norymbergą",
        "delegacji",
        "studentów",
        "mieszkańców z zagranicy",
    ],
    "en": [
        "cities",
        "partner city",
        "scholarships",
        "consulates",
        '"national day"',
        "delegation",
        "Krakow",
        "residents",
        "festival",
        "students",
    ],
    "de": [
        "Partnerstädte",
        "Stipendien",
        "Konsulat",
        "Nationalfeiertag",
        "Krakau",
        '"Partnerstadt Krakau"',
        "Zusammenarbeit",
        "Delegation",
    ],
    "uk": [
        "містах",
        "місто",
        "стипендії",
        "консульство",
        "Кракові",
        "співпраці",
        "делегації",
        "студентів",
    ],
    "ar": ["مدينة", "المدن", "كراكوف", "تعاون"],
}


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def index_size():
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT pg_total_relation_size('hejnal_search_searchentry')"
                " + pg_total_relation_size('hejnal_search_vector')"
                " + pg_total_relation_size('hejnal_search_searchterm')"
            )
            return cursor.fetchone()[0]
        cursor.execute("PRAGMA page_size")
        page_size = cursor.fetchone()[0]
        try:
            cursor.execute(
                "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'hejnal_search%'"
            )
            return cursor.fetchone()[0]
        except Exception:
            cursor.execute("PRAGMA page_count")
            return cursor.fetchone()[0] * page_size


def requests_for(count, seed=1):
    from hejnal.search.engine import category_choices

    rng = random.Random(seed)
    categories = {lang: [s for s, _t in category_choices(lang)] for lang in QUERIES}
    made = []
    for _ in range(count):
        language = rng.choice(list(QUERIES))
        params = {"q": rng.choice(QUERIES[language])}
        roll = rng.random()
        if roll < 0.15 and categories[language]:
            params["category"] = rng.choice(categories[language])
        elif roll < 0.25:
            params["scope"] = "all"
        elif roll < 0.35:
            params["sort"] = "newest"
        elif roll < 0.42:
            params["from"] = "2025-01-01"
        elif roll < 0.5:
            params["page"] = "2"
        made.append((language, params))
    return made


def api_path(language, params):
    return "/api/search/?" + urllib.parse.urlencode({**params, "locale": language})


def page_path(language, params):
    return f"/{language}/search/?" + urllib.parse.urlencode(params)


def timed(port, path):
    started = time.perf_counter()
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}") as response:
        response.read()
        status = response.status
    return (time.perf_counter() - started) * 1000, status


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--skip-rebuild", action="store_true")
    parser.add_argument(
        "--slowest", type=int, default=8, help="list this many slowest requests"
    )
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.wsgi import get_wsgi_application
    from django.db import connection

    from hejnal.search.indexing import rebuild
    from hejnal.search.lemmas import warm_up
    from hejnal.search.models import SearchEntry

    warm_up(code for code, _name in settings.LANGUAGES)
    print(f"database: {connection.vendor}")
    if not args.skip_rebuild:
        started = time.perf_counter()
        written = rebuild()
        took = time.perf_counter() - started
        print(f"indexed {written} pages in {took:.1f} s ({written / took:.0f} pages/s)")
    print(f"entries: {SearchEntry.objects.count()}")
    print(f"index size: {index_size() / 1024 / 1024:.1f} MiB")

    application = get_wsgi_application()
    server = make_server("127.0.0.1", 0, application, handler_class=QuietHandler)
    port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()

    plan = requests_for(args.queries)
    # Warm the connection and the caches the way a running site would be:
    # the page's chrome (menu, footer) is computed once per content version.
    for language, params in plan[:10]:
        timed(port, api_path(language, params))
        timed(port, page_path(language, params))
    results = {"json": [], "html": []}
    overhead, slowest = [], []
    errors = 0
    for language, params in plan:
        took = {}
        for kind, path in (
            ("json", api_path(language, params)),
            ("html", page_path(language, params)),
        ):
            try:
                ms, status = timed(port, path)
            except Exception as exc:
                errors += 1
                print(f"error {path}: {exc}")
                continue
            if status != 200:
                errors += 1
            results[kind].append(ms)
            took[kind] = ms
            slowest.append((ms, path))
        if len(took) == 2:
            overhead.append(took["html"] - took["json"])
    for kind, values in results.items():
        print(
            f"{kind}: n={len(values)} p50={statistics.median(values):.1f} ms "
            f"p95={percentile(values, 0.95):.1f} ms max={max(values):.1f} ms"
        )
    print(
        f"html minus json, same query: p50={statistics.median(overhead):.1f} ms "
        f"p95={percentile(overhead, 0.95):.1f} ms"
    )
    for ms, path in sorted(slowest, reverse=True)[: args.slowest]:
        print(f"  slow: {ms:.1f} ms {urllib.parse.unquote(path)}")
    print(f"errors: {errors}")
    server.shutdown()


if __name__ == "__main__":
    main()
