"""Keep the public change history in step with what Wagtail publishes.

``page_published`` does not say who published, so the history follows Wagtail's
audit log instead: every publish is logged with the acting user and revision.
"""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, PageLogEntry, PageViewRestriction, Site
from wagtail.signals import page_unpublished, post_page_move

from . import shared_cache
from .models.brand import BrandSettings
from .models.publication import PublicationEvent, PublicationRecordMixin, display_name

PUBLISH_ACTIONS = {"wagtail.publish", "wagtail.publish.scheduled"}


@receiver(post_save, sender=PageLogEntry)
def record_publication(sender, instance, created, raw=False, **kwargs):
    if not created or raw or instance.action not in PUBLISH_ACTIONS:
        return
    model = instance.content_type.model_class()
    if model is None or not issubclass(model, PublicationRecordMixin):
        return
    revision = instance.revision
    user = instance.user or getattr(revision, "user", None)
    summary = ""
    if revision is not None:
        summary = str(revision.content.get("change_summary") or "").strip()
    PublicationEvent.objects.create(
        page_id=instance.page_id,
        revision=revision,
        published_at=instance.timestamp,
        user=user,
        user_name=display_name(user),
        summary=summary[:255],
    )


# --- Shared chrome (``shared_cache``): any change that can alter it -----------


CHROME_MODELS = (
    Page,
    PageViewRestriction,
    Site,
    Locale,
    BaseSiteSetting,
    BaseGenericSetting,
)


@receiver(post_save)
@receiver(post_delete)
def note_chrome_change(sender, instance, raw=False, **kwargs):
    if not raw and isinstance(instance, CHROME_MODELS):
        shared_cache.note_change()


@receiver(post_save)
def note_brand_image_change(sender, instance, created=False, raw=False, **kwargs):
    """The logo and the share image are part of the shared chrome: a new file
    or focal point for one of them reaches readers at once."""
    if raw or created or not isinstance(instance, AbstractImage):
        return
    if BrandSettings.objects.filter(
        Q(logo_id=instance.pk) | Q(share_image_id=instance.pk)
    ).exists():
        shared_cache.note_change()


@receiver(post_delete)
def note_image_deletion(sender, instance, **kwargs):
    """A deleted image may have been the share image (its setting is emptied
    without a signal of its own)."""
    if isinstance(instance, AbstractImage):
        shared_cache.note_change()


@receiver(page_unpublished)
@receiver(post_page_move)
def note_page_change(sender, **kwargs):
    shared_cache.note_change()
