"""The partner-city maps: every city labelled on an image, the same data in a table."""

import pytest
from bs4 import BeautifulSoup

from hejnal.directory import svgmap
from hejnal.directory.models import PartnerCity, PartnerCityIndexPage

from .helpers import partner_city


def index_page(language="en"):
    return PartnerCityIndexPage.objects.live().get(locale__language_code=language)


def page_soup(client, url, query=None):
    response = client.get(url, query or {})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def map_images(client, soup):
    """Each map image on the page: (its <img>, the SVG it loads, parsed)."""
    found = []
    for img in soup.select("main img.map"):
        response = client.get(img["src"])
        assert response.status_code == 200, img["src"]
        assert response["Content-Type"].startswith("image/svg+xml")
        found.append((img, BeautifulSoup(response.content, "html.parser")))
    return found


def map_labels(client, soup):
    return [
        text.get_text()
        for _img, svg in map_images(client, soup)
        for text in svg.find_all("text")
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_maps_label_every_city_once_and_the_table_has_its_row(client, language):
    soup = page_soup(client, index_page(language).url)
    cities = PartnerCity.objects.filter(locale__language_code=language)
    assert cities.count() >= 20
    labels = map_labels(client, soup)
    assert sorted(labels) == sorted(city.name for city in cities)
    for city in cities:
        row = soup.find(id=city.anchor)
        assert row is not None and row.name == "tr"
        assert row.find("th", scope="row").get_text(strip=True) == city.name


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["pl", "en", "de", "uk", "ar"])
def test_maps_are_images_of_their_own_not_drawn_into_the_page(client, language):
    """The page carries no drawing: no page text sits over the map (so its
    contrast can be checked) and the page stays within its weight budget."""
    soup = page_soup(client, index_page(language).url)
    assert soup.select("main svg") == []
    images = map_images(client, soup)
    assert [img["src"].split("?")[0].rsplit("/", 3)[-3:] for img, _svg in images] == [
        ["map", "world", ""],
        ["map", "europe", ""],
    ]
    for img, svg in images:
        assert img["alt"].strip() and img["width"] and img["height"]
        assert img.find_parent("figure").figcaption.get_text(strip=True)
        assert svg.find("title").get_text() in img.find_parent("figure").get_text()


@pytest.mark.django_db
def test_map_images_are_cached_like_pages_and_unknown_ones_are_not_found(client):
    url = index_page().url
    response = client.get(url + "map/world/")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert client.get(url + "map/asia/").status_code == 404
    assert client.get(url + "map/world/more/").status_code == 404
    # A filter that leaves no city outside Europe has no world map.
    query = {"continent": "europe"}
    assert client.get(url + "map/world/", query).status_code == 404
    assert client.get(url + "map/europe/", query).status_code == 200


@pytest.mark.django_db
def test_maps_and_table_are_labelled(client):
    soup = page_soup(client, index_page().url)
    table = soup.find("table")
    assert table.caption.get_text(strip=True)
    assert all(th.get("scope") == "col" for th in table.thead.find_all("th"))
    for label in soup.select("form.directory-filter label"):
        assert soup.find(id=label["for"]).name == "select"


@pytest.mark.django_db
def test_filters_by_agreement_type_and_continent(client):
    partner_city(
        {"en": "Testville"},
        country="AU",
        lat="-33.87",
        lon="151.21",
        agreement="sectoral",
    )
    url = index_page().url
    soup = page_soup(client, url, {"agreement": "sectoral", "continent": "oceania"})
    rows = [th.get_text(strip=True) for th in soup.select("tbody th[scope=row]")]
    assert rows == ["Testville"]
    assert map_labels(client, soup) == ["Testville"]
    soup = page_soup(client, url, {"continent": "europe"})
    rows = [th.get_text(strip=True) for th in soup.select("tbody th[scope=row]")]
    assert "Testville" not in rows and "Nuremberg" in rows and "Kyoto" not in rows
    assert "Kyoto" not in map_labels(client, soup)


@pytest.mark.django_db
def test_a_refused_filter_names_its_error_for_assistive_technology(client):
    soup = page_soup(client, index_page().url, {"agreement": "nonsense"})
    select = soup.find("select", attrs={"name": "agreement"})
    described = select["aria-describedby"].split()
    assert all(soup.find(id=ident) for ident in described), described
    assert soup.find(id=f"{select['id']}_error").get_text(strip=True)
    # Refused values never reach the map's address.
    assert all("nonsense" not in img["src"] for img in soup.select("img.map"))


@pytest.mark.django_db
def test_unknown_filter_values_are_reported_not_a_server_error(client):
    response = client.get(index_page().url, {"agreement": "<script>", "continent": "x"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one('[role="alert"]')
    assert b"<script>" not in response.content.split(b"</header>", 1)[-1]


def test_labels_of_close_cities_do_not_overlap():
    class City:
        def __init__(self, name, lat, lon):
            self.name, self.latitude, self.longitude = name, lat, lon
            self.anchor, self.agreement_type = f"city-{name}", "twinning"
            self.is_fallback, self.shown_language = False, "en"

    cities = [
        City("Nuremberg", 49.452, 11.077),
        City("Frankfurt am Main", 50.111, 8.682),
        City("Leipzig", 51.340, 12.373),
        City("Innsbruck", 47.269, 11.404),
    ]
    points = [(*svgmap.EUROPE.project(c.latitude, c.longitude), c.name) for c in cities]
    placed = svgmap.place_labels(points, svgmap.EUROPE)
    boxes = [
        svgmap.label_box(x, y, text, anchor)
        for (_px, _py, text), (x, y, anchor) in zip(points, placed, strict=True)
    ]
    for i, box in enumerate(boxes):
        for other in boxes[i + 1 :]:
            assert not box.overlaps(other)


def test_points_outside_the_frame_stay_on_its_edge():
    assert svgmap.WORLD.project(-89, 0)[1] == svgmap.WORLD.height
    assert svgmap.WORLD.project(89, 180) == (svgmap.WORLD.width, 0)
