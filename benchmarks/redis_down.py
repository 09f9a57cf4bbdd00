"""Uncached throughput with Redis up and with Redis killed, straight to gunicorn.

Starts the app as ``make serve`` runs it (production settings, gunicorn with
deploy/gunicorn.conf.py plus the scheduler) on a demo site of its own, with
``CACHE_URL`` pointing at a redis-server of its own. Then, in each round: wrk
loads the article, its category list, the home page and search (rotating over
a few queries) with Redis answering; Redis is killed (SIGKILL) and the same
runs are repeated; Redis is started again on its port. Rounds interleave the
two states so that the machine's drift between runs shows as spread, not as
a difference. At the end: req/s per page and state, the ratio down / up, and
what the app logged (tracebacks, cache warnings).

    .venv/bin/python benchmarks/redis_down.py [--duration 20] [--rounds 2] \\
        [--connections 16,64] [--articles 40] [--database-url URL]

Needs wrk and redis-server, and the test dependencies (``make install-test``).
"""

import argparse
import datetime
import os
import platform
import re
import signal
import statistics
import sys
import tempfile
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load import (  # noqa: E402 - benchmarks/ is not a package
    SEARCHES,
    App,
    RedisServer,
    fetch,
    prepare_site,
    say,
    wrk,
)


def check(base, path):
    """The page answers 200 (patiently: the machine may be loaded)."""
    status = fetch(base + path, timeout=60)[0]
    if status != 200:
        sys.exit(f"{base}{path} answered {status}")


def measure_all(app, pages, connections, args, state, results):
    for count in connections:
        for page, paths in pages.items():
            rotate = paths if len(paths) > 1 else ()
            result = wrk(app.base + paths[0], count, args.duration, 2, rotate)
            result.update(page=page, state=state, connections=count)
            results.append(result)
            say(
                f"  redis {state:<4} {page:<8} c={count:<3} "
                f"{result['rps']:7.1f} req/s  p99 {result['p99']:7.1f} ms  "
                f"errors {result['errors']}"
            )


def log_counts(text):
    return {
        "tracebacks": text.count("Traceback (most recent call last)"),
        "outage warnings": len(re.findall(r"Cache .* unavailable", text)),
        "recovery lines": len(re.findall(r"Cache .* answers again after", text)),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=20, help="seconds per run")
    parser.add_argument("--rounds", type=int, default=2, help="up/down rounds")
    parser.add_argument(
        "--connections",
        type=lambda text: [int(n) for n in text.split(",")],
        default=[16, 64],
    )
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("WEB_CONCURRENCY", (os.cpu_count() or 1) * 2)),
    )
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument(
        "--database-url",
        default="",
        help="an already loaded database (default: a new SQLite demo site)",
    )
    args = parser.parse_args()
    say(
        f"Redis down benchmark, {datetime.date.today()}, {os.cpu_count()} cores, "
        f"{platform.python_version()}; {args.duration} s per run, "
        f"connections {args.connections}, {args.rounds} rounds"
    )
    results = []
    with tempfile.TemporaryDirectory(prefix="hejnal-redis-down-") as temp:
        folder = Path(temp)
        env, picked = prepare_site(folder, args.database_url, args.articles)
        lang = picked["lang"]
        pages = {
            "article": [picked["article"]],
            "category": [picked["category"]],
            "home": [f"/{lang}/"],
            "search": [
                f"/{lang}/search/?" + urllib.parse.urlencode({"q": query})
                for query in SEARCHES
            ],
        }
        redis = RedisServer(folder)
        env["CACHE_URL"] = redis.url
        app = App(env, folder, workers=args.workers)
        try:
            app.started()
            every_path = [path for paths in pages.values() for path in paths]
            for path in every_path:
                check(app.base, path)
            say(f"  {env['DATABASE_URL']}, {picked['articles']} live articles")
            say(f"  warm-up: {args.warmup} s over {len(every_path)} pages")
            wrk(app.base + every_path[0], 16, args.warmup, 2, every_path)
            for number in range(1, args.rounds + 1):
                say(f"\n== round {number}")
                measure_all(app, pages, args.connections, args, "up", results)
                redis.stop(signal.SIGKILL)
                wrk(app.base + every_path[0], 16, args.warmup, 2, every_path)
                measure_all(app, pages, args.connections, args, "down", results)
                redis = RedisServer(folder, port=redis.port)
                wrk(app.base + every_path[0], 16, args.warmup, 2, every_path)
            for path in every_path:
                check(app.base, path)
        finally:
            app.stop()
            redis.stop()
        counts = log_counts(app.log())

    say("\n== Results: req/s, median of the rounds (each round's figure)")
    say("| page | connections | Redis up | Redis down | down / up |")
    say("|---|---|---|---|---|")
    ratios = []
    for count in args.connections:
        for page in pages:

            def rounds(state, page=page, count=count):
                return [
                    r["rps"]
                    for r in results
                    if (r["page"], r["connections"], r["state"]) == (page, count, state)
                ]

            up, down = rounds("up"), rounds("down")
            ratio = statistics.median(down) / statistics.median(up)
            ratios.append(ratio)
            say(
                f"| {page} | {count} | {statistics.median(up):.1f} "
                f"({' / '.join(f'{v:.1f}' for v in up)}) | "
                f"{statistics.median(down):.1f} "
                f"({' / '.join(f'{v:.1f}' for v in down)}) | {ratio:.0%} |"
            )
    errors = sum(r["errors"] for r in results)
    say(f"\nlowest down / up: {min(ratios):.0%}; errors in all runs: {errors}")
    say("app log: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
