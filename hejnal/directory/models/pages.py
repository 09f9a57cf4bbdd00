import datetime
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField

from hejnal.core.blocks import BodyBlock
from hejnal.core.models import BrandSettings
from hejnal.core.visibility import visible
from hejnal.directory import countries, dates, listing, svgmap
from hejnal.directory.countries import CountryField, sort_key

from .partner_cities import PartnerCity

DIRECTORY_PARENTS = ["pages.HomePage", "pages.SectionPage"]
MIN_YEAR, MAX_YEAR = dates.FIRST_YEAR, dates.LAST_YEAR


def page_language(page):
    return page.locale.language_code


class DirectoryIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = DIRECTORY_PARENTS
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def directory_entries(self, language):
        """The entries this page lists, for the site search."""
        return []

    def search_text(self):
        """Everything the page lists, so the site search finds e.g. a consulate."""
        language = page_language(self)
        with translation.override(language):
            return " ".join(
                entry.search_text() for entry in self.directory_entries(language)
            )


class NationalDayCalendarPage(DirectoryIndexPage):
    """The year's national days by month, upcoming ones highlighted."""

    template = "directory/national_day_calendar_page.html"

    class Meta:
        verbose_name = _("national days calendar")

    def selected_year(self, request, today):
        raw = request.GET.get("year", "")
        if not raw:
            return today.year
        if not raw.isdigit() or not MIN_YEAR <= int(raw) <= MAX_YEAR:
            raise Http404(_("There is no calendar for that year."))
        return int(raw)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = page_language(self)
        today = timezone.localdate()
        year = self.selected_year(request, today)
        entries = listing.national_days(language)
        months = listing.calendar_year(
            language, year, today, entries=entries, greetings=False
        )
        upcoming = listing.upcoming(
            language, today, limit=8, entries=entries, greetings=False
        )
        # One query finds the greetings for both lists.
        listing.attach_greetings(
            [o for month in months for o in month.occurrences] + upcoming, language
        )
        context.update(
            today=today,
            year=year,
            previous_year=year - 1 if year > MIN_YEAR else None,
            next_year=year + 1 if year < MAX_YEAR else None,
            months=months,
            upcoming=upcoming,
            upcoming_days=listing.UPCOMING_DAYS,
        )
        return context

    def directory_entries(self, language):
        return listing.national_days(language)


class PartnerCityFilterForm(forms.Form):
    agreement = forms.ChoiceField(label=_("Agreement type"), required=False)
    continent = forms.ChoiceField(label=_("Continent"), required=False)

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["agreement"].choices = everything + PartnerCity.AGREEMENT_CHOICES
        self.fields["continent"].choices = everything + [
            (key, name)
            for key, name in countries.continent_choices(language)
            if key != countries.ANTARCTICA
        ]


class PartnerCityIndexPage(DirectoryIndexPage):
    """Partner cities: filters, maps drawn on the server and a table.

    The maps are SVG images below the page (``map/world/``, ``map/europe/``,
    with the page's filters as the query string): cached like the page,
    purged with it, and out of the page's own weight.
    """

    template = "directory/partner_city_index_page.html"
    MAPS = ("world", "europe")

    class Meta:
        verbose_name = _("partner cities index")

    def route(self, request, path_components):
        if (
            len(path_components) == 2
            and path_components[0] == "map"
            and path_components[1] in self.MAPS
        ):
            if not self.live:
                raise Http404
            return RouteResult(self, kwargs={"map_key": path_components[1]})
        return super().route(request, path_components)

    def filtered(self, request):
        """(form, chosen filters, cities) for the request's query string."""
        language = page_language(self)
        form = PartnerCityFilterForm(request.GET or None, language=language)
        chosen = form.cleaned_data if form.is_valid() else {}
        cities = listing.partner_cities(
            language,
            agreement_type=chosen.get("agreement", ""),
            continent=chosen.get("continent", ""),
        )
        return form, chosen, cities

    def serve(self, request, *args, map_key=None, **kwargs):
        if map_key is None:
            return super().serve(request, *args, **kwargs)
        _form, _chosen, cities = self.filtered(request)
        brand = BrandSettings.for_request(request)
        with translation.override(page_language(self)):
            svg = svgmap.draw(map_key, cities, brand.accent_colour)
        if svg is None:
            raise Http404
        return HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = page_language(self)
        form, chosen, cities = self.filtered(request)
        query = urlencode(
            sorted((key, value) for key, value in chosen.items() if value)
        )
        context.update(
            filter_form=form,
            is_filtered=any(chosen.values()),
            cities=cities,
            map=svgmap.maps_for(cities),
            map_query=f"?{query}" if query else "",
            country_urls=listing.country_page_urls(language, request),
        )
        return context

    def directory_entries(self, language):
        return listing.partner_cities(language)


