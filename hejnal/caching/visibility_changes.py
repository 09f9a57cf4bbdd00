"""When what readers may see changes, "See also" and the HTTP cache follow.

A page is hidden from readers when a view restriction is set on it or above
it, when it is unpublished, expires, is deleted or moved into a restricted
section; it is shown again when the restriction goes or it moves out. Once the
transaction has committed, in this order:

1. **"See also" is computed again** (``hejnal.news.related.refresh``) for the
   articles whose automatic links pointed at the page or at anything below it,
   newest first and at most ``MAX_REFRESHED`` at once; the others only lose
   their links to the hidden pages (they are computed afresh at their next
   publish or by ``manage.py refresh_related``). A page shown again is offered
   back to the articles it is most like: its own list is computed, then the
   lists of the articles in it.
2. **The shared chrome is marked changed** (``hejnal.core.shared_cache``):
   "See also" is kept there, and a reader may have stored the old list under
   the token of the restriction's own change.
3. **The HTTP cache is purged**: the page itself with its lists, feeds, the
   sitemap, country pages and translations (``affected.for_page``; for a
   section, its whole language tree), every page that links to it or into its
   section (curated "See also", automatic "See also", any reference Wagtail's
   reference index knows: home page blocks, rich text, link blocks), the
   language trees of the section's translations, the search pages of every
   language and the APIs (``/api/``: search, pages, and the images and
   documents, which are public only while used on a public page). A link
   from something that is not a page (a snippet, a setting) may show on any
   page: the whole site.

The search index drops a restricted section in its own on-commit hook,
connected before this one (``hejnal.search`` comes first in INSTALLED_APPS),
so the recomputed lists cannot pick the hidden pages again; unpublishing,
deleting and moving update the index at once. The purge goes last, so no
reader fetches a page between the purge and its new "See also".

A collection's view restriction changes which documents and images may be
shown anywhere (lists, the document library, the API): the whole site is
purged.
"""

import logging
import threading
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from wagtail.models import Page, ReferenceIndex

from hejnal.core import shared_cache
from hejnal.core.visibility import (
    is_in_private_section,
    is_visible,
    sections_for,
    visible,
)

from . import affected, purge

logger = logging.getLogger("hejnal.caching")

# Recomputing one article's "See also" runs a search (tens of milliseconds):
# the editor's request waits for at most this many.
MAX_REFRESHED = 20
# Articles of a section shown again whose own lists are computed first.
MAX_SHOWN_ARTICLES = 5
# More pages than this link into a section: purge their language trees instead.
MAX_LINKING_PAGES = 200

_pending = threading.local()


@dataclass
class Plan:
    """What one change needs done once it has committed."""

    page_id: int
    hidden: bool
    shown: bool = False
    # Articles whose automatic "See also" pointed into the section, newest first.
    pointing: list = field(default_factory=list)
    # Which automatic links point into the section (for those not recomputed).
    into_section: Q = field(default_factory=Q)
    urls: set = field(default_factory=set)
    prefixes: set = field(default_factory=set)


def _fresh_sections():
    """The restricted sections as committed now, not as read earlier in the
    request that made the change."""
    return sections_for(None)


def _hidden(page, sections=None):
    return not is_visible(page, _fresh_sections() if sections is None else sections)


def _section(page, subtree):
    if subtree:
        return Page.objects.filter(path__startswith=page.path)
    return Page.objects.filter(pk=page.pk)


def _pointing_articles(section):
    from hejnal.news.models import AutomaticRelatedLink

    found = (
        AutomaticRelatedLink.objects.filter(related__in=section)
        .exclude(article__in=section)
        .order_by("-article__date", "-article_id")
        .values_list("article_id", flat=True)
    )
    return list(dict.fromkeys(found))


