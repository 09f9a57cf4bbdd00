"""Directory entries are found through the pages that list them."""

import pytest

from hejnal.directory.models import Consulate
from hejnal.directory.models.pages import ConsulateIndexPage, CountryPage


def found(client, word, language):
    data = client.get("/api/search/", {"q": word, "locale": language}).json()
    return [result["url"] for result in data["results"]]


@pytest.mark.django_db
def test_a_partner_city_finds_its_index_and_country_page(client):
    from hejnal.directory.models import PartnerCity

    city = PartnerCity.objects.filter(locale__language_code="en").first()
    urls = found(client, city.name, "en")
    assert any("/en/" in url for url in urls)
    country_page = (
        CountryPage.objects.live()
        .filter(locale__language_code="en", country=city.country)
        .first()
    )
    if country_page is not None:
        assert any(url.endswith(country_page.url) for url in urls)


@pytest.mark.django_db
def test_a_new_consulate_is_found_after_it_is_saved(
    client, django_capture_on_commit_callbacks
):
    template = Consulate.objects.filter(locale__language_code="en").first()
    index = ConsulateIndexPage.objects.live().get(locale__language_code="en")
    assert found(client, "Quetzalcoatl", "en") == []
    with django_capture_on_commit_callbacks(execute=True):
        template.head_of_post = "Consul Quetzalcoatl Smith"
        template.save()
    assert any(url.endswith(index.url) for url in found(client, "Quetzalcoatl", "en"))
