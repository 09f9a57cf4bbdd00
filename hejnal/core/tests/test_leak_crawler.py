"""Nothing an editor hid reaches an anonymous reader, through any surface.

The crawler (``leaks.py``) plants every kind of hidden content with its own
marker word, links it from public pages, and reads every anonymous surface.
"""

import pytest
from django.test import Client

from hejnal.news.models import ArticlePage

from .leaks import Crawler, crawl, plant


@pytest.fixture
def planted(homes, admin_user, settings, django_capture_on_commit_callbacks):
    # Documents go through the view that checks privacy (never /media/).
    settings.WAGTAILDOCS_SERVE_METHOD = "serve_view"
    # What runs once an editor's change commits (search index, purges) runs
    # here too, as it would on the site.
    with django_capture_on_commit_callbacks(execute=True):
        return plant(homes, admin_user)


@pytest.mark.django_db
def test_no_hidden_content_reaches_an_anonymous_reader(planted):
    crawler = crawl(Client(), planted)
    assert len(planted.markers) >= 14
    assert crawler.requests > 300, "the crawl reached too little of the site"
    leaks = crawler.summary()
    assert not leaks, f"{len(leaks)} leaks:\n" + "\n".join(leaks)


@pytest.mark.django_db
def test_the_crawler_finds_a_planted_leak(planted):
    """The crawler would see a leak: a hidden page's marker on a public page."""
    linker = ArticlePage.objects.get(url_path__endswith="/leak-test-linker/")
    linker.title = f"{linker.title} {planted.markers['password']}"
    linker.save_revision().publish()
    crawler = Crawler(Client(), planted)
    crawler.visit(planted.linker_path)
    assert any("marker of password" in str(f) for f in crawler.findings)
