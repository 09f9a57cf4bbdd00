"""load_demo leaves a complete index, even after an interrupted earlier run."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from hejnal.conftest import DEMO_ARTICLES
from hejnal.search.models import SearchEntry


def live_pages():
    return Page.objects.live().filter(depth__gt=2).count()


@pytest.mark.django_db
def test_the_demo_site_is_fully_indexed():
    assert SearchEntry.objects.count() == live_pages()


@pytest.mark.django_db
def test_load_demo_completes_an_index_left_unfinished():
    # As after a run stopped before its last step: only the pages published one
    # by one are in the index, the bulk-written articles are not.
    SearchEntry.objects.filter(category__isnull=False).delete()
    call_command("load_demo", articles=DEMO_ARTICLES, verbosity=0)
    assert SearchEntry.objects.count() == live_pages()