class ConsulateIndexPage(DirectoryIndexPage):
    """The consular corps in the city, by country."""

    template = "directory/consulate_index_page.html"

    class Meta:
        verbose_name = _("consulates index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = page_language(self)
        context.update(
            groups=listing.consulates_by_country(language),
            country_urls=listing.country_page_urls(language, request),
        )
        return context

    def directory_entries(self, language):
        return [
            c
            for group in listing.consulates_by_country(language)
            for c in group.entries
        ]


class CountryIndexPage(DirectoryIndexPage):
    """Countries the city works with, by continent."""

    template = "directory/country_index_page.html"
    subpage_types = ["directory.CountryPage"]

    class Meta:
        verbose_name = _("countries index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = page_language(self)
        pages = (
            visible(CountryPage.objects.child_of(self))
            .select_related("locale")
            .defer_streamfields()
        )
        groups = {}
        for page in pages:
            groups.setdefault(page.continent, []).append(page)
        context["continents"] = [
            {
                "key": key,
                "name": countries.continent_name(key, language),
                "pages": sorted(groups[key], key=lambda p: sort_key(p.country_name)),
            }
            for key in countries.CONTINENTS
            if key in groups
        ]
        return context


class CountryPage(Page):
    """Relations with one country: the editors' account plus everything linked."""

    country = CountryField()
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        # Required for drafts too: Wagtail would otherwise save a draft about no
        # country, which the one-page-per-country check cannot see.
        FieldPanel("country", required_on_save=True),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("country_names"),
        index.FilterField("country"),
    ]
    # Page fields keep wagtail-localize's defaults (title, slug, SEO texts, intro
    # and body are translated); the country is the same in every language tree.
    override_translatable_fields = [SynchronizedField("country", overridable=False)]
    parent_page_types = ["directory.CountryIndexPage"]
    subpage_types = []
    template = "directory/country_page.html"

    class Meta:
        verbose_name = _("country page")
        verbose_name_plural = _("country pages")

    def clean(self):
        super().clean()
        if not self.country or not countries.is_valid_code(self.country):
            return
        other = (
            CountryPage.objects.filter(
                locale_id=self.locale_id, country=countries.normalise_code(self.country)
            )
            .exclude(pk=self.pk)
            .first()
        )
        if other is not None:
            raise ValidationError(
                {
                    "country": _(
                        "This language version already has a page about %(country)s: "
                        "“%(title)s”."
                    )
                    % {"country": self.country_name, "title": other.title}
                }
            )

    @property
    def country_name(self):
        return countries.country_name(self.country)

    @property
    def continent(self):
        return countries.continent_of(self.country)

    @property
    def flag_url(self):
        return countries.flag_url(self.country)

    def country_names(self):
        from django.conf import settings

        return " ".join(
            countries.country_name(self.country, code)
            for code, _n in settings.LANGUAGES
        )

    def search_text(self):
        """The account plus the partner cities, consulates and national days."""
        from hejnal.directory.models import NationalDay

        language = page_language(self)
        with translation.override(language):
            entries = [
                *(
                    c
                    for c in listing.partner_cities(language)
                    if c.country == self.country
                ),
                *(
                    c
                    for group in listing.consulates_by_country(language, self.country)
                    for c in group.entries
                ),
                *listing.national_days(
                    language, NationalDay.objects.filter(country=self.country)
                ),
            ]
            parts = [self.title, self.intro, self.country_names()]
            parts.extend(entry.search_text() for entry in entries)
        return " ".join(filter(None, parts))

    def get_context(self, request, *args, **kwargs):
        from hejnal.directory.models import NationalDay
        from hejnal.news.models import ArticlePage

        context = super().get_context(request, *args, **kwargs)
        language = page_language(self)
        today = timezone.localdate()
        days = listing.national_days(
            language, NationalDay.objects.filter(country=self.country)
        )
        next_dates = listing.occurrences(
            days, today, today + datetime.timedelta(days=366), today=today
        )
        seen, upcoming = set(), []
        for occurrence in next_dates:
            if occurrence.day.translation_key not in seen:
                seen.add(occurrence.day.translation_key)
                upcoming.append(occurrence)
        undated = [day for day in days if day.translation_key not in seen]
        cities = [
            city
            for city in listing.partner_cities(language)
            if city.country == self.country
        ]
        with translation.override(language):
            context.update(
                national_days=upcoming,
                undated_days=undated,
                partner_cities=cities,
                consulates=listing.consulates_by_country(language, self.country),
                news=list(
                    ArticlePage.objects.teasers().filter(
                        locale_id=self.locale_id, countries__code=self.country
                    )[:6]
                ),
                calendar_url=listing.page_url(
                    NationalDayCalendarPage, language, request
                ),
                cities_url=listing.page_url(PartnerCityIndexPage, language, request),
            )
        return context
