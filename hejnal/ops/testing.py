"""Real servers for the production-stack tests: the app under gunicorn, Varnish,
a throw-away PostgreSQL cluster and a Redis server, each on a free port.

Each helper skips the calling test with a clear message when its program is not
installed (``.ci/run`` installs them all).
"""

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VCL = ROOT / "deploy" / "varnish" / "hejnal.vcl"
PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"))), None)


_ON_POSTGRES = os.environ.get("DATABASE_URL", "").startswith("postgres")
# Stack tests start servers and a site of their own, whatever DATABASE_URL says;
# CI runs the suite twice, so each runs in one pass only.
in_sqlite_pass = pytest.mark.skipif(
    _ON_POSTGRES, reason="stack test on SQLite: runs in the SQLite pass only"
)
in_postgres_pass = pytest.mark.skipif(
    not _ON_POSTGRES,
    reason="stack test on PostgreSQL: runs when DATABASE_URL is PostgreSQL",
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(check, timeout=30.0, interval=0.1, what="server"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(interval)
    raise AssertionError(f"{what} not ready after {timeout} s")


def fetch(url, headers=None, method="GET", data=None, timeout=10):
    """(status, headers, body) for a request, whatever the status."""
    request = urllib.request.Request(
        url, headers=headers or {}, method=method, data=data
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def manage(env, *args, check=True):
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if check and result.returncode:
        raise AssertionError(
            f"manage.py {args[0]} failed:\n"
            f"{result.stdout[-2000:]}{result.stderr[-4000:]}"
        )
    return result


def site_env(folder, database_url, **extra):
    """Production settings for a test site living in ``folder``."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hejnal.settings.production",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(folder / "media"),
        "STATIC_ROOT": str(folder / "static"),
        "SECRET_KEY": "stack-tests-only",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # The public address the site names in its links (required).
        "SITE_ORIGIN": "http://127.0.0.1:8000",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "CACHE_URL": "locmemcache://stack",
        # The tests sign in with the demo's password alone (as make demo does).
        "TWO_FACTOR_REQUIRED": "off",
        **extra,
    }


class Process:
    """A child process with its output in a log file."""

    def __init__(self, args, log_path, env=None, cwd=ROOT):
        self.log_path = log_path
        self._log = open(log_path, "w+b")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            args, env=env, cwd=cwd, stdout=self._log, stderr=subprocess.STDOUT
        )

    def log(self):
        return Path(self.log_path).read_text(errors="replace")

    def alive(self):
        return self.process.poll() is None

    def stop(self, sig=signal.SIGTERM):
        if self.alive():
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


class AppServer(Process):
    """The project as ``make serve`` runs it: gunicorn plus the scheduler."""

    def __init__(self, env, folder, name="app", workers=2, interval=1):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        super().__init__(
            [
                sys.executable,
                str(ROOT / "manage.py"),
                "serve",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(workers),
                "--interval",
                str(interval),
            ],
            folder / f"{name}.log",
            env=env,
        )

        def ready():
            if not self.alive():
                raise AssertionError(f"app server died:\n{self.log()}")
            return fetch(f"{self.base}/healthz", timeout=2)[0] == 200

        # A loaded machine (CI runs several stacks) may take long to import
        # Django in every worker; waiting longer costs nothing when it is quick.
        try:
            wait_for(ready, timeout=120, what="app server")
        except BaseException:
            self.stop()  # a server that never came up is not left running
            raise


BACKENDS_VCL = VCL.with_name("backends.vcl")


def backends_vcl(ports):
    """deploy/varnish/backends.vcl for app processes on ``ports``, edited the
    way docs/deploy.md tells an operator to: a backend pair per process."""
    text = BACKENDS_VCL.read_text()
    blocks = re.search(
        r"^backend app1 \{.*?^\}\n.*?^backend ready1 \{.*?^\}\n", text, re.M | re.S
    )
    assert blocks, "backends.vcl changed: update hejnal.ops.testing.backends_vcl"
    pairs, adds = [], []
    for n, port in enumerate(ports, start=1):
        pairs.append(
            blocks.group(0)
            .replace("app1", f"app{n}")
            .replace("ready1", f"ready{n}")
            .replace('"8000"', f'"{port}"')
        )
        adds.append(
            (
                f"    app.add_backend(app{n});\n",
                f"    app_ready.add_backend(ready{n});\n",
            )
        )
    text = text.replace(blocks.group(0), "\n".join(pairs))
    text = text.replace("    app.add_backend(app1);\n", "".join(a for a, _r in adds))
    return text.replace(
        "    app_ready.add_backend(ready1);\n", "".join(r for _a, r in adds)
    )


class Varnish(Process):
    """varnishd with the project's VCL in front of the app processes on
    ``backend_ports`` (one port or several), or with the VCL ``vcl_text``."""

    def __init__(self, folder, backend_ports=None, port=None, vcl_text=None):
        binary = shutil.which("varnishd") or "/usr/sbin/varnishd"
        if not Path(binary).exists():
            pytest.skip("Varnish is not installed (apt-get install varnish)")
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        vcl = folder / "hejnal.vcl"
        if vcl_text is None:
            if isinstance(backend_ports, int):
                backend_ports = [backend_ports]
            vcl_text = VCL.read_text()
            (folder / "backends.vcl").write_text(backends_vcl(backend_ports))
        vcl.write_text(vcl_text)
        self.workdir = folder / "varnish"
        self.workdir.mkdir(exist_ok=True)
        super().__init__(
            [
                binary,
                "-F",
                "-f",
                str(vcl),
                "-a",
                f"127.0.0.1:{self.port}",
                "-n",
                str(self.workdir),
                "-s",
                "malloc,64m",
                "-p",
                "ban_lurker_sleep=0.01",
                # No privilege separation: the test's files stay the test's own.
                "-j",
                "none",
            ],
            folder / "varnish.log",
        )
        wait_for(
            lambda: fetch(f"{self.base}/healthz", timeout=2)[0] == 200, what="varnish"
        )


class PostgresCluster:
    """A PostgreSQL cluster of the test's own, which the test may stop."""

    def __init__(self, folder):
        if PG_BIN is None or not (PG_BIN / "initdb").exists():
            pytest.skip("PostgreSQL server binaries are not installed")
        # Outside pytest's private temp folder, which the server's user cannot
        # enter when the tests run as root (PostgreSQL refuses to run as root).
        self.home = Path(tempfile.mkdtemp(prefix="hejnal-pg-"))
        self.folder = self.home / "data"
        self.port = free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/hejnal"
        if os.geteuid() == 0:
            shutil.chown(self.home, "postgres")
        self._run(
            [
                str(PG_BIN / "initdb"),
                "-D",
                str(self.folder),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
            ]
        )
        self.start()
        self._run(
            [
                str(PG_BIN / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "hejnal",
            ]
        )

    def _run(self, args):
        if os.geteuid() == 0:
            args = ["runuser", "-u", "postgres", "--", *args]
        result = subprocess.run(args, capture_output=True, text=True)
        if result.returncode:
            raise AssertionError(f"{args}: {result.stdout}{result.stderr}")

    def start(self):
        self._run(
            [
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(self.folder),
                "-w",
                "-l",
                str(self.home / "postgres.log"),
                "-o",
                f"-p {self.port} -k {self.home} -c listen_addresses=127.0.0.1"
                " -c fsync=off",
                "start",
            ]
        )

    def stop(self):
        self._run(
            [str(PG_BIN / "pg_ctl"), "-D", str(self.folder), "-w", "-m", "fast", "stop"]
        )

    def remove(self):
        shutil.rmtree(self.home, ignore_errors=True)


class RedisServer(Process):
    """redis-server on a free port, or on ``port`` (to start it again)."""

    def __init__(self, folder, port=None):
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.skip("redis-server is not installed")
        self.port = port or free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        super().__init__(
            [
                binary,
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(folder),
            ],
            folder / f"redis-{self.port}.log",
        )
        wait_for(lambda: _redis_ping(self.port), what="redis")


def _redis_ping(port):
    with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
        sock.sendall(b"PING\r\n")
        return sock.recv(16).startswith(b"+PONG")


RENDER_PAGES = """
import hashlib, json
from django.test import Client
from wagtail.models import Page
client = Client()
pages = list(Page.objects.live().filter(depth__gte=2).order_by("path")[:60])
print(json.dumps({
    p.url: hashlib.sha256(client.get(p.url).content).hexdigest() for p in pages
}))
"""


def render_pages(env):
    """{url: sha256 of the page} for up to 60 live pages of the site in ``env``."""
    import json

    output = manage(env, "shell", "-c", RENDER_PAGES).stdout.strip().splitlines()
    return json.loads(output[-1])


@contextlib.contextmanager
def scratch_database(folder, prefix="hejnal_site"):
    """URL of a database of its own: a SQLite file in ``folder``, or a new
    PostgreSQL database beside DATABASE_URL's (dropped afterwards) when the
    suite runs on PostgreSQL."""
    import uuid
    from urllib.parse import urlsplit, urlunsplit

    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield f"sqlite:///{folder / 'site.sqlite3'}"
        return
    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    parts = urlsplit(url)
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def demo_site(folder, articles=40):
    """A migrated demo site of its own in ``folder`` (``scratch_database``)."""
    with scratch_database(folder) as database_url:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "hejnal.settings.dev",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(folder / "media"),
            "STATIC_ROOT": str(folder / "static"),
        }
        manage(env, "migrate", "--no-input")
        manage(env, "load_demo", "--articles", str(articles), "--verbosity", "0")
        yield env


def descendants(pid):
    """Pids of every process below ``pid`` (children, their children …)."""
    children = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # gone meanwhile
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def kill_tree(pid, sig=signal.SIGKILL):
    """Send ``sig`` to ``pid`` and everything below it at once: a whole app
    process (``serve``, its gunicorn master and the workers). The pids hit."""
    pids = [pid, *descendants(pid)]
    for each in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(each, sig)
    return pids


def gunicorn_workers(pid):
    """Pids of the gunicorn workers of the app process ``pid`` (``serve``):
    the children of its gunicorn master."""
    for master in descendants(pid):
        try:
            command = Path(f"/proc/{master}/cmdline").read_bytes()
        except OSError:
            continue
        below = descendants(master)
        if b"gunicorn" in command and below:  # the master: workers below it
            return below
    return []
