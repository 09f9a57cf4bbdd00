from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hejnal.importers.base import ImportRefused
from hejnal.importers.run import (
    finish,
    local_media,
    resolve_pages_parent,
    resolve_target,
    run_import,
)
from hejnal.importers.sources import read_source
from hejnal.importers.wxr import parse_wxr


class Command(BaseCommand):
    help = gettext_lazy(
        "Import a WordPress export (WXR): posts as articles, pages as standard "
        "pages, with images, documents and redirects from the old addresses."
    )

    def create_parser(self, prog_name, subcommand, **kwargs):
        # argparse formats plain strings only; translated when asked for.
        self.help = str(self.help)
        return super().create_parser(prog_name, subcommand, **kwargs)

    def add_arguments(self, parser):
        parser.add_argument("file", help=_("the WXR file exported by WordPress"))
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
            "--uploads",
            help=_(
                "folder with the copy of wp-content/uploads "
                "(default: “uploads” next to the file)"
            ),
        )
        parser.add_argument(
            "--pages-into",
            help=_("slug of the page that receives WordPress pages (default: home)"),
        )

    def handle(self, *args, **options):
        locale, category = resolve_target(options["locale"], options["into"])
        pages_parent = resolve_pages_parent(locale, options["pages_into"])
        source = options["file"]
        if "://" in source:
            raise CommandError(_("Give the path of a local file."))
        try:
            data = read_source(source)
        except ImportRefused as exc:
            raise CommandError(str(exc)) from exc
        report = run_import(
            parse_wxr,
            data,
            category,
            dry_run=options["dry_run"],
            progress=options["verbosity"] > 0,
            stderr=self.stderr._out,
            media=local_media(source, options["uploads"], options["dry_run"]),
            pages_parent=pages_parent,
            redirects=True,
            autop=True,
        )
        finish(self, report)
