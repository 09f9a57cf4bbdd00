"""Ranked pages across languages: merged in score order, no gaps or repeats,
and on PostgreSQL the stored length divisor ranks exactly as ``ts_rank``'s own
normalisation would."""

import pytest
from django.db import connection

from hejnal.conftest import add_article
from hejnal.search import engine


def ranked(language, q, scope="all", page=1, per_page=4, sort="relevance"):
    search = engine.SearchRequest(
        q=q, language=language, scope=scope, page=page, sort=sort
    )
    return engine.run(search, per_page=per_page)


@pytest.fixture
def harbours(search_categories):
    titles = {
        "en": ["Harbour festival", "Harbour news", "Old town", "Harbour lights"],
        "de": ["Hafenfest", "Hafen heute", "Altstadt", "Hafenlichter"],
        "pl": ["Port i miasto", "Nowy port", "Stare Miasto", "Port nocą"],
    }
    bodies = {"en": "harbour", "de": "Hafen", "pl": "port"}
    made = []
    for language, names in titles.items():
        for days, title in enumerate(names):
            made.append(
                add_article(
                    search_categories[language],
                    title,
                    f"{title}.",
                    [f"A text about the {bodies[language]} and more."],
                    days_ago=days,
                )
            )
    return made


@pytest.mark.django_db
@pytest.mark.parametrize("sort", ["relevance", "newest"])
def test_pages_of_a_merged_result_neither_repeat_nor_skip(harbours, sort):
    # "harbour" in English, "Hafen" in German and "port" in Polish all fold to
    # terms of their own language; scope "all" ranks them in one list.
    whole = ranked("en", "harbour Hafen port", sort=sort, per_page=30)
    assert whole.count >= 12
    pieces = []
    for page in range(1, whole.num_pages * 8 + 1):
        outcome = ranked("en", "harbour Hafen port", sort=sort, page=page)
        if not outcome.results:
            break
        assert outcome.count == whole.count
        pieces.extend(result.url for result in outcome.results)
    assert pieces == [result.url for result in whole.results]
    scores = [result.score for result in whole.results]
    if sort == "relevance":
        assert scores == sorted(scores, reverse=True)
    else:
        dates = [result.date for result in whole.results]
        assert dates == sorted(dates, reverse=True)


@pytest.mark.django_db
def test_past_the_last_page_the_count_is_still_given(harbours):
    outcome = ranked("en", "harbour", scope="lang", page=50)
    assert outcome.results == []
    assert outcome.count >= 3


@pytest.mark.django_db
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the stored divisor is PostgreSQL's"
)
def test_stored_divisor_ranks_as_ts_rank_normalisation_one(harbours):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*), max(abs("
            " ts_rank('{0.05, 0.1, 0.4, 1.0}', vector, q, 1)"
            " - ts_rank('{0.05, 0.1, 0.4, 1.0}', vector, q, 0) / norm))"
            " FROM hejnal_search_vector,"
            " to_tsquery('simple', 'harbour | hafen | port | krakow') q"
            " WHERE vector @@ q"
        )
        rows, difference = cursor.fetchone()
    assert rows >= 12
    assert difference < 1e-6
