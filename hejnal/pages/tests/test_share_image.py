"""Pages without an image of their own are shared with the site's share image
(Settings → Brand), described in the page's language."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from wagtail.models import Collection, CollectionViewRestriction, Site

from hejnal.conftest import page_of_type
from hejnal.core.models import BrandSettings
from hejnal.demo.share_image import draw_share_image
from hejnal.directory.models import ConsulateIndexPage
from hejnal.images.models import CityImage
from hejnal.news.feeds import SHARE_IMAGE_SPEC
from hejnal.news.models import ArticlePage
from hejnal.pages.models import HomePage, SectionPage

pytestmark = pytest.mark.django_db

WITHOUT_IMAGE = [HomePage, SectionPage, ConsulateIndexPage]


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").head


def meta(head, name):
    tag = head.find("meta", attrs={"property": name}) or head.find(
        "meta", attrs={"name": name}
    )
    return tag["content"] if tag else None


@pytest.fixture
def brand():
    return BrandSettings.for_site(Site.objects.get(is_default_site=True))


def new_image(title, **fields):
    image = CityImage(
        title=title,
        description=fields.pop("description", "A drawing of roofs"),
        file=ImageFile(
            io.BytesIO(draw_share_image("#004d40", "#8c1c13")),
            name=f"{title}.jpg",
        ),
        **fields,
    )
    image.save()
    return image


@pytest.mark.parametrize("model", WITHOUT_IMAGE, ids=lambda m: m.__name__)
def test_pages_without_an_image_share_the_brand_image_in_their_language(
    client, brand, homes, model
):
    assert brand.share_image is not None, "the demo sets a share image"
    expected = brand.share_image.get_rendition(SHARE_IMAGE_SPEC)
    alts = set()
    for language in ("en", "ar"):
        head = head_of(client, page_of_type(model, language).url)
        assert meta(head, "og:image") == f"http://testserver{expected.url}"
        assert meta(head, "og:image:width") == "1200"
        assert meta(head, "og:image:height") == "630"
        assert meta(head, "og:image:type") == "image/jpeg"
        assert meta(head, "twitter:card") == "summary_large_image"
        assert meta(head, "twitter:image") == meta(head, "og:image")
        alt = meta(head, "og:image:alt")
        assert alt == homes[language].specific.share_image_alt
        assert meta(head, "twitter:image:alt") == alt
        alts.add(alt)
    assert len(alts) == 2, "each language describes the image in its own words"


def test_an_article_with_a_hero_keeps_its_own_image(client, brand):
    article = (
        ArticlePage.objects.live()
        .filter(locale__language_code="de", hero_image__isnull=False)
        .first()
    )
    head = head_of(client, article.url)
    hero = article.hero_image.get_rendition(SHARE_IMAGE_SPEC)
    assert meta(head, "og:image") == f"http://testserver{hero.url}"
    assert meta(head, "og:image:alt") == article.hero_alt
    assert brand.share_image.title not in meta(head, "og:image")


def test_an_article_without_a_hero_shares_the_brand_image(client, brand):
    article = ArticlePage.objects.live().filter(locale__language_code="uk").first()
    article.hero_image = None
    article.save_revision().publish()
    head = head_of(client, article.url)
    expected = brand.share_image.get_rendition(SHARE_IMAGE_SPEC)
    assert meta(head, "og:image") == f"http://testserver{expected.url}"


def test_without_a_share_image_pages_have_no_image_tags(client, brand, homes):
    brand.share_image = None
    brand.save()
    head = head_of(client, homes["pl"].url)
    assert meta(head, "og:image") is None
    assert meta(head, "twitter:card") == "summary"


def test_a_new_share_image_shows_at_once(client, brand, homes):
    url = homes["en"].url
    before = meta(head_of(client, url), "og:image")
    brand.share_image = new_image("replacement")
    brand.save()
    expected = brand.share_image.get_rendition(SHARE_IMAGE_SPEC)
    assert meta(head_of(client, url), "og:image") == (
        f"http://testserver{expected.url}"
    )
    assert expected.url not in before


def test_a_language_without_its_own_description_uses_the_images(client, brand, homes):
    home = homes["de"].specific
    home.share_image_alt = ""
    home.save_revision().publish()
    head = head_of(client, home.url)
    assert meta(head, "og:image:alt") == brand.share_image.description
    # The image's new description reaches readers at once.
    image = brand.share_image
    image.description = "Ein neues Bild der Altstadt"
    image.save()
    assert meta(head_of(client, home.url), "og:image:alt") == image.description


def test_a_share_image_in_a_private_collection_is_never_shown(client, brand, homes):
    private = Collection.get_first_root_node().add_child(name="Private")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    brand.share_image = new_image("secret-card", collection=private)
    brand.save()
    head = head_of(client, homes["en"].url)
    assert meta(head, "og:image") is None
    assert meta(head, "twitter:card") == "summary"
