import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from hejnal.demo.loader import (
    ADMIN_PASSWORD,
    ADMIN_USERNAME,
    DEFAULT_ARTICLES,
    DemoLoader,
)
from hejnal.editorial.two_factor_setting import describe as describe_two_factor


class Command(BaseCommand):
    help = "Create (or complete) the demo site in every language. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles",
            type=int,
            default=DEFAULT_ARTICLES,
            help=f"Total news articles across languages (default {DEFAULT_ARTICLES}).",
        )
        parser.add_argument("--seed", type=int, default=0, help="Generator seed.")

    def handle(self, *args, articles, seed, verbosity, **options):
        if articles < 0:
            raise CommandError("--articles must be zero or more.")
        started = time.monotonic()
        loader = DemoLoader(
            total_articles=articles,
            seed=seed,
            out=(lambda message: self.stdout.write(message)) if verbosity else None,
            progress=verbosity > 0,
        )
        summary = loader.run()
        if verbosity:
            self.stdout.write(self.style.SUCCESS("Demo content ready."))
            for line in summary.lines():
                self.stdout.write(line)
            self.stdout.write(f"Took {time.monotonic() - started:.1f} s.")
            self.stdout.write(
                f"Admin login (at /admin/): user {ADMIN_USERNAME}, "
                f"password {ADMIN_PASSWORD}"
            )
            self.stdout.write(describe_two_factor(settings.HEJNAL_2FA_REQUIRED))
