from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.models.pages import PageQuerySet

from hejnal.core import navigation, shared_cache
from hejnal.core.blocks import BodyBlock
from hejnal.core.models import PublicationRecordMixin
from hejnal.core.models.publication import PublicationRecordForm
from hejnal.core.visibility import PublicQuerySetMixin, is_visible
from hejnal.directory.widgets import CountriesField

TEASER_RENDITIONS = ("fill-400x225|format-webp", "fill-800x450|format-webp")


class Topic(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=True)

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


class ArticleQuerySet(PublicQuerySetMixin, PageQuerySet):
    def teasers(self):
        """Live, public articles ready for a list: newest first, images prefetched."""
        from hejnal.images.models import CityImage

        return (
            self.visible()
            .select_related("hero_image")
            .prefetch_related(
                models.Prefetch(
                    "hero_image",
                    queryset=CityImage.objects.prefetch_renditions(*TEASER_RENDITIONS),
                )
            )
            .order_by("-date", "-pk")
        )


ArticleManager = PageManager.from_queryset(ArticleQuerySet)


class ArticleForm(PublicationRecordForm):
    """Offers only the topics of the article's own language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "topics" in self.fields and self.instance.locale_id:
            self.fields["topics"].queryset = Topic.objects.filter(
                locale_id=self.instance.locale_id
            )


class NewsCategoryPage(Page):
    """A category list of dated teasers, e.g. “News” or “National days”."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["news.ArticlePage"]

    class Meta:
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")

    def articles(self):
        return ArticlePage.objects.teasers().child_of(self)

    def get_context(self, request, *args, **kwargs):
        from .listing import category_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(category_listing(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        from .listing import InvalidListingRequest

        try:
            return super().serve(request, *args, **kwargs)
        except InvalidListingRequest as exc:
            from django.http import Http404

            raise Http404(str(exc)) from exc


class ArticlePage(PublicationRecordMixin, Page):
    date = models.DateField(
        _("publication date"), default=timezone.localdate, db_index=True
    )
    lead = models.TextField(_("lead"), max_length=600)
    hero_image = models.ForeignKey(
        "images.CityImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image alternative text"),
        max_length=300,
        blank=True,
        help_text=_("In this page's language; empty uses the image's description."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True)
    countries = CountriesField(
        "directory.Country",
        verbose_name=_("countries"),
        blank=True,
        related_name="articles",
        help_text=_("Countries this article is about; it then appears on their pages."),
    )

    objects = ArticleManager()
    base_form_class = ArticleForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")],
            heading=_("Hero image"),
        ),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("countries"),
        InlinePanel("related_links", label=_("See also"), max_num=5),
        *PublicationRecordMixin.publication_panels,
    ]
    parent_page_types = ["news.NewsCategoryPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def clean(self):
        super().clean()
        image = self.hero_image
        has_alt = self.hero_image_alt.strip() or (image and image.description.strip())
        if image is not None and not image.is_decorative and not has_alt:
            raise ValidationError(
                {
                    "hero_image_alt": _(
                        "Describe the image, or mark it as decorative in the "
                        "image library."
                    )
                }
            )

    @property
    def hero_alt(self):
        if self.hero_image is None or self.hero_image.is_decorative:
            return ""
        return self.hero_image_alt or self.hero_image.description

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["record"] = self.publication_record()
        context["topic_list"] = list(self.topics.all())
        context["see_also"] = shared_cache.remember(
            request, ("see-also", self.pk), self.see_also
        )
        context["also_in"] = [
            link
            for link in navigation.language_links(request, self)
            if link.is_translation and not link.is_current
        ]
        context["category"] = self.get_parent()
        return context

    def see_also(self):
        """Curated links first, then automatic ones, five at most (two queries)."""
        from .related import see_also_for

        return see_also_for(self)


class ArticleRelatedLink(Orderable):
    """An editor-curated “See also” link."""

    article = ParentalKey(
        ArticlePage, on_delete=models.CASCADE, related_name="related_links"
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    link_url = models.URLField(_("external address"), blank=True)
    title = models.CharField(_("link text"), max_length=255, blank=True)

    panels = [FieldPanel("link_page"), FieldPanel("link_url"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("see also link")

    def clean(self):
        if bool(self.link_page_id) == bool(self.link_url):
            raise ValidationError(_("Choose either a page or an external address."))
        if self.link_url and not self.title:
            raise ValidationError({"title": _("External links need text.")})

    @property
    def is_visible(self):
        return bool(self.link_url) or is_visible(self.link_page)

    @property
    def text(self):
        return self.title or (self.link_page.title if self.link_page else self.link_url)

    @property
    def href(self):
        return self.link_url or self.link_page.url


class AutomaticRelatedLink(models.Model):
    """A "See also" article found by content similarity, shared topics and date.

    Computed when the article is published and by ``manage.py refresh_related``,
    never while a reader waits.
    """

    article = models.ForeignKey(
        ArticlePage, on_delete=models.CASCADE, related_name="automatic_related"
    )
    related = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )
    position = models.PositiveSmallIntegerField()
    score = models.FloatField()

    class Meta:
        ordering = ["article", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "related"], name="automatic_related_unique"
            )
        ]
        verbose_name = _("automatic see also link")

    def __str__(self):
        return f"{self.article_id} → {self.related_id}"
