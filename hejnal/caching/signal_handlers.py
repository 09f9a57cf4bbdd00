"""Purge the HTTP cache when what readers see changes.

Publishing purges the page's own URLs; anything that hides a page (a view
restriction, unpublishing, expiry, deletion, a move) goes through
``visibility_changes``, which also recomputes "See also" and purges every page
that links to it.
"""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import affected, purge, visibility_changes


def _page_changed(sender, instance, **kwargs):
    if not purge.enabled():
        return
    urls, prefixes = affected.for_page(instance)
    purge.schedule(urls, prefixes)


def _page_withdrawn(sender, instance, **kwargs):
    visibility_changes.page_withdrawn(instance)


def _page_deleted(sender, instance, **kwargs):
    # Before the row goes: afterwards the page has no URL and no links to it.
    if isinstance(instance, Page):
        visibility_changes.page_deleting(instance)


def _page_moved(sender, instance, parent_page_before, **kwargs):
    visibility_changes.page_moved(instance, parent_page_before)


def _restriction_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        visibility_changes.restriction_changed(instance.page_id)


def _collection_restriction_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        visibility_changes.collection_restriction_changed()


def _shown_everywhere(sender, instance, **kwargs):
    """Site settings, alert banners and directory records appear across a
    whole language version (or the whole site)."""
    if not purge.enabled():
        return
    from hejnal.directory.models.base import DirectoryEntry
    from hejnal.directory.models.national_days import NationalDayDate
    from hejnal.editorial.models import AlertBanner

    if isinstance(instance, (BaseSiteSetting, BaseGenericSetting)):
        language = ""
    elif isinstance(instance, AlertBanner):
        language = instance.language
    elif isinstance(instance, DirectoryEntry):
        language = instance.locale.language_code if instance.locale_id else ""
    elif isinstance(instance, NationalDayDate):
        language = ""
    else:
        return
    purge.schedule(prefixes=affected.for_language(language))


page_published.connect(_page_changed, dispatch_uid="hejnal_purge_published")
page_unpublished.connect(_page_withdrawn, dispatch_uid="hejnal_purge_unpublished")
pre_delete.connect(_page_deleted, dispatch_uid="hejnal_purge_deleted")
post_page_move.connect(_page_moved, dispatch_uid="hejnal_purge_moved")
for signal in (post_save, post_delete):
    signal.connect(
        _restriction_changed,
        sender=PageViewRestriction,
        dispatch_uid=f"hejnal_purge_restriction_{signal is post_save}",
    )
    signal.connect(
        _collection_restriction_changed,
        sender=CollectionViewRestriction,
        dispatch_uid=f"hejnal_purge_collection_restriction_{signal is post_save}",
    )
post_save.connect(_shown_everywhere, dispatch_uid="hejnal_purge_saved_shared")
post_delete.connect(_shown_everywhere, dispatch_uid="hejnal_purge_deleted_shared")
