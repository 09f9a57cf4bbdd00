"""Consistent snapshots of the database and media, and bringing them back.

A backup is one ``.tar`` file holding ``manifest.json``, the database
(``database.sqlite3`` from SQLite's online backup API, or ``database.pgdump``
from ``pg_dump -Fc``) and ``media/``. It is written under a ``.partial`` name
and moved into place when complete, and never replaces a file unless asked.

Restoring reads and checks the whole archive first (the manifest, every file
the manifest counts, the database file itself), then copies local media beside
``MEDIA_ROOT``, restores the database in one step and swaps the media folder in
last, so a file that is not a complete backup, or a restore that fails, leaves
the site as it was.

Media on local disk are read and replaced as a folder. Any other storage (S3)
is read and written through Django's storage API, so one archive restores on
either, which also moves a site from disk to a bucket or back. There the media
are uploaded after the database came back, then files the snapshot does not
have are deleted; a restore that failed half-way can simply be run again.
"""

import json
import lzma
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import time
import zlib
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.files import File
from django.core.files.storage import FileSystemStorage, storages
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why."""


@dataclass
class Result:
    path: Path
    engine: str
    media_files: int
    size: int


def _engine():
    vendor = connection.vendor
    if vendor not in {"sqlite", "postgresql"}:
        raise BackupError(f"Backups of {vendor} databases are not supported.")
    return vendor


def _pg_env():
    db = settings.DATABASES["default"]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    args = []
    if db.get("HOST"):
        args += ["--host", str(db["HOST"])]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", str(db["USER"])]
    return env, args, connection.settings_dict["NAME"]


def _dump_database(engine, folder, progress):
    if engine == "sqlite":
        target = folder / "database.sqlite3"
        destination = sqlite3.connect(target)
        connection.ensure_connection()
        with destination:
            connection.connection.backup(
                destination,
                pages=1024,
                progress=lambda s, r, t: progress("db", t - r, t),
            )
        destination.close()
        return target
    env, args, name = _pg_env()
    target = folder / "database.pgdump"
    if not shutil.which("pg_dump"):
        raise BackupError(
            "pg_dump is not installed (apt-get install postgresql-client)."
        )
    subprocess.run(
        [
            "pg_dump",
            "--format=custom",
            "--no-owner",
            "--file",
            str(target),
            *args,
            name,
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    return target


def is_folder_target(path):
    """True when ``path`` names a folder to put a backup in: an existing folder,
    or a path that ends with a separator (``/var/backups/hejnal/``)."""
    text = os.fspath(path)
    separators = tuple(s for s in (os.sep, os.altsep) if s)
    return text.endswith(separators) or Path(text).is_dir()


def backup_target(path, now=None):
    """The file a backup of ``path`` is written to."""
    if is_folder_target(path):
        stamp = (now or timezone.now()).astimezone(UTC)
        return Path(path) / f"hejnal-{stamp:%Y%m%d-%H%M%S}.tar"
    return Path(path)


def backup(path, progress=lambda stage, done, total: None, force=False):
    """Write a backup to ``path`` (a file, or a folder to name one in).

    An existing file is replaced only with ``force``; the archive is written
    under a ``.partial`` name first and moved into place when complete.
    """
    engine = _engine()
    path = backup_target(path)
    if path.is_dir():
        raise BackupError(f"{path} is a folder; give a file name or end PATH with /.")
    if path.exists() and not force:
        raise BackupError(
            f"{path} already exists; nothing was written. "
            "Use --force to replace it, or give another name."
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"Cannot create the folder {path.parent}: {exc}") from exc
    storage = storages["default"]
    media_root = _local_root(storage)
    if media_root is not None:
        media = (
            [p for p in media_root.rglob("*") if p.is_file()]
            if media_root.exists()
            else []
        )
    else:
        media = _list_storage(storage)
    partial = path.with_name(path.name + ".partial")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            database = _dump_database(engine, folder, progress)
            manifest = {
                "format": FORMAT_VERSION,
                "engine": engine,
                "created_at": timezone.now().isoformat(),
                "media_files": len(media),
                "media_storage": storage.__class__.__name__,
            }
            (folder / "manifest.json").write_text(json.dumps(manifest, indent=2))
            with tarfile.open(partial, "w") as archive:
                archive.add(folder / "manifest.json", arcname=MANIFEST)
                archive.add(database, arcname=database.name)
                for done, file in enumerate(media, start=1):
                    if media_root is not None:
                        archive.add(
                            file, arcname=f"media/{file.relative_to(media_root)}"
                        )
                    else:
                        _add_stored_file(archive, storage, file)
                    progress("media", done, len(media))
        _move_into_place(partial, path, force)
    finally:
        partial.unlink(missing_ok=True)  # never leave a half-written backup
    return Result(
        path=path, engine=engine, media_files=len(media), size=path.stat().st_size
    )


def _move_into_place(partial, path, force):
    if force:
        partial.replace(path)
        return
    try:
        # A hard link fails if the name was taken meanwhile: never overwrite.
        os.link(partial, path)
    except FileExistsError as exc:
        raise BackupError(
            f"{path} appeared while the backup was written; nothing was replaced."
        ) from exc
    except OSError:  # a file system without hard links
        if path.exists():
            raise BackupError(f"{path} already exists; nothing was written.") from None
        partial.replace(path)


def _local_root(storage):
    """The folder of a storage on local disk, or None for any other storage."""
    if isinstance(storage, FileSystemStorage):
        return Path(storage.location)
    return None


def _stored_names(storage, folder=""):
    """Every file name in ``storage``, walking its folders."""
    folders, files = storage.listdir(folder)
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for sub in sorted(folders):
        yield from _stored_names(storage, f"{folder}/{sub}" if folder else sub)


def _list_storage(storage):
    try:
        return list(_stored_names(storage))
    except Exception as exc:  # botocore's errors are not OSErrors
        raise BackupError(
            _("Could not list the files in the media storage: %(error)s")
            % {"error": exc}
        ) from exc


def _add_stored_file(archive, storage, name):
    try:
        with storage.open(name, "rb") as source:
            info = tarfile.TarInfo(f"media/{name}")
            info.size = source.size
            info.mode = 0o644
            try:
                info.mtime = storage.get_modified_time(name).timestamp()
            except (NotImplementedError, OSError):
                info.mtime = time.time()
            archive.addfile(info, source)
    except Exception as exc:
        raise BackupError(
            _("Could not read %(name)s from the media storage: %(error)s")
            % {"name": name, "error": exc}
        ) from exc


def _safe_members(members):
    for member in members:
        target = Path(member.name)
        if target.is_absolute() or ".." in target.parts:
            raise BackupError(f"Refusing unsafe path in backup: {member.name}")
        if not (member.isfile() or member.isdir()):
            raise BackupError(f"Refusing link or device in backup: {member.name}")
        yield member


def _unpack(path, folder):
    """Extract the backup at ``path`` into ``folder`` and return its manifest,
    or raise BackupError saying why it is not a complete Hejnał backup. Nothing
    outside ``folder`` is touched."""
    not_ours = f"{path} is not a Hejnał backup"
    try:
        if not tarfile.is_tarfile(path):
            raise BackupError(f"{not_ours}: it is not a tar archive.")
        with tarfile.open(path, "r") as archive:
            members = list(_safe_members(archive.getmembers()))
            if MANIFEST not in {m.name for m in members}:
                raise BackupError(f"{not_ours}: it has no {MANIFEST}.")
            archive.extractall(folder, members=members, filter="data")
    except (tarfile.TarError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise BackupError(
            f"{path} is damaged or truncated ({exc}); nothing was restored."
        ) from exc
    except OSError as exc:
        raise BackupError(f"Cannot read {path}: {exc}") from exc
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError) as exc:
        raise BackupError(f"{not_ours}: its {MANIFEST} is unreadable.") from exc
    if not isinstance(manifest, dict) or "format" not in manifest:
        raise BackupError(f"{not_ours}: its {MANIFEST} is not a backup's.")
    if manifest["format"] != FORMAT_VERSION:
        raise BackupError(f"Unknown backup format {manifest['format']!r}.")
    database = DATABASE_FILES.get(manifest.get("engine"))
    if database is None or not (folder / database).is_file():
        raise BackupError(
            f"{path} is incomplete (no database in it); nothing was restored."
        )
    media = folder / "media"
    found = sum(1 for p in media.rglob("*") if p.is_file()) if media.exists() else 0
    if found != manifest.get("media_files", found):
        raise BackupError(
            f"{path} is incomplete ({found} of {manifest['media_files']} media "
            "files); nothing was restored."
        )
    return manifest


def _check_database(engine, folder):
    """Refuse a damaged database file before the site's database is touched."""
    if engine == "sqlite":
        try:
            database = (folder / DATABASE_FILES[engine]).as_uri()
            source = sqlite3.connect(f"{database}?mode=ro", uri=True)
            try:
                answer = source.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                source.close()
        except sqlite3.DatabaseError as exc:
            answer = str(exc)
        if answer != "ok":
            raise BackupError(
                f"The database in the backup is damaged ({answer}); "
                "nothing was restored."
            )
        return
    if not shutil.which("pg_restore"):
        raise BackupError(
            "pg_restore is not installed (apt-get install postgresql-client)."
        )
    listing = subprocess.run(
        ["pg_restore", "--list", str(folder / DATABASE_FILES[engine])],
        capture_output=True,
    )
    if listing.returncode:
        raise BackupError(
            "The database in the backup is damaged "
            f"({listing.stderr.decode(errors='replace').strip()[:300]}); "
            "nothing was restored."
        )


