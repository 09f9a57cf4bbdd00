"""What the two management commands share: find the target, run, summarise."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from .base import ImportRefused, PageWriter
from .media import LocalMedia


def resolve_target(language_code, slug):
    """The locale and the news category page ``slug`` in it, or CommandError."""
    from hejnal.news.models import NewsCategoryPage

    configured = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    code = (language_code or "").strip().lower()
    locale = None
    if code in configured:
        locale = Locale.objects.filter(language_code=code).first()
    if locale is None:
        available = Locale.objects.filter(language_code__in=configured)
        codes = ", ".join(available.values_list("language_code", flat=True))
        raise CommandError(
            _("Unknown language “%(code)s”. Available: %(codes)s.")
            % {"code": language_code, "codes": codes}
        )
    categories = NewsCategoryPage.objects.filter(locale=locale).order_by("path")
    category = categories.filter(slug=slug).first()
    if category is not None:
        return locale, category
    other = Page.objects.filter(locale=locale, slug=slug).order_by("path").first()
    if other is not None:
        message = _(
            "The page “%(slug)s” in “%(code)s” is a %(type)s, not a news category."
        ) % {
            "slug": slug,
            "code": locale.language_code,
            "type": other.specific_class._meta.verbose_name
            if other.specific_class
            else "page",
        }
    else:
        message = _(
            "There is no news category with the slug “%(slug)s” in “%(code)s”."
        ) % {"slug": slug, "code": locale.language_code}
    slugs = ", ".join(sorted(set(categories.values_list("slug", flat=True))))
    if slugs:
        message += " " + _("News categories in this language: %(slugs)s.") % {
            "slugs": slugs
        }
    raise CommandError(message)


def resolve_pages_parent(locale, slug):
    """Where WordPress pages go: the page ``slug`` or the language's home page."""
    pages = Page.objects.filter(locale=locale).order_by("depth", "path")
    page = pages.filter(slug=slug).first() if slug else pages.filter(depth=2).first()
    if page is None:
        raise CommandError(
            _("There is no page with the slug “%(slug)s” in “%(code)s”.")
            % {"slug": slug, "code": locale.language_code}
        )
    return page.specific


def run_import(parse, source_bytes, category, *, dry_run, progress, stderr, **options):
    try:
        items, warnings = parse(source_bytes)
    except ImportRefused as exc:
        raise CommandError(str(exc)) from exc
    writer = PageWriter(
        category, dry_run=dry_run, progress=progress, progress_file=stderr, **options
    )
    for warning in warnings:
        writer.report.warn(None, warning)
    return writer.run(items)


def finish(command, report):
    """Print the summary; fail when interrupted or when nothing was importable."""
    command.stdout.write("\n".join(report.lines()))
    if report.interrupted:
        raise CommandError(_("Interrupted."))
    if report.total == 0:
        raise CommandError(_("There was nothing to import: the source has no items."))
    if report.created + report.updated + report.unchanged == 0:
        raise CommandError(
            _("Nothing could be imported: every item was skipped (see above).")
        )


def local_media(file_path, uploads, dry_run):
    folder = Path(uploads) if uploads else Path(file_path).resolve().parent / "uploads"
    if uploads and not folder.is_dir():
        raise CommandError(
            _("The uploads folder %(path)s does not exist.") % {"path": uploads}
        )
    return LocalMedia(folder if folder.is_dir() else None, dry_run=dry_run)
