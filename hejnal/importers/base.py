"""The part every importer shares: items in, live Wagtail pages out.

A source module (``rss``, ``wxr``) turns its input into :class:`SourceItem`
objects; :class:`PageWriter` validates each one and creates or updates its page
in a transaction of its own, so a failure or Ctrl-C never leaves half an item.
"""

import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from tqdm import tqdm
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from hejnal.core.slugs import unique_slug

from .blocks import ResolvedLink, html_to_blocks
from .media import MediaError, is_image_name
from .models import ImportedItem
from .sanitize import plain_text, truncate_words

logger = logging.getLogger(__name__)

MAX_ITEM_CHARS = 2_000_000
MAX_LEAD = 600
MAX_TITLE = 255
EARLIEST_YEAR = 1900
LATEST_YEARS_AHEAD = 5
ARTICLE = "article"
PAGE = "page"


class ImportRefused(Exception):
    """The whole source is unusable (not a feed, unsafe XML, too large)."""


class ItemSkipped(Exception):
    """This one item cannot be imported; the reason is shown to the user."""


@dataclass
class SourceItem:
    source_key: str
    title: str
    body_html: str = ""
    summary_html: str = ""
    date: datetime | None = None
    date_raw: str = ""
    author: str = ""
    categories: list = field(default_factory=list)
    link: str = ""
    old_urls: list = field(default_factory=list)
    slug: str = ""
    kind: str = ARTICLE
    hero_url: str = ""
    hero_alt: str = ""
    parent_key: str = ""
    error: str = ""
    # Set by the writer: plain-text title used in reports.
    label: str = ""

    def describe(self):
        return self.label or plain_text(self.title)[:80] or self.source_key[:80]

    def fingerprint(self):
        data = [
            self.title,
            self.summary_html,
            self.body_html,
            self.date.isoformat() if self.date else "",
            self.author,
            sorted(self.categories),
            self.slug,
            self.kind,
            self.hero_url,
            self.hero_alt,
            self.parent_key,
            sorted(self.old_urls),
        ]
        encoded = json.dumps(data, ensure_ascii=False).encode()
        return hashlib.sha256(encoded).hexdigest()


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def _is_web_address(url):
    try:
        return urlsplit(url.strip()).scheme.lower() in {"http", "https"}
    except ValueError:
        return False


_ACTIVE_SCHEMES = re.compile(r"^\W*(?:javascript|vbscript|data|file|blob)\s*:", re.I)


def _is_active_address(url):
    """A link that would run code or read files (GUID-like tag:/urn: are fine)."""
    return bool(_ACTIVE_SCHEMES.match(_CONTROL.sub("", url)))


def _label(item):
    """The item's name for the summary, without control characters."""
    return _CONTROL.sub(" ", item.describe()).strip() if item else ""


@dataclass
class Report:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list = field(default_factory=list)  # (item label, reason)
    warnings: list = field(default_factory=list)  # (item label, message)
    interrupted: bool = False
    dry_run: bool = False

    @property
    def total(self):
        return self.created + self.updated + self.unchanged + len(self.skipped)

    def skip(self, item, reason):
        self.skipped.append((_label(item), str(reason)))

    def warn(self, item, message):
        self.warnings.append((_label(item), str(message)))

    def lines(self):
        """The summary printed at the end of a run, in the active language."""
        heading = (
            _("Dry run: nothing was written. This is what an import would do.")
            if self.dry_run
            else _("Import finished.")
        )
        if self.interrupted:
            heading = _(
                "Import interrupted; the items completed so far are kept, "
                "the one in progress was rolled back."
            )
        out = [
            heading,
            _("Created: %(count)d") % {"count": self.created},
            _("Updated: %(count)d") % {"count": self.updated},
            _("Unchanged: %(count)d") % {"count": self.unchanged},
            _("Skipped: %(count)d") % {"count": len(self.skipped)},
        ]
        for label, reason in self.skipped:
            out.append(f"  - {label}: {reason}")
        if self.warnings:
            out.append(_("Warnings: %(count)d") % {"count": len(self.warnings)})
            for label, message in self.warnings:
                out.append(f"  - {label}: {message}")
        return out