def restore(path, progress=lambda stage, done, total: None):
    """Replace the database and media with the backup at ``path``.

    Everything is checked before anything is replaced: the archive is read
    whole, its database file verified and local media copied beside
    ``MEDIA_ROOT``; the database is restored in one transaction (pg_restore)
    or one backup step (SQLite), and the media folder swapped in last.
    """
    engine = _engine()
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"No backup file at {path}.")
    storage = storages["default"]
    media_root = _local_root(storage)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        manifest = _unpack(path, folder)
        if manifest.get("engine") != engine:
            raise BackupError(
                f"This backup is of a {manifest.get('engine')} database; "
                f"the site uses {engine}."
            )
        _check_database(engine, folder)
        if media_root is None:
            # Reach the bucket before touching the database, not after.
            _list_storage(storage)
            _restore_database(engine, folder, progress)
            media_files = _restore_stored_media(storage, folder / "media", progress)
        else:
            staging, media_files = _stage_media(folder / "media", media_root)
            try:
                _restore_database(engine, folder, progress)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            _swap_media(staging, media_root)
    return Result(
        path=path, engine=engine, media_files=media_files, size=path.stat().st_size
    )


def _restore_database(engine, folder, progress):
    if engine == "sqlite":
        source = sqlite3.connect(folder / "database.sqlite3")
        connection.ensure_connection()
        with source:
            source.backup(
                connection.connection,
                pages=1024,
                progress=lambda s, r, t: progress("db", t - r, t),
            )
        source.close()
        return
    env, args, name = _pg_env()
    connection.close()
    subprocess.run(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--dbname",
            name,
            *args,
            str(folder / "database.pgdump"),
        ],
        env=env,
        check=True,
        capture_output=True,
    )


