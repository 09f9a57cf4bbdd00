"""hejnal.core.visibility.public() keeps exactly what Wagtail's .public() keeps."""

import pytest
from wagtail.models import Page, PageViewRestriction

from hejnal.core.visibility import public
from hejnal.news.models import ArticlePage


def ids(queryset):
    return set(queryset.values_list("pk", flat=True))


@pytest.mark.django_db
def test_same_pages_as_wagtail_without_restrictions():
    pages = Page.objects.live()
    assert ids(public(pages)) == ids(pages.public())


@pytest.mark.django_db
def test_a_private_section_and_everything_below_it_are_left_out(categories):
    category = categories["en"][0]
    PageViewRestriction.objects.create(
        page=category, restriction_type="password", password="x"
    )
    pages = Page.objects.live()
    kept = ids(public(pages))
    assert kept == ids(pages.public())
    assert category.pk not in kept
    below = ids(ArticlePage.objects.child_of(category))
    assert below and not below & kept
    assert not below & ids(ArticlePage.objects.live().public())


@pytest.mark.django_db
def test_costs_one_query(django_assert_num_queries, categories):
    PageViewRestriction.objects.create(
        page=categories["de"][0], restriction_type="password", password="x"
    )
    with django_assert_num_queries(1):
        public(Page.objects.live())
