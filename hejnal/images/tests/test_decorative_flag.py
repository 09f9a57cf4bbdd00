"""An image the editor marked as decorative stays decorative: after it is
loaded again, in the admin's edit form and its re-save, and wherever it is
shown (article heroes, teasers, image blocks, share tags, the API)."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.urls import reverse
from wagtail.models import Collection, Site

from hejnal.core.models import BrandSettings
from hejnal.demo.share_image import draw_share_image
from hejnal.images.models import CityImage
from hejnal.news.models import ArticlePage, NewsCategoryPage
from hejnal.pages.models import StandardPage

pytestmark = pytest.mark.django_db


def new_image(title, **fields):
    return CityImage.objects.create(
        title=title,
        file=ImageFile(
            io.BytesIO(draw_share_image("#004d40", "#8c1c13")),
            name=f"{title}.jpg",
        ),
        **fields,
    )


def mark_decorative(image, decorative=True):
    CityImage.objects.filter(pk=image.pk).update(is_decorative=decorative)


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_the_flag_survives_loading_the_image_again():
    decorative = new_image("ornament", description="", is_decorative=True)
    described = new_image("market-square", description="The market square")
    assert CityImage.objects.get(pk=decorative.pk).is_decorative is True
    assert CityImage.objects.only("title").get(pk=decorative.pk).is_decorative
    assert CityImage.objects.get(pk=described.pk).is_decorative is False
    stored = dict(
        CityImage.objects.filter(pk__in=[decorative.pk, described.pk]).values_list(
            "pk", "is_decorative"
        )
    )
    assert stored == {decorative.pk: True, described.pk: False}


def test_a_loaded_decorative_image_has_an_empty_text_alternative():
    image = new_image("ornament", description="A vine border", is_decorative=True)
    loaded = CityImage.objects.get(pk=image.pk)
    assert loaded.alt_text == ""
    # Wagtail's own tags ({% image %} without alt=) and renditions agree.
    assert loaded.default_alt_text == ""
    assert loaded.get_rendition("width-100").alt == ""
    mark_decorative(image, False)
    assert CityImage.objects.get(pk=image.pk).alt_text == "A vine border"


def test_an_article_with_a_decorative_hero_gives_it_an_empty_alt(client):
    article = (
        ArticlePage.objects.live()
        .filter(locale__language_code="en", hero_image__isnull=False)
        .first()
    )
    ArticlePage.objects.filter(pk=article.pk).update(hero_image_alt="Roofs")
    mark_decorative(article.hero_image)
    soup = soup_of(client, article.url)
    assert soup.select_one(".article__hero img")["alt"] == ""
    # Shared without a description: an empty og:image:alt would say nothing.
    assert soup.head.find("meta", property="og:image") is not None
    assert soup.head.find("meta", property="og:image:alt") is None
    assert soup.head.find("meta", attrs={"name": "twitter:image:alt"}) is None


def test_the_teaser_of_an_article_with_a_decorative_hero_has_an_empty_alt(client):
    category = NewsCategoryPage.objects.live().filter(locale__language_code="de")[0]
    article = category.articles().first()
    image = new_image("teaser-ornament", description="Ein Ornament")
    ArticlePage.objects.filter(pk=article.pk).update(hero_image=image)
    mark_decorative(image)
    soup = soup_of(client, category.url)
    ours = [
        img
        for img in soup.select(".teaser img")
        if "teaser-ornament" in img.get("src", "")
    ]
    assert ours, "the newest article's teaser shows its hero"
    assert {img["alt"] for img in ours} == {""}


def test_an_image_block_with_a_decorative_image_has_an_empty_alt(client):
    image = new_image("divider", description="A drawn divider", is_decorative=True)
    page = StandardPage.objects.live().filter(locale__language_code="pl").first()
    page.body = [
        ("image", {"image": image, "caption": "Rynek o świcie", "alt_text": ""})
    ]
    page.save_revision().publish()
    figure = soup_of(client, page.url).select_one("figure.block-image")
    img = figure.find("img")
    assert img["alt"] == ""
    # The caption stays visible text; it is not turned into the image's alt.
    assert figure.figcaption.get_text(strip=True) == "Rynek o świcie"
    assert not img.has_attr("aria-describedby")


def test_an_image_block_with_a_described_image_keeps_its_alt(client):
    image = new_image("tower", description="The town hall tower")
    page = StandardPage.objects.live().filter(locale__language_code="en").first()
    page.body = [("image", {"image": image, "caption": "", "alt_text": ""})]
    page.save_revision().publish()
    img = soup_of(client, page.url).select_one("figure.block-image img")
    assert img["alt"] == "The town hall tower"


def browser_submission(form):
    """What a browser sends for ``form`` when the editor changes nothing:
    every named field's current value, ticked boxes only, no new file."""
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.has_attr("disabled"):
            continue
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            chosen = field.find_all("option", selected=True)
            data[name] = [o.get("value", o.get_text()) for o in chosen] or [
                field.find("option").get("value", "")
            ]
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.get("type") not in ("file", "submit", "button", "image"):
            data[name] = field.get("value", "")
    return data


