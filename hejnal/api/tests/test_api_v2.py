"""The headless API: Wagtail's v2 endpoints with the article fields."""

import pytest
from wagtail.models import PageViewRestriction

from hejnal.news.models import ArticlePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def hero_article(db):
    return (
        ArticlePage.objects.live()
        .filter(locale__language_code="en", hero_image__isnull=False)
        .order_by("-date", "-pk")
        .first()
    )


def test_article_detail_has_the_article_fields(client, hero_article):
    response = client.get(f"/api/v2/pages/{hero_article.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["type"] == "news.ArticlePage"
    assert data["meta"]["locale"] == "en"
    assert data["title"] == hero_article.title
    assert data["lead"] == hero_article.lead
    assert data["date"] == hero_article.date.isoformat()
    category = hero_article.get_parent()
    assert data["category"]["id"] == category.pk
    assert data["category"]["title"] == category.title
    assert data["category"]["html_url"].endswith(category.url)
    assert {t["name"] for t in data["topics"]} == {
        t.name for t in hero_article.topics.all()
    }
    record = data["publication_record"]
    assert set(record) >= {
        "prepared_by",
        "published_by",
        "first_published_at",
        "last_published_at",
        "history",
    }
    renditions = data["hero_image_renditions"]
    assert set(renditions) == {"teaser", "large", "share"}
    assert renditions["share"]["width"] == 1200
    assert renditions["share"]["height"] == 630
    assert renditions["teaser"]["url"].endswith(".webp")
    assert renditions["large"]["alt"] == hero_article.hero_alt
    assert data["hero_image"]["id"] == hero_article.hero_image_id
    assert isinstance(data["body"], list)


def test_listing_filters_by_type_and_language_with_chosen_fields(client):
    response = client.get(
        "/api/v2/pages/",
        {
            "type": "news.ArticlePage",
            "locale": "de",
            "fields": "lead,date,topics,hero_image_renditions",
            "order": "-date",
            "limit": 5,
        },
    )
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] == (
        ArticlePage.objects.live().filter(locale__language_code="de").count()
    )
    assert len(data["items"]) == 5
    dates = [item["date"] for item in data["items"]]
    assert dates == sorted(dates, reverse=True)
    for item in data["items"]:
        assert item["meta"]["locale"] == "de"
        assert "lead" in item and "topics" in item


def test_images_and_documents_endpoints(client, hero_article):
    response = client.get("/api/v2/images/", {"limit": 3})
    assert response.status_code == 200
    item = response.json()["items"][0]
    assert "description" in item and "thumbnail" in item
    detail = client.get(f"/api/v2/images/{hero_article.hero_image_id}/").json()
    assert detail["description"] == hero_article.hero_image.description
    assert detail["thumbnail"]["width"] <= 400
    assert "credit" in detail and "decorative" in detail
    assert client.get("/api/v2/documents/").status_code == 200


def test_private_pages_are_not_exposed(client, hero_article):
    PageViewRestriction.objects.create(
        page=hero_article, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(f"/api/v2/pages/{hero_article.pk}/").status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "type=nope.Nope",
        "type=news.ArticlePage&fields=no_such_field",
        "limit=abc",
        "limit=-1",
        "offset=abc",
        "order=no_such_field",
        "child_of=abc",
        "descendant_of=999999999",
        "locale=zz",
        "unknown_parameter=1",
        "search=%00",
        'search="',
        'search=a"b',
        "search=" + "x" * 5000,
    ],
)
def test_bad_queries_get_a_clear_error_not_a_500(client, query):
    response = client.get(f"/api/v2/pages/?{query}")
    assert response.status_code in (200, 400, 404), query
    if response.status_code != 200:
        assert "message" in response.json()


def test_missing_objects_are_404(client):
    for url in ("/api/v2/pages/999999999/", "/api/v2/images/999999999/"):
        response = client.get(url)
        assert response.status_code == 404
        assert "message" in response.json()
