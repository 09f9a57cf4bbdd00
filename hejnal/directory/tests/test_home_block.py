"""The “Upcoming national days” block is on every language's home page."""

import pytest
from bs4 import BeautifulSoup

from hejnal.directory.models import NationalDayCalendarPage


@pytest.mark.django_db
def test_every_home_page_shows_the_upcoming_national_days_block(client, homes):
    assert set(homes) == {"pl", "en", "de", "uk", "ar"}
    for language, home in homes.items():
        response = client.get(home.url)
        assert response.status_code == 200, language
        soup = BeautifulSoup(response.content, "html.parser")
        block = soup.select_one("section.national-days-block")
        assert block is not None, language
        assert block.select_one("#upcoming-national-days-title"), language
        links = {a["href"] for a in block.select("a[href]")}
        calendar = NationalDayCalendarPage.objects.live().get(
            locale__language_code=language
        )
        assert f"/{language}/national-days.ics" in links, language
        assert any(href.endswith(calendar.url) for href in links), (language, links)
