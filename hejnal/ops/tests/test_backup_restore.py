"""backup and restore bring back a site that renders identically.

Runs the real commands in separate processes against a database of their own
(a SQLite file, or a fresh PostgreSQL database when the suite runs on
PostgreSQL), so nothing here touches the test database.
"""

import hashlib
import tarfile
from pathlib import Path

from hejnal.ops.testing import manage, render_pages


def render(env):
    return render_pages(env)


def media_digest(folder):
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(Path(folder).rglob("*"))
        if p.is_file()
    }


def test_round_trip_restores_a_site_that_renders_identically(demo_site, tmp_path):
    before_pages = render(demo_site)
    before_media = media_digest(demo_site["MEDIA_ROOT"])
    archive = tmp_path / "backup.tar"
    result = manage(demo_site, "backup", str(archive))
    assert "Backup written" in result.stdout
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert "manifest.json" in names
    assert any(n.startswith("media/") for n in names)

    # Lose content and a file, then bring everything back.
    manage(
        demo_site,
        "shell",
        "-c",
        "from hejnal.news.models import ArticlePage; "
        "[a.delete() for a in ArticlePage.objects.all()[:5]]",
    )
    victim = next(Path(demo_site["MEDIA_ROOT"]).rglob("*.jpg"))
    victim.unlink()
    assert render(demo_site) != before_pages

    result = manage(demo_site, "restore", str(archive), "--no-input")
    assert "Restored" in result.stdout
    assert render(demo_site) == before_pages
    assert media_digest(demo_site["MEDIA_ROOT"]) == before_media


def test_restore_refuses_a_file_that_is_not_a_backup(demo_site, tmp_path):
    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"not a tar file at all")
    before = render(demo_site)
    result = manage(demo_site, "restore", str(junk), "--no-input", check=False)
    assert result.returncode != 0
    assert "not a Hejnał backup" in result.stderr
    assert render(demo_site) == before


def test_restore_refuses_paths_outside_the_backup(demo_site, tmp_path):
    evil = tmp_path / "evil.tar"
    payload = tmp_path / "payload.txt"
    payload.write_text("x")
    with tarfile.open(evil, "w") as tar:
        tar.add(payload, arcname="../../escaped.txt")
    result = manage(demo_site, "restore", str(evil), "--no-input", check=False)
    assert result.returncode != 0
    assert "unsafe path" in result.stderr
    assert not (tmp_path.parent / "escaped.txt").exists()
