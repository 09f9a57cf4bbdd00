"""Every interface string has a translation in every language catalog."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOG_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


@pytest.mark.parametrize("language", CATALOG_LANGUAGES)
def test_catalog_is_complete(language):
    path = Path(settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES" / "django.po"
    catalog = polib.pofile(str(path))
    missing = [entry.msgid for entry in catalog.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalog.fuzzy_entries()]
    assert not missing, f"untranslated in {language}: {missing[:10]}"
    assert not fuzzy, f"fuzzy in {language}: {fuzzy[:10]}"
    assert len(catalog) > 50


@pytest.mark.parametrize("language", CATALOG_LANGUAGES)
def test_compiled_catalog_is_up_to_date(language):
    folder = Path(settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES"
    assert (folder / "django.mo").is_file(), "run `make messages`"
    compiled = polib.mofile(str(folder / "django.mo"))
    source = polib.pofile(str(folder / "django.po"))
    assert {e.msgid for e in compiled} >= {e.msgid for e in source.translated_entries()}
