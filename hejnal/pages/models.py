from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from hejnal.core import shared_cache
from hejnal.core.blocks import BodyBlock, LinkBlock
from hejnal.core.models import PublicationRecordMixin
from hejnal.core.visibility import is_visible, sections_for, visible

from .accessibility import AccessibilityStatementPage


class HomePage(Page):
    """The root of one language version."""

    site_name = models.CharField(
        _("site name"),
        max_length=120,
        help_text=_("Shown in the header of every page in this language."),
    )
    intro = models.TextField(_("introduction"), blank=True)
    featured = StreamField(
        [("page", blocks.PageChooserBlock(label=_("page")))],
        verbose_name=_("featured items"),
        blank=True,
        max_num=4,
    )
    see_also = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("see also"),
        blank=True,
        max_num=8,
    )
    office_name = models.CharField(
        _("office name"),
        max_length=200,
        blank=True,
        help_text=_(
            "The office's name in this language, shown above the address "
            "(Settings → Brand) in the footer."
        ),
    )
    share_image_alt = models.CharField(
        _("share image alternative text"),
        max_length=300,
        blank=True,
        help_text=_(
            "Describes the site's share image (Settings → Brand) in this "
            "language; empty uses the image's description."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("site_name"),
        FieldPanel("office_name"),
        FieldPanel("intro"),
        FieldPanel("featured"),
        FieldPanel("see_also"),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("share_image_alt")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.SectionPage",
        "pages.StandardPage",
        "pages.AccessibilityStatementPage",
        "news.NewsCategoryPage",
        "directory.NationalDayCalendarPage",
        "directory.PartnerCityIndexPage",
        "directory.ConsulateIndexPage",
        "directory.CountryIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        from hejnal.core.routing import route_below

        if not path_components:
            return super().route(request, path_components)
        return route_below(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        from hejnal.news.models import ArticlePage

        context = super().get_context(request, *args, **kwargs)
        teasers = ArticlePage.objects.teasers()
        # Which six are newest is a scan of the language's articles: shared
        # between requests until the content changes; fetched then by key.
        latest_ids = shared_cache.remember(
            request,
            ("latest-news", self.pk),
            lambda: list(teasers.descendant_of(self)[:6].values_list("pk", flat=True)),
        )
        latest = {page.pk: page for page in teasers.filter(pk__in=latest_ids)}
        context["latest_news"] = [latest[pk] for pk in latest_ids if pk in latest]
        featured_ids = [block.value.pk for block in self.featured if block.value]
        sections = sections_for(request)
        featured = {
            page.pk: page
            for page in visible(
                Page.objects.filter(pk__in=featured_ids), sections
            ).specific()
        }
        context["featured_pages"] = [
            featured[pk] for pk in featured_ids if pk in featured
        ]
        context["sections"] = (
            visible(Page.objects.child_of(self), sections).in_menu().specific()
        )
        context["see_also_links"] = [
            block
            for block in self.see_also
            if not block.value["page"] or is_visible(block.value["page"], sections)
        ]
        return context


class SectionPage(Page):
    """An index of its child pages, e.g. “International cooperation”."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    subpage_types = [
        "pages.SectionPage",
        "pages.StandardPage",
        "pages.AccessibilityStatementPage",
        "news.NewsCategoryPage",
        "directory.NationalDayCalendarPage",
        "directory.PartnerCityIndexPage",
        "directory.ConsulateIndexPage",
        "directory.CountryIndexPage",
    ]

    class Meta:
        verbose_name = _("section page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = visible(self.get_children()).specific()
        return context


class StandardPage(PublicationRecordMixin, Page):
    """Policy text and other stand-alone pages."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        *PublicationRecordMixin.publication_panels,
    ]
    subpage_types = ["pages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["record"] = self.publication_record()
        return context


__all__ = ["AccessibilityStatementPage", "HomePage", "SectionPage", "StandardPage"]
