"""Words meet by lemma in their language, and without diacritics."""

import pytest

from hejnal.search.analyzer import fold, terms


@pytest.mark.parametrize(
    ("language", "query", "text"),
    [
        ("pl", "Krakowie", "Kraków"),
        ("pl", "Krakowie", "Krakowa"),
        ("pl", "stypendystą", "stypendysta"),
        ("pl", "miast partnerskich", "miasto partnerskie"),
        ("de", "Partnerstädte", "Partnerstadt"),
        ("uk", "містах", "місто"),
        ("en", "cities", "city"),
        ("pl", "Krakow", "Kraków"),
        ("pl", "zlobek", "żłobek"),
    ],
)
def test_inflected_and_unaccented_forms_share_terms(language, query, text):
    assert terms(query, language) == terms(text, language)


def test_folding_keeps_other_scripts_but_drops_accents():
    assert fold("Łódź") == "lodz"
    assert fold("Straße") == "strasse"
    assert fold("Київ") == fold("київ")
    assert fold("مَدِينَة") == "مدينة"


def test_punctuation_and_query_syntax_are_only_separators():
    assert terms('NEAR("x" AND y*) OR -z ^a:b', "en") == [
        "near",
        "x",
        "and",
        "y",
        "or",
        "z",
        "a",
        "b",
    ]


def test_an_unsupported_language_still_gets_folded_words():
    assert terms("Ünïcode Words", "xx") == ["unicode", "words"]