@pytest.mark.parametrize(
    "username, collection",
    [("admin", "Root"), ("editor_en", "English")],
    ids=["administrator", "editor"],
)
def test_the_edit_form_shows_the_flag_and_a_re_save_keeps_it(
    client, username, collection
):
    """An editor changes files in their language's collection only."""
    client.force_login(get_user_model().objects.get(username=username))
    image = new_image(
        "garland",
        description="",
        is_decorative=True,
        collection=Collection.objects.get(name=collection),
    )
    url = reverse("wagtailimages:edit", args=(image.pk,))
    response = client.get(url)
    assert response.status_code == 200
    assert response.context["form"].initial["is_decorative"] is True
    form = BeautifulSoup(response.content, "html.parser").find(
        "input", attrs={"name": "is_decorative"}
    )
    assert form.has_attr("checked")

    data = browser_submission(form.find_parent("form"))
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    stored = CityImage.objects.filter(pk=image.pk).values_list("is_decorative")
    assert stored.get() == (True,)


def test_the_edit_form_still_clears_the_flag_when_the_editor_unticks_it(
    client, admin_user
):
    client.force_login(admin_user)
    image = new_image("lantern", description="", is_decorative=True)
    url = reverse("wagtailimages:edit", args=(image.pk,))
    page = BeautifulSoup(client.get(url).content, "html.parser")
    data = browser_submission(
        page.find("input", attrs={"name": "is_decorative"}).find_parent("form")
    )
    del data["is_decorative"]
    # Not decorative any more, so it needs a description.
    assert client.post(url, data).status_code == 200
    assert CityImage.objects.get(pk=image.pk).is_decorative is True
    data["description"] = "A street lantern"
    assert client.post(url, data).status_code == 302
    image = CityImage.objects.get(pk=image.pk)
    assert (image.is_decorative, image.description) == (False, "A street lantern")


def test_a_decorative_share_image_is_shared_without_a_description(client, homes):
    brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    mark_decorative(brand.share_image)
    assert homes["en"].specific.share_image_alt, "the demo describes it"
    head = soup_of(client, homes["en"].url).head
    assert head.find("meta", property="og:image") is not None
    assert head.find("meta", property="og:image:alt") is None
    assert head.find("meta", attrs={"name": "twitter:image:alt"}) is None


def test_the_api_reports_the_stored_flag_under_its_name(client):
    image = new_image("border", description="", is_decorative=True)
    response = client.get(f"/api/v2/images/{image.pk}/")
    assert response.status_code == 200
    detail = response.json()
    assert detail["decorative"] is True
    assert detail["thumbnail"]["alt"] == ""
    described = new_image("gate", description="The Florian Gate")
    detail = client.get(f"/api/v2/images/{described.pk}/").json()
    assert detail["decorative"] is False
    assert detail["thumbnail"]["alt"] == "The Florian Gate"
