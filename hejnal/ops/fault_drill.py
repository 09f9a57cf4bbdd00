"""The fault drill: the production stack under load while parts of it fail.

One site on a PostgreSQL cluster and a Redis of its own, with production
settings; two app processes (``manage.py serve``, 2 workers each) behind
Varnish with the project's VCL. wrk keeps 64 connections busy
(benchmarks/faults.lua): half of them on a fixed set of cached pages (homes,
category lists, articles; warmed first), half on the same pages with a query
string of their own per request plus searches, so every one reaches an app
process. Beside it a prober asks Varnish every 50 ms for one never-cached URL
and one cached URL and records what it got.

Scenarios, each under load with the fault a couple of seconds in
(:data:`SCENARIOS`): no fault; a gunicorn worker of process 1 killed; process
1 killed whole (serve, master, workers) and started again on its port; Redis
killed and started again on its port; PostgreSQL stopped (``pg_ctl stop -m
fast``) and started again, with an editor publishing a page meanwhile.

Each run gives requests, req/s, p99, the non-2xx/3xx answers by status and
origin (``varnish`` for an answer Varnish made itself: its built-in error page,
or no X-Cache header; ``app`` otherwise), socket errors,
the recovery time (from the end of the fault to the first of 10 consecutive
200s on the never-cached URL, by the time each was sent), whether the cached
URL was 200 throughout the fault, and what went against the promises of
docs/deploy.md, "When something fails" (:meth:`FaultDrill.problems`). Used
by hejnal/ops/tests/test_fault_suite.py and benchmarks/faults.py.

``root`` runs the drill against another checkout of the project (its
manage.py, settings and VCL; the Python of this one), including a tree from
before deploy/varnish/backends.vcl, whose two-process VCL is made from
director.vcl.example.
"""

import contextlib
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote_plus

from hejnal.caching.tests.stack import CSRF_FIELD, editor_session
from hejnal.ops.testing import (
    ROOT,
    PostgresCluster,
    Process,
    RedisServer,
    Varnish,
    descendants,
    fetch,
    free_port,
    gunicorn_workers,
    kill_tree,
    site_env,
    wait_for,
)

LUA = ROOT / "benchmarks" / "faults.lua"

SCENARIOS = {
    "none": "no fault",
    "worker": "a worker of process 1 killed",
    "process": "process 1 killed, restarted",
    "redis": "Redis killed, restarted",
    "postgres": "PostgreSQL stopped, started",
}

# A request unanswered after this long counts as a socket error (wrk) or a
# failed probe: Varnish's first_byte_timeout, the longest it waits on the app.
TIMEOUT = 30

SEARCHES = ["Krakowie", "miast partnerskich", "współpracy", "konsulatu", "delegacji"]

SETUP = """
import json
from django.contrib.auth import get_user_model
from hejnal.news.factories import ArticlePageFactory, paragraphs
from hejnal.news.models import ArticlePage, NewsCategoryPage
from hejnal.pages.models import HomePage
User = get_user_model()
if not User.objects.filter(username="chief").exists():
    User.objects.create_superuser("chief", "chief@example.org", "Stack-tests-42")
category = NewsCategoryPage.objects.live().filter(locale__language_code="pl").first()
draft = ArticlePageFactory.build(
    title="Delegacja z Tbilisi", lead="Szkic do próby awarii.",
    body=paragraphs("Delegacja odwiedzi ratusz."), live=False, slug="drill-draft")
category.add_child(instance=draft)
draft.save_revision()
articles = ArticlePage.objects.live().order_by("-date", "pk")
print(json.dumps({
    "draft": draft.pk, "draft_url": category.url + "drill-draft/",
    "homes": [h.url for h in HomePage.objects.live().order_by("pk")],
    "categories": [c.url for c in NewsCategoryPage.objects.live().order_by("pk")[:5]],
    "articles": [a.url for a in articles[:8]],
}))
"""

PAGE_STATE = """
import json
from wagtail.models import Page
page = Page.objects.get(pk={pk})
print(json.dumps({{
    "live": page.live, "has_unpublished_changes": page.has_unpublished_changes,
    "live_revision": page.live_revision_id, "latest_revision": page.latest_revision_id,
    "revisions": page.revisions.count(),
    "first_published": page.first_published_at is not None,
}}))
"""


