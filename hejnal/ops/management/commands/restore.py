import subprocess
import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from hejnal.ops.backup import BackupError, restore


class Command(BaseCommand):
    help = "Replace the database and media with the backup at PATH."

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            help="A backup file written by `backup`; anything else is refused "
            "before the site is touched.",
        )
        parser.add_argument(
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )

    def handle(self, *args, path, verbosity, interactive, **options):
        if interactive and sys.stdin.isatty():
            answer = input("This replaces the database and media. Type 'yes': ")
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        bars = {}

        def progress(stage, done, total):
            if verbosity:
                bar = bars.setdefault(stage, tqdm(total=total, desc=stage, unit="item"))
                bar.n = done
                bar.refresh()

        try:
            result = restore(path, progress)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        except subprocess.CalledProcessError as exc:
            raise CommandError(f"Restore failed: {exc.stderr.decode()[:500]}") from exc
        except OSError as exc:
            raise CommandError(f"Restore failed: {exc}") from exc
        finally:
            for bar in bars.values():
                bar.close()
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {result.path}: {result.engine} database, "
                f"{result.media_files} media files, {result.size / 1_048_576:.1f} MiB."
            )
        )
