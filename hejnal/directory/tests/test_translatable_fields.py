"""wagtail-localize translates the directory's texts and copies everything else.

Uses wagtail-localize's own machinery on real rows: ``get_translatable_fields``,
``extract_segments``, ``TranslationSource`` and ``create_or_update_translation``.
"""

import datetime
from decimal import Decimal

import pytest
from django.db import models
from modelcluster.models import get_all_child_relations
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import (
    SegmentOverride,
    String,
    StringTranslation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from hejnal.directory.models import (
    Consulate,
    CountryPage,
    NationalDay,
    NationalDayDate,
    PartnerCity,
)

from .helpers import consulate, locale, national_day, partner_city

TRANSLATED = {
    NationalDay: {"name", "description"},
    PartnerCity: {"name", "description"},
    Consulate: {"name", "head_title", "office_hours"},
}
SYNCHRONISED = {
    NationalDay: {"country", "rule", "month", "day", "dates"},
    PartnerCity: {
        "country",
        "agreement_type",
        "year_signed",
        "document",
        "latitude",
        "longitude",
        "website",
    },
    Consulate: {
        "country",
        "kind",
        "head_of_post",
        "street_address",
        "postal_code",
        "locality",
        "phone",
        "email",
        "website",
        "opening_hours",
    },
}
# Copied into every translation, but a translator may replace the value.
OVERRIDABLE = {
    NationalDay: set(),
    PartnerCity: {"website"},
    Consulate: {"head_of_post", "website"},
}


def editable_fields(model):
    """Every field an editor fills in: the ones wagtail-localize must decide on."""
    names = {
        field.name
        for field in model._meta.get_fields()
        if getattr(field, "editable", False)
        and field.concrete
        and not isinstance(field, models.AutoField)
    }
    names |= {relation.name for relation in get_all_child_relations(model)}
    return names


def split(model):
    fields = get_translatable_fields(model)
    translated = {f.field_name for f in fields if f.is_translated(None)}
    synchronised = {f.field_name for f in fields if not f.is_translated(None)}
    return fields, translated, synchronised


@pytest.mark.parametrize("model", [NationalDay, PartnerCity, Consulate])
def test_every_field_is_either_translated_or_synchronised(model):
    fields, translated, synchronised = split(model)
    assert translated == TRANSLATED[model]
    assert synchronised == SYNCHRONISED[model]
    # A new model field must be decided on here, not silently left out.
    assert translated | synchronised == editable_fields(model)
    assert len(fields) == len(translated) + len(synchronised)
    overridable = {
        f.field_name
        for f in fields
        if f.field_name in synchronised and f.is_overridable(None)
    }
    assert overridable == OVERRIDABLE[model]


def test_country_page_country_is_synchronised_and_texts_stay_translated():
    by_name = {f.field_name: f for f in get_translatable_fields(CountryPage)}
    assert not by_name["country"].is_translated(None)
    assert not by_name["country"].is_overridable(None)
    for name in ["title", "slug", "intro", "body"]:
        assert by_name[name].is_translated(None), name


def segments_of(instance):
    found = extract_segments(instance)
    strings = {
        s.path: s.render_text() for s in found if isinstance(s, StringSegmentValue)
    }
    overridables = {s.path for s in found if isinstance(s, OverridableSegmentValue)}
    return strings, overridables


@pytest.mark.django_db
def test_only_the_texts_of_a_national_day_become_segments():
    day = national_day(
        {"en": "King's Day"},
        country="NL",
        dates=[datetime.date(2025, 4, 26)],
        note="The Netherlands celebrate the King's birthday.",
    )["en"]
    strings, overridables = segments_of(day)
    assert strings == {
        "name": "King's Day",
        "description": "The Netherlands celebrate the King's birthday.",
    }
    assert overridables == set()


@pytest.mark.django_db
def test_only_the_texts_of_a_partner_city_become_segments():
    city = partner_city({"en": "Nuremberg"}, country="DE", lat="49.45", lon="11.08")
    city["en"].website = "https://www.nuernberg.de/"
    strings, overridables = segments_of(city["en"])
    assert strings == {"name": "Nuremberg", "description": "Nuremberg description (en)"}
    assert overridables == {"website"}


@pytest.mark.django_db
def test_only_the_texts_of_a_consulate_become_segments():
    entry = consulate(
        {"en": "Honorary Consulate of Sweden"},
        country="SE",
        office_hours="Mondays, 10–12",
    )["en"]
    strings, overridables = segments_of(entry)
    assert strings == {
        "name": "Honorary Consulate of Sweden",
        "head_title": "Honorary Consul",
        "office_hours": "Mondays, 10–12",
    }
    assert overridables == {"head_of_post", "website"}
    for number in ["+48 12 555 09 09", "31-019", "ul. Floriańska 1", "Mo 10:00-12:00"]:
        assert number not in strings.values()


def translate_all(source, target, prefix="[de] "):
    """Translate every string segment of ``source`` as a translator would."""
    for segment in source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=target,
            context=segment.context,
            defaults={
                "data": prefix + segment.string.data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )


@pytest.mark.django_db
def test_synchronised_national_day_fields_follow_the_source_on_sync():
    day = national_day(
        {"en": "King's Day"},
        country="NL",
        dates=[datetime.date(2025, 4, 26), datetime.date(2026, 4, 27)],
        note="Orange everywhere.",
    )["en"]
    german = locale("de")
    source, _created = TranslationSource.get_or_create_from_instance(day)
    translate_all(source, german)
    translation, created = source.create_or_update_translation(german)
    assert created
    assert translation.name == "[de] King's Day"
    assert translation.description == "[de] Orange everywhere."
    assert translation.country == "NL"
    assert sorted(d.date.year for d in translation.dates.all()) == [2025, 2026]

    # The editor corrects the source: another country, one date more, a new text.
    day.country = "BE"
    day.name = "Fête du Roi"
    day.save()
    NationalDayDate.objects.create(national_day=day, date=datetime.date(2027, 4, 27))
    source.update_from_db()
    translation, created = source.create_or_update_translation(german, fallback=True)
    translation = NationalDay.objects.get(pk=translation.pk)
    assert not created
    assert translation.locale == german
    assert translation.translation_key == day.translation_key
    assert translation.country == "BE"
    assert [d.date.year for d in translation.dates.all()] == [2025, 2026, 2027]
    # The untouched text keeps its translation; the changed one waits for the
    # translator (source text as fallback), it is not machine-copied elsewhere.
    assert translation.description == "[de] Orange everywhere."
    assert translation.name == "Fête du Roi"
    # The source's rows are untouched.
    assert day.dates.count() == 3


@pytest.mark.django_db
def test_synchronised_partner_city_and_consulate_fields_follow_the_source():
    german = locale("de")
    city = partner_city({"en": "Nuremberg"}, country="DE")["en"]
    source, _ = TranslationSource.get_or_create_from_instance(city)
    translate_all(source, german)
    translated_city, _ = source.create_or_update_translation(german)
    city.latitude, city.longitude = Decimal("49.45421"), Decimal("11.07752")
    city.year_signed = 1990
    city.agreement_type = PartnerCity.PARTNERSHIP
    city.save()
    source.update_from_db()
    source.create_or_update_translation(german)
    translated_city = PartnerCity.objects.get(pk=translated_city.pk)
    assert translated_city.name == "[de] Nuremberg"
    assert (translated_city.latitude, translated_city.longitude) == (
        Decimal("49.45421"),
        Decimal("11.07752"),
    )
    assert translated_city.year_signed == 1990
    assert translated_city.agreement_type == PartnerCity.PARTNERSHIP

    office = consulate({"en": "Honorary Consulate of Sweden"}, country="SE")["en"]
    source, _ = TranslationSource.get_or_create_from_instance(office)
    translate_all(source, german)
    translated_office, _ = source.create_or_update_translation(german)
    assert translated_office.head_title == "[de] Honorary Consul"
    assert translated_office.phone == office.phone
    office.phone = "+48 12 555 77 77"
    office.postal_code = "31-020"
    office.opening_hours = "Tu,Th 10:00-13:00"
    office.website = "https://se.consulate.example/"
    office.save()
    # The German translator points the website at the German pages.
    context = TranslationContext.objects.get(object_id=source.object_id, path="website")
    SegmentOverride.objects.create(
        locale=german, context=context, data_json='"https://se.consulate.example/de/"'
    )
    source.update_from_db()
    source.create_or_update_translation(german)
    translated_office = Consulate.objects.get(pk=translated_office.pk)
    assert translated_office.phone == "+48 12 555 77 77"
    assert translated_office.postal_code == "31-020"
    assert translated_office.opening_hours == "Tu,Th 10:00-13:00"
    assert translated_office.street_address == office.street_address
    assert translated_office.website == "https://se.consulate.example/de/"
    assert translated_office.name == "[de] Honorary Consulate of Sweden"
    # No string of the synchronised fields reached the translation memory.
    assert not String.objects.filter(data="+48 12 555 77 77").exists()
