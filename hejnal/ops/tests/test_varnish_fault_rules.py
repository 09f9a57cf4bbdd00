"""The VCL's rules for failures (deploy/varnish/hejnal.vcl), checked with a
real Varnish in front of two stand-in app processes whose answers the test
controls: an app error is answered from a stale copy of any age within
stale-if-error, never replaced by the error and never hidden by it; a page
never cached gets the app's own error page; a process that drops a request
is skipped for the next one; editors' requests are passed through as they are.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from hejnal.ops.testing import Varnish, fetch, wait_for

FRESH_FOR = "public, max-age=0, s-maxage=1, stale-while-revalidate=1"
PAGE_CACHE_CONTROL = f"{FRESH_FOR}, stale-if-error=86400"
APP_503 = b"<!DOCTYPE html><h1>Przerwa techniczna</h1>"


class StandIn:
    """An app process: /healthz and /readyz, and pages whose answer the test
    sets (``mode``: "ok", "error" for the app's branded 503, "drop" to close
    the connection without an answer; ``ready``: what /readyz says)."""

    def __init__(self, name):
        self.name = name
        self.mode = "ok"
        self.ready = True
        self.version = 1
        self.requests = []
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                stand_in.requests.append((self.command, self.path))
                if self.path in ("/healthz", "/readyz"):
                    ready = self.path == "/healthz" or stand_in.ready
                    self.answer(200 if ready else 503, b"{}", "no-store")
                elif stand_in.mode == "drop":
                    self.close_connection = True
                    self.connection.shutdown(2)
                elif stand_in.mode == "error":
                    self.answer(503, APP_503, "no-store", retry_after="30")
                else:
                    body = f"{stand_in.name} v{stand_in.version} {self.path}".encode()
                    self.answer(200, body, PAGE_CACHE_CONTROL)

            def do_POST(self):
                stand_in.requests.append((self.command, self.path))
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                self.answer(500, b"editor's error", "no-store")

            def answer(self, status, body, cache_control, retry_after=None):
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", cache_control)
                if retry_after:
                    self.send_header("Retry-After", retry_after)
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def page_requests(self):
        return [r for r in self.requests if r[1] not in ("/healthz", "/readyz")]


@pytest.fixture
def stack(tmp_path):
    apps = [StandIn("one"), StandIn("two")]
    varnish = Varnish(tmp_path, [app.port for app in apps])
    yield varnish, apps
    varnish.stop()
    for app in apps:
        app.server.shutdown()


def get(varnish, path, **kwargs):
    return fetch(varnish.base + path, **kwargs)


def both(apps, mode):
    for app in apps:
        app.mode = mode


def test_an_app_error_is_answered_from_a_stale_copy_of_any_age(stack):
    """The copy is older than TTL + the 30 s that readers are normally
    served stale copies, and /readyz has not failed (yet): the app's 503
    must neither reach the reader nor hide the copy."""
    varnish, apps = stack
    status, _h, body = get(varnish, "/pl/news/")
    assert status == 200 and b"/pl/news/" in body
    threading.Event().wait(32)
    both(apps, "error")
    for _ in range(3):  # and again: the error did not hide the copy
        status, headers, again = get(varnish, "/pl/news/")
        assert (status, again) == (200, body), again
        assert headers["X-Cache"] == "HIT"


def test_a_page_never_cached_gets_the_apps_own_error_page(stack):
    varnish, apps = stack
    both(apps, "error")
    status, headers, body = get(varnish, "/uk/never-seen/")
    assert status == 503
    assert body == APP_503  # the app's branded page, not Varnish's
    assert headers["Retry-After"] == "30"
    # Not kept: the page is served as soon as the app can render it.
    both(apps, "ok")
    status, _h, body = get(varnish, "/uk/never-seen/")
    assert status == 200 and b"/uk/never-seen/" in body


def test_a_process_that_drops_requests_is_skipped(stack):
    varnish, apps = stack
    apps[0].mode = "drop"
    for n in range(6):
        status, _h, body = get(varnish, f"/en/page-{n}/")
        assert status == 200 and body.startswith(b"two "), body
    assert apps[0].page_requests()  # it was tried, and the request retried


def test_with_no_process_answering_stale_copies_still_serve(stack):
    varnish, apps = stack
    assert get(varnish, "/de/")[0] == 200
    threading.Event().wait(2.5)
    both(apps, "drop")
    for app in apps:
        app.ready = False
    status, _h, body = get(varnish, "/de/")
    assert status == 200 and b" /de/" in body
    # Never cached: an error, this one necessarily from Varnish.
    assert get(varnish, "/de/new/")[0] == 503


def test_recovery_brings_fresh_pages_back(stack):
    varnish, apps = stack
    assert get(varnish, "/ar/")[2].endswith(b"v1 /ar/")
    threading.Event().wait(2.5)
    both(apps, "error")
    for app in apps:
        app.ready = False
    assert get(varnish, "/ar/")[2].endswith(b"v1 /ar/")
    both(apps, "ok")
    for app in apps:
        app.ready = True
    for app in apps:
        app.version = 2
    wait_for(
        lambda: get(varnish, "/ar/")[2].endswith(b"v2 /ar/"),
        timeout=5,
        what="fresh page after recovery",
    )


def test_editors_requests_pass_with_the_apps_answer(stack):
    varnish, apps = stack
    status, _h, body = fetch(
        varnish.base + "/admin/pages/1/edit/", method="POST", data=b"title=x"
    )
    assert (status, body) == (500, b"editor's error")
    posts = [r for app in apps for r in app.requests if r[0] == "POST"]
    assert len(posts) == 1  # a POST is never sent twice
