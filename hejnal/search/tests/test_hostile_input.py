"""Whatever a reader or a robot sends, the answer is results or a clear 400."""

import pytest

HOSTILE_QUERIES = [
    '"',
    '""',
    '"unbalanced',
    "*",
    "^",
    ":",
    "(",
    ")",
    "NEAR",
    "NEAR(a b)",
    "a AND",
    "OR OR",
    "NOT",
    "-",
    "--",
    "a -b",
    "title:krakow",
    "{title} : x",
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    "%",
    "_",
    "\\",
    "x" * 10_000,
    "kraków " * 2000,
    "\x00",
    "a\x00b",
    "\x1b[31m",
    "\u202e",
    "😀",
    "🇵🇱 Kraków",
    "Київ Kraków مدينة",
    "a" * 300,
]


@pytest.mark.django_db
@pytest.mark.parametrize("query", HOSTILE_QUERIES)
@pytest.mark.parametrize("url", ["/api/search/", "/en/search/", "/ar/search/"])
def test_hostile_query_text_never_fails(client, url, query):
    response = client.get(url, {"q": query, "scope": "all"})
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        "page=abc",
        "page=0",
        "page=-1",
        "page=1.5",
        "page=" + "9" * 40,
        "from=2024-13-45",
        "to=yesterday",
        "from=2025-01-01&to=2024-01-01",
        "sort=random",
        "scope=everything",
        "category=no-such-category",
        "locale=xx",
        "q=a&q=b&page=1&page=2",
        "q=%FF%FE",
        "q=%ED%A0%80",
        "category=%00",
    ],
)
@pytest.mark.parametrize("url", ["/api/search/", "/pl/search/"])
def test_malformed_parameters_get_a_clear_answer(client, url, params):
    response = client.get(f"{url}?q=krakow&{params}")
    assert response.status_code in (200, 400)
    if response.status_code == 400 and url.startswith("/api/"):
        assert response.json()["errors"]


@pytest.mark.django_db
def test_bad_date_is_explained_on_the_page(client):
    response = client.get("/en/search/?q=krakow&from=2024-13-45")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'aria-invalid="true"' in html
