import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from hejnal.directory import dates
from hejnal.directory.countries import sort_key

from .base import DirectoryEntry


class NationalDayForm(WagtailAdminModelForm):
    """The rule and the dates per year must agree; the formset lives on the form."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("dates")
        rule = cleaned.get("rule")
        # The rows' own errors (e.g. 30 February) are shown at the rows; the
        # formset is validated here first so that its cleaned data exists.
        if formset is None or rule is None or not formset.is_valid():
            return cleaned
        entered = [
            form.cleaned_data["date"]
            for form in formset.forms
            if form.cleaned_data.get("date") and not form.cleaned_data.get("DELETE")
        ]
        message = None
        if rule == dates.FIXED and entered:
            # They would be kept but never shown: say so instead.
            message = _(
                "An occasion on the same day every year takes no dates per year: "
                "delete them under “Dates per year”, or choose “Date set for each "
                "year”."
            )
        elif rule == dates.MOVABLE and not entered:
            message = _(
                "A movable occasion needs its date for at least one year: "
                "add it under “Dates per year”."
            )
        elif len(set(entered)) != len(entered):
            message = _("The same date is entered twice.")
        if message:
            self.add_error("rule", message)
            # add_error() drops the rule from cleaned_data; the model's own checks
            # (day and month) must still see the rule the editor chose.
            self.cleaned_data["rule"] = rule
        return cleaned


class NationalDay(DirectoryEntry, ClusterableModel):
    """A national day or other occasion the city greets, e.g. Ukraine's Independence
    Day on 24 August, or the Netherlands' King's Day, whose date moves."""

    RULE_CHOICES = [
        (dates.FIXED, _("Same day every year")),
        (dates.MOVABLE, _("Date set for each year")),
    ]

    name = models.CharField(
        _("occasion"),
        max_length=200,
        help_text=_("In this language, e.g. “Independence Day of Ukraine”."),
    )
    rule = models.CharField(
        _("date rule"), max_length=10, choices=RULE_CHOICES, default=dates.FIXED
    )
    month = models.PositiveSmallIntegerField(
        _("month"), choices=list(MONTHS.items()), null=True, blank=True
    )
    day = models.PositiveSmallIntegerField(
        _("day"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(31)],
        help_text=_("29 February is shown on 28 February in common years."),
    )
    description = models.TextField(
        _("note"),
        blank=True,
        help_text=_("Optional: one or two sentences about the occasion."),
    )

    panels = [
        FieldPanel("country"),
        FieldPanel("name"),
        FieldPanel("rule"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("day"), FieldPanel("month")])],
            heading=_("Same day every year"),
        ),
        InlinePanel("dates", heading=_("Dates per year"), label=_("date")),
        FieldPanel("description"),
    ]
    base_form_class = NationalDayForm
    # Translators get the texts; the country and the dates are the same in every
    # language and are copied into each translation (see docs/directory.md).
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("country", overridable=False),
        SynchronizedField("rule", overridable=False),
        SynchronizedField("month", overridable=False),
        SynchronizedField("day", overridable=False),
        SynchronizedField("dates", overridable=False),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.SearchField("country_names"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
        index.FilterField("country"),
    ]

    class Meta(DirectoryEntry.Meta):
        ordering = ["month", "day", "country"]
        verbose_name = _("national day")
        verbose_name_plural = _("national days")

    def __str__(self):
        return f"{self.name} ({self.country})"

    def clean(self):
        super().clean()
        if self.rule == dates.FIXED:
            try:
                dates.check_day_of_month(self.month, self.day)
            except ValidationError as error:
                raise ValidationError({"day": error.messages}) from error
        elif self.rule == dates.MOVABLE and (self.month or self.day):
            raise ValidationError(
                {
                    "day": _(
                        "Leave the fixed day and month empty for an occasion whose "
                        "date moves; enter its dates per year instead."
                    )
                }
            )

    @property
    def sort_name(self):
        return sort_key(self.name)

    @property
    def is_fixed(self):
        return self.rule == dates.FIXED

    def date_rule_display(self):
        if self.is_fixed and self.month and self.day:
            from django.utils.formats import date_format

            return date_format(datetime.date(2000, self.month, self.day), "j E")
        return self.get_rule_display()

    date_rule_display.short_description = _("date")

    def dates_between(self, start, end):
        """Every date of this occasion from start to end, inclusive.

        Uses ``self.dates.all()``, so prefetch ``dates`` when asking many entries.
        """
        if self.is_fixed:
            if self.month is None or self.day is None:
                return []
            return dates.fixed_dates_between(self.month, self.day, start, end)
        return sorted(d.date for d in self.dates.all() if start <= d.date <= end)

    def date_in(self, year):
        """The occasion's (first) date in a year, or None if none is set."""
        found = self.dates_between(
            datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        )
        return found[0] if found else None

    def search_text(self):
        """Plain text for the site search: occasion, country in every language, note."""
        return " ".join(
            filter(None, [self.name, self.country_names(), self.description])
        )


class NationalDayDate(Orderable):
    """The date of a movable occasion in one year."""

    national_day = ParentalKey(
        NationalDay, on_delete=models.CASCADE, related_name="dates"
    )
    date = models.DateField(_("date"), validators=[dates.validate_calendar_date])

    panels = [FieldPanel("date")]

    class Meta(Orderable.Meta):
        ordering = ["date"]
        verbose_name = _("date")
        verbose_name_plural = _("dates")

    def __str__(self):
        return self.date.isoformat()
