from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hejnal.importers.base import ImportRefused
from hejnal.importers.rss import parse_feed
from hejnal.importers.run import finish, resolve_target, run_import
from hejnal.importers.sources import FETCH_TIMEOUT, read_source


class Command(BaseCommand):
    help = gettext_lazy("Import an RSS 2.0 or Atom feed (file or URL) as articles.")

    def create_parser(self, prog_name, subcommand, **kwargs):
        # argparse formats plain strings only; translated when asked for.
        self.help = str(self.help)
        return super().create_parser(prog_name, subcommand, **kwargs)

    def add_arguments(self, parser):
        parser.add_argument("source", help=_("a file path or an http(s) address"))
        parser.add_argument("--locale", required=True, help=_("language code, e.g. en"))
        parser.add_argument(
            "--into", required=True, help=_("slug of the news category page")
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("report only, write nothing"),
        )
        parser.add_argument(
            "--timeout",
            type=float,
            default=FETCH_TIMEOUT,
            help=_("seconds to wait for a server (default: %(default)s)"),
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
