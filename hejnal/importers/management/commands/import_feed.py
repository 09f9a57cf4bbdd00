from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hejnal.importers.base import ImportRefused
from hejnal.importers.rss import parse_feed
from hejnal.importers.run import finish, resolve_target, run_import
from hejnal.importers.sources import FETCH_TIMEOUT, read_source


class Command(BaseCommand):
    help = gettext_lazy("Import an RSS 2.0 or Atom feed (file or URL) as articles.")

    def add_arguments(self, parser):
        parser.add_argument(
            "source", help=gettext_lazy("a file path or an http(s) address")
        )
        parser.add_argument(
            "--locale", required=True, help=gettext_lazy("language code, e.g. en")
        )
        parser.add_argument(
            "--into", required=True, help=gettext_lazy("slug of the news category page")
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=gettext_lazy("report only, write nothing"),
        )
        parser.add_argument(
            "--timeout",
            type=float,
            default=FETCH_TIMEOUT,
            help=gettext_lazy("seconds to wait for a server (default: %(default)s)"),
        )

    def handle(self, *args, **options):
        _locale, category = resolve_target(options["locale"], options["into"])
        if options["timeout"] <= 0:
            raise CommandError(_("The timeout must be a positive number of seconds."))
        try:
            data = read_source(options["source"], timeout=options["timeout"])
        except ImportRefused as exc:
            raise CommandError(str(exc)) from exc
        report = run_import(
            parse_feed,
            data,
            category,
            dry_run=options["dry_run"],
            progress=options["verbosity"] > 0,
            stderr=self.stderr._out,
        )
        finish(self, report)
