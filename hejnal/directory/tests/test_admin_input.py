"""Bad admin input is refused with a clear message and nothing is saved."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from hejnal.directory.countries import country_name, validate_country_code
from hejnal.directory.models import (
    Consulate,
    CountryPage,
    NationalDay,
    PartnerCity,
)

from .helpers import locale


@pytest.fixture
def english():
    with translation.override("en"):
        yield


def prefer_english(user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()


def messages(error):
    return " ".join(
        message for messages in error.message_dict.values() for message in messages
    )


def test_unknown_country_codes_are_refused_with_a_hint():
    for bad in ["XX", "EU", "ZZ", "GER", "", "1A"]:
        with pytest.raises(ValidationError) as caught:
            validate_country_code(bad)
        assert "ISO 3166" in caught.value.messages[0]
    validate_country_code("de")  # case does not matter
    assert country_name("DE", "pl") == "Niemcy"
    assert country_name("DE", "uk") == "Німеччина"


@pytest.mark.django_db
def test_national_day_with_unknown_country_or_impossible_date_is_refused(english):
    day = NationalDay(locale=locale("en"), name="Bad", country="XX", month=2, day=30)
    with pytest.raises(ValidationError) as caught:
        day.full_clean()
    assert "country" in caught.value.message_dict
    assert "ISO 3166" in messages(caught.value)
    assert "February has no day 30" in messages(caught.value)
    day = NationalDay(locale=locale("en"), name="Bad", country="DE", month=4, day=31)
    with pytest.raises(ValidationError, match="April has no day 31"):
        day.full_clean()
    day = NationalDay(locale=locale("en"), name="Half", country="DE", month=4)
    with pytest.raises(ValidationError, match="both a day and a month"):
        day.full_clean()


@pytest.mark.django_db
def test_partner_city_coordinates_out_of_range_are_refused(english):
    city = PartnerCity(
        locale=locale("en"),
        name="Nowhere",
        country="FR",
        agreement_type="twinning",
        year_signed=datetime.date.today().year + 1,
        latitude=Decimal("91"),
        longitude=Decimal("-181"),
    )
    with pytest.raises(ValidationError) as caught:
        city.full_clean()
    errors = caught.value.message_dict
    assert "between -90 and 90" in errors["latitude"][0]
    assert "between -180 and 180" in errors["longitude"][0]
    city.latitude, city.longitude = Decimal("48.8"), Decimal("2.3")
    with pytest.raises(ValidationError, match="cannot be in the future"):
        city.full_clean()


@pytest.mark.django_db
def test_consulate_with_bad_phone_or_hours_is_refused(english):
    consulate = Consulate(
        locale=locale("en"),
        country="SE",
        kind="honorary",
        street_address="ul. Test 1",
        postal_code="31-000",
        phone="call us",
        opening_hours="Mondays 9 to 5",
    )
    with pytest.raises(ValidationError) as caught:
        consulate.full_clean()
    assert "international form" in caught.value.message_dict["phone"][0]
    assert "Mo-Fr 09:00-12:00" in caught.value.message_dict["opening_hours"][0]


@pytest.mark.django_db
def test_second_country_page_for_the_same_country_and_language_is_refused(english):
    existing = CountryPage.objects.filter(locale__language_code="en").first()
    duplicate = CountryPage(
        title="Again",
        slug="again",
        country=existing.country,
        locale=existing.locale,
    )
    with pytest.raises(ValidationError, match="already has a page about"):
        duplicate.clean()


def snippet_form(**fields):
    data = {
        "country": "DE",
        "name": "Test day",
        "rule": "fixed",
        "month": "",
        "day": "",
        "description": "",
        "dates-TOTAL_FORMS": "0",
        "dates-INITIAL_FORMS": "0",
        "dates-MIN_NUM_FORMS": "0",
        "dates-MAX_NUM_FORMS": "1000",
    }
    data.update(fields)
    return data


@pytest.mark.django_db
def test_admin_form_refuses_bad_national_days_and_saves_good_ones(client, admin_user):
    prefer_english(admin_user)
    client.force_login(admin_user)
    url = reverse("wagtailsnippets_directory_nationalday:add") + "?locale=en"
    before = NationalDay.objects.count()
    cases = [
        (snippet_form(country="XX", day="1", month="5"), "ISO 3166"),
        (snippet_form(day="30", month="2"), "February has no day 30"),
        (snippet_form(rule="movable"), "at least one year"),
        (
            snippet_form(
                rule="movable",
                **{
                    "dates-TOTAL_FORMS": "1",
                    "dates-0-date": "2025-02-30",
                    "dates-0-id": "",
                    "dates-0-ORDER": "1",
                },
            ),
            "valid date",
        ),
    ]
    for data, message in cases:
        response = client.post(url, data)
        assert response.status_code == 200, message
        assert message in response.content.decode(), message
    assert NationalDay.objects.count() == before
    response = client.post(url, snippet_form(day="29", month="2", country="de"))
    assert response.status_code == 302
    saved = NationalDay.objects.get(name="Test day")
    assert (saved.country, saved.month, saved.day) == ("DE", 2, 29)


@pytest.mark.django_db
def test_admin_listings_and_country_choices_render(client, admin_user):
    client.force_login(admin_user)
    for name in ["nationalday", "partnercity", "consulate"]:
        response = client.get(reverse(f"wagtailsnippets_directory_{name}:list"))
        assert response.status_code == 200
    response = client.get(reverse("wagtailsnippets_directory_partnercity:add"))
    assert response.status_code == 200
    assert '<option value="DE">' in response.content.decode()