def director_vcl(root, ports):
    """A tree without backends.vcl: its hejnal.vcl edited as its
    director.vcl.example says (as that tree's test_serve_processes does)."""
    varnish = root / "deploy" / "varnish"
    example = (varnish / "director.vcl.example").read_text()
    for n, port in enumerate(ports, start=1):
        example = example.replace(f'"800{n}"', f'"{port}"')
    vcl, removed = re.subn(
        r"^backend (app|app_ready) \{.*?^\}\n",
        "",
        (varnish / "hejnal.vcl").read_text(),
        flags=re.M | re.S,
    )
    assert removed == 2, "unknown hejnal.vcl layout"
    vcl = vcl.replace(
        "set req.backend_hint = app;", "set req.backend_hint = app.backend();"
    )
    vcl = vcl.replace("std.healthy(app_ready)", "std.healthy(app_ready.backend())")
    return vcl.replace("import std;\n", f"import std;\n\n{example}\n", 1)


def backends_of(root, ports):
    """``root``'s backends.vcl with a backend pair per process (the edit of
    hejnal.ops.testing.backends_vcl, on another tree's file)."""
    text = (root / "deploy" / "varnish" / "backends.vcl").read_text()
    pair = re.search(
        r"^backend app1 \{.*?^\}\n.*?^backend ready1 \{.*?^\}\n", text, re.M | re.S
    )
    assert pair, "unknown backends.vcl layout"
    pairs, apps, readies = [], [], []
    for n, port in enumerate(ports, start=1):
        pairs.append(
            pair.group(0)
            .replace("app1", f"app{n}")
            .replace("ready1", f"ready{n}")
            .replace('"8000"', f'"{port}"')
        )
        apps.append(f"    app.add_backend(app{n});\n")
        readies.append(f"    app_ready.add_backend(ready{n});\n")
    text = text.replace(pair.group(0), "\n".join(pairs))
    text = text.replace("    app.add_backend(app1);\n", "".join(apps))
    return text.replace("    app_ready.add_backend(ready1);\n", "".join(readies))


class AppProcess(Process):
    """``manage.py serve`` of the tree ``root`` on ``port`` (a free one, or the
    port of a process being started again)."""

    def __init__(self, root, env, folder, name, port=None, workers=2):
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        super().__init__(
            [
                sys.executable,
                str(root / "manage.py"),
                "serve",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(workers),
                "--interval",
                "5",
            ],
            folder / f"{name}.log",
            env={**env, "PYTHONPATH": str(root)},
            cwd=root,
        )

        def ready():
            if not self.alive():
                raise AssertionError(f"app process died:\n{self.log()[-3000:]}")
            return fetch(f"{self.base}/healthz", timeout=2)[0] == 200

        wait_for(ready, timeout=90, what=f"app process {name}")

    def stop(self, sig=signal.SIGTERM):
        """Stopped with everything below it, even when it will not go."""
        below = descendants(self.process.pid) if self.alive() else []
        super().stop(sig)
        for pid in below:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def origin(body, x_cache):
    """ "varnish" for an answer Varnish made itself: its built-in error page
    ("Guru Meditation"), or anything that skipped vcl_deliver, which marks
    every delivered object with X-Cache; "app" otherwise."""
    if b"Guru Meditation" in body or not x_cache:
        return "varnish"
    return "app"


@dataclass
class Sample:
    kind: str  # "cached" or "uncached"
    sent: float  # time.monotonic()
    status: int  # 0: no answer
    origin: str  # "app", "varnish" or "socket"
    x_cache: str | None
    retry_after: str | None


