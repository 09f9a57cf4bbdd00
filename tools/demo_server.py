"""Serve the demo site like production, on a throw-away database.

Used by ``make lighthouse`` and ``make screenshots`` (and handy by hand):
prepares a temporary SQLite database with demo content, collects static files
and runs the project with production settings (DEBUG off, whitenoise), the way
the browser test suite does.

    python tools/demo_server.py [--port 8765] [--articles 150] [--folder DIR]

Prints ``READY <base-url>`` once the site answers, then serves until stopped.
As a module: ``with demo_server() as (base, urls): ...``.
"""

import argparse
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
URL_SCRIPT = """
import json
from wagtail.models import Page
found = {}
for page in Page.objects.live().filter(depth__gte=2).specific().order_by("path"):
    key = "%s:%s" % (type(page).__name__, page.locale.language_code)
    found.setdefault(key, page.url)
print(json.dumps(found))
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env(folder, port):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hejnal.settings.production",
        "DATABASE_URL": f"sqlite:///{folder / 'site.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "STATIC_ROOT": str(folder / "static"),
        "SERVE_MEDIA": "1",
        "SECRET_KEY": "local-demo-server-only",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_ORIGIN": f"http://127.0.0.1:{port}",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "CACHE_URL": "locmemcache://demo",
        # The demo's logins work with the password alone, as in make demo.
        "TWO_FACTOR_REQUIRED": "off",
    }


def _manage(env, *args):
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )


@contextlib.contextmanager
def demo_server(port=None, articles=150, folder=None, log=print):
    with contextlib.ExitStack() as stack:
        if folder is None:
            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="hejnal-"))
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        port = port or free_port()
        env = _env(folder, port)
        log("migrating, loading demo content, collecting static files…")
        _manage(env, "migrate", "--no-input")
        _manage(env, "load_demo", "--articles", str(articles), "--verbosity", "0")
        _manage(env, "collectstatic", "--no-input", "--verbosity", "0")
        urls = json.loads(
            _manage(env, "shell", "-c", URL_SCRIPT).stdout.split("\n")[-2]
        )
        server = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "manage.py"),
                "runserver",
                f"127.0.0.1:{port}",
                "--noreload",
            ],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _attempt in range(150):
                try:
                    with urllib.request.urlopen(f"{base}/healthz", timeout=1):
                        break
                except OSError:
                    if server.poll() is not None:
                        raise SystemExit("the demo server did not start") from None
                    time.sleep(0.2)
            yield base, urls
        finally:
            server.terminate()
            server.wait(timeout=10)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--folder", default=None)
    args = parser.parse_args()
    # Stop cleanly (and stop the server process) on kill as well as Ctrl+C.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with demo_server(args.port, args.articles, args.folder) as (base, urls):
        print(json.dumps(urls), flush=True)
        print(f"READY {base}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
