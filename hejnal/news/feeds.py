"""RSS 2.0 and Atom feeds per language and per news category.

``/<lang>/feeds/news.rss|.atom`` carries every article of the language,
``/<lang>/feeds/<category-slug>.rss|.atom`` one category. Items have the
lead as description, the hero image as an enclosure and, with ``?full=1``,
the whole article body (RSS ``content:encoded``, Atom ``content``).
"""

import re
from dataclasses import dataclass
from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from hejnal.core import navigation
from hejnal.core.origin import absolute
from hejnal.core.visibility import visible
from hejnal.images.models import SHARE_IMAGE_SPEC

from .models import ArticlePage, NewsCategoryPage

FEED_ITEMS = 30
FEED_MAX_AGE = 600
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
_RELATIVE_URL = re.compile(r'(\s(?:href|src|poster)=")/(?!/)')
_SRCSET = re.compile(r'(\ssrcset=")([^"]*)"')


class NewsRss(Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:content": CONTENT_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content_html"):
            handler.addQuickElement("content:encoded", item["content_html"])


class NewsAtom(Atom1Feed):
    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content_html"):
            handler.addQuickElement("content", item["content_html"], {"type": "html"})


@dataclass
class FeedSubject:
    request: object
    locale: object
    home: object
    category: object | None
    full: bool

    @property
    def page(self):
        return self.category or self.home

    def absolute(self, url):
        return absolute(url)


def _absolutize(html, root):
    html = _RELATIVE_URL.sub(lambda m: f"{m.group(1)}{root}/", html)
    return _SRCSET.sub(
        lambda m: (
            m.group(1)
            + re.sub(r"(^|,\s*)/(?!/)", lambda n: f"{n.group(1)}{root}/", m.group(2))
            + '"'
        ),
        html,
    )


class NewsFeed(Feed):
    feed_type = NewsRss

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        patch_cache_control(response, public=True, max_age=FEED_MAX_AGE)
        return response

    def get_object(self, request, category=None):
        language = translation.get_language()
        locale = Locale.objects.filter(language_code=language).first()
        home = navigation.language_homes(request).get(language)
        if locale is None or home is None:
            raise Http404(_("There is no news in this language."))
        page = None
        if category is not None:
            page = (
                visible(NewsCategoryPage.objects.all())
                .filter(locale=locale, slug=category)
                .first()
            )
            if page is None:
                raise Http404(_("There is no news category with this address."))
        return FeedSubject(
            request=request,
            locale=locale,
            home=home.specific,
            category=page,
            full=request.GET.get("full") == "1",
        )

    # Channel ---------------------------------------------------------------
    def title(self, obj):
        site = getattr(obj.home, "site_name", "") or obj.home.title
        section = obj.category.title if obj.category else _("News")
        return f"{site} — {section}"

    def link(self, obj):
        return obj.absolute(obj.page.get_url(obj.request))

    def description(self, obj):
        if obj.category is not None and obj.category.intro:
            return obj.category.intro
        site = getattr(obj.home, "site_name", "") or obj.home.title
        return _("The latest news from %(site)s") % {"site": site}

    subtitle = description

    def feed_url(self, obj):
        return obj.absolute(obj.request.path)

    def feed_guid(self, obj):
        return obj.absolute(obj.request.path)

    def author_name(self, obj):
        return getattr(obj.home, "site_name", "") or obj.home.title

    # Items -----------------------------------------------------------------
    def items(self, obj):
        from django.db.models import Prefetch

        from hejnal.images.models import CityImage

        scope = obj.page
        pages = list(
            visible(ArticlePage.objects.all())
            .descendant_of(scope)
            .select_related("hero_image")
            .prefetch_related(
                "topics",
                Prefetch(
                    "hero_image",
                    queryset=CityImage.objects.prefetch_renditions(SHARE_IMAGE_SPEC),
                ),
            )
            .order_by("-date", "-first_published_at", "-pk")[:FEED_ITEMS]
        )
        root = obj.absolute("/").rstrip("/")
        for page in pages:
            page.feed_link = obj.absolute(page.get_url(obj.request))
            page.feed_guid = f"{root}/?page_id={page.pk}"
            page.feed_enclosure = self._enclosure(obj, page)
            page.feed_content = self._content(obj, page, root) if obj.full else ""
        return pages

    def _enclosure(self, obj, page):
        if page.hero_image is None:
            return []
        try:
            rendition = page.hero_image.get_rendition(SHARE_IMAGE_SPEC)
            length = rendition.file.size
        except Exception:  # a missing source file must not break the feed
            return []
        return [Enclosure(obj.absolute(rendition.url), str(length), "image/jpeg")]

    def _content(self, obj, page, root):
        try:
            html = str(page.body.render_as_block(context={"request": obj.request}))
        except Exception:
            return ""
        return _absolutize(html, root)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.feed_link

    def item_guid(self, item):
        return item.feed_guid

    def item_guid_is_permalink(self, item):
        return False

    def item_pubdate(self, item):
        published = item.first_published_at
        if published and timezone.localtime(published).date() == item.date:
            return published
        return timezone.make_aware(datetime.combine(item.date, time(12)))

    def item_updateddate(self, item):
        pubdate = self.item_pubdate(item)
        updated = item.last_published_at
        return updated if updated and updated > pubdate else pubdate

    def item_author_name(self, item):
        return item.prepared_by.strip() or None

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]

    def item_enclosures(self, item):
        return item.feed_enclosure

    def item_extra_kwargs(self, item):
        return {"content_html": item.feed_content}


class NewsAtomFeed(NewsFeed):
    feed_type = NewsAtom

    def item_guid(self, item):
        # Atom ids must be IRIs; the same stable address as the RSS guid.
        return item.feed_guid


news_rss = NewsFeed()
news_atom = NewsAtomFeed()
