"""Hypothesis throws malformed query strings, headers and form posts at every
public URL: whatever it sends, the answer is never a server error."""

from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hejnal.conftest import page_of_type
from hejnal.directory.models import Consulate
from hejnal.directory.models.pages import (
    ConsulateIndexPage,
    CountryPage,
    NationalDayCalendarPage,
    PartnerCityIndexPage,
)
from hejnal.news.models import ArticlePage, NewsCategoryPage

pytestmark = pytest.mark.django_db

FIXED = [
    "/",
    "/pl/",
    "/ar/",
    "/en/search/",
    "/api/search/",
    "/en/feeds/news.rss",
    "/de/feeds/news.atom",
    "/uk/national-days.ics",
    "/sitemap.xml",
    "/robots.txt",
    "/en/cookies/",
    "/api/v2/pages/",
    "/api/v2/images/",
    "/healthz",
    "/readyz",
]
FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PARAMS = [
    "q",
    "page",
    "from",
    "to",
    "scope",
    "sort",
    "category",
    "lang",
    "type",
    "fields",
    "order",
    "limit",
    "offset",
    "search",
    "agreement",
    "continent",
    "year",
    "next",
    "choice",
    "child_of",
    "locale",
]
text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60
)
values = st.one_of(
    text,
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.sampled_from(
        [
            "",
            "0",
            "-1",
            "9" * 40,
            "2026-02-30",
            "0000-00-00",
            "all",
            "lang",
            "relevance",
            "newest",
            "'; DROP TABLE x;--",
            "%00",
            "<script>alert(1)</script>",
            "\x00",
            "..",
            "null",
            "[]",
        ]
    ),
)


@pytest.fixture
def urls(db):
    found = list(FIXED)
    for model in (
        ArticlePage,
        NewsCategoryPage,
        NationalDayCalendarPage,
        PartnerCityIndexPage,
        ConsulateIndexPage,
        CountryPage,
    ):
        for language in ("pl", "ar"):
            found.append(page_of_type(model, language).url)
    consulate = Consulate.objects.first()
    found.append(f"/en/consulates/{consulate.pk}.vcf")
    found.append("/en/consulates/999999999.vcf")
    return found


def query_string(pairs):
    return "&".join(
        f"{quote(key, safe='')}={quote(value, safe='')}" for key, value in pairs
    )


@FUZZ
@given(data=st.data())
def test_query_strings_never_give_a_500(urls, data):
    url = data.draw(st.sampled_from(urls))
    pairs = data.draw(
        st.lists(
            st.tuples(st.one_of(st.sampled_from(PARAMS), text), values), max_size=6
        )
    )
    response = Client(raise_request_exception=False).get(f"{url}?{query_string(pairs)}")
    assert response.status_code < 500, (url, pairs, response.status_code)


HEADERS = [
    "HTTP_ACCEPT_LANGUAGE",
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_COOKIE",
    "HTTP_X_FORWARDED_FOR",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_RANGE",
    "HTTP_ACCEPT",
    "HTTP_REFERER",
    "HTTP_USER_AGENT",
    "HTTP_SEC_FETCH_SITE",
    "HTTP_ORIGIN",
]
header_values = st.one_of(
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=80),
    st.sampled_from(
        [
            "*",
            "pl;q=abc",
            "xx-YY,zz;q=0.5",
            '"etag", W/"x"',
            "Thu, 31 Feb 2026 25:61:61 GMT",
            "hejnal_consent=%ff%fe",
            "sessionid=garbage; csrftoken=",
            "bytes=5-1",
            "a" * 500,
        ]
    ),
)


@FUZZ
@given(data=st.data())
def test_headers_never_give_a_500(urls, data):
    url = data.draw(st.sampled_from(urls))
    headers = data.draw(
        st.dictionaries(st.sampled_from(HEADERS), header_values, max_size=5)
    )
    response = Client(raise_request_exception=False).get(url, **headers)
    assert response.status_code < 500, (url, headers, response.status_code)


@FUZZ
@given(data=st.data())
def test_form_posts_never_give_a_500(urls, data):
    url = data.draw(st.sampled_from([*urls, "/pl/cookies/", "/admin/login/"]))
    form = data.draw(
        st.dictionaries(st.one_of(st.sampled_from(PARAMS), text), values, max_size=6)
    )
    response = Client(raise_request_exception=False).post(url, form)
    assert response.status_code < 500, (url, form, response.status_code)
