"""Fast creation of many live pages under one parent.

Wagtail's ``add_child`` costs several queries per page; demo and benchmark
loads of 100,000 articles need rows written in batches. This writes the tree
columns treebeard would compute (path, depth, url_path) and inserts the page
and the subclass rows in bulk. Only for freshly created, already-published
pages without revisions; everything else goes through Wagtail's own API.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import F
from wagtail.models import Page

from hejnal.core import shared_cache

BATCH = 500


def _next_position(parent):
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    return Page._str2int(last[-Page.steplen :]) if last else 0


def _local_fields(model):
    return [f for f in model._meta.local_concrete_fields if not f.primary_key] + [
        model._meta.pk
    ]


def bulk_create_pages(parent, pages, owner=None):
    """Insert ``pages`` (unsaved instances of one Page subclass) below ``parent``.

    Each instance needs ``title``, ``slug`` and its own fields set; publication
    timestamps default to now. Returns the saved instances with primary keys.
    """
    if not pages:
        return []
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    with transaction.atomic():
        parent = Page.objects.select_for_update().get(pk=parent.pk)
        position = _next_position(parent)
        depth = parent.depth + 1
        base_rows = []
        for offset, page in enumerate(pages, start=1):
            page.path = Page._get_path(parent.path, depth, position + offset)
            page.depth = depth
            page.numchild = 0
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.locale_id = parent.locale_id
            page.content_type = content_type
            page.live = True
            page.has_unpublished_changes = False
            page.draft_title = page.title
            page.translation_key = page.translation_key or uuid.uuid4()
            if not page.owner_id and owner is not None:
                page.owner_id = owner.pk
            base = Page(
                **{
                    field.attname: getattr(page, field.attname)
                    for field in Page._meta.concrete_fields
                    if not field.primary_key
                }
            )
            base_rows.append(base)
        for start in range(0, len(base_rows), BATCH):
            Page.objects.bulk_create(base_rows[start : start + BATCH])
        for page, base in zip(pages, base_rows, strict=True):
            page.pk = page.page_ptr_id = base.pk
            page.id = base.pk
        fields = _local_fields(model)
        for start in range(0, len(pages), BATCH):
            model._base_manager._insert(
                pages[start : start + BATCH], fields=fields, using="default"
            )
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
        # bulk_create sends no post_save: say so, or menus and links stay stale.
        shared_cache.note_change()
    return pages


def bulk_set_m2m(field_descriptor_model, field_name, pairs):
    """Insert (page_id, target_id) rows into a ParentalManyToMany through table."""
    through = field_descriptor_model._meta.get_field(field_name).remote_field.through
    source, target = [
        f.attname
        for f in through._meta.concrete_fields
        if isinstance(f, models.ForeignKey)
    ]
    rows = [through(**{source: a, target: b}) for a, b in pairs]
    through.objects.bulk_create(rows, batch_size=BATCH, ignore_conflicts=True)
