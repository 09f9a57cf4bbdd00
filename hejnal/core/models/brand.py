"""The city's visual identity, editable per site in Settings → Brand."""

import re

import babel
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
MIN_CONTRAST = 4.5  # WCAG 2.2 AA, normal text


def _luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first, second):
    """WCAG contrast ratio of two ``#rrggbb`` colours (1.0 to 21.0)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def country_name(code, language):
    """The name of country ``code`` in ``language`` (CLDR through Babel)."""
    if not code:
        return ""
    try:
        names = babel.Locale.parse(language or settings.LANGUAGE_CODE).territories
    except (ValueError, babel.UnknownLocaleError):
        names = {}
    return names.get(code, code)


@register_setting(icon="pick")
class BrandSettings(BaseSiteSetting):
    logo = models.ForeignKey(
        "images.CityImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    share_image = models.ForeignKey(
        "images.CityImage",
        verbose_name=_("share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when a page without an image of its own is shared on social "
            "media; best 1200×630 pixels. Each language's home page can describe "
            "it in that language (Promote tab)."
        ),
    )
    primary_colour = models.CharField(
        _("primary colour"),
        max_length=7,
        default="#1f4e8c",
        help_text=_("Used for the header, links and buttons; white text sits on it."),
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#8c1c13",
        help_text=_("Used for highlights; white text sits on it."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    street_address = models.TextField(
        _("street address"),
        blank=True,
        help_text=_(
            "Street and number as the post writes them, in the site's main "
            "language (e.g. “pl. Wszystkich Świętych 3-4”); a second line for "
            "the building or floor. Shown as written on every language version, "
            "marked as that language."
        ),
    )
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    locality = models.CharField(
        _("city"),
        max_length=100,
        blank=True,
        help_text=_("As the post writes it, e.g. “Kraków”."),
    )
    country = models.CharField(
        _("country"),
        max_length=2,
        blank=True,
        help_text=_(
            "Two-letter ISO code, e.g. PL; each language version shows the "
            "country's name in its own language."
        ),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("logo"),
                FieldPanel("share_image"),
                FieldPanel("primary_colour"),
                FieldPanel("accent_colour"),
            ],
            heading=_("Visual identity"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("locality")]),
                FieldPanel("country"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("privacy_page"), FieldPanel("accessibility_page")],
            heading=_("Footer pages"),
        ),
    ]

    class Meta:
        verbose_name = _("brand")

    def clean(self):
        super().clean()
        errors = {}
        self.country = (self.country or "").strip().upper()
        if self.country and not COUNTRY_CODE.match(self.country):
            errors["country"] = _("Enter the country's two-letter code, e.g. PL.")
        for field in ("primary_colour", "accent_colour"):
            value = getattr(self, field)
            if not HEX_COLOUR.match(value or ""):
                errors[field] = _("Enter a colour as #rrggbb, e.g. #1f4e8c.")
            elif contrast_ratio(value, "#ffffff") < MIN_CONTRAST:
                errors[field] = _(
                    "White text on this colour has a contrast of %(ratio).1f:1; "
                    "WCAG needs at least 4.5:1. Choose a darker colour."
                ) % {"ratio": contrast_ratio(value, "#ffffff")}
        if errors:
            raise ValidationError(errors)

    def _street_lines(self):
        return [
            line.strip() for line in self.street_address.splitlines() if line.strip()
        ]

    @property
    def has_address(self):
        return bool(self._street_lines() or self.locality.strip())

    def postal_address(self, language):
        """The office's address for readers of ``language``.

        The lines the post reads (street, postal code and city) stay as
        written, in the site's main language, and say so (``lang``) on other
        language versions; the country is named in the reader's language.
        """
        original = settings.LANGUAGE_CODE.split("-")[0]
        city = f"{self.postal_code.strip()} {self.locality.strip()}".strip()
        return {
            "lines": self._street_lines() + ([city] if city else []),
            "lang": "" if language == original else original,
            "country": country_name(self.country, language),
        }

    def postal_address_json_ld(self):
        """The same address as a schema.org ``PostalAddress``."""
        data = {"@type": "PostalAddress"}
        for key, value in (
            ("streetAddress", ", ".join(self._street_lines())),
            ("postalCode", self.postal_code.strip()),
            ("addressLocality", self.locality.strip()),
            ("addressCountry", self.country),
        ):
            if value:
                data[key] = value
        return data
