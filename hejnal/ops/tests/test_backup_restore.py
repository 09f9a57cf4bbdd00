"""backup and restore bring back a site that renders identically.

Runs the real commands in separate processes against a database of their own
(a SQLite file, or a fresh PostgreSQL database when the suite runs on
PostgreSQL), so nothing here touches the test database.
"""

import hashlib
import os
import re
import tarfile
from pathlib import Path

import pytest

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


# Where a backup goes: the README's `backup /var/backups/hejnal/`, and no
# silent overwrite.

BACKUP_NAME = re.compile(r"hejnal-\d{8}-\d{6}\.tar")


def written_file(stdout):
    """The file and size (bytes) the backup command says it wrote."""
    match = re.search(r"Backup written to (\S+) \(.*?, (\d+) bytes\)", stdout)
    assert match, stdout
    return Path(match[1]), int(match[2])


def test_backup_into_a_new_folder_ending_with_a_slash_creates_it(demo_site, tmp_path):
    folder = tmp_path / "var" / "backups" / "hejnal"
    result = manage(demo_site, "backup", f"{folder}{os.sep}", "--verbosity", "0")
    written, size = written_file(result.stdout)
    assert folder.is_dir()
    assert written.parent == folder and BACKUP_NAME.fullmatch(written.name)
    assert written.stat().st_size == size
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [written.name]
    with tarfile.open(written) as tar:
        assert "manifest.json" in tar.getnames()

    # An existing folder, named without the slash, is a folder too.
    again = manage(demo_site, "backup", str(folder), "--verbosity", "0")
    assert written_file(again.stdout)[0].parent == folder


def test_backup_never_overwrites_a_file_without_force(demo_site, tmp_path):
    target = tmp_path / "nightly.tar"
    target.write_bytes(b"yesterday's backup")
    result = manage(demo_site, "backup", str(target), "--verbosity", "0", check=False)
    assert result.returncode != 0
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert "Traceback" not in result.stderr
    assert target.read_bytes() == b"yesterday's backup"
    assert [p.name for p in tmp_path.iterdir()] == ["nightly.tar"]

    result = manage(demo_site, "backup", str(target), "--force", "--verbosity", "0")
    assert written_file(result.stdout) == (target, target.stat().st_size)
    assert tarfile.is_tarfile(target)


# restore refuses anything that is not a complete Hejnał backup, and then the
# site (database and media) is exactly as before.


@pytest.fixture(scope="module")
def good_backup(demo_site, tmp_path_factory):
    path = tmp_path_factory.mktemp("good-backup") / "site.tar"
    manage(demo_site, "backup", str(path), "--verbosity", "0")
    return path


def without_manifest(good, path):
    with tarfile.open(good) as source, tarfile.open(path, "w") as target:
        for member in source.getmembers():
            if member.name != "manifest.json":
                target.addfile(member, source.extractfile(member))


def cut_in_a_media_file(good, path):
    with tarfile.open(good) as tar:
        media = [m for m in tar.getmembers() if m.name.startswith("media/")]
        big = max((m for m in media if m.isfile()), key=lambda m: m.size)
    path.write_bytes(good.read_bytes()[: big.offset_data + big.size // 2])


def cut_before_the_media(good, path):
    # Ends on a header boundary: tarfile reads it as a shorter, valid archive.
    with tarfile.open(good) as tar:
        first = next(m for m in tar.getmembers() if m.name.startswith("media/"))
    path.write_bytes(good.read_bytes()[: first.offset])


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (without_manifest, "is not a Hejnał backup"),
        (cut_in_a_media_file, "damaged or truncated"),
        (cut_before_the_media, "incomplete"),
    ],
)
def test_restore_refuses_what_is_not_a_complete_backup_and_changes_nothing(
    demo_site, good_backup, tmp_path, damage, message
):
    bad = tmp_path / "bad.tar"
    damage(good_backup, bad)
    before_media = media_digest(demo_site["MEDIA_ROOT"])
    before_pages = render(demo_site)
    result = manage(demo_site, "restore", str(bad), "--no-input", check=False)
    assert result.returncode != 0
    assert message in result.stderr and "Traceback" not in result.stderr
    assert media_digest(demo_site["MEDIA_ROOT"]) == before_media
    assert render(demo_site) == before_pages
    media_root = Path(demo_site["MEDIA_ROOT"])
    assert not media_root.with_name("media.restoring").exists()
