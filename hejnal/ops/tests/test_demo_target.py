"""``make demo`` serves the product as deployed.

The commands are the Makefile's own (``make -n demo``), run one by one on a
database, media and static folder of the test's: migrate, load the demo,
collect static files, then ``manage.py serve``. The site it serves has DEBUG
off (the site's own 404 page), compressed static files with a year's
lifetime, the publishing scheduler running beside gunicorn, and names
``http://127.0.0.1:PORT`` in its absolute URLs.
"""

import gzip
import json
import os
import re
import shlex
import subprocess

import pytest
import requests

from hejnal.ops.testing import ROOT, Process, fetch, free_port, in_sqlite_pass, wait_for

pytestmark = in_sqlite_pass

SCHEDULE = """
import datetime, json
from django.utils import timezone
from hejnal.news.factories import ArticlePageFactory
from hejnal.news.models import NewsCategoryPage
category = NewsCategoryPage.objects.live().filter(locale__language_code="en").first()
page = ArticlePageFactory(
    parent=category, title="Scheduled in the demo", slug="scheduled-in-the-demo"
)
page.go_live_at = timezone.now() + datetime.timedelta(seconds=2)
page.save_revision().publish()
page.refresh_from_db()
print(json.dumps({"url": page.url, "live": page.live}))
"""


def demo_commands(port):
    """The shell lines ``make demo`` runs, for ``port``, minus the echo."""
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", "demo", f"PORT={port}", "ARTICLES=12"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in result.stdout.splitlines() if "manage.py" in line]


def manage_line(line, *args):
    """``line`` (one of make's) with other arguments for manage.py."""
    words = shlex.split(line)
    return shlex.join([*words[: words.index("manage.py") + 1], *args])


def run(line, env):
    result = subprocess.run(
        line, shell=True, cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, f"{line}\n{result.stdout[-2000:]}{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("make-demo")
    port = free_port()
    commands = demo_commands(port)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key not in ("SITE_ORIGIN", "SECRET_KEY")
    }
    env.update(
        DATABASE_URL=f"sqlite:///{folder / 'db.sqlite3'}",
        MEDIA_ROOT=str(folder / "media"),
        STATIC_ROOT=str(folder / "static"),
    )
    *prepare, serve = commands
    for line in prepare:
        run(line, env)
    # env(1) applies make's VAR=value words, then becomes manage.py serve.
    server = Process(["env", *shlex.split(serve)], folder / "serve.log", env)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(
            lambda: server.alive() and fetch(f"{base}/healthz", timeout=2)[0] == 200,
            timeout=120,
            what="make demo's server",
        )
        yield {
            "base": base,
            "commands": commands,
            "env": env,
            "server": server,
        }
    finally:
        server.stop()


def test_the_demo_target_runs_the_deployed_stack(demo):
    commands = demo["commands"]
    origin = demo["base"]
    for line in commands:
        words = shlex.split(line)
        assert "DJANGO_SETTINGS_MODULE=hejnal.settings.demo" in words, line
        assert f"SITE_ORIGIN={origin}" in words, line
    steps = [line.split("manage.py ")[1].split()[0] for line in commands]
    assert steps == ["migrate", "load_demo", "collectstatic", "serve"]
    serve = shlex.split(commands[-1])
    assert "--no-scheduler" not in serve and "--scheduler-only" not in serve
    log = demo["server"].log()
    assert "Scheduled publishing every" in log, log
    assert "gunicorn" in log.lower(), log


def test_a_missing_page_is_the_sites_own_404(demo):
    for path, language in (("/en/no-such-page/", "en"), ("/ar/nothing-here/", "ar")):
        status, headers, body = fetch(demo["base"] + path)
        text = body.decode()
        assert status == 404
        assert f'<html lang="{language}"' in text
        assert 'rel="stylesheet" href="/static/css/site.' in text
        # Not Django's technical page (DEBUG on).
        assert "Django tried these URL patterns" not in text
        assert "Using the URLconf" not in text
        assert "DEBUG = True" not in text


def test_static_files_are_compressed_and_kept_for_a_year(demo):
    _status, _headers, body = fetch(demo["base"] + "/en/")
    stylesheet = re.search(
        r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', body.decode()
    )
    assert stylesheet, "no hashed stylesheet: collectstatic's manifest is not used"
    url = demo["base"] + stylesheet.group(1)
    status, headers, compressed = fetch(url, headers={"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in headers["Vary"]
    max_age = int(re.search(r"max-age=(\d+)", headers["Cache-Control"]).group(1))
    assert max_age >= 365 * 24 * 3600, headers["Cache-Control"]
    _status, _headers, plain = fetch(url)
    assert gzip.decompress(compressed) == plain
    assert len(compressed) < len(plain) / 2


def test_a_scheduled_page_goes_live_while_the_demo_serves(demo):
    line = manage_line(demo["commands"][0], "shell", "-c", SCHEDULE)
    output = run(line, demo["env"])
    scheduled = json.loads(output.strip().splitlines()[-1])
    assert not scheduled["live"], "scheduled, not published yet"
    url = demo["base"] + scheduled["url"]
    assert fetch(url)[0] == 404
    # serve checks every 15 s: the page is live at the first check after 2 s.
    wait_for(lambda: fetch(url)[0] == 200, timeout=60, interval=1, what="the page")


def test_absolute_urls_name_the_demo_origin(demo):
    base = demo["base"]
    _status, _headers, body = fetch(base + "/en/")
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', body.decode())
    assert canonical.group(1) == f"{base}/en/"
    status, _headers, body = fetch(base + "/api/v2/pages/?type=pages.HomePage")
    assert status == 200
    items = json.loads(body)["items"]
    assert items
    for item in items:
        assert item["meta"]["html_url"].startswith(base + "/")
        assert item["meta"]["detail_url"].startswith(base + "/api/v2/pages/")
    _status, _headers, body = fetch(base + "/robots.txt")
    assert f"Sitemap: {base}/sitemap.xml" in body.decode()


def test_the_demo_admin_signs_in_over_plain_http(demo):
    """The demo's logins work at its http:// origin (no secure-only cookies)."""

    session = requests.Session()
    login = demo["base"] + "/admin/login/"
    form = session.get(login, timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)
    assert form.status_code == 200 and token
    response = session.post(
        login,
        data={
            "csrfmiddlewaretoken": token.group(1),
            "username": "admin",
            "password": "hejnal-demo",
            "next": "/admin/",
        },
        headers={"Referer": login, "Origin": demo["base"]},
        timeout=30,
        allow_redirects=False,
    )
    assert response.status_code == 302, response.text[:500]
    dashboard = session.get(demo["base"] + "/admin/", timeout=30)
    assert dashboard.status_code == 200
    assert "wagtail" in dashboard.text.lower()
