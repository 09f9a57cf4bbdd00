"""Peak memory and latency of one serving process over every page type.

Serves the WSGI application from this process (wsgiref, one thread), requests
each page type in every language plus paged category lists, then reports the
process's peak resident memory (VmHWM) and per-request timings.

    DJANGO_SETTINGS_MODULE=hejnal.settings.production SECRET_KEY=x \
    ALLOWED_HOSTS=127.0.0.1 SITE_ORIGIN=http://127.0.0.1:8000 SECURE_SSL_REDIRECT=0 \
    .venv/bin/python benchmarks/serving.py [--requests 400]
"""

import argparse
import os
import statistics
import sys
import threading
import time
import urllib.request
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, make_server

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hejnal.settings.production")


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def rss_kib(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def page_urls():
    """Every non-article page, paged category lists and 200 recent articles."""
    from wagtail.models import Page

    from hejnal.news.models import ArticlePage, NewsCategoryPage

    urls = []
    pages = Page.objects.live().filter(depth__gte=2).not_type(ArticlePage)
    for page in pages.specific().order_by("path"):
        urls.append(page.url)
        if isinstance(page, NewsCategoryPage):
            urls.extend(f"{page.url}?page={n}" for n in (2, 3))
    for article in ArticlePage.objects.live().order_by("-date")[:200]:
        urls.append(article.url)
    return urls


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()
    urls = page_urls()
    start_rss = rss_kib("VmRSS")
    server = make_server("127.0.0.1", 0, application, handler_class=QuietHandler)
    port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()

    timings, errors = [], 0
    for i in range(args.requests):
        url = f"http://127.0.0.1:{port}{urls[i % len(urls)]}"
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(url) as response:
                response.read()
        except Exception as exc:  # report, don't stop: we want the whole picture
            errors += 1
            print(f"error {url}: {exc}", file=sys.stderr)
        timings.append((time.perf_counter() - started) * 1000)
    server.shutdown()
    timings.sort()
    print(f"distinct URLs: {len(urls)}, requests: {len(timings)}, errors: {errors}")
    print(f"RSS before serving: {start_rss / 1024:.0f} MiB")
    print(f"peak RSS (VmHWM):   {rss_kib('VmHWM') / 1024:.0f} MiB")
    print(
        f"latency ms: p50 {statistics.median(timings):.1f}  "
        f"p95 {timings[int(len(timings) * 0.95) - 1]:.1f}  max {timings[-1]:.1f}"
    )


if __name__ == "__main__":
    main()
