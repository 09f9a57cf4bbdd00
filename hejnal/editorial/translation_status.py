"""Is a translated page behind its source? (wagtail-localize)

wagtail-localize keeps, per source page and language, a ``TranslationSource``
whose ``last_updated_at`` is when the source content was last captured (on
creation and on every "Sync translated pages"). A translation is out of date
when its source page was published after that moment.
"""

from wagtail.models import Page


def outdated_source(page):
    """The live source page of ``page`` if it changed since the last sync, else None.

    Two queries for a translation, one for an original page.
    """
    from wagtail_localize.models import TranslationSource

    source = (
        TranslationSource.objects.filter(
            object_id=page.translation_key,
            translations__target_locale_id=page.locale_id,
            translations__enabled=True,
        )
        .order_by("-last_updated_at")
        .first()
    )
    if source is None or source.locale_id == page.locale_id:
        return None
    original = (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale_id=source.locale_id)
        .select_related("locale")
        .first()
    )
    if original is None or original.last_published_at is None:
        return None
    if original.last_published_at > source.last_updated_at:
        return original
    return None
