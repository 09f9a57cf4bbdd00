"""The office's address speaks each language version's language: the office
and the country are named in it, and the lines the post reads stay as the
Polish post writes them, marked as Polish (and left to right) elsewhere. The
JSON-LD carries the same address."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.models import Site

from hejnal.conftest import LANGUAGES
from hejnal.core.models import BrandSettings
from hejnal.core.models.brand import country_name

POSTAL_LINES = ["pl. Wszystkich Świętych 3-4", "31-004 Kraków"]
COUNTRY = {
    "pl": "Polska",
    "en": "Poland",
    "de": "Polen",
    "uk": "Польща",
    "ar": "بولندا",
}


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def own_text(element):
    """Text in ``element`` that is not inside a child marked with ``lang``:
    what a screen reader reads in the page's own language."""
    found = []
    for node in element.find_all(string=True):
        parents = node.parents
        inside_marked = False
        for parent in parents:
            if parent is element:
                break
            inside_marked = inside_marked or parent.has_attr("lang")
        if node.strip() and not inside_marked:
            found.append(node.strip())
    return found


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_footer_address_is_in_the_readers_language(client, homes, language):
    soup = page(client, homes[language].url)
    address = soup.select_one("footer address")
    lines = [span.get_text() for span in address.select("span[dir=ltr]")]
    assert lines == POSTAL_LINES
    marks = {span.get("lang") for span in address.select("span[dir=ltr]")}
    assert marks == ({None} if language == "pl" else {"pl"})
    office, country = homes[language].office_name, COUNTRY[language]
    if language == "pl":
        assert own_text(address) == [office, *POSTAL_LINES, country]
    else:
        assert own_text(address) == [office, country]


@pytest.mark.django_db
def test_an_arabic_reader_gets_the_postal_code_before_the_city(client, homes):
    """Unmarked, "31-004 Kraków" showed as "Kraków 31-004" in a right-to-left
    footer; the line is isolated left to right."""
    soup = page(client, homes["ar"].url)
    line = soup.select("footer address span")[-1]
    assert line.get_text() == "31-004 Kraków"
    assert line["dir"] == "ltr" and line["lang"] == "pl"
    assert "Kraków 31-004" not in soup.select_one("footer").get_text()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["pl", "ar"])
def test_json_ld_has_the_same_postal_address(client, homes, language):
    soup = page(client, homes[language].url)
    data = json.loads(soup.find("script", type="application/ld+json").string)
    organization = next(
        node for node in data["@graph"] if node["@type"] == "GovernmentOrganization"
    )
    assert organization["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "pl. Wszystkich Świętych 3-4",
        "postalCode": "31-004",
        "addressLocality": "Kraków",
        "addressCountry": "PL",
    }


@pytest.mark.django_db
def test_an_address_without_country_or_office_name_still_renders(client, homes):
    brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    brand.country = ""
    brand.save()
    home = homes["de"]
    home.office_name = ""
    home.save_revision().publish()
    address = page(client, home.url).select_one("footer address")
    assert [s.get_text() for s in address.select("span")] == POSTAL_LINES
    assert own_text(address) == []  # only the lines marked as Polish


def test_country_names_come_from_cldr_and_unknown_codes_stay_codes():
    assert country_name("PL", "de") == "Polen"
    assert country_name("XQ", "en") == "XQ"
    assert country_name("", "en") == ""


@pytest.mark.django_db
def test_a_country_that_is_not_a_two_letter_code_is_refused():
    brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    brand.country = "Poland"
    with pytest.raises(ValidationError) as refused:
        brand.clean()
    assert "country" in refused.value.message_dict
    brand.country = " pl "
    brand.clean()
    assert brand.country == "PL"
