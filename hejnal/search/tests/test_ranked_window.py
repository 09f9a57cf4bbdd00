"""A very common word: only the newest matches are ranked, the rest follow.

With ``HEJNAL_SEARCH_RANKED_WINDOW`` matches or fewer, everything is ranked by
relevance. Beyond it, the most recently indexed ``window`` matches come first,
ranked, and the older ones follow newest first; the count stays exact and the
pages neither repeat nor skip. The rebuild numbers entries oldest first, so
"most recently indexed" means "newest".
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hejnal.conftest import add_article
from hejnal.search import engine
from hejnal.search.indexing import rebuild
from hejnal.search.models import SearchEntry

WINDOW = 3
# (days ago, the word in the title?), created out of date order on purpose.
ARTICLES = [
    (6, True),
    (0, False),
    (3, False),
    (1, True),
    (5, False),
    (2, False),
    (7, False),
    (4, True),
]


@pytest.fixture
def lighthouses(search_categories, settings):
    settings.HEJNAL_SEARCH_RANKED_WINDOW = WINDOW
    category = search_categories["en"]
    for days_ago, in_title in ARTICLES:
        title = f"Lighthouse tour {days_ago}" if in_title else f"Coast walk {days_ago}"
        add_article(
            category,
            title,
            f"News from the coast, day {days_ago}.",
            [f"The walk passes the old lighthouse on day {days_ago}."],
            days_ago=days_ago,
        )
    rebuild()


def search(page=1, per_page=20, **fields):
    request = engine.SearchRequest(q="lighthouse", language="en", page=page, **fields)
    return engine.run(request, per_page=per_page)


def days_ago(result):
    return (datetime.date.today() - result.date).days


@pytest.mark.django_db
def test_the_rebuild_numbers_entries_oldest_first(lighthouses):
    dates = list(SearchEntry.objects.order_by("pk").values_list("date", flat=True))
    assert dates == sorted(dates)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"category": "search-tests"},
        {"date_from": datetime.date.today() - datetime.timedelta(days=30)},
        {"scope": "all"},
    ],
    ids=["plain", "category", "date-range", "all-languages"],
)
def test_newest_matches_ranked_first_then_the_rest_newest_first(lighthouses, fields):
    outcome = search(**fields)
    assert outcome.count == len(ARTICLES)
    order = [days_ago(result) for result in outcome.results]
    # The three newest, ranked: the title match (day 1) before body matches,
    # which among themselves go newer first.
    assert order[:WINDOW] == [1, 0, 2]
    # The older rest by date, though days 4 and 6 have the word in the title.
    assert order[WINDOW:] == [3, 4, 5, 6, 7]


@pytest.mark.django_db
@pytest.mark.parametrize("per_page", [1, 2, 3, 5])
def test_pages_cross_the_window_without_repeats_or_gaps(lighthouses, per_page):
    whole = [result.url for result in search().results]
    pieces = []
    for page in range(1, len(ARTICLES) + 2):
        outcome = search(page=page, per_page=per_page)
        assert outcome.count == len(ARTICLES)
        pieces.extend(result.url for result in outcome.results)
    assert pieces == whole


@pytest.mark.django_db
def test_a_small_result_is_ranked_whole(lighthouses, settings):
    settings.HEJNAL_SEARCH_RANKED_WINDOW = 2000
    order = [days_ago(result) for result in search().results]
    assert order == [1, 4, 6, 0, 2, 3, 5, 7]


@pytest.mark.django_db
def test_an_article_published_after_the_rebuild_joins_the_window(
    lighthouses, search_categories
):
    add_article(
        search_categories["en"],
        "Lighthouse keepers",
        "A new story.",
        ["Keepers of the lighthouse."],
        days_ago=10,
    )
    outcome = search()
    assert outcome.count == len(ARTICLES) + 1
    window = {days_ago(result) for result in outcome.results[:WINDOW]}
    assert window == {10, 1, 0}
    assert [days_ago(result) for result in outcome.results[WINDOW:]] == [
        2,
        3,
        4,
        5,
        6,
        7,
    ]


@pytest.mark.django_db
@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the date index hint is SQLite's"
)
def test_newest_first_through_the_date_index_keeps_the_order(lighthouses, monkeypatch):
    from hejnal.search.backends import sqlite

    expected = [result.url for result in search(sort="newest").results]
    monkeypatch.setattr(sqlite, "NEWEST_BY_DATE_INDEX", 1)
    with CaptureQueriesContext(connection) as queries:
        walked = [result.url for result in search(sort="newest").results]
    assert any("INDEXED BY" in query["sql"] for query in queries.captured_queries)
    assert walked == expected
    dates = [result.date for result in search(sort="newest").results]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.django_db
@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the date index hint is SQLite's"
)
@pytest.mark.parametrize(
    "bounds",
    [{"date_from": 2}, {"date_to": 4}, {"date_from": 5, "date_to": 1}],
    ids=["from", "to", "between"],
)
def test_a_date_range_counted_through_the_date_index_counts_the_same(
    lighthouses, monkeypatch, bounds
):
    from hejnal.search.backends import sqlite

    today = datetime.date.today()
    fields = {
        name: today - datetime.timedelta(days=days) for name, days in bounds.items()
    }
    expected = search(**fields)
    monkeypatch.setattr(sqlite, "NEWEST_BY_DATE_INDEX", 1)
    with CaptureQueriesContext(connection) as queries:
        walked = search(**fields)
    assert any("INDEXED BY" in query["sql"] for query in queries.captured_queries)
    assert walked.count == expected.count
    assert [r.url for r in walked.results] == [r.url for r in expected.results]
    in_range = sum(
        1
        for days, _title in ARTICLES
        if bounds.get("date_to", -1) <= days <= bounds.get("date_from", 99)
    )
    assert walked.count == in_range


@pytest.mark.django_db
def test_a_word_shared_by_languages_is_found_in_each_and_only_where_asked(
    lighthouses, search_categories
):
    # "Lighthouse" comes out as the same term in every language: one pass over
    # the index serves them all, and a one-language search still keeps to its
    # language.
    add_article(
        search_categories["de"],
        "Lighthouse am Hafen",
        "Ein Name.",
        ["Das Lighthouse steht am Hafen."],
    )
    assert search(scope="all").count == len(ARTICLES) + 1
    assert search().count == len(ARTICLES)
    german = engine.run(engine.SearchRequest(q="lighthouse", language="de"))
    assert german.count == 1
    mixed = engine.run(
        engine.SearchRequest(q="lighthouse Hafen", language="de", scope="all")
    )
    assert [result.locale for result in mixed.results] == ["de"]


@pytest.mark.django_db
def test_work_done_once_per_article_ranks_every_match(lighthouses):
    # "See also" is computed at publish time: it asks for every match ranked,
    # so an old article's closest matches are not passed over for new ones.
    from hejnal.news import related
    from hejnal.search.backends import get_backend
    from hejnal.search.backends.base import Filters
    from hejnal.search.query import TermClause

    _count, hits = get_backend().search(
        {"en": [TermClause(("lighthouse",))]},
        Filters(),
        sort="relevance",
        match="any",
        offset=0,
        limit=20,
        rank_all=True,
    )
    entries = dict(SearchEntry.objects.values_list("pk", "date"))
    today = datetime.date.today()
    order = [(today - entries[hit.entry_id]).days for hit in hits]
    assert order == [1, 4, 6, 0, 2, 3, 5, 7]

    oldest_title_match = SearchEntry.objects.get(title="Lighthouse tour 6").page
    scored = dict(related.compute(oldest_title_match.specific))
    newer = SearchEntry.objects.get(title="Lighthouse tour 1").page_id
    older = SearchEntry.objects.get(title="Lighthouse tour 4").page_id
    # Alike in text, three days apart: nearly the same score, not one scored
    # for its words and the other for its date alone.
    assert scored.get(older, 0) > 0.8 * scored[newer]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "fields",
    [{}, {"date_from": datetime.date.today() - datetime.timedelta(days=30)}],
    ids=["plain", "date-range"],
)
def test_an_index_emptied_between_count_and_window_is_not_an_error(
    lighthouses, monkeypatch, fields
):
    # A rebuild empties the index in one transaction: a search may count the
    # old rows and then find them gone. It answers with what is left.
    from hejnal.search.backends import base

    real_fetch = base.Backend._fetch

    def empty_before_the_edge(self, sql, params):
        if "DESC LIMIT 1 OFFSET" in sql:
            SearchEntry.objects.all().delete()
        return real_fetch(self, sql, params)

    monkeypatch.setattr(base.Backend, "_fetch", empty_before_the_edge)
    outcome = search(**fields)
    assert outcome.count == len(ARTICLES)
    assert outcome.results == []
