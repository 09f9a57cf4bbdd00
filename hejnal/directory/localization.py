"""Pick each directory entry in the reader's language, or the best fallback.

Entries are translatable snippets: one row per language, sharing a
``translation_key``. A language that lacks an entry's translation shows it in
the first language of ``fallback_languages()`` that has it (English, then the
site's default language), marked with ``lang`` in the HTML so screen readers
pronounce it correctly.
"""

from django.conf import settings

FALLBACK_LANGUAGES = ("en",)


def fallback_languages(language):
    """The reader's language, then English, then the default language."""
    site_codes = [code for code, _name in settings.LANGUAGES]
    chain = [language, *FALLBACK_LANGUAGES, settings.LANGUAGE_CODE, *site_codes]
    seen = []
    for code in chain:
        if code in site_codes and code not in seen:
            seen.append(code)
    return seen


def localized(queryset, language):
    """One object per translation key, in the best language available (one query).

    Each object gets ``shown_language`` (the language its text is in) and
    ``is_fallback`` (True when that is not the reader's language).
    """
    chain = fallback_languages(language)
    rank = {code: i for i, code in enumerate(chain)}
    best = {}
    for obj in queryset.filter(locale__language_code__in=chain).select_related(
        "locale"
    ):
        code = obj.locale.language_code
        current = best.get(obj.translation_key)
        if current is None or rank[code] < rank[current.locale.language_code]:
            best[obj.translation_key] = obj
    found = list(best.values())
    for obj in found:
        obj.shown_language = obj.locale.language_code
        obj.is_fallback = obj.shown_language != language
    return found
