import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from hejnal.news.models import ArticlePage
from hejnal.news.related import refresh_all


class Command(BaseCommand):
    help = 'Recompute the automatic "See also" links of live articles.'

    def add_arguments(self, parser):
        parser.add_argument("--locale", help="Only articles in this language.")

    def handle(self, *args, locale, verbosity, **options):
        started = time.monotonic()
        articles = ArticlePage.objects.live().select_related("locale").order_by("pk")
        if locale:
            articles = articles.filter(locale__language_code=locale)
            if not articles.exists():
                raise CommandError(f"No live articles in the language “{locale}”.")
        total = articles.count()
        bar = tqdm(total=total, desc="See also", unit="article", disable=not verbosity)
        done = refresh_all(articles.iterator(chunk_size=500), lambda _d: bar.update(1))
        bar.close()
        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Refreshed {done} articles in {time.monotonic() - started:.1f} s."
                )
            )
