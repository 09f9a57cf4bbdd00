"""Purge the HTTP cache when what readers see changes."""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import affected, purge


def _page_changed(sender, instance, **kwargs):
    if not purge.enabled():
        return
    urls, prefixes = affected.for_page(instance)
    purge.schedule(urls, prefixes)


def _page_deleted(sender, instance, **kwargs):
    # Before the row goes: afterwards the page has no URL to purge.
    if not purge.enabled():
        return
    if isinstance(instance, Page) and instance.live and instance.depth > 1:
        _page_changed(sender, instance)


def _page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    if not purge.enabled() or not instance.live:
        return
    urls, prefixes = affected.for_page(instance)
    old_parent_url = parent_page_before.get_full_url()
    # The old address and the old list: everything under the old parent.
    purge.schedule(urls, prefixes | {old_parent_url} if old_parent_url else prefixes)


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
page_unpublished.connect(_page_changed, dispatch_uid="hejnal_purge_unpublished")
pre_delete.connect(_page_deleted, dispatch_uid="hejnal_purge_deleted")
post_page_move.connect(_page_moved, dispatch_uid="hejnal_purge_moved")
post_save.connect(_shown_everywhere, dispatch_uid="hejnal_purge_saved_shared")
post_delete.connect(_shown_everywhere, dispatch_uid="hejnal_purge_deleted_shared")
