"""A language lacking an entry's text shows it in English, else in Polish,
marked with its language so screen readers pronounce it right."""

import datetime

import pytest
from bs4 import BeautifulSoup

from hejnal.directory.localization import fallback_languages, localized
from hejnal.directory.models import (
    ConsulateIndexPage,
    NationalDay,
    NationalDayCalendarPage,
    PartnerCityIndexPage,
)

from .helpers import consulate, national_day, partner_city


def test_fallback_order_is_own_language_then_english_then_polish():
    assert fallback_languages("uk")[:3] == ["uk", "en", "pl"]
    assert fallback_languages("en")[:2] == ["en", "pl"]
    assert fallback_languages("pl")[:2] == ["pl", "en"]


@pytest.mark.django_db
def test_each_entry_appears_once_in_the_best_language():
    both = national_day({"pl": "Polski", "en": "English"}, country="CY", month=4, day=1)
    polish_only = national_day({"pl": "Tylko polski"}, country="MT", month=9, day=21)
    keys = [both["pl"].translation_key, polish_only["pl"].translation_key]
    found = localized(NationalDay.objects.filter(translation_key__in=keys), "uk")
    shown = {(d.name, d.shown_language, d.is_fallback) for d in found}
    assert shown == {("English", "en", True), ("Tylko polski", "pl", True)}
    own = localized(NationalDay.objects.filter(translation_key__in=keys), "pl")
    assert {(d.name, d.is_fallback) for d in own} == {
        ("Polski", False),
        ("Tylko polski", False),
    }


@pytest.mark.django_db
def test_pages_show_fallback_text_with_its_lang_attribute(client):
    today = datetime.date.today()
    soon = today + datetime.timedelta(days=1)
    national_day(
        {"en": "Only In English"}, country="IS", month=soon.month, day=soon.day
    )
    partner_city({"pl": "Tylkopolskie"}, country="CL", lat="-33.45", lon="-70.66")
    consulate({"en": "Only English Consulate"}, country="IS")

    calendar = NationalDayCalendarPage.objects.live().get(locale__language_code="uk")
    soup = BeautifulSoup(client.get(calendar.url).content, "html.parser")
    names = soup.find_all(string="Only In English")
    assert names and all(n.parent.get("lang") == "en" for n in names)

    cities = PartnerCityIndexPage.objects.live().get(locale__language_code="ar")
    soup = BeautifulSoup(client.get(cities.url).content, "html.parser")
    row = soup.find("th", string="Tylkopolskie")
    assert row is not None and row.get("lang") == "pl"
    # The map is an SVG image of its own; its label says its language too.
    labels = [
        text
        for img in soup.select("img.map")
        for text in BeautifulSoup(
            client.get(img["src"]).content, "html.parser"
        ).find_all("text", string="Tylkopolskie")
    ]
    assert labels and all(label.get("xml:lang") == "pl" for label in labels)

    consulates = ConsulateIndexPage.objects.live().get(locale__language_code="de")
    soup = BeautifulSoup(client.get(consulates.url).content, "html.parser")
    article = soup.find("h3", string="Only English Consulate").find_parent("article")
    assert article.get("lang") == "en"


@pytest.mark.django_db
def test_country_names_follow_the_page_language_even_for_fallback_entries(client):
    partner_city({"pl": "Miasto Testowe"}, country="CL", lat="-33.45", lon="-70.66")
    cities = PartnerCityIndexPage.objects.live().get(locale__language_code="de")
    soup = BeautifulSoup(client.get(cities.url).content, "html.parser")
    row = soup.find("th", string="Miasto Testowe").find_parent("tr")
    assert row.find("img", alt="Chile")
