"""Consistent snapshots of the database and media, and bringing them back.

A backup is one ``.tar`` file holding ``manifest.json``, the database
(``database.sqlite3`` from SQLite's online backup API, or ``database.pgdump``
from ``pg_dump -Fc``) and ``media/``. Restoring checks the manifest first and
replaces the media folder only after the database came back, so a failed
restore leaves the site as it was.

Media on local disk are read and replaced as a folder. Any other storage (S3)
is read and written through Django's storage API, so one archive restores on
either, which also moves a site from disk to a bucket or back. There the media
are uploaded after the database came back, then files the snapshot does not
have are deleted; a restore that failed half-way can simply be run again.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.files import File
from django.core.files.storage import FileSystemStorage, storages
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _

FORMAT_VERSION = 1


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


def backup(path, progress=lambda stage, done, total: None):
    engine = _engine()
    path = Path(path)
    if path.exists() and path.is_dir():
        path = path / f"hejnal-{timezone.now():%Y%m%d-%H%M%S}.tar"
    path.parent.mkdir(parents=True, exist_ok=True)
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
        partial = path.with_name(path.name + ".partial")
        with tarfile.open(partial, "w") as archive:
            archive.add(folder / "manifest.json", arcname="manifest.json")
            archive.add(database, arcname=database.name)
            for done, file in enumerate(media, start=1):
                if media_root is not None:
                    archive.add(file, arcname=f"media/{file.relative_to(media_root)}")
                else:
                    _add_stored_file(archive, storage, file)
                progress("media", done, len(media))
        partial.replace(path)  # never leave a half-written backup under the name
    return Result(
        path=path, engine=engine, media_files=len(media), size=path.stat().st_size
    )


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


def _safe_members(archive):
    for member in archive.getmembers():
        target = Path(member.name)
        if target.is_absolute() or ".." in target.parts:
            raise BackupError(f"Refusing unsafe path in backup: {member.name}")
        if not (member.isfile() or member.isdir()):
            raise BackupError(f"Refusing link or device in backup: {member.name}")
        yield member


def restore(path, progress=lambda stage, done, total: None):
    engine = _engine()
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"No backup file at {path}.")
    if not tarfile.is_tarfile(path):
        raise BackupError(f"{path} is not a Hejnał backup.")
    with tarfile.open(path, "r") as archive, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        archive.extractall(folder, members=list(_safe_members(archive)), filter="data")
        try:
            manifest = json.loads((folder / "manifest.json").read_text())
        except (OSError, ValueError) as exc:
            raise BackupError("The backup has no readable manifest.json.") from exc
        if manifest.get("format") != FORMAT_VERSION:
            raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
        if manifest.get("engine") != engine:
            raise BackupError(
                f"This backup is of a {manifest.get('engine')} database; "
                f"the site uses {engine}."
            )
        if _local_root(storages["default"]) is None:
            # Reach the bucket before touching the database, not after.
            _list_storage(storages["default"])
        _restore_database(engine, folder, progress)
        media_files = _restore_media(folder / "media", progress)
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


def _restore_media(source, progress=lambda stage, done, total: None):
    storage = storages["default"]
    media_root = _local_root(storage)
    if media_root is None:
        return _restore_stored_media(storage, source, progress)
    count = sum(1 for p in source.rglob("*") if p.is_file()) if source.exists() else 0
    media_root.parent.mkdir(parents=True, exist_ok=True)
    staging = media_root.with_name(media_root.name + ".restoring")
    shutil.rmtree(staging, ignore_errors=True)
    if source.exists():
        shutil.copytree(source, staging)
    else:
        staging.mkdir()
    old = media_root.with_name(media_root.name + ".before-restore")
    shutil.rmtree(old, ignore_errors=True)
    if media_root.exists():
        media_root.rename(old)
    staging.rename(media_root)
    shutil.rmtree(old, ignore_errors=True)
    return count


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
