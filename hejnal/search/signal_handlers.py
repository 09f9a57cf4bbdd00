"""The index follows publishing at once: publish, unpublish, move, delete,
and view restrictions added to or removed from a part of the tree."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import indexing


@receiver(page_published)
def index_published(sender, instance, **kwargs):
    if not indexing.is_suspended():
        indexing.index_page(instance)


@receiver(page_unpublished)
def drop_unpublished(sender, instance, **kwargs):
    if not indexing.is_suspended():
        indexing.remove_page(instance.pk)


@receiver(post_page_move)
def reindex_moved(sender, instance, **kwargs):
    if not indexing.is_suspended():
        indexing.index_subtree(instance)


@receiver(pre_delete)
def drop_deleted(sender, instance, **kwargs):
    # Even in a bulk job: a deleted page must not stay findable.
    if isinstance(instance, Page):
        indexing.remove_page(instance.pk)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def reindex_restricted(sender, instance, **kwargs):
    if indexing.is_suspended():
        return
    page_id = instance.page_id

    def reindex():
        page = Page.objects.filter(pk=page_id).first()
        if page is not None:
            indexing.index_subtree(page)

    transaction.on_commit(reindex)
