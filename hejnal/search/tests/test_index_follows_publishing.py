"""The index follows publishing at once; drafts and private pages stay out."""

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from hejnal.conftest import add_article
from hejnal.news.factories import ArticlePageFactory
from hejnal.search.models import SearchEntry, SearchTerm


def found(client, word, language="en"):
    data = client.get("/api/search/", {"q": word, "locale": language}).json()
    return [result["title"] for result in data["results"]]


@pytest.mark.django_db
def test_published_page_is_found_and_unpublished_leaves(client, search_categories):
    article = add_article(search_categories["en"], "Wombat census results")
    assert found(client, "wombat") == ["Wombat census results"]
    article.unpublish()
    assert found(client, "wombat") == []


@pytest.mark.django_db
def test_a_draft_is_never_found(client, search_categories):
    draft = ArticlePageFactory(
        parent=search_categories["en"], title="Secret wombat plans", lead="Draft"
    )
    draft.save_revision()
    assert found(client, "wombat") == []


@pytest.mark.django_db
def test_new_draft_of_a_live_page_keeps_the_published_text(client, search_categories):
    article = add_article(search_categories["en"], "Wombat census results")
    article.title = "Platypus census"
    article.save_revision()
    assert found(client, "wombat") == ["Wombat census results"]
    assert found(client, "platypus") == []


@pytest.mark.django_db
def test_deleted_page_leaves_the_index(client, search_categories):
    article = add_article(search_categories["en"], "Wombat census results")
    article.delete()
    assert found(client, "wombat") == []
    assert not SearchEntry.objects.filter(title__icontains="wombat").exists()


@pytest.mark.django_db
def test_deleting_a_category_drops_its_articles(client, search_categories):
    add_article(search_categories["en"], "Wombat census results")
    search_categories["en"].delete()
    assert found(client, "wombat") == []


@pytest.mark.django_db(transaction=False)
def test_private_section_leaves_and_comes_back(
    client, search_categories, django_capture_on_commit_callbacks
):
    add_article(search_categories["en"], "Wombat census results")
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=search_categories["en"], restriction_type="password", password="x"
        )
    assert found(client, "wombat") == []
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert found(client, "wombat") == ["Wombat census results"]


@pytest.mark.django_db
def test_moved_page_is_found_at_its_new_address(client, search_categories, homes):
    article = add_article(search_categories["en"], "Wombat census results")
    from hejnal.news.factories import NewsCategoryPageFactory, publish

    archive = publish(
        NewsCategoryPageFactory(parent=homes["en"], title="Archive", slug="archive")
    )
    article.move(archive, pos="last-child")
    data = client.get("/api/search/", {"q": "wombat", "locale": "en"}).json()
    assert "/en/archive/" in data["results"][0]["url"]
    assert data["results"][0]["category"] == "Archive"


@pytest.mark.django_db
def test_vocabulary_counts_documents(search_categories):
    add_article(search_categories["en"], "Wombat census", "Wombats counted.")
    second = add_article(search_categories["en"], "Wombat habitat", "Grass.")
    assert SearchTerm.objects.get(language="en", term="wombat").documents == 2
    second.unpublish()
    assert SearchTerm.objects.get(language="en", term="wombat").documents == 1


@pytest.mark.django_db
def test_rebuild_search_index_restores_everything(client, search_categories):
    add_article(search_categories["en"], "Wombat census results")
    before = SearchEntry.objects.count()
    SearchEntry.objects.all().delete()
    call_command("rebuild_search_index", verbosity=0)
    assert SearchEntry.objects.count() == before
    assert found(client, "wombat") == ["Wombat census results"]
    assert SearchTerm.objects.get(language="en", term="wombat").documents == 1
