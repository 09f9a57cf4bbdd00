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


# --- Every bad input typed into the admin: HTTP 200, the message, nothing saved ---


def errors_shown(response):
    """The form came back with its errors instead of a redirect or a crash."""
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@pytest.fixture
def admin(client, admin_user):
    prefer_english(admin_user)
    client.force_login(admin_user)
    return client


def post_each(admin, url, make_form, cases):
    for fields, message in cases:
        html = errors_shown(admin.post(url, make_form(**fields)))
        assert message in html, (fields, message)


def movable_dates(*values):
    data = {"dates-TOTAL_FORMS": str(len(values))}
    for number, value in enumerate(values):
        data.update(
            {
                f"dates-{number}-date": value,
                f"dates-{number}-id": "",
                f"dates-{number}-ORDER": str(number + 1),
            }
        )
    return data


@pytest.mark.django_db
def test_admin_refuses_every_bad_national_day_input(admin):
    url = reverse("wagtailsnippets_directory_nationalday:add") + "?locale=en"
    before = NationalDay.objects.count()
    post_each(
        admin,
        url,
        snippet_form,
        [
            ({"day": "31", "month": "2"}, "February has no day 31"),
            ({"day": "31", "month": "11"}, "November has no day 31"),
            ({"day": "40", "month": "1"}, "January has no day 40"),
            ({"day": "0", "month": "1"}, "January has no day 0"),
            ({"day": "-3", "month": "1"}, "greater than or equal to"),
            ({"day": "first", "month": "1"}, "Enter a whole number"),
            ({"day": "5", "month": "13"}, "13 is not one of the available choices"),
            ({"day": "5"}, "both a day and a month"),
            ({"month": "5"}, "both a day and a month"),
            ({"country": "", "day": "1", "month": "5"}, "This field is required"),
            ({"country": "GER", "day": "1", "month": "5"}, "“GER” is not an ISO"),
            ({"name": "", "day": "1", "month": "5"}, "This field is required"),
            ({"rule": "easter", "day": "1", "month": "5"}, "easter is not one of"),
            (
                {
                    "rule": "movable",
                    "day": "27",
                    "month": "4",
                    **movable_dates("2025-04-26"),
                },
                "Leave the fixed day and month empty",
            ),
            (
                {"rule": "movable", **movable_dates("0025-04-26")},
                "0025-04-26 is outside the calendar",
            ),
            (
                {"rule": "movable", **movable_dates("2101-04-27")},
                "from 1900 to 2100",
            ),
            (
                {"rule": "movable", **movable_dates("2025-04-26", "2025-04-26")},
                "The same date is entered twice.",
            ),
            (
                {"rule": "movable", **movable_dates("26.04.2025x")},
                "Enter a valid date",
            ),
            (
                {"day": "1", "month": "5", **movable_dates("2025-05-01")},
                "takes no dates per year",
            ),
        ],
    )
    assert NationalDay.objects.count() == before


@pytest.mark.django_db
def test_admin_saves_a_movable_national_day_with_its_dates(admin):
    url = reverse("wagtailsnippets_directory_nationalday:add") + "?locale=en"
    data = snippet_form(
        name="King's Day test",
        country="NL",
        rule="movable",
        **movable_dates("2025-04-26", "2026-04-27"),
    )
    response = admin.post(url, data)
    assert response.status_code == 302
    saved = NationalDay.objects.get(name="King's Day test")
    assert saved.rule == "movable"
    assert [d.date.isoformat() for d in saved.dates.all()] == [
        "2025-04-26",
        "2026-04-27",
    ]


@pytest.mark.django_db
def test_admin_edit_of_a_national_day_keeps_the_saved_date_on_bad_input(admin):
    day = NationalDay.objects.filter(locale__language_code="en", rule="fixed").first()
    url = reverse("wagtailsnippets_directory_nationalday:edit", args=(day.pk,))
    data = snippet_form(
        country=day.country, name="Changed", day="31", month="4", rule="fixed"
    )
    html = errors_shown(admin.post(url, data))
    assert "April has no day 31" in html
    saved = NationalDay.objects.get(pk=day.pk)
    assert (saved.name, saved.month, saved.day) == (day.name, day.month, day.day)


def city_form(**fields):
    data = {
        "name": "Testville",
        "country": "FR",
        "agreement_type": "twinning",
        "year_signed": "2001",
        "document": "",
        "latitude": "48.85",
        "longitude": "2.35",
        "description": "",
        "website": "",
    }
    data.update(fields)
    return data


