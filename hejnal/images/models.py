from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image

# The rendition pages are shared with (og:image) and feeds enclose: the
# 1200×630 card the social networks ask for.
SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg|jpegquality-80"


class CreditKind(models.TextChoices):
    PHOTO = "photo", _("photo")
    ILLUSTRATION = "illustration", _("illustration")
    SOURCE = "source", _("source")


def credit_line(kind, name):
    """“Photo: J. Nowak” in the active language: the label is translated, the
    name (a proper name) is shown as it was entered."""
    if kind == CreditKind.ILLUSTRATION:
        return gettext("Illustration: %(name)s") % {"name": name}
    if kind == CreditKind.SOURCE:
        return gettext("Source: %(name)s") % {"name": name}
    return gettext("Photo: %(name)s") % {"name": name}


class CityImage(AbstractImage):
    """An image with the accessibility and credit data a public site owes."""

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_(
            "Only the name of the author or source, e.g. “J. Nowak”; the label "
            "(“Photo:”) is added in the reader's language."
        ),
    )
    credit_kind = models.CharField(
        _("credit label"),
        max_length=16,
        choices=CreditKind.choices,
        default=CreditKind.PHOTO,
    )
    # Not ``decorative``: Wagtail's AbstractImage.__init__ sets an instance
    # attribute of that name (a per-placement flag of its own ImageBlock) to
    # False, which would hide the stored value on every image loaded.
    is_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_(
            "Tick only if the image adds no information; it will then be hidden "
            "from screen readers and needs no description."
        ),
    )

    admin_form_fields = (
        *Image.admin_form_fields,
        "credit",
        "credit_kind",
        "is_decorative",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def clean(self):
        super().clean()
        if not self.is_decorative and not (self.description or "").strip():
            raise ValidationError(
                {
                    "description": _(
                        "Describe the image for people who cannot see it, "
                        "or mark it as decorative."
                    )
                }
            )

    @property
    def alt_text(self):
        return "" if self.is_decorative else self.description

    @property
    def default_alt_text(self):
        """What Wagtail offers as the alt text (renditions' ``alt``, the
        ``{% image %}`` tag without ``alt=``, the rich text image chooser):
        nothing for a decorative image."""
        if self.is_decorative:
            return ""
        return super().default_alt_text

    @property
    def credit_line(self):
        """The credit as the reader sees it, e.g. “Foto: J. Nowak” on a German
        page; empty when the image has no credit."""
        name = (self.credit or "").strip()
        return credit_line(self.credit_kind, name) if name else ""


class CityRendition(AbstractRendition):
    image = models.ForeignKey(
        CityImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
