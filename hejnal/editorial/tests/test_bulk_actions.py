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


# Wagtail's own move and unpublish, within the user's language tree.


def action_url(action, pages):
    ids = "&".join(f"id={page.pk}" for page in pages)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", action))
    return f"{url}?{ids}&next=/admin/"


def draft_in(category):
    from hejnal.news.factories import ArticlePageFactory

    return ArticlePageFactory(parent=category, title=f"Draft in {category.title}")


def parent_of(page):
    return ArticlePage.objects.get(pk=page.pk).get_parent().pk


@pytest.fixture
def two_categories(categories):
    def pick(language):
        found = categories[language]
        assert len(found) >= 2, f"the demo has fewer than two {language} categories"
        return found[0], found[1]

    return pick


@pytest.mark.django_db
def test_editor_bulk_moves_drafts_within_their_language(client, two_categories):
    source, destination = two_categories("en")
    drafts = [draft_in(source), draft_in(source)]
    client.force_login(user("editor_en"))
    url = action_url("move", drafts)
    assert client.get(url).status_code == 200
    response = client.post(url, {"chooser": destination.pk})
    assert response.status_code == 302
    assert {parent_of(page) for page in drafts} == {destination.pk}


@pytest.mark.django_db
def test_editor_cannot_bulk_move_a_live_article(client, two_categories):
    source, destination = two_categories("en")
    page = ArticlePage.objects.live().child_of(source).order_by(
        "pk"
    ).first() or pytest.fail("no live article in the first English category")
    client.force_login(user("editor_en"))
    client.post(action_url("move", [page]), {"chooser": destination.pk})
    # Moving a live page publishes it in its new place: moderators only.
    assert parent_of(page) == source.pk


@pytest.mark.django_db
def test_editor_cannot_bulk_move_into_another_language(client, categories):
    source = categories["en"][0]
    page = draft_in(source)
    client.force_login(user("editor_en"))
    client.post(action_url("move", [page]), {"chooser": categories["de"][0].pk})
    assert parent_of(page) == source.pk


@pytest.mark.django_db
def test_editor_cannot_bulk_move_another_languages_drafts(client, two_categories):
    source, destination = two_categories("de")
    page = draft_in(source)
    client.force_login(user("editor_en"))
    client.post(action_url("move", [page]), {"chooser": destination.pk})
    assert parent_of(page) == source.pk


@pytest.mark.django_db
def test_moderator_bulk_moves_live_articles_and_they_stay_live(client, two_categories):
    source, destination = two_categories("en")
    page = ArticlePage.objects.live().child_of(source).order_by("pk").first()
    client.force_login(user("moderator_en"))
    response = client.post(action_url("move", [page]), {"chooser": destination.pk})
    assert response.status_code == 302
    assert parent_of(page) == destination.pk
    assert ArticlePage.objects.get(pk=page.pk).live


@pytest.mark.django_db
def test_moderator_cannot_bulk_move_another_languages_articles(client, two_categories):
    source, destination = two_categories("de")
    page = ArticlePage.objects.live().child_of(source).order_by("pk").first()
    client.force_login(user("moderator_en"))
    client.post(action_url("move", [page]), {"chooser": destination.pk})
    assert parent_of(page) == source.pk


def live_articles(language, count=2):
    return list(
        ArticlePage.objects.live()
        .filter(locale__language_code=language)
        .order_by("pk")[:count]
    )


@pytest.mark.django_db
def test_moderator_bulk_unpublishes_their_languages_articles(client):
    pages = live_articles("en")
    client.force_login(user("moderator_en"))
    url = action_url("unpublish", pages)
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    assert not ArticlePage.objects.filter(pk__in=[p.pk for p in pages]).live()


@pytest.mark.django_db
def test_moderator_cannot_bulk_unpublish_another_languages_articles(client):
    german = live_articles("de", count=1)
    english = live_articles("en", count=1)
    client.force_login(user("moderator_en"))
    client.post(action_url("unpublish", german + english))
    assert ArticlePage.objects.get(pk=german[0].pk).live
    assert not ArticlePage.objects.get(pk=english[0].pk).live


@pytest.mark.django_db
def test_editors_cannot_bulk_unpublish_even_in_their_language(client):
    pages = live_articles("en", count=1)
    client.force_login(user("editor_en"))
    client.post(action_url("unpublish", pages))
    assert ArticlePage.objects.get(pk=pages[0].pk).live
