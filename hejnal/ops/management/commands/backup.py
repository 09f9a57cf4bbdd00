import subprocess

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from hejnal.ops.backup import BackupError, backup


def human_size(size):
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return None  # not reached


class Command(BaseCommand):
    help = (
        "Write a consistent snapshot of the database and media to PATH (.tar). "
        "When PATH is a folder or ends with /, the file is named "
        "hejnal-YYYYmmdd-HHMMSS.tar (UTC) in it, creating the folder."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            help="Backup file, or a folder to put it in (an existing one, or any "
            "path ending with /).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the file at PATH if it exists (refused otherwise).",
        )

    def handle(self, *args, path, verbosity, force, **options):
        bars = {}

        def progress(stage, done, total):
            if verbosity:
                bar = bars.setdefault(stage, tqdm(total=total, desc=stage, unit="item"))
                bar.n = done
                bar.refresh()

        try:
            result = backup(path, progress, force=force)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        except subprocess.CalledProcessError as exc:
            raise CommandError(f"Backup failed: {exc.stderr.decode()[:500]}") from exc
        except OSError as exc:
            raise CommandError(f"Backup failed, nothing was written: {exc}") from exc
        finally:
            for bar in bars.values():
                bar.close()
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup written to {result.path} ({human_size(result.size)}, "
                f"{result.size} bytes): {result.engine} database, "
                f"{result.media_files} media files."
            )
        )
