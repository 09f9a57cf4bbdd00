"""The partner-city map: every city a labelled link, the same data in a table."""

import pytest
from bs4 import BeautifulSoup

from hejnal.directory import svgmap
from hejnal.directory.models import PartnerCity, PartnerCityIndexPage

from .helpers import partner_city


def index_page(language="en"):
    return PartnerCityIndexPage.objects.live().get(locale__language_code=language)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_map_has_every_city_as_a_labelled_link_to_its_table_row(client, language):
    response = client.get(index_page(language).url)
    soup = BeautifulSoup(response.content, "html.parser")
    cities = PartnerCity.objects.filter(locale__language_code=language)
    assert cities.count() >= 20
    links = soup.select("svg.map a.map__marker")
    labels = {link.find("text").get_text(): link["href"] for link in links}
    for city in cities:
        assert labels.get(city.name) == f"#{city.anchor}", city.name
        row = soup.find(id=city.anchor)
        assert row is not None and row.name == "tr"
        assert row.find("th", scope="row").get_text(strip=True) == city.name
    assert len(links) == cities.count()  # each city on exactly one map


@pytest.mark.django_db
def test_maps_are_labelled_and_table_has_caption_and_headers(client):
    soup = BeautifulSoup(client.get(index_page().url).content, "html.parser")
    for svg in soup.select("svg.map"):
        ids = svg["aria-labelledby"].split()
        assert all(svg.find(id=i) for i in ids)
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
    soup = BeautifulSoup(
        client.get(url, {"agreement": "sectoral", "continent": "oceania"}).content,
        "html.parser",
    )
    rows = [th.get_text(strip=True) for th in soup.select("tbody th[scope=row]")]
    assert rows == ["Testville"]
    assert [t.get_text() for t in soup.select("svg.map text")] == ["Testville"]
    soup = BeautifulSoup(
        client.get(url, {"continent": "europe"}).content, "html.parser"
    )
    rows = [th.get_text(strip=True) for th in soup.select("tbody th[scope=row]")]
    assert "Testville" not in rows and "Nuremberg" in rows and "Kyoto" not in rows


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
