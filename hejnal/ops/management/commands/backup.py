import subprocess

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from hejnal.ops.backup import BackupError, backup


class Command(BaseCommand):
    help = "Write a consistent snapshot of the database and media to PATH (.tar)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="Backup file, or a folder to put it in.")

    def handle(self, *args, path, verbosity, **options):
        bars = {}

        def progress(stage, done, total):
            if verbosity:
                bar = bars.setdefault(stage, tqdm(total=total, desc=stage, unit="item"))
                bar.n = done
                bar.refresh()

        try:
            result = backup(path, progress)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        except subprocess.CalledProcessError as exc:
            raise CommandError(f"Backup failed: {exc.stderr.decode()[:500]}") from exc
        finally:
            for bar in bars.values():
                bar.close()
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup written to {result.path}: {result.engine} database, "
                f"{result.media_files} media files, {result.size / 1_048_576:.1f} MiB."
            )
        )
