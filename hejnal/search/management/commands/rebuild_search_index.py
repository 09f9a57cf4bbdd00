import time

from django.core.management.base import BaseCommand
from tqdm import tqdm

from hejnal.search.indexing import rebuild
from hejnal.search.lemmas import warm_up


class Command(BaseCommand):
    help = "Rebuild the site search index from every live, public page."

    def handle(self, *args, verbosity, **options):
        from django.conf import settings

        started = time.monotonic()
        warm_up(code for code, _name in settings.LANGUAGES)
        bar = tqdm(desc="Indexing", unit="page", disable=verbosity == 0)

        def progress(done, total):
            bar.total = total
            bar.n = done
            bar.refresh()

        written = rebuild(progress=progress)
        bar.close()
        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Indexed {written} pages in {time.monotonic() - started:.1f} s."
                )
            )