class Prober(threading.Thread):
    """Asks Varnish every ``interval`` s for a never-cached and a cached URL."""

    def __init__(self, port, cached, uncached, interval=0.05):
        super().__init__(daemon=True)
        self.port, self.cached, self.uncached = port, cached, uncached
        self.interval = interval
        self.samples = []
        self.stopping = threading.Event()
        self.run_id = uuid.uuid4().hex[:6]

    def ask(self, kind, path):
        sent = time.monotonic()
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
        except OSError:
            return Sample(kind, sent, 0, "socket", None, None)
        finally:
            connection.close()
        return Sample(
            kind,
            sent,
            response.status,
            origin(body, response.getheader("X-Cache")),
            response.getheader("X-Cache"),
            response.getheader("Retry-After"),
        )

    def run(self):
        """One pair of requests every ``interval`` s, each in a thread of its
        own: a slow answer does not delay the next probe."""
        n = 0
        with ThreadPoolExecutor(max_workers=64) as pool:
            while not self.stopping.is_set():
                started = time.monotonic()
                n += 1
                sep = "&" if "?" in self.uncached else "?"
                uncached = f"{self.uncached}{sep}probe={self.run_id}-{n}"
                for kind, path in (("uncached", uncached), ("cached", self.cached)):
                    pool.submit(
                        lambda k=kind, p=path: self.samples.append(self.ask(k, p))
                    )
                self.stopping.wait(
                    max(0.0, self.interval - (time.monotonic() - started))
                )

    def recovery(self, since):
        """Seconds from ``since`` to the first of 10 consecutive 200s on the
        never-cached URL (by the time each was sent); None if none yet."""
        row = sorted(
            (s for s in self.samples if s.kind == "uncached" and s.sent >= since),
            key=lambda s: s.sent,
        )
        for i in range(len(row) - 9):
            if all(s.status == 200 for s in row[i : i + 10]):
                return row[i].sent - since
        return None

    def stop(self):
        self.stopping.set()
        self.join(timeout=15)


@dataclass
class Result:
    scenario: str
    label: str
    requests: int = 0
    rps: float = 0.0
    uncached_rps: float = 0.0  # answers to the uncached half of the connections
    p99_ms: float = 0.0
    # "kind status origin" -> count, e.g. "uncached 503 varnish": 12
    errors: dict = field(default_factory=dict)
    socket_errors: int = 0
    socket_by: dict = field(default_factory=dict)  # connect, read, write, timeout
    recovery_s: float | None = None
    cached_200_in_fault: bool | None = None
    problems: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    samples: list = field(default_factory=list, repr=False)

    def errors_by(self):
        """{"503 varnish": n, …}: cached and uncached together."""
        merged = {}
        for key, count in self.errors.items():
            _kind, rest = key.split(" ", 1)
            merged[rest] = merged.get(rest, 0) + count
        return dict(sorted(merged.items()))

    def error_count(self, origin=None):
        return sum(
            count
            for key, count in self.errors.items()
            if origin is None or key.endswith(" " + origin)
        )


