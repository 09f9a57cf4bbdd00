import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from hejnal.news.models import NewsCategoryPage


@pytest.fixture
def big_category(db):
    """The category with the most articles: needs more than one list page."""
    categories = sorted(
        NewsCategoryPage.objects.live(),
        key=lambda c: c.articles().count(),
        reverse=True,
    )
    category = categories[0]
    assert category.articles().count() > settings.HEJNAL_NEWS_PER_PAGE
    return category


def teaser_dates(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [t["datetime"] for t in soup.select(".teaser time")]


@pytest.mark.django_db
def test_teasers_are_dated_newest_first_with_thumbnail_alt(client, big_category):
    response = client.get(big_category.url)
    dates = teaser_dates(response)
    assert len(dates) == settings.HEJNAL_NEWS_PER_PAGE
    assert dates == sorted(dates, reverse=True)
    soup = BeautifulSoup(response.content, "html.parser")
    for image in soup.select(".teaser img"):
        assert image["alt"].strip()
        assert image["loading"] == "lazy"


@pytest.mark.django_db
def test_second_page_continues_where_first_ended(client, big_category):
    first = teaser_dates(client.get(big_category.url))
    second = teaser_dates(client.get(big_category.url + "?page=2"))
    assert second and second[0] <= first[-1]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "page=0",
        "page=-1",
        "page=abc",
        "page=1.5",
        "page=99999",
        "page=" + "9" * 40,
        "page=%00",
        "year=abc",
        "year=1800",
        "year=-2024",
        "page=２",
    ],
)
def test_bad_page_or_year_is_a_404_not_a_500(client, big_category, query):
    response = client.get(f"{big_category.url}?{query}")
    assert response.status_code == 404


@pytest.mark.django_db
def test_last_page_exists_and_the_one_after_does_not(client, big_category):
    total = big_category.articles().count()
    last = -(-total // settings.HEJNAL_NEWS_PER_PAGE)
    assert client.get(f"{big_category.url}?page={last}").status_code == 200
    assert client.get(f"{big_category.url}?page={last + 1}").status_code == 404


@pytest.mark.django_db
def test_year_filter_shows_only_that_year(client, big_category):
    year = big_category.articles().first().date.year
    dates = teaser_dates(client.get(f"{big_category.url}?year={year}"))
    assert dates and all(d.startswith(str(year)) for d in dates)


@pytest.mark.django_db
def test_repeated_page_parameter_uses_the_last_value(client, big_category):
    response = client.get(f"{big_category.url}?page=abc&page=2")
    assert response.status_code == 200


@pytest.mark.django_db
def test_a_middle_page_shows_itself_and_its_neighbours(client, big_category, settings):
    settings.HEJNAL_NEWS_PER_PAGE = 1
    total = big_category.articles().count()
    middle = total // 2
    assert middle > 5, "needs a long listing"
    soup = BeautifulSoup(
        client.get(f"{big_category.url}?page={middle}").content, "html.parser"
    )
    current = soup.select_one(".pagination a[aria-current=page]")
    assert current is not None and current.get_text(strip=True).endswith(str(middle))
    numbers = [a.get_text(strip=True) for a in soup.select(".pagination a")]
    assert any(n.endswith(str(middle - 1)) for n in numbers)
    assert any(n.endswith(str(middle + 1)) for n in numbers)
