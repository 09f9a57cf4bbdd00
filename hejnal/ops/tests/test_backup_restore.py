"""backup and restore bring back a site that renders identically.

Runs the real commands in separate processes against a database of their own
(a SQLite file, or a fresh PostgreSQL database when the suite runs on
PostgreSQL), so nothing here touches the test database.
"""

import hashlib
import json
import os
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[3]

RENDER = """
import hashlib, json
from django.test import Client
from wagtail.models import Page
client = Client()
pages = list(Page.objects.live().filter(depth__gte=2).order_by("path")[:60])
print(json.dumps({
    p.url: hashlib.sha256(client.get(p.url).content).hexdigest() for p in pages
}))
"""


def manage(env, *args, check=True):
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=check,
    )


def render(env):
    output = manage(env, "shell", "-c", RENDER).stdout.strip().splitlines()[-1]
    return json.loads(output)


def media_digest(folder):
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(Path(folder).rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def site_env(tmp_path_factory):
    """One migrated demo site for the module; every test leaves it as it was."""
    tmp_path = tmp_path_factory.mktemp("backup-site")
    url = os.environ.get("DATABASE_URL", "")
    cleanup = None
    if url.startswith("postgres"):
        import psycopg

        name = f"hejnal_backup_{uuid.uuid4().hex[:8]}"
        parts = urlsplit(url)
        admin_url = urlunsplit(parts._replace(path="/postgres"))
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        database_url = urlunsplit(parts._replace(path=f"/{name}"))

        def cleanup():
            with psycopg.connect(admin_url, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        database_url = f"sqlite:///{tmp_path / 'site.sqlite3'}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hejnal.settings.dev",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(tmp_path / "media"),
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    manage(env, "migrate", "--no-input")
    manage(env, "load_demo", "--articles", "40", "--verbosity", "0")
    yield env
    if cleanup:
        cleanup()


def test_round_trip_restores_a_site_that_renders_identically(site_env, tmp_path):
    before_pages = render(site_env)
    before_media = media_digest(site_env["MEDIA_ROOT"])
    archive = tmp_path / "backup.tar"
    result = manage(site_env, "backup", str(archive))
    assert "Backup written" in result.stdout
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert "manifest.json" in names
    assert any(n.startswith("media/") for n in names)

    # Lose content and a file, then bring everything back.
    manage(
        site_env,
        "shell",
        "-c",
        "from hejnal.news.models import ArticlePage; "
        "[a.delete() for a in ArticlePage.objects.all()[:5]]",
    )
    victim = next(Path(site_env["MEDIA_ROOT"]).rglob("*.jpg"))
    victim.unlink()
    assert render(site_env) != before_pages

    result = manage(site_env, "restore", str(archive), "--no-input")
    assert "Restored" in result.stdout
    assert render(site_env) == before_pages
    assert media_digest(site_env["MEDIA_ROOT"]) == before_media


def test_restore_refuses_a_file_that_is_not_a_backup(site_env, tmp_path):
    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"not a tar file at all")
    before = render(site_env)
    result = manage(site_env, "restore", str(junk), "--no-input", check=False)
    assert result.returncode != 0
    assert "not a Hejnał backup" in result.stderr
    assert render(site_env) == before


def test_restore_refuses_paths_outside_the_backup(site_env, tmp_path):
    evil = tmp_path / "evil.tar"
    payload = tmp_path / "payload.txt"
    payload.write_text("x")
    with tarfile.open(evil, "w") as tar:
        tar.add(payload, arcname="../../escaped.txt")
    result = manage(site_env, "restore", str(evil), "--no-input", check=False)
    assert result.returncode != 0
    assert "unsafe path" in result.stderr
    assert not (tmp_path.parent / "escaped.txt").exists()
