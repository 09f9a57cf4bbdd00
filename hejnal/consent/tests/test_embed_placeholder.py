import pytest
from bs4 import BeautifulSoup

from hejnal.consent.choice import COOKIE_NAME
from hejnal.news.models import ArticlePage


@pytest.fixture
def video_article(db, admin_user):
    article = ArticlePage.objects.live().filter(locale__language_code="en").first()
    article.body = [
        (
            "video",
            {
                "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "title": "Hejnał from St Mary's tower",
                "has_captions": True,
                "transcript": "",
            },
        ),
    ]
    article.save_revision(user=admin_user).publish(user=admin_user)
    return article


@pytest.mark.django_db
def test_video_is_a_placeholder_until_consent(client, video_article):
    soup = BeautifulSoup(client.get(video_article.url).content, "html.parser")
    assert soup.find("iframe") is None
    placeholder = soup.select_one(".embed-placeholder")
    assert "youtube-nocookie.com/embed/dQw4w9WgXcQ" in placeholder["data-embed-src"]
    assert placeholder.select_one("a[href^='https://www.youtube.com/']")


@pytest.mark.django_db
def test_video_loads_after_consent(client, video_article):
    client.cookies[COOKIE_NAME] = "external"
    soup = BeautifulSoup(client.get(video_article.url).content, "html.parser")
    frame = soup.find("iframe")
    assert frame["src"] == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    assert frame["title"] == "Hejnał from St Mary's tower"


@pytest.mark.django_db
def test_rejecting_keeps_the_placeholder(client, video_article):
    client.cookies[COOKIE_NAME] = "essential"
    soup = BeautifulSoup(client.get(video_article.url).content, "html.parser")
    assert soup.find("iframe") is None
