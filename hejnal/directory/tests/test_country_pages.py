"""Country pages gather partner cities, consulates, national days and news."""

import pytest
from bs4 import BeautifulSoup

from hejnal.directory.models import CountryIndexPage, CountryPage
from hejnal.news.models import ArticlePage


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["pl", "en", "de", "uk", "ar"])
def test_every_language_has_country_pages_with_everything_linked(client, language):
    page = CountryPage.objects.live().get(locale__language_code=language, country="DE")
    article = ArticlePage.objects.live().filter(locale__language_code=language).last()
    ArticlePage.countries.through.objects.get_or_create(
        articlepage_id=article.pk, country_id="DE"
    )
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    text = soup.get_text(" ")
    names = {
        "pl": ("Norymberga", "Dzień Jedności Niemiec"),
        "en": ("Nuremberg", "Day of German Unity"),
        "de": ("Nürnberg", "Tag der Deutschen Einheit"),
        "uk": ("Нюрнберг", "День німецької єдності"),
        "ar": ("نورنبرغ", "يوم الوحدة الألمانية"),
    }[language]
    for name in names:
        assert name in text
    assert soup.find("script", type="application/ld+json")  # the consulate
    assert soup.select_one(f'a[href="{article.url}"]')
    assert soup.find("img", class_="flag--large")["alt"]


@pytest.mark.django_db
def test_country_index_groups_countries_by_continent(client):
    index = CountryIndexPage.objects.live().get(locale__language_code="en")
    soup = BeautifulSoup(client.get(index.url).content, "html.parser")
    headings = [h2.get_text(strip=True) for h2 in soup.select("main h2")]
    assert headings == ["Europe", "North America"]
    europe = soup.find(id="continent-europe").find_parent("section")
    assert {img["alt"] for img in europe.find_all("img")} == {
        "Germany",
        "France",
        "Ukraine",
    }


@pytest.mark.django_db
def test_flags_are_vendored_for_every_country_with_the_licence():
    from pathlib import Path

    from hejnal.directory import countries

    folder = Path(countries.__file__).parent / "static" / "directory" / "flags"
    assert "MIT" in (folder / "LICENSE").read_text()
    missing = [
        c for c in countries.valid_codes() if not (folder / f"{c.lower()}.svg").exists()
    ]
    assert missing == []


@pytest.mark.django_db
def test_demo_load_is_idempotent():
    from django.core.management import call_command

    from hejnal.directory.models import Consulate, NationalDay, PartnerCity

    counts = [m.objects.count() for m in (NationalDay, PartnerCity, Consulate)]
    call_command("load_demo", articles=240, verbosity=0)
    assert [m.objects.count() for m in (NationalDay, PartnerCity, Consulate)] == counts
    for model in (NationalDay, PartnerCity, Consulate):
        languages = set(model.objects.values_list("locale__language_code", flat=True))
        assert languages == {"pl", "en", "de", "uk", "ar"}