def _linking_pages(section):
    """(ids of pages outside ``section`` that link into it, whether anything
    that is not a page links into it)."""
    from hejnal.news.models import ArticleRelatedLink, AutomaticRelatedLink

    ids = set(
        ArticleRelatedLink.objects.filter(link_page__in=section).values_list(
            "article_id", flat=True
        )
    )
    ids.update(
        AutomaticRelatedLink.objects.filter(related__in=section).values_list(
            "article_id", flat=True
        )
    )
    page_type = ContentType.objects.get_for_model(Page)
    references = (
        ReferenceIndex.objects.filter(
            to_content_type=page_type,
            to_object_id__in=section.annotate(
                key=Cast("pk", output_field=CharField())
            ).values("key"),
        )
        .values_list("base_content_type_id", "object_id")
        .distinct()
    )
    elsewhere = False
    for content_type_id, object_id in references:
        if content_type_id == page_type.pk:
            ids.add(int(object_id))
        else:
            elsewhere = True
    inside = set(section.filter(pk__in=ids).values_list("pk", flat=True))
    return ids - inside, elsewhere


def _translation_languages(page, section):
    """Languages (other than the page's) holding translations of the section."""
    return set(
        Page.objects.filter(translation_key__in=section.values("translation_key"))
        .exclude(locale_id=page.locale_id)
        .values_list("locale__language_code", flat=True)
        .distinct()
    )


def _full_urls(page_ids):
    urls = set()
    for page in Page.objects.filter(pk__in=page_ids):
        url = page.get_full_url()
        if url:
            urls.add(url)
    return urls


def plan(page, subtree, hidden, shown=False):
    """What readers may no longer (or may again) see of ``page``, now."""
    section = _section(page, subtree)
    result = Plan(page_id=page.pk, hidden=hidden, shown=shown)
    if hidden:
        result.pointing = _pointing_articles(section)
        result.into_section = (
            Q(related__path__startswith=page.path) if subtree else Q(related=page)
        )
    if not purge.enabled():
        return result
    result.urls, result.prefixes = affected.for_page(page)
    listings, apis = affected.for_search_and_api()
    result.urls |= listings
    result.prefixes |= apis
    if subtree and not page.is_leaf():
        for language in _translation_languages(page, section):
            result.prefixes |= affected.for_language(language)
    linking, elsewhere = _linking_pages(section)
    if elsewhere:
        result.prefixes |= affected.for_language("")
    elif len(linking) > MAX_LINKING_PAGES:
        languages = (
            Page.objects.filter(pk__in=linking)
            .values_list("locale__language_code", flat=True)
            .distinct()
        )
        for language in set(languages):
            result.prefixes |= affected.for_language(language)
    else:
        result.urls |= _full_urls(linking)
    return result


# --- Carrying a plan out after the commit -------------------------------------


def _refresh(articles):
    from hejnal.news.related import refresh

    done = []
    for article in articles:
        try:
            refresh(article)
        except Exception:  # one article's search failing must not stop the purge
            logger.exception("Could not recompute See also of page %s", article.pk)
            continue
        done.append(article.pk)
    return done


def _refresh_pointing(plans):
    """Articles whose "See also" showed a page now hidden."""
    from hejnal.news.models import ArticlePage, AutomaticRelatedLink

    pointing = list(
        dict.fromkeys(pk for item in plans if item.hidden for pk in item.pointing)
    )
    if not pointing:
        return []
    now, later = pointing[:MAX_REFRESHED], pointing[MAX_REFRESHED:]
    order = {pk: index for index, pk in enumerate(now)}
    articles = sorted(
        ArticlePage.objects.filter(pk__in=now), key=lambda page: order[page.pk]
    )
    if later:
        into = Q()
        for item in plans:
            if item.hidden:
                into |= item.into_section
        AutomaticRelatedLink.objects.filter(into, article_id__in=later).delete()
    return _refresh(articles)


def _refresh_shown(plans, budget):
    """A page shown again goes back into the lists of the articles it is like."""
    from hejnal.news.models import ArticlePage, AutomaticRelatedLink

    done, sections = [], None
    for item in plans:
        if not item.shown or len(done) >= budget:
            continue
        page = Page.objects.filter(pk=item.page_id).first()
        if page is None:
            continue
        sections = _fresh_sections() if sections is None else sections
        section = ArticlePage.objects.filter(path__startswith=page.path)
        own = list(
            visible(section, sections).order_by("-date", "-pk")[
                : min(MAX_SHOWN_ARTICLES, budget - len(done))
            ]
        )
        done += _refresh(own)
        alike = (
            AutomaticRelatedLink.objects.filter(article__in=[a.pk for a in own])
            .exclude(related_id__in=done)
            .values_list("related_id", flat=True)
        )
        wanted = list(dict.fromkeys(alike))[: max(budget - len(done), 0)]
        done += _refresh(ArticlePage.objects.filter(pk__in=wanted))
    return done


