"""What the importers remember between runs, so a second run updates, not duplicates."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedItem(models.Model):
    """A page created from one item of an outside source (feed entry, WP post).

    ``source_key`` is the item's identity at the source: its GUID, or its
    original URL when it has none. ``revision`` is the revision the import
    published last; if the page has a newer one, an editor changed it and the
    next import leaves it alone.
    """

    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+"
    )
    source_key = models.CharField(_("source identifier"), max_length=500)
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    content_hash = models.CharField(max_length=64)
    original_url = models.URLField(_("original address"), max_length=1000, blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "source_key"], name="importers_item_unique_key"
            )
        ]
        verbose_name = _("imported item")
        verbose_name_plural = _("imported items")

    def __str__(self):
        return self.source_key


class ImportedFile(models.Model):
    """An image or document created from a file of an outside source."""

    source_key = models.CharField(_("source identifier"), max_length=500, unique=True)
    checksum = models.CharField(max_length=64)
    image = models.ForeignKey(
        "images.CityImage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("imported file")
        verbose_name_plural = _("imported files")

    def __str__(self):
        return self.source_key
