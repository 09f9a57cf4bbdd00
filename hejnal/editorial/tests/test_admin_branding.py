"""The admin wears the city's name and logo, not Wagtail's."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Site
from wagtail.users.models import UserProfile

from hejnal.core.models import BrandSettings
from hejnal.images.models import CityImage

from .helpers import user

ENGLISH_NAME = "Kraków — Open to the World"
# What Wagtail's own branding leaves in a page: its bird (inline or labelled),
# its sign-in heading, its name in the title and its favicon.
WAGTAIL_MARKS = (
    "icon-wagtail",
    'aria-label="Wagtail"',
    "Sign in to Wagtail",
    "- Wagtail</title>",
    "wagtailadmin/images/favicon",
)


def wagtail_marks(html):
    return [mark for mark in WAGTAIL_MARKS if mark in html]


def sign_in_page(client, language):
    response = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    html = response.content.decode()
    return html, BeautifulSoup(html, "html.parser")


def dashboard(client):
    editor = user("editor_en")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    html = response.content.decode()
    return html, BeautifulSoup(html, "html.parser")


def sidebar_logo(soup):
    return soup.find("template", attrs={"data-wagtail-sidebar-branding-logo": True})


@pytest.fixture
def city_logo(db):
    """The brand's logo set in Settings → Brand (the demo leaves it empty)."""
    logo = CityImage.objects.order_by("pk").first()
    brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    brand.logo = logo
    brand.save()
    return logo


@pytest.mark.django_db
def test_sign_in_page_names_the_city_and_shows_its_mark_not_wagtails(client):
    html, soup = sign_in_page(client, "en")
    assert wagtail_marks(html) == []
    assert soup.h1.get_text(strip=True) == f"Sign in to {ENGLISH_NAME}"
    assert soup.title.get_text().endswith(ENGLISH_NAME)
    mark = soup.select_one(".login-logo [role=img]")
    assert mark["aria-label"] == ENGLISH_NAME
    assert soup.find("link", rel="icon")["href"].startswith("data:image/svg+xml,")


@pytest.mark.django_db
def test_sign_in_page_speaks_the_editors_language(client):
    html, soup = sign_in_page(client, "pl")
    assert soup.h1.get_text(strip=True) == (
        "Zaloguj się do serwisu Kraków otwarty na świat"
    )
    assert wagtail_marks(html) == []


@pytest.mark.django_db
def test_dashboard_sidebar_and_heading_show_the_city(client):
    html, soup = dashboard(client)
    assert wagtail_marks(html) == []
    logo = sidebar_logo(soup).find(attrs={"role": "img"})
    assert logo["aria-label"] == ENGLISH_NAME
    assert soup.find("h1").get_text(strip=True) == ENGLISH_NAME


@pytest.mark.django_db
def test_the_logo_chosen_in_the_brand_settings_replaces_wagtails(client, city_logo):
    html, soup = sign_in_page(client, "en")
    assert wagtail_marks(html) == []
    image = soup.select_one(".login-logo img")
    assert image["alt"] == ENGLISH_NAME
    assert image["src"] == city_logo.get_rendition("max-160x96").url
    icon = city_logo.get_rendition("fill-64x64|format-png").url
    assert soup.find("link", rel="icon")["href"] == icon

    html, soup = dashboard(client)
    assert wagtail_marks(html) == []
    assert sidebar_logo(soup).find("img")["alt"] == ENGLISH_NAME
