"""A stand-in for the HTTP cache: a real HTTP server on loopback that records
the PURGE and BAN requests Hejnał sends once each transaction commits."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings


class Recorder(BaseHTTPRequestHandler):
    received = []

    def _record(self):
        self.received.append(
            (self.command, self.path, self.headers.get("X-Ban-Prefix"))
        )
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PURGE = do_BAN = _record

    def log_message(self, *args):
        pass


@pytest.fixture
def cache_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Recorder.received = []
    location = f"http://127.0.0.1:{server.server_address[1]}"
    backends = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": location,
        }
    }
    with override_settings(WAGTAILFRONTENDCACHE=backends):
        yield Recorder
    server.shutdown()
    server.server_close()


def purged(recorder):
    return {path for method, path, _prefix in recorder.received if method == "PURGE"}


def banned(recorder):
    return {prefix for method, _path, prefix in recorder.received if method == "BAN"}


@pytest.fixture(scope="session")
def varnish_stack(tmp_path_factory):
    """(varnish, facts): the production stack behind Varnish (``stack``)."""
    from .stack import start

    app, varnish, facts = start(tmp_path_factory.mktemp("varnish-stack"))
    yield varnish, facts
    varnish.stop()
    app.stop()
