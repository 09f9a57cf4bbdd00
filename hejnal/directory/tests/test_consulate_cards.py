"""Consulates: the vCard (RFC 6350) and the JSON-LD parse back to the same data."""

import json

import pytest
from bs4 import BeautifulSoup

from hejnal.directory.models import Consulate, ConsulateIndexPage
from hejnal.directory.vcard import fold

from .helpers import consulate

TRICKY = "Konsulat, Honorowy; Test\\Backslash"


def unfold(data):
    text = data.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")  # every line ends in CRLF
    return text.replace("\r\n ", "").split("\r\n")


def unescape(value):
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            out.append("\n" if value[i + 1] in "nN" else value[i + 1])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def split_unescaped(value, separator):
    parts, current, i = [], "", 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            current += value[i : i + 2]
            i += 2
            continue
        if value[i] == separator:
            parts.append(current)
            current = ""
        else:
            current += value[i]
        i += 1
    return [*parts, current]


def parse_vcard(data):
    """A strict reader of what RFC 6350 allows us to write."""
    props = {}
    for line in unfold(data):
        if not line:
            continue
        name_params, value = line.split(":", 1)
        name = name_params.split(";", 1)[0]
        props.setdefault(name, []).append(value)
    return props


@pytest.fixture
def tricky(db):
    return consulate(
        {"en": TRICKY, "pl": "Konsulat testowy"},
        country="SE",
        office_hours="Monday, 10–12\nThursday; by appointment",
        street_address="ul. Floriańska 1, lok. 2",
    )


@pytest.mark.django_db
def test_vcard_parses_back_with_escaping_and_folding(client, tricky):
    response = client.get(f"/en/consulates/{tricky['en'].pk}.vcf")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/vcard")
    assert "attachment" in response["Content-Disposition"]
    for line in response.content.split(b"\r\n"):
        assert len(line) <= 75
    props = parse_vcard(response.content)
    assert props["BEGIN"] == ["VCARD"] and props["END"] == ["VCARD"]
    assert props["VERSION"] == ["4.0"]
    assert unescape(props["FN"][0]) == TRICKY
    street, locality = split_unescaped(props["ADR"][0], ";")[2:4]
    assert unescape(street) == "ul. Floriańska 1, lok. 2"
    assert unescape(locality) == "Kraków"
    assert props["TEL"] == ["tel:+48125550909"]
    assert props["EMAIL"] == ["test@consulate.example"]
    note = unescape(props["NOTE"][0])
    assert "Anna Testowa" in note and "Thursday; by appointment" in note


@pytest.mark.django_db
def test_vcard_reads_in_an_independent_parser(client, tricky):
    vobject = pytest.importorskip("vobject")
    response = client.get(f"/en/consulates/{tricky['en'].pk}.vcf")
    card = vobject.readOne(response.content.decode("utf-8"))
    assert card.fn.value == TRICKY
    assert card.adr.value.street == "ul. Floriańska 1, lok. 2"
    assert card.adr.value.city == "Kraków"
    assert card.adr.value.country == "Poland"


@pytest.mark.django_db
def test_vcard_follows_the_url_language_and_unknown_ids_are_404(client, tricky):
    polish = client.get(f"/pl/consulates/{tricky['en'].pk}.vcf")
    assert "Konsulat testowy" in polish.content.decode()
    assert client.get("/en/consulates/999999999.vcf").status_code == 404


def test_folding_never_splits_a_character():
    line = "NOTE:" + "żółć " * 40
    folded = fold(line)
    for part in folded.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
    assert folded.replace("\r\n ", "") == line


@pytest.mark.django_db
def test_every_listed_consulate_has_government_office_json_ld(client):
    page = ConsulateIndexPage.objects.live().get(locale__language_code="de")
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    scripts = soup.find_all("script", type="application/ld+json")
    parsed = [json.loads(script.string) for script in scripts]
    # The page head carries the site's own JSON-LD graph; the entries are the rest.
    data = [item for item in parsed if item.get("@type") == "GovernmentOffice"]
    consulates = Consulate.objects.filter(locale__language_code="de")
    assert len(data) == consulates.count()
    names = {item["name"] for item in data}
    assert names == {c.display_name for c in consulates}
    for item in data:
        assert item["@context"] == "https://schema.org"
        assert item["@type"] == "GovernmentOffice"
        assert item["address"]["addressLocality"]
        assert item["address"]["addressCountry"] == "PL"
        assert item["@id"].startswith("http")


@pytest.mark.django_db
def test_json_ld_cannot_close_its_script_element(client):
    evil = '</script><script>alert("x")</script><!--'
    consulate({"en": evil}, country="NO")
    page = ConsulateIndexPage.objects.live().get(locale__language_code="en")
    response = client.get(page.url)
    html = response.content.decode()
    assert '</script><script>alert("x")' not in html
    soup = BeautifulSoup(html, "html.parser")
    data = [
        json.loads(s.string)
        for s in soup.find_all("script", type="application/ld+json")
    ]
    assert evil in {item.get("name") for item in data}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["pl", "ar"])
def test_address_lines_are_marked_as_written_and_read_left_to_right(client, language):
    """The Polish post's lines keep their order in a right-to-left page ("ul.
    Stolarska 7", "31-043 Kraków", not "Kraków 31-043") and are marked as
    Polish on other language versions; a name is isolated from its title."""
    page = ConsulateIndexPage.objects.live().get(locale__language_code=language)
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    card = soup.select_one("article.consulate")
    lines = card.select("address span")
    assert len(lines) == 2 and all(line["dir"] == "ltr" for line in lines)
    assert {line.get("lang") for line in lines} == (
        {None} if language == "pl" else {"pl"}
    )
    postal_code, city = lines[1].get_text().split(" ", 1)
    assert Consulate.objects.filter(
        street_address=lines[0].get_text(), postal_code=postal_code, locality=city
    ).exists()
    assert card.select_one("dd bdi")  # the head of post's name
