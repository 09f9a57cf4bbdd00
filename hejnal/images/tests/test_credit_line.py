"""Image credits speak the reader's language: the label is translated, the
author's name is shown as entered."""

import importlib

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.utils import translation

from hejnal.conftest import LANGUAGES
from hejnal.images.models import CityImage, CreditKind, credit_line
from hejnal.news.models import ArticlePage

ILLUSTRATION = {
    "pl": "Ilustracja: ",
    "en": "Illustration: ",
    "de": "Illustration: ",
    "uk": "Ілюстрація: ",
    "ar": "رسم توضيحي: ",
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_credit_under_a_hero_image_is_in_the_readers_language(client, language):
    article = (
        ArticlePage.objects.live()
        .filter(locale__language_code=language, hero_image__isnull=False)
        .exclude(hero_image__credit="")
        .select_related("hero_image")
        .first()
    )
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    credit = soup.select_one(".article__hero .credit").get_text()
    assert credit == ILLUSTRATION[language] + article.hero_image.credit


@pytest.mark.parametrize(
    "kind, language, expected",
    [
        (CreditKind.PHOTO, "pl", "Fot. Jan Nowak"),
        (CreditKind.PHOTO, "de", "Foto: Jan Nowak"),
        (CreditKind.PHOTO, "en", "Photo: Jan Nowak"),
        (CreditKind.SOURCE, "uk", "Джерело: Jan Nowak"),
        (CreditKind.ILLUSTRATION, "ar", "رسم توضيحي: Jan Nowak"),
    ],
)
def test_credit_label_follows_the_active_language(kind, language, expected):
    with translation.override(language):
        assert credit_line(kind, "Jan Nowak") == expected


@pytest.mark.django_db
def test_an_image_without_credit_has_no_credit_line():
    image = CityImage.objects.first()
    image.credit = "  "
    assert image.credit_line == ""
    image.credit, image.credit_kind = " Jan Nowak ", CreditKind.PHOTO
    with translation.override("de"):
        assert image.credit_line == "Foto: Jan Nowak"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "typed, kind, name",
    [
        ("Fot. Jan Nowak", "photo", "Jan Nowak"),
        ("Zdjęcie: Urząd Miasta", "photo", "Urząd Miasta"),
        ("Photo by Anna Smith", "photo", "Anna Smith"),
        ("Ilustracja: Hejnał", "illustration", "Hejnał"),
        ("Quelle: Stadtarchiv", "source", "Stadtarchiv"),
        ("Jan Nowak", "photo", "Jan Nowak"),
        ("Fotografia miejska", "photo", "Fotografia miejska"),
    ],
)
def test_labels_typed_into_old_credits_move_out_of_the_name(typed, kind, name):
    migration = importlib.import_module("hejnal.images.migrations.0002_credit_label")
    image = CityImage.objects.first()
    image.credit, image.credit_kind = typed, "photo"
    image.save()
    migration.split_labels(apps, None)
    image.refresh_from_db()
    assert (image.credit_kind, image.credit) == (kind, name)
