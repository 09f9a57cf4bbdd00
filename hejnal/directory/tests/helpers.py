"""Builders for directory tests: entries in chosen languages, sharing a key."""

import uuid
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from hejnal.directory.models import (
    Consulate,
    NationalDay,
    NationalDayDate,
    PartnerCity,
)


def locale(code):
    return Locale.objects.get(language_code=code)


def national_day(names, country="DE", month=None, day=None, dates=(), note=""):
    """One national day in each language of ``names`` ({lang: occasion})."""
    key = uuid.uuid4()
    made = {}
    for code, name in names.items():
        entry = NationalDay(
            translation_key=key,
            locale=locale(code),
            country=country,
            name=name,
            rule="movable" if dates else "fixed",
            month=month,
            day=day,
            description=note,
        )
        entry.full_clean()
        entry.save()
        for when in dates:
            NationalDayDate.objects.create(national_day=entry, date=when)
        made[code] = entry
    return made


def partner_city(names, country="FR", lat="48.85", lon="2.35", agreement="twinning"):
    key = uuid.uuid4()
    made = {}
    for code, name in names.items():
        city = PartnerCity(
            translation_key=key,
            locale=locale(code),
            name=name,
            country=country,
            agreement_type=agreement,
            year_signed=2001,
            latitude=Decimal(lat),
            longitude=Decimal(lon),
            description=f"{name} description ({code})",
        )
        city.full_clean()
        city.save()
        made[code] = city
    return made


def consulate(names, country="SE", **fields):
    key = uuid.uuid4()
    made = {}
    for code, name in names.items():
        entry = Consulate(
            translation_key=key,
            locale=locale(code),
            country=country,
            kind=fields.get("kind", "honorary"),
            name=name,
            head_of_post=fields.get("head_of_post", "Anna Testowa"),
            head_title=fields.get("head_title", "Honorary Consul"),
            street_address=fields.get("street_address", "ul. Floriańska 1"),
            postal_code="31-019",
            phone=fields.get("phone", "+48 12 555 09 09"),
            email=fields.get("email", "test@consulate.example"),
            website=fields.get("website", "https://consulate.example/"),
            office_hours=fields.get("office_hours", "Monday, 10–12"),
            opening_hours=fields.get("opening_hours", "Mo 10:00-12:00"),
        )
        entry.full_clean()
        entry.save()
        made[code] = entry
    return made


def count_queries(client, url):
    """Queries of a warm second request (renditions and caches filled by the first)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)
