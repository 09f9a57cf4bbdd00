from django.db import models
from django.utils.translation import gettext_lazy as _

from hejnal.directory import countries


class Country(models.Model):
    """An ISO 3166 country, for tagging articles; its name comes from Babel.

    The table holds every code CLDR knows (filled by a data migration and kept
    in step by ``sync_countries()``); editors never type a country's name.
    """

    code = models.CharField(
        _("ISO 3166 code"),
        max_length=2,
        primary_key=True,
        validators=[countries.validate_country_code],
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return countries.country_name(self.code)


def sync_countries(model=Country):
    """Add a row for every valid code that is missing; returns how many were added."""
    have = set(model.objects.values_list("code", flat=True))
    missing = sorted(countries.valid_codes() - have)
    model.objects.bulk_create([model(code=code) for code in missing])
    return len(missing)
