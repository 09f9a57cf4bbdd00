"""The one-query router gives exactly Wagtail's answer, found or not found."""

import pytest
from django.http import Http404
from django.test import RequestFactory
from wagtail.models import Page

from hejnal.news.factories import ArticlePageFactory, publish
from hejnal.news.models import ArticlePage, NewsCategoryPage
from hejnal.pages.models import HomePage


def wagtail_route(home, components):
    """What Wagtail's own Page.route answers: (pk, class) or 404."""
    try:
        result = Page.route(home, RequestFactory().get("/"), list(components))
    except Http404:
        return "404"
    return (result.page.pk, type(result.page), result.args, result.kwargs)


def hejnal_route(home, components):
    try:
        result = home.route(RequestFactory().get("/"), list(components))
    except Http404:
        return "404"
    return (result.page.pk, type(result.page), result.args, result.kwargs)


def components_of(home, page):
    return [part for part in page.url_path[len(home.url_path) :].split("/") if part]


@pytest.mark.django_db
def test_every_page_of_every_language_routes_as_wagtail_routes_it():
    checked = 0
    for home in HomePage.objects.all():
        for page in Page.objects.descendant_of(home).order_by("path")[:150]:
            parts = components_of(home, page)
            assert hejnal_route(home, parts) == wagtail_route(home, parts), page
            checked += 1
    assert checked > 300


@pytest.mark.django_db
def test_missing_extra_and_foreign_paths_are_not_found_as_in_wagtail():
    article = ArticlePage.objects.live().filter(locale__language_code="de").first()
    home = HomePage.objects.get(locale=article.locale)
    other_home = HomePage.objects.exclude(pk=home.pk).first()
    parts = components_of(home, article)
    cases = [
        ["no-such-page"],
        [parts[0], "no-such-page"],
        [*parts, "extra"],
        [*parts[:-1], parts[-1] + "x"],
        [parts[-1]],  # the article's slug without its parents
        parts[1:],
        ["%00", "..", "ż" * 300],
        # a real path of another language version, asked below this one
        components_of(other_home, Page.objects.descendant_of(other_home).last()),
    ]
    for case in cases:
        assert hejnal_route(home, case) == wagtail_route(home, case) == "404", case


@pytest.mark.django_db
def test_drafts_and_pages_below_a_draft_route_as_in_wagtail():
    category = NewsCategoryPage.objects.live().filter(locale__language_code="en")[0]
    home = HomePage.objects.get(locale=category.locale)
    draft = ArticlePageFactory(parent=category, title="Draft only", slug="draft-only")
    assert not draft.live
    assert hejnal_route(home, components_of(home, draft)) == "404"
    assert wagtail_route(home, components_of(home, draft)) == "404"

    live_child = publish(
        ArticlePageFactory(parent=category, title="Under", slug="under-later")
    )
    category.unpublish()
    parts = components_of(home, live_child)
    # Wagtail routes through an unpublished parent to a live page: so do we.
    assert hejnal_route(home, parts) == wagtail_route(home, parts)
    assert hejnal_route(home, parts)[0] == live_child.pk


@pytest.mark.django_db
def test_an_article_is_routed_in_two_page_queries(django_assert_max_num_queries):
    article = ArticlePage.objects.live().filter(locale__language_code="pl").first()
    home = HomePage.objects.get(locale=article.locale)
    parts = components_of(home, article)
    assert len(parts) >= 3
    with django_assert_max_num_queries(2):
        result = home.route(RequestFactory().get("/"), parts)
    assert result.page.pk == article.pk
    assert isinstance(result.page, ArticlePage)


@pytest.mark.django_db
def test_a_very_long_path_is_refused_quickly():
    """A URL of thousands of segments: 404 after a small query or two, as in
    Wagtail (listing every prefix of it would send megabytes of SQL)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    article = ArticlePage.objects.live().filter(locale__language_code="en").first()
    home = HomePage.objects.get(locale=article.locale)
    parts = components_of(home, article)
    for case in (["a"] * 5000, [*parts[:1], *(["a"] * 5000)]):
        with CaptureQueriesContext(connection) as captured:
            assert hejnal_route(home, case) == "404"
        assert len(captured) <= 4
        assert sum(len(query["sql"]) for query in captured) < 20_000
    assert wagtail_route(home, ["a"] * 5000) == "404"
