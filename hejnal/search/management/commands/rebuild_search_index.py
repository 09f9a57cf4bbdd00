import time

from django.core.management.base import BaseCommand

from hejnal.search.indexing import rebuild_with_bar
from hejnal.search.lemmas import warm_up


class Command(BaseCommand):
    help = "Rebuild the site search index from every live, public page."

    def handle(self, *args, verbosity, **options):
        from django.conf import settings

        started = time.monotonic()
        warm_up(code for code, _name in settings.LANGUAGES)
        written = rebuild_with_bar("Indexing", show=verbosity > 0)
        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Indexed {written} pages in {time.monotonic() - started:.1f} s."
                )
            )
