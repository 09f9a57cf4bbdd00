import pytest
from bs4 import BeautifulSoup

from hejnal.consent.choice import COOKIE_NAME
from hejnal.consent.templatetags.consent_tags import embed_key
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


@pytest.fixture
def two_video_article(db, admin_user):
    article = ArticlePage.objects.live().filter(locale__language_code="en").first()
    article.body = [
        (
            "video",
            {"url": url, "title": title, "has_captions": True, "transcript": ""},
        )
        for url, title in [
            ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "The bugle call"),
            ("https://vimeo.com/76979871", "The market square"),
        ]
    ]
    article.save_revision(user=admin_user).publish(user=admin_user)
    return article


def placeholders(response):
    return BeautifulSoup(response.content, "html.parser").select(".embed-placeholder")


@pytest.mark.django_db
def test_placeholder_offers_this_one_or_all(client, two_video_article):
    first, second = placeholders(client.get(two_video_article.url))
    assert first["id"] != second["id"]
    one = first.select_one("form[data-embed-load-one]")
    assert one["method"] == "get"
    assert one["action"].endswith(f"#{first['id']}")
    assert one.select_one("input[name=embed]")["value"] == embed_key(
        first["data-embed-src"]
    )
    assert "The bugle call" in one.select_one("button").get_text()
    everything = first.select_one("form[method=post]")
    assert everything.select_one("button[name=choice]")["value"] == "accept"
    assert everything.select_one("input[name=next]")["value"].endswith(
        f"#{first['id']}"
    )


@pytest.mark.django_db
def test_one_embed_loads_on_request_and_nothing_is_stored(client, two_video_article):
    key = embed_key("https://player.vimeo.com/video/76979871?dnt=1")
    response = client.get(two_video_article.url, {"embed": key})
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
    soup = BeautifulSoup(response.content, "html.parser")
    frames = soup.find_all("iframe")
    assert [f["src"] for f in frames] == [
        "https://player.vimeo.com/video/76979871?dnt=1"
    ]
    (left,) = soup.select(".embed-placeholder")
    kept = [i["value"] for i in left.select("form[data-embed-load-one] input")]
    assert kept == [key, embed_key(left["data-embed-src"])]  # both load next


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["nonsense", "<script>", "", "a" * 500])
def test_unknown_embed_keys_change_nothing(client, two_video_article, value):
    response = client.get(two_video_article.url, {"embed": value})
    assert response.status_code == 200
    assert len(placeholders(response)) == 2
    assert not BeautifulSoup(response.content, "html.parser").select("main script")