def _stage_media(source, media_root):
    """Copy the snapshot's media next to ``media_root``, ready to swap in."""
    count = sum(1 for p in source.rglob("*") if p.is_file()) if source.exists() else 0
    staging = media_root.with_name(media_root.name + ".restoring")
    try:
        media_root.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
        if source.exists():
            shutil.copytree(source, staging)
        else:
            staging.mkdir()
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise BackupError(
            f"Could not copy the media beside {media_root}: {exc}; "
            "nothing was restored."
        ) from exc
    return staging, count


def _swap_media(staging, media_root):
    old = media_root.with_name(media_root.name + ".before-restore")
    shutil.rmtree(old, ignore_errors=True)
    if media_root.exists():
        media_root.rename(old)
    staging.rename(media_root)
    shutil.rmtree(old, ignore_errors=True)


def _restore_stored_media(storage, source, progress):
    """Put every file of the snapshot into ``storage`` under its own name, then
    delete the files the snapshot does not have."""
    files = []
    if source.exists():
        files = sorted(p for p in source.rglob("*") if p.is_file())
    wanted = set()
    for done, file in enumerate(files, start=1):
        name = PurePosixPath(*file.relative_to(source).parts).as_posix()
        wanted.add(name)
        try:
            if storage.exists(name):
                # The storage never overwrites (file_overwrite off): make room.
                storage.delete(name)
            with file.open("rb") as content:
                saved = storage.save(name, File(content, name=name))
        except Exception as exc:
            raise BackupError(
                _("Could not write %(name)s to the media storage: %(error)s")
                % {"name": name, "error": exc}
            ) from exc
        if saved != name:
            storage.delete(saved)
            raise BackupError(
                _("The media storage renamed %(name)s to %(saved)s; restore stopped.")
                % {"name": name, "saved": saved}
            )
        progress("media", done, len(files))
    for name in _list_storage(storage):
        if name not in wanted:
            storage.delete(name)
    return len(files)
