import pytest
from bs4 import BeautifulSoup

from hejnal.conftest import LANGUAGES, page_of_type
from hejnal.news.models import ArticlePage, NewsCategoryPage
from hejnal.pages.models import HomePage, SectionPage, StandardPage

PAGE_TYPES = [HomePage, SectionPage, StandardPage, NewsCategoryPage, ArticlePage]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_every_page_type_renders_in_every_language(client, model, language):
    page = page_of_type(model, language)
    response = client.get(page.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    html = soup.find("html")
    assert html["lang"] == language
    assert html["dir"] == ("rtl" if language == "ar" else "ltr")
    assert len(soup.find_all("h1")) == 1
    assert soup.find("main", id="main")
    assert soup.find("a", class_="skip-link")["href"] == "#main"


@pytest.mark.django_db
def test_root_redirects_by_accept_language_without_cookie(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/de/"
    assert not response.cookies


@pytest.mark.django_db
def test_article_shows_lead_body_topics_and_hero_alt(client):
    article = ArticlePage.objects.live().filter(locale__language_code="pl").first()
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert article.lead in soup.get_text()
    hero = soup.select_one(".article__hero img")
    assert hero["alt"] == article.hero_alt
    assert hero["width"] and hero["height"]
    assert soup.select(".topics .tag")


@pytest.mark.django_db
def test_home_lists_latest_news_newest_first(client, homes):
    soup = BeautifulSoup(client.get(homes["en"].url).content, "html.parser")
    dates = [t["datetime"] for t in soup.select(".teaser time")]
    assert dates and dates == sorted(dates, reverse=True)


@pytest.mark.django_db
def test_section_page_lists_its_children(client):
    section = page_of_type(SectionPage, "de")
    soup = BeautifulSoup(client.get(section.url).content, "html.parser")
    children = {child.title for child in section.get_children().live()}
    listed = {a.get_text(strip=True) for a in soup.select(".card-list .card__link")}
    assert children and children <= listed


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["pl", "ar"])
def test_home_shows_its_featured_items(client, homes, language):
    soup = BeautifulSoup(client.get(homes[language].url).content, "html.parser")
    cards = soup.select(".card--featured a")
    assert len(cards) == 3
    assert all(card["href"].startswith(f"/{language}/") for card in cards)
