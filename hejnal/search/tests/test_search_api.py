"""/api/search/: the contract's JSON, filters, order, phrases, pagination."""

import datetime

import pytest

from hejnal.conftest import add_article


def api(client, **params):
    response = client.get("/api/search/", params)
    assert response.status_code == 200, response.content
    return response.json()


def titles(data):
    return [result["title"] for result in data["results"]]


@pytest.mark.django_db
def test_results_have_the_contract_shape(client, corpus):
    data = api(client, q="stypendium", locale="pl", category="search-tests")
    assert set(data) >= {"count", "page", "results"}
    assert data["count"] == 1 and data["page"] == 1
    (result,) = data["results"]
    assert set(result) >= {
        "title",
        "url",
        "locale",
        "date",
        "category",
        "lead",
        "highlight",
        "score",
    }
    assert result["title"] == "Stypendia dla studentów z miast partnerskich"
    assert result["locale"] == "pl"
    assert result["category"] == "Search tests pl"
    # On the canonical origin (SITE_ORIGIN: the test client's address).
    assert result["url"].startswith("http://testserver/pl/")
    datetime.date.fromisoformat(result["date"])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("pl", "Krakowie", "Noc Muzeów w Krakowie"),
        ("pl", "stypendystą", "Stypendia dla studentów z miast partnerskich"),
        ("pl", "miast partnerskich", "Stypendia dla studentów z miast partnerskich"),
        ("de", "Partnerstädte", "Stipendien für Studierende aus Partnerstädten"),
        ("uk", "містах", "Стипендії для студентів із міст-партнерів"),
        ("en", "cities", "Scholarships for students from partner cities"),
        ("pl", "zlobek", "Nowy żłobek przy Rondzie Mogilskim"),
    ],
)
def test_inflected_queries_find_the_article(client, corpus, language, query, expected):
    data = api(client, q=query, locale=language, category="search-tests")
    assert expected in titles(data)


@pytest.mark.django_db
def test_matched_words_are_highlighted_in_the_lead(client, corpus):
    data = api(client, q="stypendiów", locale="pl", category="search-tests")
    assert "<mark>stypendiów</mark>" in data["results"][0]["highlight"]


@pytest.mark.django_db
def test_a_phrase_in_quotes_needs_the_words_together(client, search_categories):
    category = search_categories["en"]
    add_article(category, "Partner cities meet", "Mayors of partner cities met.")
    add_article(category, "A partner of the cities", "A partner came; cities waited.")
    loose = api(client, q="partner cities", locale="en", category="search-tests")
    phrase = api(client, q='"partner cities"', locale="en", category="search-tests")
    assert loose["count"] == 2
    assert titles(phrase) == ["Partner cities meet"]


@pytest.mark.django_db
def test_title_matches_outrank_body_matches_and_newer_wins_a_tie(
    client, search_categories
):
    category = search_categories["en"]
    add_article(category, "Harbour news", "Plain lead.", ["The lighthouse shines."])
    add_article(category, "Lighthouse reopens", "Plain lead.", days_ago=30)
    add_article(category, "Lighthouse reopened", "Plain lead.", days_ago=3)
    data = api(client, q="lighthouse", locale="en", category="search-tests")
    assert titles(data)[-1] == "Harbour news"
    newest = api(
        client, q="lighthouse", locale="en", category="search-tests", sort="newest"
    )
    assert titles(newest) == [
        "Harbour news",
        "Lighthouse reopened",
        "Lighthouse reopens",
    ]


@pytest.mark.django_db
def test_date_range_and_category_filter(client, search_categories, categories):
    category = search_categories["en"]
    add_article(category, "Quokka parade today", days_ago=0)
    add_article(category, "Quokka parade last year", days_ago=400)
    today = datetime.date.today()
    recent = api(
        client,
        q="quokka parade",
        locale="en",
        category="search-tests",
        **{"from": (today - datetime.timedelta(days=30)).isoformat()},
    )
    assert titles(recent) == ["Quokka parade today"]
    old = api(
        client,
        q="quokka parade",
        locale="en",
        **{"to": (today - datetime.timedelta(days=300)).isoformat()},
    )
    assert titles(old) == ["Quokka parade last year"]
    other = next(c for c in categories["en"] if c.slug != "search-tests")
    assert (
        api(client, q="quokka parade", locale="en", category=other.slug)["count"] == 0
    )


@pytest.mark.django_db
def test_scope_all_searches_every_language_with_its_own_lemmas(client, corpus):
    only_polish = api(client, q="Nürnberg", locale="pl", category="search-tests")
    everywhere = api(
        client, q="Nürnberg", locale="pl", category="search-tests", scope="all"
    )
    assert only_polish["count"] == 0
    assert {r["locale"] for r in everywhere["results"]} == {"de"}


@pytest.mark.django_db
def test_pages_of_results(client, search_categories, settings):
    settings.HEJNAL_SEARCH_PER_PAGE = 2
    for n in range(5):
        add_article(search_categories["en"], f"Ferry timetable {n}", days_ago=n)
    first = api(client, q="ferry", locale="en", category="search-tests", sort="newest")
    third = api(
        client, q="ferry", locale="en", category="search-tests", sort="newest", page=3
    )
    beyond = api(client, q="ferry", locale="en", category="search-tests", page=99)
    assert first["count"] == 5 and len(first["results"]) == 2
    assert titles(third) == ["Ferry timetable 4"]
    assert beyond["results"] == [] and beyond["count"] == 5


@pytest.mark.django_db
def test_no_result_suggests_a_spelling_from_the_index(client, corpus):
    data = api(client, q="stypedium", locale="pl")
    assert data["count"] == 0
    assert data["suggestion"] == "stypendium"


@pytest.mark.django_db
def test_when_no_page_has_every_word_some_words_are_enough(client, corpus):
    data = api(client, q="marathon zzyzx", locale="en", category="search-tests")
    assert data["partial"] is True
    assert titles(data) == ["Marathon runs through the streets of the Old Town"]


@pytest.mark.django_db
def test_page_and_api_come_from_one_engine(client, corpus):
    from bs4 import BeautifulSoup

    data = api(client, q="museum", locale="en", category="search-tests")
    html = client.get(
        "/en/search/", {"q": "museum", "category": "search-tests"}
    ).content
    soup = BeautifulSoup(html, "html.parser")
    shown = [a.get_text() for a in soup.select(".search-result__title a")]
    assert shown == titles(data)
