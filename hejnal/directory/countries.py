"""Countries: ISO 3166 codes, names from Babel (CLDR), continents and flags.

Nothing here is typed by hand: names come from ``babel.Locale(lang).territories``
in every site language, continents and flags from the pinned ``flag-icons``
package (vendored by ``manage.py vendor_flags``).
"""

import json
import unicodedata
from functools import cache
from pathlib import Path

import babel
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.templatetags.static import static
from django.utils import translation
from django.utils.translation import gettext_lazy as _

DATA_DIR = Path(__file__).resolve().parent / "data"

# CLDR lists some two-letter codes that are not countries: reserved codes (AC, CP,
# CQ, DG, EA, IC, TA), groupings (EU, EZ, UN, QO) and private-use ones (XA, XB, ZZ).
# XK (Kosovo) is user-assigned but used by CLDR, flag-icons and the EU, so it stays.
NOT_COUNTRIES = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
)

ANTARCTICA = "antarctica"
# Continent key -> the CLDR territory whose name we show for it.
CONTINENTS = {
    "europe": "150",
    "asia": "142",
    "africa": "002",
    "north-america": "003",
    "south-america": "005",
    "oceania": "009",
    ANTARCTICA: "AQ",
}
# flag-icons' country.json names continents in English; map them to our keys.
CONTINENT_OF_NAME = {
    "Europe": "europe",
    "Asia": "asia",
    "Africa": "africa",
    "North America": "north-america",
    "South America": "south-america",
    "Oceania": "oceania",
    "Antarctica": ANTARCTICA,
}


def site_language(language=None):
    """A site language code for Babel, from the argument or the active language."""
    language = (language or translation.get_language() or settings.LANGUAGE_CODE)[:2]
    codes = [code for code, _name in settings.LANGUAGES]
    return language if language in codes else settings.LANGUAGE_CODE


@cache
def _territories(language):
    return babel.Locale.parse(language).territories


@cache
def valid_codes():
    """Every ISO 3166-1 alpha-2 code CLDR names, minus the non-country ones."""
    names = _territories("en")
    return frozenset(
        code
        for code in names
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    )


def normalise_code(value):
    return (value or "").strip().upper()


def is_valid_code(code):
    return normalise_code(code) in valid_codes()


def validate_country_code(value):
    code = normalise_code(value)
    if code not in valid_codes():
        raise ValidationError(
            _(
                "“%(code)s” is not an ISO 3166-1 country code. Use the two-letter "
                "code, e.g. DE for Germany or UA for Ukraine."
            ),
            code="unknown_country",
            params={"code": value},
        )


def country_name(code, language=None):
    """The country's name in the given (or active) site language."""
    code = normalise_code(code)
    return _territories(site_language(language)).get(code, code)


def sort_key(text):
    """Alphabetical order that ignores accents and case (Ł after L, not after Z)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def country_choices(language=None):
    language = site_language(language)
    return sorted(
        ((code, country_name(code, language)) for code in valid_codes()),
        key=lambda choice: sort_key(choice[1]),
    )


@cache
def _continents():
    path = DATA_DIR / "continents.json"
    return json.loads(path.read_text())["continents"]


def continent_of(code):
    return _continents().get(normalise_code(code), ANTARCTICA)


def continent_name(key, language=None):
    return _territories(site_language(language)).get(CONTINENTS.get(key, ""), key)


def continent_choices(language=None):
    return [(key, continent_name(key, language)) for key in CONTINENTS]


def flag_url(code):
    return static(f"directory/flags/{normalise_code(code).lower()}.svg")


class CountryChoiceField(forms.TypedChoiceField):
    """A select of all countries, named and sorted in the editor's language."""

    def __init__(self, *, required=True, **kwargs):
        for key in ("max_length", "min_length", "empty_value"):
            kwargs.pop(key, None)
        super().__init__(
            choices=self._choices_for_request,
            coerce=normalise_code,
            required=required,
            empty_value="",
            **kwargs,
        )
        self.error_messages["invalid_choice"] = _(
            "“%(value)s” is not an ISO 3166-1 country code. Use the two-letter code, "
            "e.g. DE for Germany or UA for Ukraine."
        )

    def to_python(self, value):
        return normalise_code(super().to_python(value))

    def _choices_for_request(self):
        return [("", "---------"), *country_choices()]


class CountryField(models.CharField):
    """An ISO 3166-1 alpha-2 code, stored upper-case and checked against CLDR."""

    description = "ISO 3166-1 alpha-2 country code"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 2)
        kwargs.setdefault("verbose_name", _("country"))
        kwargs.setdefault("db_index", True)
        super().__init__(*args, **kwargs)
        self.validators.append(validate_country_code)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("max_length", None)
        kwargs.pop("db_index", None)
        return name, path, args, kwargs

    def to_python(self, value):
        value = super().to_python(value)
        return normalise_code(value) if isinstance(value, str) else value

    def pre_save(self, model_instance, add):
        value = normalise_code(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def formfield(self, **kwargs):
        return super().formfield(
            **{"form_class": CountryChoiceField, "choices_form_class": None, **kwargs}
        )