CREATED_SUMMARY = gettext_lazy("Moved from the previous website")
UPDATED_SUMMARY = gettext_lazy("Updated from the original source")


class PageWriter:
    """Creates or updates one live page per :class:`SourceItem`.

    ``parent`` is the news category that receives articles; ``pages_parent``
    receives ``kind == PAGE`` items as standard pages. ``media`` resolves
    images and links to local files (``None``: nothing is resolved).
    """

    def __init__(
        self,
        parent,
        *,
        media=None,
        pages_parent=None,
        dry_run=False,
        redirects=False,
        autop=False,
        user=None,
        progress=True,
        progress_file=None,
    ):
        self.parent = parent
        self.pages_parent = pages_parent or parent
        self.locale = parent.locale
        self.media = media
        self.dry_run = dry_run
        self.redirects = redirects
        self.autop = autop
        self.user = user
        self.progress = progress
        self.progress_file = progress_file
        self.report = Report(dry_run=dry_run)
        self._topics = {}
        self._seen = set()
        self._slugs = {}
        self._pages_by_key = {}
        self._planned_redirects = {}

    # Driving ---------------------------------------------------------------
    def run(self, items):
        items = list(items)
        bar = tqdm(
            items,
            total=len(items),
            unit=_("item"),
            disable=not self.progress,
            file=self.progress_file,
            dynamic_ncols=True,
        )
        try:
            for item in bar:
                self.import_one(item)
        except KeyboardInterrupt:
            self.report.interrupted = True
        finally:
            bar.close()
        return self.report

    def import_one(self, item):
        try:
            title, lead = self._validate(item)
        except ItemSkipped as exc:
            self.report.skip(item, exc)
            return
        existing = (
            ImportedItem.objects.filter(locale=self.locale, source_key=item.source_key)
            .select_related("page")
            .first()
        )
        fingerprint = item.fingerprint()
        if existing is not None:
            self._pages_by_key[item.source_key] = existing.page_id
            if existing.content_hash == fingerprint:
                self.report.unchanged += 1
                return
            if existing.page.latest_revision_id != existing.revision_id:
                self.report.skip(
                    item,
                    _(
                        "the page was changed in Hejnał after the last import; "
                        "it was not overwritten"
                    ),
                )
                return
        try:
            if self.dry_run:
                self._rehearse(item, existing)
            else:
                with transaction.atomic():
                    self._write(item, title, lead, existing, fingerprint)
                if self.media is not None:
                    self.media.commit()
        except (ItemSkipped, MediaError) as exc:
            self._rolled_back()
            self.report.skip(item, exc)
            return
        except KeyboardInterrupt:
            self._rolled_back()
            raise
        except Exception as exc:  # one broken item must not stop the others
            logger.exception("Import of %s failed", item.source_key)
            self._rolled_back()
            self.report.skip(item, _("unexpected error: %(error)s") % {"error": exc})
            return
        if existing is None:
            self.report.created += 1
        else:
            self.report.updated += 1

    def _rolled_back(self):
        if self.media is not None:
            self.media.discard_new_files()
        # Cached topics may have been created in the rolled-back transaction.
        self._topics = {}

    # Validation --------------------------------------------------------------
    def _validate(self, item):
        item.label = plain_text(item.title)[:80]
        if item.error:
            raise ItemSkipped(item.error)
        if not item.source_key:
            raise ItemSkipped(_("no GUID or address to recognise it by"))
        size = len(item.title) + len(item.body_html) + len(item.summary_html)
        if size > MAX_ITEM_CHARS:
            raise ItemSkipped(
                _("too large (%(size)d characters; the limit is %(limit)d)")
                % {"size": size, "limit": MAX_ITEM_CHARS}
            )
        if item.source_key in self._seen:
            raise ItemSkipped(
                _("duplicate GUID %(guid)s; only the first one was imported")
                % {"guid": item.source_key[:120]}
            )
        self._seen.add(item.source_key)
        title = truncate_words(plain_text(item.title), MAX_TITLE)
        if not title:
            raise ItemSkipped(_("empty title"))
        if item.date is None:
            if item.date_raw.strip():
                raise ItemSkipped(
                    _("unreadable publication date “%(date)s”")
                    % {"date": item.date_raw.strip()[:60]}
                )
            raise ItemSkipped(_("no publication date"))
        if timezone.is_naive(item.date):
            item.date = timezone.make_aware(item.date, UTC)
        latest = timezone.now().year + LATEST_YEARS_AHEAD
        if not EARLIEST_YEAR <= item.date.year <= latest:
            raise ItemSkipped(
                _(
                    "publication date %(date)s is out of range "
                    "(%(earliest)d to %(latest)d)"
                )
                % {
                    "date": item.date.date().isoformat(),
                    "earliest": EARLIEST_YEAR,
                    "latest": latest,
                }
            )
        self._check_addresses(item)
        lead_source = plain_text(item.summary_html) or plain_text(item.body_html)
        lead = truncate_words(lead_source, MAX_LEAD) or title
        return title, lead

    def _check_addresses(self, item):
        """Only http(s) addresses are kept as the original address and redirected."""
        if item.link and not _is_web_address(item.link):
            if _is_active_address(item.link):
                self.report.warn(
                    item,
                    _(
                        "its address %(address)s is not an http(s) address "
                        "and was ignored"
                    )
                    % {"address": _CONTROL.sub("", item.link)[:80]},
                )
            item.link = ""
        item.old_urls = [url for url in item.old_urls if _is_web_address(url)]

    def _rehearse(self, item, existing):
        """What :meth:`_write` does for ``item``, every check but no write.

        The same steps run in the same order (featured image, images and
        documents in the text, redirects), so a dry run reports the same
        warnings and skips as a real run; the media helper only checks files.
        """
        self._content(item)
        if self.redirects:
            owner = existing.page_id if existing else ("new", item.source_key)
            self._redirect(item, owner)

    # Writing -----------------------------------------------------------------
    def _content(self, item):
        """The hero image id and the body blocks (images only checked in a dry run)."""
        hero_id = self._hero(item)
        body = html_to_blocks(
            item.body_html,
            image_resolver=self._image_resolver(item),
            link_resolver=self._link_resolver,
            autop=self.autop,
        )
        return hero_id, body

    def _write(self, item, title, lead, existing, fingerprint):
        hero_id, body = self._content(item)
        if existing is not None:
            page = existing.page.specific_deferred
            page = type(page).objects.get(pk=page.pk)
        else:
            page = self._new_page(item)
        page.title = title
        page.draft_title = title
        page.body = body
        page.prepared_by = truncate_words(plain_text(item.author), 255)
        page.change_summary = ""
        with translation.override(self.locale.language_code):
            page.change_summary = str(
                CREATED_SUMMARY if existing is None else UPDATED_SUMMARY
            )
        if item.kind == ARTICLE:
            page.date = timezone.localtime(item.date).date()
            page.lead = lead
            page.hero_image_id = hero_id
            if hero_id:
                page.hero_image_alt = item.hero_alt[:300]
            page.topics.set(self._topic_objects(item.categories))
        else:
            page.intro = lead if item.summary_html else ""
        if existing is None:
            page.first_published_at = item.date
            parent = self._parent_for(item)
            page.slug = self._unique_slug(parent, item.slug or title)
            parent.add_child(instance=page)
        # A new page was validated by add_child already; an update is checked here.
        revision = page.save_revision(
            user=self.user, log_action=True, clean=existing is not None
        )
        revision.publish(user=self.user)
        ImportedItem.objects.update_or_create(
            locale=self.locale,
            source_key=item.source_key,
            defaults={
                "page": page,
                "revision": revision,
                "content_hash": fingerprint,
                "original_url": item.link[:1000],
            },
        )
        self._pages_by_key[item.source_key] = page.pk
        if self.redirects:
            self._redirect(item, page.pk)

    def _new_page(self, item):
        from hejnal.news.models import ArticlePage
        from hejnal.pages.models import StandardPage

        model = ArticlePage if item.kind == ARTICLE else StandardPage
        return model(locale=self.locale, owner=self.user, live=False)

    def _parent_for(self, item):
        if item.kind == ARTICLE:
            return self.parent
        parent_id = self._pages_by_key.get(item.parent_key) if item.parent_key else None
        if parent_id:
            return Page.objects.get(pk=parent_id)
        return self.pages_parent

    def _unique_slug(self, parent, text):
        """An ASCII slug by the site's one rule (``hejnal.core.slugs``), also for
        a source's own slug (WordPress keeps Unicode ones, percent-encoded)."""
        taken = self._slugs.get(parent.pk)
        if taken is None:
            taken = set(Page.objects.child_of(parent).values_list("slug", flat=True))
            self._slugs[parent.pk] = taken
        return unique_slug(text, taken, fallback="item")

    def _topic_objects(self, names):
        from hejnal.news.models import Topic

        topics = []
        for name in names:
            name = plain_text(name)[:100]
            slug = slugify(name, allow_unicode=True)[:100]
            if not slug:
                continue
            if slug not in self._topics:
                topic = Topic.objects.filter(locale=self.locale, slug=slug).first()
                if topic is None:
                    topic = Topic.objects.create(
                        locale=self.locale, slug=slug, name=name
                    )
                self._topics[slug] = topic
            if self._topics[slug] not in topics:
                topics.append(self._topics[slug])
        return topics

    def _hero(self, item):
        if not item.hero_url or self.media is None:
            return None
        path = self.media.local_path(item.hero_url)
        if path is None:
            self.report.warn(
                item,
                _("featured image %(file)s is not in the uploads folder")
                % {"file": item.hero_url[-120:]},
            )
            return None
        if not item.hero_alt:
            item.hero_alt = plain_text(item.title)[:300]
            self.report.warn(
                item,
                _(
                    "the featured image has no alternative text; the title was "
                    "used, please describe the image"
                ),
            )
        return self.media.image(path, title=path.stem, description=item.hero_alt)

    def _image_resolver(self, item):
        def resolve(src, alt):
            if self.media is None:
                return None
            path = self.media.local_path(src)
            if path is None:
                self.report.warn(
                    item,
                    _("image %(file)s was left out: it is not in the uploads folder")
                    % {"file": src[-120:]},
                )
                return None
            return self.media.image(path, title=path.stem, description=alt)

        return resolve

    def _link_resolver(self, href):
        if self.media is None:
            return None
        path = self.media.local_path(href)
        if path is None:
            return None
        if is_image_name(path.name):
            return None
        document_id = self.media.document(path, title=path.stem)
        return ResolvedLink(document_id=document_id) if document_id else None

    def _redirect(self, item, owner):
        """Permanent redirects from the item's old addresses to page ``owner``.

        ``owner`` is a page id; a dry run passes a placeholder for a page it
        did not create and only remembers the redirects it would add.
        """
        for url in item.old_urls:
            try:
                old_path = Redirect.normalise_path(url)
            except ValueError:
                continue
            if not old_path or old_path == "/":
                continue
            current = self._redirect_owner(old_path)
            if current is None:
                if self.dry_run:
                    self._planned_redirects[old_path] = owner
                else:
                    Redirect.objects.create(
                        old_path=old_path,
                        site=None,
                        redirect_page_id=owner,
                        is_permanent=True,
                    )
            elif current != owner:
                self.report.warn(
                    item,
                    _("the old address %(path)s already redirects elsewhere")
                    % {"path": old_path},
                )

    def _redirect_owner(self, old_path):
        """Where ``old_path`` redirects now: a page id, another target, or None."""
        if old_path in self._planned_redirects:
            return self._planned_redirects[old_path]
        current = Redirect.objects.filter(old_path=old_path, site=None).first()
        if current is None:
            return None
        return current.redirect_page_id or ("link", current.redirect_link)
