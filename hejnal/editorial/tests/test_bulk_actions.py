"""Tag several articles with a topic at once, within the editor's languages."""

import pytest
from django.urls import reverse

from hejnal.news.models import ArticlePage, Topic

from .helpers import user


def bulk_url(pages, next_url="/admin/"):
    ids = "&".join(f"id={page.pk}" for page in pages)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "tag_with_topic"))
    return f"{url}?{ids}&next={next_url}"


def untagged(language, topic, count=2):
    return list(
        ArticlePage.objects.live()
        .filter(locale__language_code=language, has_unpublished_changes=False)
        .exclude(topics=topic)
        .order_by("pk")[:count]
    )


@pytest.mark.django_db
def test_moderator_tags_and_publishes_articles(client):
    topic = Topic.objects.filter(locale__language_code="en").first()
    pages = untagged("en", topic)
    client.force_login(user("moderator_en"))
    url = bulk_url(pages)
    assert client.get(url).status_code == 200
    response = client.post(url, {"topic": topic.pk})
    assert response.status_code == 302
    for page in pages:
        assert topic in ArticlePage.objects.get(pk=page.pk).topics.all()


@pytest.mark.django_db
def test_editor_tagging_leaves_a_draft_for_review(client):
    topic = Topic.objects.filter(locale__language_code="en").first()
    pages = untagged("en", topic, count=1)
    client.force_login(user("editor_en"))
    client.post(bulk_url(pages), {"topic": topic.pk})
    page = ArticlePage.objects.get(pk=pages[0].pk)
    assert topic not in page.topics.all()
    assert page.has_unpublished_changes
    assert topic in page.get_latest_revision_as_object().topics.all()


@pytest.mark.django_db
def test_editor_cannot_tag_another_languages_articles(client):
    topic = Topic.objects.filter(locale__language_code="de").first()
    pages = untagged("de", topic, count=1)
    revision = pages[0].latest_revision_id
    client.force_login(user("editor_en"))
    client.post(bulk_url(pages), {"topic": topic.pk})
    page = ArticlePage.objects.get(pk=pages[0].pk)
    assert page.latest_revision_id == revision
    assert topic not in page.topics.all()


@pytest.mark.django_db
def test_articles_in_another_language_get_the_topics_translation(client):
    english = Topic.objects.filter(locale__language_code="en").first()
    german = english.get_translation_or_none(
        ArticlePage.objects.filter(locale__language_code="de").first().locale
    )
    if german is None:
        pytest.skip("demo topics are not translations of each other")
    pages = untagged("de", german, count=1)
    client.force_login(user("administrator"))
    client.post(bulk_url(pages), {"topic": english.pk})
    assert german in ArticlePage.objects.get(pk=pages[0].pk).topics.all()
