"""A real server with the demo site and a real Chromium, for front-end tests.

The server is a separate process of this project (production settings, DEBUG
off, static files through whitenoise) on its own SQLite file with demo content.
Tests skip with a clear message where Chromium or axe-core is not installed.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[4]
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or ""
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SITE_ARTICLES = 150
LANGUAGES = ["pl", "en", "de", "uk", "ar"]
# Every page type the demo creates, in every language; the directory types
# (hejnal.directory) list entries in tables, filters and a server-drawn map.
PAGE_TYPES = [
    "HomePage",
    "SectionPage",
    "StandardPage",
    "NewsCategoryPage",
    "ArticlePage",
    "AccessibilityStatementPage",
    "NationalDayCalendarPage",
    "PartnerCityIndexPage",
    "ConsulateIndexPage",
    "CountryIndexPage",
    "CountryPage",
]

URL_SCRIPT = """
import json
from wagtail.models import Page
from hejnal.news.models import ArticlePage
found = {}
for page in Page.objects.live().filter(depth__gte=2).specific().order_by("path"):
    key = (type(page).__name__, page.locale.language_code)
    found.setdefault("%s:%s" % key, page.url)
print(json.dumps(found))
"""

# Pages with third-party videos for the consent tests; the demo has none. They
# sit below a standard page, so no menu or listing another test reads changes.
EMBED_SCRIPT = """
import json
from hejnal.pages.models import StandardPage
TITLES = {
    "en": ("Videos from the tower", "The bugle call", "The market square", "One video"),
    "ar": ("مقاطع من البرج", "لحن البوق", "ساحة السوق", "مقطع واحد"),
}
VIDEOS = {
    "two": ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://vimeo.com/76979871"],
    "one": ["https://youtu.be/aqz-KE-bpKQ"],
}
found = {}
for language, (two, first, second, one) in TITLES.items():
    parent = (
        StandardPage.objects.live()
        .filter(locale__language_code=language)
        .order_by("path")
        .first()
    )
    for key, title, names in [("two", two, [first, second]), ("one", one, [one])]:
        slug = "embeds-" + key
        page = parent.get_children().filter(slug=slug).first()
        if page is None:
            body = [
                ("video", {"url": url, "title": name, "has_captions": True})
                for url, name in zip(VIDEOS[key], names)
            ]
            page = StandardPage(title=title, slug=slug, body=body)
            parent.add_child(instance=page)
            page.save_revision().publish()
        found["%s:%s" % (key, language)] = page.url
print(json.dumps(found))
"""


# The browser suite serves its own SQLite site whatever DATABASE_URL says, so a
# second run on PostgreSQL would test the same thing twice: CI runs it once.
ON_POSTGRES = os.environ.get("DATABASE_URL", "").startswith("postgres")


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)
            if ON_POSTGRES:
                item.add_marker(
                    pytest.mark.skip(
                        reason="browser tests serve their own SQLite site: "
                        "they run in the SQLite pass"
                    )
                )


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(env, *args):
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    if not CHROMIUM or not Path(CHROMIUM).exists():
        pytest.skip(
            "Chromium is not installed (apt-get install chromium): "
            "browser tests skipped"
        )
    folder = tmp_path_factory.mktemp("live-site")
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hejnal.settings.production",
        "DATABASE_URL": f"sqlite:///{folder / 'site.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "STATIC_ROOT": str(folder / "static"),
        "SERVE_MEDIA": "1",
        "SECRET_KEY": "browser-tests-only",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_ORIGIN": f"http://127.0.0.1:{port}",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "CACHE_URL": "locmemcache://browser",
        # Demo logins with the password alone, as in make demo.
        "TWO_FACTOR_REQUIRED": "off",
    }
    _manage(env, "migrate", "--no-input")
    _manage(env, "load_demo", "--articles", str(SITE_ARTICLES), "--verbosity", "0")
    _manage(env, "collectstatic", "--no-input", "--verbosity", "0")
    output = _manage(env, "shell", "-c", URL_SCRIPT).stdout
    urls = json.loads(output.strip().splitlines()[-1])
    output = _manage(env, "shell", "-c", EMBED_SCRIPT).stdout
    embeds = json.loads(output.strip().splitlines()[-1])
    # A file, not a pipe: nobody reads the log while tests run, and a full
    # pipe would block the server mid-suite.
    log = open(folder / "server.log", "w+b")  # noqa: SIM115
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
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    for _attempt in range(100):
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=1):
                break
        except OSError:
            if server.poll() is not None:
                log.seek(0)
                pytest.fail(f"server did not start: {log.read().decode()}")
            time.sleep(0.2)
    yield SimpleNamespace(base=base, urls=urls, embeds=embeds, env=env)
    server.terminate()
    server.wait(timeout=10)
    log.close()


@pytest.fixture(scope="session")
def browser(live_site):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        yield instance
        instance.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture(scope="session")
def axe_source():
    if not AXE_SCRIPT.exists():
        pytest.skip("axe-core is not installed (npm ci): accessibility tests skipped")
    return AXE_SCRIPT.read_text(encoding="utf-8")


def run_axe(page, axe_source):
    """What axe-core finds wrong on ``page``: its violations and the checks it
    could not decide ("incomplete", needs review), each as ``{kind, id,
    impact, help, nodes}``. An empty list is a pass: a page axe cannot judge
    is restructured until it can, not waved through."""
    # Evaluated through DevTools: an injected <script> would be refused by the
    # site's Content-Security-Policy, as any foreign inline script must be.
    page.evaluate(axe_source)
    return page.evaluate(
        """async () => {
            const result = await axe.run(document, {
                resultTypes: ['violations', 'incomplete'],
            });
            const describe = kind => rule => ({
                kind: kind, id: rule.id, impact: rule.impact, help: rule.help,
                nodes: rule.nodes.slice(0, 3).map(node => {
                    const reasons = [...node.any, ...node.all, ...node.none]
                        .map(check => check.message).filter(Boolean);
                    return node.target.join(' ') + (
                        reasons.length ? ' — ' + reasons.join('; ') : '');
                }),
            });
            return [
                ...result.violations.map(describe('violation')),
                ...result.incomplete.map(describe('needs review')),
            ];
        }"""
    )


REPORT_CSP_VIOLATIONS = """
document.addEventListener('securitypolicyviolation', event => console.error(
    'Content Security Policy violation: ' + event.effectiveDirective + ' '
    + event.blockedURI + ' ' + event.sourceFile + ':' + event.lineNumber
    + ' ' + event.sample));
"""


def collect_csp_violations(page):
    """A list that fills with every Content-Security-Policy violation the
    browser reports on ``page`` (blocked scripts, styles, frames…)."""
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    page.add_init_script(REPORT_CSP_VIOLATIONS)
    return violations
