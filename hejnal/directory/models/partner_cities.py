from django.core.exceptions import ValidationError
from django.core.validators import DecimalValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from hejnal.directory.countries import sort_key

from .base import DirectoryEntry

FIRST_YEAR = 1900


def validate_year_signed(value):
    """From 1900 to this year; “this year” is read when the editor saves."""
    this_year = timezone.localdate().year
    if value is None:
        return
    if value > this_year:
        raise ValidationError(
            _("The year signed cannot be in the future."), code="future_year"
        )
    if value < FIRST_YEAR:
        raise ValidationError(
            _(
                "Enter the year the agreement was signed, from %(first)s to "
                "%(this_year)s."
            ),
            code="early_year",
            params={"first": FIRST_YEAR, "this_year": this_year},
        )


def validate_latitude(value):
    if value is None or not -90 <= value <= 90:
        raise ValidationError(
            _(
                "Latitude %(value)s is out of range: it must be between -90 and 90 "
                "degrees (north positive, south negative)."
            ),
            code="latitude",
            params={"value": value},
        )


def validate_longitude(value):
    if value is None or not -180 <= value <= 180:
        raise ValidationError(
            _(
                "Longitude %(value)s is out of range: it must be between -180 and 180 "
                "degrees (east positive, west negative)."
            ),
            code="longitude",
            params={"value": value},
        )


class PartnerCityForm(WagtailAdminModelForm):
    """Coordinates out of range get the range message, not a digit count.

    The decimal field's own check (at most 3 digits before the point) would
    answer “1000” with a message about digits; the range says what is wrong.
    """

    COORDINATES = {"latitude": validate_latitude, "longitude": validate_longitude}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, validator in self.COORDINATES.items():
            field = self.fields.get(name)
            if field is not None:
                places = field.decimal_places
                field.validators = [validator, DecimalValidator(None, places)]


class PartnerCity(DirectoryEntry):
    """A city Kraków has an agreement with."""

    TWINNING = "twinning"
    PARTNERSHIP = "partnership"
    HONORARY = "honorary"
    SECTORAL = "sectoral"
    AGREEMENT_CHOICES = [
        (TWINNING, _("Twinning agreement")),
        (PARTNERSHIP, _("Partnership agreement")),
        (HONORARY, _("Honorary twin city")),
        (SECTORAL, _("Sectoral agreement")),
    ]

    name = models.CharField(
        _("city"), max_length=120, help_text=_("The city's name in this language.")
    )
    agreement_type = models.CharField(
        _("agreement type"), max_length=20, choices=AGREEMENT_CHOICES
    )
    year_signed = models.PositiveSmallIntegerField(
        _("year signed"), validators=[validate_year_signed]
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("agreement document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[validate_latitude],
        help_text=_("Decimal degrees, north positive, e.g. 49.45208."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[validate_longitude],
        help_text=_("Decimal degrees, east positive, e.g. 11.07675."),
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("city website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("country"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("agreement_type"), FieldPanel("year_signed")]
                ),
                FieldPanel("document"),
            ],
            heading=_("Agreement"),
        ),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("description"),
        FieldPanel("website"),
    ]
    base_form_class = PartnerCityForm
    # The city's name and the description are texts; the agreement, the place on
    # the map and the document are facts shared by every language version. A
    # translator may point the website at the city's site in their language.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("country", overridable=False),
        SynchronizedField("agreement_type", overridable=False),
        SynchronizedField("year_signed", overridable=False),
        SynchronizedField("document", overridable=False),
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
        SynchronizedField("website"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.SearchField("country_names"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
        index.FilterField("country"),
        index.FilterField("agreement_type"),
    ]

    class Meta(DirectoryEntry.Meta):
        ordering = ["name"]
        verbose_name = _("partner city")
        verbose_name_plural = _("partner cities")

    def __str__(self):
        return self.name

    @property
    def sort_name(self):
        return sort_key(self.name)

    @property
    def anchor(self):
        return f"city-{self.translation_key}"

    def search_text(self):
        """Plain text for the site search: city, country in every language, text."""
        return " ".join(
            filter(
                None,
                [
                    self.name,
                    self.country_names(),
                    self.get_agreement_type_display(),
                    self.description,
                ],
            )
        )
