from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CityImage(AbstractImage):
    """An image with the accessibility and credit data a public site owes."""

    credit = models.CharField(
        _("photo credit"),
        max_length=255,
        blank=True,
        help_text=_("Author or source shown under the image, e.g. “Photo: J. Nowak”."),
    )
    decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_(
            "Tick only if the image adds no information; it will then be hidden "
            "from screen readers and needs no description."
        ),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit", "decorative")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def clean(self):
        super().clean()
        if not self.decorative and not (self.description or "").strip():
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
        return "" if self.decorative else self.description


class CityRendition(AbstractRendition):
    image = models.ForeignKey(
        CityImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
