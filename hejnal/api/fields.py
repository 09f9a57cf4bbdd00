"""API fields for Hejnał's page types, kept out of the models.

Wagtail reads ``api_fields`` from each model; here the same lists live in one
registry so the headless API is described in one place.
"""

from rest_framework.fields import BooleanField, Field
from wagtail.api import APIField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.api.v2.serializers import ImageSerializer

from hejnal.core.origin import absolute

HERO_RENDITIONS = {
    "teaser": "fill-400x225|format-webp",
    "large": "fill-1600x900|format-webp",
    "share": "fill-1200x630|format-jpeg|jpegquality-80",
}


class _WholePageField(Field):
    """A read-only field computed from the whole page, not one attribute."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance


class CategoryField(_WholePageField):
    def to_representation(self, page):
        parent = page.get_parent()
        if parent is None:
            return None
        return {
            "id": parent.pk,
            "title": parent.title,
            "slug": parent.slug,
            "html_url": parent.get_full_url(self.context.get("request")),
        }


class TopicsField(_WholePageField):
    def to_representation(self, page):
        return [
            {"id": topic.pk, "name": topic.name, "slug": topic.slug}
            for topic in page.topics.all()
        ]


class PublicationRecordField(_WholePageField):
    def to_representation(self, page):
        record = page.publication_record()
        return {
            "prepared_by": record.prepared_by,
            "published_by": record.published_by,
            "first_published_at": _iso(record.first_published_at),
            "last_published_at": _iso(record.last_published_at),
            "history": [
                {
                    "published_at": _iso(event.published_at),
                    "published_by": event.user_name,
                    "summary": event.summary,
                }
                for event in record.history
            ],
        }


class HeroRenditionsField(_WholePageField):
    """Named renditions of the hero image, with the page's own alternative text."""

    def to_representation(self, page):
        image = page.hero_image
        if image is None:
            return None
        renditions = {}
        for name, spec in HERO_RENDITIONS.items():
            data = dict(ImageRenditionField(spec).to_representation(image))
            if "error" not in data:
                data["alt"] = page.hero_alt
            renditions[name] = data
        return renditions


def _iso(moment):
    return moment.isoformat() if moment else None


def page_api_fields():
    """``{model: [APIField, …]}`` for every page type with fields of its own."""
    from hejnal.news.models import ArticlePage, NewsCategoryPage
    from hejnal.pages.models import HomePage, SectionPage, StandardPage

    return {
        ArticlePage: [
            APIField("date"),
            APIField("lead"),
            APIField("body"),
            APIField("category", serializer=CategoryField()),
            APIField("topics", serializer=TopicsField()),
            APIField("publication_record", serializer=PublicationRecordField()),
            APIField("hero_image"),
            APIField("hero_image_alt"),
            APIField("hero_image_renditions", serializer=HeroRenditionsField()),
        ],
        NewsCategoryPage: [APIField("intro")],
        HomePage: [APIField("site_name"), APIField("intro")],
        SectionPage: [APIField("intro"), APIField("body")],
        StandardPage: [
            APIField("intro"),
            APIField("body"),
            APIField("publication_record", serializer=PublicationRecordField()),
        ],
    }


class _ImageDownloadUrlField(Field):
    def get_attribute(self, instance):
        return instance

    def to_representation(self, image):
        return absolute(image.file.url)


class HejnalImageSerializer(ImageSerializer):
    """Wagtail's, with ``download_url`` on the canonical origin as documents'
    is (Wagtail gives images a bare path)."""

    download_url = _ImageDownloadUrlField(read_only=True)


IMAGE_API_FIELDS = [
    APIField("description"),
    APIField("credit"),
    # The API's name stays ``decorative``; the model field is ``is_decorative``
    # (Wagtail keeps an image attribute called ``decorative`` for itself).
    APIField(
        "decorative", serializer=BooleanField(source="is_decorative", read_only=True)
    ),
    APIField(
        "thumbnail",
        serializer=ImageRenditionField("max-400x400|format-webp", source="*"),
    ),
]
