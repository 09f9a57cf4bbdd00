"""API v2 input: numbers out of range are a 400 with a message, never a 500;
``?search=`` is rate limited per client like ``/api/search/``.

Rates are per hour here so that no window boundary (django-ratelimit's
windows are fixed) falls inside a test."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

TOO_BIG = "9223372036854775808"  # 2**63: past every integer column
HUGE = "99999999999999999999"
ENDPOINTS = ["pages", "images", "documents"]


def _assert_clear_400(response, query):
    assert response.status_code == 400, (query, response.status_code)
    assert response["Content-Type"].startswith("application/json"), query
    assert response.json()["message"], query


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize(
    "query",
    [
        f"offset={TOO_BIG}",
        f"offset={HUGE}",
        f"offset=-{TOO_BIG}",
        f"order=id&offset={TOO_BIG}",
        f"order=-id&offset={HUGE}&limit=5",
        f"limit={TOO_BIG}",
        f"limit={HUGE}",
        f"id={HUGE}",
        f"id={TOO_BIG}",
        f"id=-{HUGE}",
        f"fields=title&id={HUGE}",
    ],
)
def test_out_of_range_integers_are_a_400(client, endpoint, query):
    _assert_clear_400(client.get(f"/api/v2/{endpoint}/?{query}"), query)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("value", [HUGE, TOO_BIG, "abc", "1.5", ""])
def test_find_by_a_bad_id_is_a_400(client, endpoint, value):
    _assert_clear_400(client.get(f"/api/v2/{endpoint}/find/?id={value}"), value)


@pytest.mark.parametrize(
    "query",
    [
        f"{name}={value}"
        for name in ("child_of", "descendant_of", "ancestor_of", "translation_of")
        for value in (HUGE, TOO_BIG, "-1", "abc")
    ]
    + [
        f"type=news.ArticlePage&hero_image={HUGE}",
        f"type=news.ArticlePage&hero_image={TOO_BIG}",
        "type=news.ArticlePage&date=2025-13-45",
        "type=news.ArticlePage&date=yesterday",
        "first_published_at=not-a-date",
        f"site=localhost:{HUGE}",
        "html_path=/en/%00/",
    ],
)
def test_page_filters_out_of_range_are_a_400(client, query):
    endpoint = "pages/find" if query.startswith("html_path") else "pages"
    _assert_clear_400(client.get(f"/api/v2/{endpoint}/?{query}"), query)


@pytest.mark.parametrize(
    "url",
    [
        f"/api/v2/images/?width={HUGE}",
        f"/api/v2/images/?height={TOO_BIG}",
        f"/api/v2/documents/?id={HUGE}&title=x",
    ],
)
def test_file_filters_out_of_range_are_a_400(client, url):
    _assert_clear_400(client.get(url), url)


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?offset=9223372036854775807",
        "/api/v2/pages/?limit=0",
        "/api/v2/pages/?id=1",
        "/api/v2/pages/?child_of=root",
        "/api/v2/images/?offset=100000",
        "/api/v2/documents/?id=2147483647",
    ],
)
def test_numbers_in_range_still_work(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    assert "items" in response.json()


def test_missing_objects_by_huge_id_are_a_json_404(client):
    for endpoint in ENDPOINTS:
        response = client.get(f"/api/v2/{endpoint}/{HUGE}/")
        assert response.status_code == 404
        assert "message" in response.json()


@override_settings(HEJNAL_SEARCH_RATE="3/h")
@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_search_is_rate_limited_per_client(client, endpoint):
    url = f"/api/v2/{endpoint}/"
    for attempt in range(3):
        response = client.get(url, {"search": f"city {attempt}"})
        assert response.status_code == 200, response.content
    response = client.get(url, {"search": "city again"})
    assert response.status_code == 429
    assert response["Content-Type"].startswith("application/json")
    assert response.json()
    assert int(response["Retry-After"]) > 0
    assert "no-store" in response["Cache-Control"]

    # Listings without a search are not counted or refused.
    assert client.get(url).status_code == 200
    # Another client still may search.
    other = client.get(url, {"search": "city"}, REMOTE_ADDR="198.51.100.7")
    assert other.status_code == 200


@override_settings(HEJNAL_SEARCH_RATE="2/h")
def test_v2_search_and_the_site_search_share_one_budget(client):
    assert client.get("/api/v2/pages/", {"search": "city"}).status_code == 200
    assert client.get("/api/search/", {"q": "city"}).status_code == 200
    assert client.get("/api/v2/pages/", {"search": "city"}).status_code == 429


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("operator", ["xor", "", "null", "and or"])
def test_an_unknown_search_operator_is_a_400(client, endpoint, operator):
    query = f"search=krakow&search_operator={operator}"
    _assert_clear_400(client.get(f"/api/v2/{endpoint}/?{query}"), query)


@pytest.mark.parametrize("operator", ["and", "or"])
def test_the_documented_search_operators_still_search(client, operator):
    response = client.get(f"/api/v2/pages/?search=krakow&search_operator={operator}")
    assert response.status_code == 200