def carry_out(plans):
    from hejnal.search.indexing import is_suspended

    refreshed = []
    if not is_suspended():  # a bulk job recomputes everything at its end
        refreshed = _refresh_pointing(plans)
        refreshed += _refresh_shown(plans, MAX_REFRESHED)
        if refreshed:
            shared_cache.note_change()
    if not purge.enabled():
        return
    urls, prefixes = _full_urls(refreshed), set()
    for item in plans:
        urls |= item.urls
        prefixes |= item.prefixes
    purge.schedule(urls, prefixes)


class _Batch:
    """The changes of one transaction, carried out together once it commits."""

    def __init__(self):
        self.plans = []
        self.later = []  # (page_id, subtree): planned at commit time
        self.covered = []  # paths of sections already planned as a whole

    def covers(self, page):
        return any(page.path.startswith(path) for path in self.covered)

    def run(self):
        if getattr(_pending, "batch", None) is self:
            _pending.batch = None
        plans = list(self.plans)
        for page_id, subtree in self.later:
            page = Page.objects.filter(pk=page_id).first()
            if page is not None:
                plans.append(plan(page, subtree, hidden=_hidden(page)))
        carry_out(plans)


def _batch():
    """This transaction's batch; outside one, a batch to run at once."""
    connection = transaction.get_connection()
    batch = getattr(_pending, "batch", None)
    if batch is not None and not any(
        entry[1] == batch.run for entry in connection.run_on_commit
    ):
        batch = None  # rolled back, or already run
    if batch is None:
        batch = _Batch()
        if connection.in_atomic_block:
            _pending.batch = batch
            transaction.on_commit(batch.run)
    return batch


def _add(*, now=None, later=None, covering=None):
    batch = _batch()
    if now is not None:
        batch.plans.append(now)
    if later is not None:
        batch.later.append(later)
    if covering is not None:
        batch.covered.append(covering)
    if not transaction.get_connection().in_atomic_block:
        batch.run()


# --- Entry points (hejnal.caching.signal_handlers) ----------------------------


def page_withdrawn(page):
    """Unpublished (by an editor or on expiry): the page alone; its live
    children stay where they are."""
    if page.depth > 1:
        _add(later=(page.pk, False))


def page_deleting(page):
    """Before the rows go: afterwards nothing says who linked to it."""
    if page.depth <= 1:
        return
    batch = _batch()
    if batch.covers(page):  # a page below one being deleted with it
        return
    _add(now=plan(page, subtree=True, hidden=True), covering=page.path)


def page_moved(page, parent_before):
    """A move changes the page's address (linking pages show it) and may take
    it into or out of a restricted section."""
    sections = _fresh_sections()
    hidden = _hidden(page, sections)
    # Shown again only if it was hidden by its old place (live, not restricted
    # itself, or it would still be hidden).
    shown = not hidden and is_in_private_section(parent_before, sections)
    found = plan(page, subtree=True, hidden=hidden, shown=shown)
    if purge.enabled():
        old_list = parent_before.get_full_url()
        if old_list:
            # The old address and the old list: everything under the old parent.
            found.prefixes.add(old_list)
    _add(now=found)


def restriction_changed(page_id):
    """A page view restriction set, changed or removed: planned on commit,
    after the search index has followed (its hook was registered first)."""

    def run():
        page = Page.objects.filter(pk=page_id).first()
        if page is None:  # deleted with its page: ``page_deleting`` did it
            return
        hidden = _hidden(page)
        carry_out([plan(page, subtree=True, hidden=hidden, shown=not hidden)])

    transaction.on_commit(run)


def collection_restriction_changed():
    if purge.enabled():
        purge.schedule(prefixes=affected.for_language(""))
