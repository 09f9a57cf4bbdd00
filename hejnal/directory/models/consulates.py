import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .base import DirectoryEntry

# schema.org openingHours, e.g. "Mo-Fr 09:00-12:00" or "Tu,Th 10:00-14:00"
DAY = r"(Mo|Tu|We|Th|Fr|Sa|Su)"
OPENING_HOURS = re.compile(
    rf"^{DAY}([-,]{DAY})*( ([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d)?$"
)
PHONE = re.compile(r"^\+?[0-9 ()-]{6,25}$")


def validate_opening_hours(value):
    bad = [
        line.strip()
        for line in (value or "").splitlines()
        if line.strip() and not OPENING_HOURS.match(line.strip())
    ]
    if bad:
        raise ValidationError(
            _(
                "Write each line as days and hours, e.g. “Mo-Fr 09:00-12:00” or "
                "“Tu,Th 10:00-14:00”. Not understood: %(lines)s"
            ),
            params={"lines": "; ".join(bad)},
        )


def validate_phone(value):
    if value and not PHONE.match(value):
        raise ValidationError(
            _("Enter the phone number in international form, e.g. +48 12 424 30 00.")
        )


class Consulate(DirectoryEntry):
    """A consulate in the city: a consulate general or an honorary consulate."""

    CONSULATE_GENERAL = "general"
    CONSULATE = "consulate"
    HONORARY = "honorary"
    KIND_CHOICES = [
        (CONSULATE_GENERAL, _("Consulate general")),
        (CONSULATE, _("Consulate")),
        (HONORARY, _("Honorary consulate")),
    ]

    kind = models.CharField(_("kind"), max_length=20, choices=KIND_CHOICES)
    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_(
            "Official name in this language, e.g. “Consulate General of the Federal "
            "Republic of Germany in Kraków”. Empty: kind and country."
        ),
    )
    head_of_post = models.CharField(_("head of post"), max_length=120, blank=True)
    head_title = models.CharField(
        _("head's title"),
        max_length=120,
        blank=True,
        help_text=_("In this language, e.g. “Consul General”."),
    )
    street_address = models.CharField(_("street address"), max_length=200)
    postal_code = models.CharField(_("postal code"), max_length=20)
    locality = models.CharField(_("city"), max_length=100, default="Kraków")
    phone = models.CharField(
        _("phone"), max_length=30, blank=True, validators=[validate_phone]
    )
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    office_hours = models.TextField(
        _("office hours"),
        blank=True,
        help_text=_("For readers, in this language, e.g. “Monday to Friday, 9–12”."),
    )
    opening_hours = models.TextField(
        _("office hours (machine-readable)"),
        blank=True,
        validators=[validate_opening_hours],
        help_text=_(
            "One range per line, e.g. “Mo-Fr 09:00-12:00”. For search engines."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("country"), FieldPanel("kind")]),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("head_of_post"), FieldPanel("head_title")]),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("locality")]),
            ],
            heading=_("Address"),
        ),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("website"),
        FieldPanel("office_hours"),
        FieldPanel("opening_hours"),
    ]
    # Translated: the official name, the head's title and the office hours for
    # readers. The postal address stays as the Polish post reads it, and contact
    # data and machine-readable hours are identical everywhere. The head's name
    # and the website are copied but may be overridden (a transliterated name,
    # the consulate's site in the translation's language).
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("head_title"),
        TranslatableField("office_hours"),
        SynchronizedField("country", overridable=False),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("head_of_post"),
        SynchronizedField("street_address", overridable=False),
        SynchronizedField("postal_code", overridable=False),
        SynchronizedField("locality", overridable=False),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("email", overridable=False),
        SynchronizedField("website"),
        SynchronizedField("opening_hours", overridable=False),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("head_of_post"),
        index.SearchField("street_address"),
        index.SearchField("country_names"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
        index.FilterField("country"),
        index.FilterField("kind"),
    ]

    class Meta(DirectoryEntry.Meta):
        ordering = ["country", "kind"]
        verbose_name = _("consulate")
        verbose_name_plural = _("consulates")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return self.name or f"{self.get_kind_display()}: {self.country_name}"

    @property
    def opening_hours_list(self):
        return [
            line.strip() for line in self.opening_hours.splitlines() if line.strip()
        ]

    @property
    def phone_uri(self):
        digits = re.sub(r"[^0-9+]", "", self.phone)
        return f"tel:{digits}" if digits else ""

    @property
    def anchor(self):
        return f"consulate-{self.translation_key}"

    def search_text(self):
        """Plain text for the site search: name, kind, country, head, address."""
        return " ".join(
            filter(
                None,
                [
                    self.display_name,
                    self.get_kind_display(),
                    self.country_names(),
                    self.head_of_post,
                    self.street_address,
                    self.office_hours,
                ],
            )
        )