@pytest.mark.django_db
def test_admin_refuses_every_bad_partner_city_input(admin):
    url = reverse("wagtailsnippets_directory_partnercity:add") + "?locale=en"
    this_year = datetime.date.today().year
    before = PartnerCity.objects.count()
    post_each(
        admin,
        url,
        city_form,
        [
            ({"country": "XX"}, "“XX” is not an ISO 3166-1 country code"),
            ({"country": "EU"}, "“EU” is not an ISO 3166-1 country code"),
            ({"year_signed": str(this_year + 1)}, "cannot be in the future"),
            ({"year_signed": "40000"}, "cannot be in the future"),
            ({"year_signed": "999"}, f"from 1900 to {this_year}"),
            ({"year_signed": "1899"}, f"from 1900 to {this_year}"),
            ({"year_signed": "-1990"}, "greater than or equal to 0"),
            ({"year_signed": "nineteen"}, "Enter a whole number"),
            ({"year_signed": ""}, "This field is required"),
            ({"latitude": "91"}, "Latitude 91 is out of range"),
            ({"latitude": "-90.5"}, "Latitude -90.5 is out of range"),
            ({"longitude": "-181"}, "Longitude -181 is out of range"),
            ({"longitude": "180.00001"}, "Longitude 180.00001 is out of range"),
            ({"latitude": "1000"}, "Latitude 1000 is out of range"),
            ({"latitude": "1e10"}, "Latitude 1E+10 is out of range"),
            ({"latitude": "north"}, "Enter a number"),
            ({"latitude": "nan"}, "Enter a number"),
            ({"longitude": "inf"}, "Enter a number"),
            ({"latitude": "49.123456"}, "no more than 5 decimal places"),
            ({"agreement_type": "alliance"}, "alliance is not one of"),
            ({"website": "nuernberg"}, "Enter a valid URL"),
            ({"document": "999999"}, "Select a valid choice"),
            ({"name": ""}, "This field is required"),
        ],
    )
    assert PartnerCity.objects.count() == before


def consulate_form(**fields):
    data = {
        "country": "SE",
        "kind": "honorary",
        "name": "Testkonsulat",
        "head_of_post": "",
        "head_title": "",
        "street_address": "ul. Testowa 1",
        "postal_code": "31-000",
        "locality": "Kraków",
        "phone": "+48 12 555 00 00",
        "email": "",
        "website": "",
        "office_hours": "",
        "opening_hours": "",
    }
    data.update(fields)
    return data


@pytest.mark.django_db
def test_admin_refuses_every_bad_consulate_input(admin):
    url = reverse("wagtailsnippets_directory_consulate:add") + "?locale=en"
    before = Consulate.objects.count()
    post_each(
        admin,
        url,
        consulate_form,
        [
            ({"country": "XX"}, "“XX” is not an ISO 3166-1 country code"),
            ({"kind": "embassy"}, "embassy is not one of"),
            ({"phone": "call us"}, "international form"),
            ({"phone": "12"}, "international form"),
            ({"phone": "+48 12 555 00 00 ext. 7"}, "international form"),
            ({"email": "consul at example"}, "Enter a valid email address"),
            ({"website": "consulate"}, "Enter a valid URL"),
            ({"opening_hours": "Mondays 9 to 5"}, "Not understood: Mondays 9 to 5"),
            ({"opening_hours": "Mo-Fr 25:00-26:00"}, "Not understood: Mo-Fr 25"),
            ({"street_address": ""}, "This field is required"),
            ({"postal_code": ""}, "This field is required"),
        ],
    )
    assert Consulate.objects.count() == before


def country_page_form(**fields):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    data = {
        "title": "Test country",
        "slug": "test-country",
        "country": "DE",
        "intro": "",
        "body": streamfield_empty(),
        "comments": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def streamfield_empty():
    from wagtail.test.utils.form_data import streamfield

    return streamfield([])


@pytest.mark.django_db
def test_admin_refuses_a_second_country_page_in_one_language(admin):
    from hejnal.directory.models import CountryIndexPage

    existing = CountryPage.objects.filter(locale__language_code="en").first()
    index = CountryIndexPage.objects.get(locale__language_code="en")
    url = reverse("wagtailadmin_pages:add", args=("directory", "countrypage", index.pk))
    before = CountryPage.objects.count()
    for action in ({}, {"action-publish": "1"}):
        html = errors_shown(
            admin.post(url, country_page_form(country=existing.country, **action))
        )
        assert "This language version already has a page about" in html
        assert existing.title in html
    for code, message in [("XX", "“XX” is not an ISO"), ("", "This field is required")]:
        html = errors_shown(admin.post(url, country_page_form(country=code)))
        assert message in html
    assert CountryPage.objects.count() == before

    # Editing another page of that language to the same country is refused too.
    other = (
        CountryPage.objects.filter(locale=existing.locale)
        .exclude(country=existing.country)
        .first()
    )
    edit = reverse("wagtailadmin_pages:edit", args=(other.pk,))
    html = errors_shown(
        admin.post(
            edit,
            country_page_form(
                title=other.title,
                slug=other.slug,
                country=existing.country,
                **{"action-publish": "1"},
            ),
        )
    )
    assert "This language version already has a page about" in html
    assert CountryPage.objects.get(pk=other.pk).country == other.country

    # Another language may have its own page about the same country.
    german = CountryIndexPage.objects.get(locale__language_code="de")
    url = reverse(
        "wagtailadmin_pages:add", args=("directory", "countrypage", german.pk)
    )
    taken = set(
        CountryPage.objects.filter(locale=german.locale).values_list(
            "country", flat=True
        )
    )
    free = next(code for code in ["AT", "CZ", "SK", "HU"] if code not in taken)
    response = admin.post(url, country_page_form(country=free, slug="neu"))
    assert response.status_code == 302


@pytest.mark.django_db
def test_admin_errors_follow_the_editors_language(client, admin_user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "pl"
    profile.save()
    client.force_login(admin_user)
    url = reverse("wagtailsnippets_directory_partnercity:add") + "?locale=pl"
    html = errors_shown(client.post(url, city_form(latitude="91", country="XX")))
    assert "Szerokość geograficzna 91 jest poza zakresem" in html
    assert "nie jest kodem kraju ISO 3166-1" in html