class FaultDrill:
    """The stack of the drill (started by :meth:`start`, stopped by
    :meth:`close`, also after a failure) and :meth:`run` per scenario."""

    def __init__(self, folder, root=ROOT, duration=9.0, connections=64, say=None):
        self.folder = Path(folder)
        self.root = Path(root).resolve()
        self.duration = duration
        self.connections = connections
        self.fault_at = max(2.0, duration * 0.2)
        self.outage = max(3.0, duration * 0.3)
        self.say = say or (lambda message: None)
        self.postgres = self.redis = self.varnish = None
        self.apps = []

    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc):
        self.close()

    # -- the stack -------------------------------------------------------------

    def manage(self, *args):
        result = subprocess.run(
            [sys.executable, str(self.root / "manage.py"), *args],
            env={**self.env, "PYTHONPATH": str(self.root)},
            cwd=self.root,
            capture_output=True,
            text=True,
        )
        if result.returncode:
            raise AssertionError(
                f"manage.py {args[0]} failed:\n"
                f"{result.stdout[-2000:]}{result.stderr[-4000:]}"
            )
        return result.stdout

    def start(self):
        for program in ("wrk", "varnishd", "redis-server"):
            if not (shutil.which(program) or Path("/usr/sbin", program).exists()):
                raise FileNotFoundError(f"{program} is not installed")
        self.postgres = PostgresCluster(self.folder)
        self.redis = RedisServer.__new__(RedisServer)  # close() stops it
        self.redis.__init__(self.folder)
        run = self.folder / "run"  # the processes' gunicorn control sockets
        run.mkdir(mode=0o700, exist_ok=True)
        varnish_port = free_port()
        self.env = site_env(
            self.folder,
            self.postgres.url,
            CACHE_URL=self.redis.url,
            FRONTEND_CACHE_URL=f"http://127.0.0.1:{varnish_port}",
            SEARCH_RATE="1000000/m",
            XDG_RUNTIME_DIR=str(run),
        )
        self.say("site: migrate, load_demo --articles 40, collectstatic")
        self.manage("migrate", "--no-input")
        self.manage("load_demo", "--articles", "40", "--verbosity", "0")
        self.manage("collectstatic", "--no-input", "--verbosity", "0")
        self.facts = json.loads(
            self.manage("shell", "-c", SETUP).strip().splitlines()[-1]
        )
        self.say("two app processes, Varnish")
        for n in (1, 2):
            self.apps.append(AppProcess.__new__(AppProcess))  # close() stops it
            self.apps[-1].__init__(self.root, self.env, self.folder, f"app-{n}")
        ports = [app.port for app in self.apps]
        if (self.root / "deploy" / "varnish" / "backends.vcl").exists():
            vcl = (self.root / "deploy" / "varnish" / "hejnal.vcl").read_text()
            (self.folder / "backends.vcl").write_text(backends_of(self.root, ports))
        else:
            vcl = director_vcl(self.root, ports)
        self.varnish = Varnish.__new__(Varnish)  # close() stops it
        self.varnish.__init__(self.folder, port=varnish_port, vcl_text=vcl)
        articles = self.facts["articles"]
        self.cached = [*self.facts["homes"], *self.facts["categories"], *articles[:6]]
        self.uncached = [
            *self.cached,
            *(f"/pl/search/?q={quote_plus(q)}" for q in SEARCHES),
            *(f"/api/search/?q={quote_plus(q)}&locale=pl" for q in SEARCHES),
        ]
        self.probe_cached, self.probe_uncached = articles[6], articles[7]
        self.warm()
        self.say("warm-up: 3 s of load, not measured")
        self.wrk(3, "warmup")

    def close(self):
        for process in (self.varnish, *self.apps, self.redis):
            if process is not None:
                with contextlib.suppress(Exception):
                    process.stop()
        if self.postgres is not None:
            with contextlib.suppress(AssertionError):  # already stopped
                self.postgres.stop()
            self.postgres.remove()

    def warm(self):
        """Every cached page fetched until Varnish has it (a HIT)."""
        for path in [*self.cached, self.probe_cached]:
            status = fetch(self.varnish.base + path, timeout=30)[0]
            if status != 200:
                raise AssertionError(f"{path} answered {status} while warming")
            fetch(self.varnish.base + path, timeout=30)

    def settle(self):
        """Both processes up and ready, and Varnish's probes agree."""
        for app in self.apps:
            wait_for(
                lambda app=app: fetch(app.base + "/readyz", timeout=5)[0] == 200,
                timeout=60,
                what=f"{app.base}/readyz",
            )
        wait_for(self.all_healthy, timeout=30, what="Varnish's backends healthy")

    def all_healthy(self):
        listing = subprocess.run(
            ["varnishadm", "-n", str(self.varnish.workdir), "backend.list"],
            capture_output=True,
            text=True,
        ).stdout
        rows = [line for line in listing.splitlines()[1:] if line.strip()]
        return rows and not any("sick" in row for row in rows)

    def wrk(self, duration, run_id):
        return subprocess.Popen(
            [
                "wrk",
                "--threads",
                "2",
                "--connections",
                str(self.connections),
                "--duration",
                f"{duration:g}s",
                "--timeout",
                f"{TIMEOUT}s",
                "--script",
                str(LUA),
                self.varnish.base + self.cached[0],
            ],
            env={
                **os.environ,
                "HEJNAL_FAULT_CACHED": "\n".join(self.cached),
                "HEJNAL_FAULT_UNCACHED": "\n".join(self.uncached),
                "HEJNAL_FAULT_RUN": run_id,
            },
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    # -- the faults --------------------------------------------------------------

    def inject(self, scenario, editor):
        """The fault; returns the time it ended (the fault is over once the
        server is back), or None when there is none."""
        first = self.apps[0]
        if scenario == "worker":
            workers = gunicorn_workers(first.process.pid)
            assert workers, "no gunicorn worker found under process 1"
            os.kill(workers[0], signal.SIGKILL)
            return time.monotonic()
        if scenario == "process":
            kill_tree(first.process.pid)
            first.stop()
            time.sleep(1)
            # Kept before it is up, so that close() stops it whatever happens.
            self.apps[0] = again = AppProcess.__new__(AppProcess)
            again.__init__(self.root, self.env, self.folder, "app-1-again", first.port)
            return time.monotonic()
        if scenario == "redis":
            port = self.redis.port
            self.redis.stop(signal.SIGKILL)
            time.sleep(self.outage)
            self.redis = again = RedisServer.__new__(RedisServer)
            again.__init__(self.folder, port=port)
            return time.monotonic()
        if scenario == "postgres":
            self.postgres.stop()
            ends = time.monotonic() + self.outage
            time.sleep(0.5)
            editor.publish_during_outage()
            time.sleep(max(0.0, ends - time.monotonic()))
            self.postgres.start()
            return time.monotonic()
        return None

    # -- one run -------------------------------------------------------------------

    def run(self, scenario):
        result = Result(scenario, SCENARIOS[scenario])
        self.settle()
        self.warm()
        editor = Editor(self) if scenario == "postgres" else None
        prober = Prober(self.varnish.port, self.probe_cached, self.probe_uncached)
        run_id = uuid.uuid4().hex[:6]
        self.say(f"{result.label}: {self.duration:g} s of load")
        prober.start()
        load = self.wrk(self.duration, run_id)
        fault_start = fault_end = None
        try:
            time.sleep(self.fault_at)
            fault_start = time.monotonic()
            fault_end = self.inject(scenario, editor)
            output, errors = load.communicate(timeout=self.duration + 60)
            if fault_end is not None:
                # Probes go on until the site is back (or 15 s have passed).
                deadline = fault_end + 15
                while (
                    prober.recovery(fault_end) is None and time.monotonic() < deadline
                ):
                    time.sleep(0.2)
        finally:
            prober.stop()
            if load.poll() is None:
                load.kill()
                load.wait()
        lines = [x for x in output.splitlines() if x.startswith("HEJNAL_RESULT ")]
        if not lines:
            raise AssertionError(f"wrk gave no result:\n{output}\n{errors}")
        raw = json.loads(lines[0].removeprefix("HEJNAL_RESULT "))
        result.requests = raw["requests"]
        result.rps = raw["requests"] / (raw["duration_us"] / 1e6)
        result.p99_ms = raw["p99_us"] / 1000
        result.errors = raw["errors"]
        result.uncached_rps = raw["uncached"] / (raw["duration_us"] / 1e6)
        result.socket_by = {
            k: raw[k] for k in ("connect", "read", "write", "timeout") if raw[k]
        }
        result.socket_errors = sum(result.socket_by.values())
        result.samples = prober.samples
        if fault_end is not None:
            result.recovery_s = prober.recovery(fault_end)
            during = [
                s
                for s in prober.samples
                if s.kind == "cached" and fault_start <= s.sent <= fault_end
            ]
            result.cached_200_in_fault = all(s.status == 200 for s in during)
        result.problems = self.problems(result, fault_end)
        if editor is not None:
            result.problems += editor.problems()
            result.notes += editor.notes
        return result

    def problems(self, result, fault_end):
        """What went against the promises in this run."""
        name, found = result.label, []
        samples = result.samples
        varnish = {k: v for k, v in result.errors.items() if k.endswith(" varnish")}
        probed = [s for s in samples if s.origin == "varnish"]
        if varnish or probed:
            found.append(
                f"{name}: Varnish-generated errors while an app process lives: "
                f"{varnish or ''} {len(probed)} of the prober's answers"
            )
        if result.socket_errors:
            found.append(f"{name}: socket errors {result.socket_by}")
        if fault_end is not None and result.recovery_s is None:
            found.append(f"{name}: no 10 consecutive 200s within 15 s of the fault")
        if result.scenario != "postgres":
            if result.errors:
                found.append(f"{name}: errors under load: {result.errors}")
            bad = sorted(
                {(s.kind, s.status, s.origin) for s in samples if s.status != 200}
            )
            if bad:
                found.append(f"{name}: the prober got {bad}")
            return found
        # The database down: cached pages stale, the rest the app's branded 503.
        cached = {k: v for k, v in result.errors.items() if k.startswith("cached ")}
        if cached:
            found.append(f"{name}: cached pages answered errors: {cached}")
        if any(s.status != 200 for s in samples if s.kind == "cached"):
            found.append(f"{name}: the cached URL was not 200 throughout")
        others = {
            k: v
            for k, v in result.errors.items()
            if k.startswith("uncached ") and k != "uncached 503 app"
        }
        if others:
            found.append(f"{name}: never-cached pages got other errors: {others}")
        failed = [s for s in samples if s.kind == "uncached" and s.status != 200]
        if not failed and not result.errors:
            found.append(f"{name}: the outage was not seen (no 503 at all)")
        unbranded = [
            (s.status, s.origin, s.retry_after)
            for s in failed
            if (s.status, s.origin) != (503, "app") or not s.retry_after
        ]
        if unbranded:
            found.append(
                f"{name}: never-cached URL answered other than the app's 503 with "
                f"Retry-After: {sorted(set(unbranded), key=str)}"
            )
        if result.recovery_s is not None and result.recovery_s > 2.0:
            found.append(
                f"{name}: recovered {result.recovery_s:.1f} s after the database "
                "was back (promised: within 2 s)"
            )
        return found


class Editor:
    """An editor who opens the publish form before the database goes down and
    sends it during the outage; afterwards the page is published or not, never
    half."""

    def __init__(self, drill):
        self.drill = drill
        self.pk, self.url = drill.facts["draft"], drill.facts["draft_url"]
        self.path = f"/admin/bulk/wagtailcore/page/publish/?id={self.pk}"
        self.notes, self.answer = [], None
        self.before = self.state()
        self.session = editor_session(drill.varnish.base)
        form = self.session.get(self.path)
        assert form.status_code == 200, form.status_code
        self.token = CSRF_FIELD.search(form.text).group(1)

    def state(self):
        return json.loads(
            self.drill.manage("shell", "-c", PAGE_STATE.format(pk=self.pk))
            .strip()
            .splitlines()[-1]
        )

    def publish_during_outage(self):
        try:
            response = self.session.post(self.path, {"csrfmiddlewaretoken": self.token})
        except OSError as error:  # requests' errors are OSErrors
            self.answer = (0, type(error).__name__, None)
            return
        self.answer = (
            response.status_code,
            origin(response.content, response.headers.get("X-Cache")),
            response.headers.get("Retry-After"),
        )

    def problems(self):
        found = []
        status, origin, retry_after = self.answer or (None, None, None)
        self.notes.append(
            f"editor's publish during the outage: {status} from {origin}"
            f"{', Retry-After ' + retry_after if retry_after else ''}"
        )
        if (status, origin) != (503, "app") or not retry_after:
            found.append(
                "PostgreSQL stopped: the editor's publish during the outage got "
                f"{status} from {origin} (expected the app's 503 with Retry-After)"
            )
        after = self.state()
        page = fetch(self.drill.apps[1].base + self.url)[0]
        complete = (
            after["live"]
            and not after["has_unpublished_changes"]
            and after["live_revision"] == after["latest_revision"]
            and after["first_published"]
            and page == 200
        )
        absent = (
            not after["live"]
            and after["live_revision"] is None
            and after["revisions"] == self.before["revisions"]
            and not after["first_published"]
            and page == 404
        )
        self.notes.append(
            f"after recovery the page is {'published' if complete else 'a draft'}"
            f" ({after['revisions']} revision(s), served {page})"
        )
        if not (complete or absent):
            found.append(
                "PostgreSQL stopped: the page is half written after the outage: "
                f"{after} (before {self.before}), served {page}"
            )
        return found
