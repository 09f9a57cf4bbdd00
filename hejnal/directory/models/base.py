from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index

from hejnal.directory import countries
from hejnal.directory.countries import CountryField


class DirectoryEntry(TranslatableMixin, index.Indexed, models.Model):
    """What every directory entry shares: a country, a change time, search text."""

    country = CountryField()
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta(TranslatableMixin.Meta):
        abstract = True

    @property
    def country_name(self):
        """The country's name in the reader's (active) language."""
        return countries.country_name(self.country)

    @property
    def continent(self):
        return countries.continent_of(self.country)

    @property
    def flag_url(self):
        return countries.flag_url(self.country)

    def country_names(self):
        """The country's name in every site language, for search."""
        from django.conf import settings

        return " ".join(
            countries.country_name(self.country, code) for code, _ in settings.LANGUAGES
        )
