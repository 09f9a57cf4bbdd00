"""Directory entries are found through the pages that list them: when an entry
changes, those pages are re-indexed once, after the transaction commits."""

import threading

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from hejnal.core import shared_cache

from .models import Consulate, NationalDay, NationalDayDate, PartnerCity
from .models.pages import (
    ConsulateIndexPage,
    CountryPage,
    NationalDayCalendarPage,
    PartnerCityIndexPage,
)

INDEX_PAGE = {
    PartnerCity: PartnerCityIndexPage,
    Consulate: ConsulateIndexPage,
    NationalDay: NationalDayCalendarPage,
}
_state = threading.local()


def _pending():
    if not hasattr(_state, "pending"):
        _state.pending = set()
    return _state.pending


def _reindex_pending():
    from hejnal.search.indexing import index_page

    work = set(_pending())
    _pending().clear()
    for model, country in work:
        # Every language: a page may show an entry's text in a fallback language.
        for page in INDEX_PAGE[model].objects.live():
            index_page(page)
        for page in CountryPage.objects.live().filter(country=country):
            index_page(page)


def entry_changed(sender, instance, raw=False, **kwargs):
    from hejnal.search.indexing import is_suspended

    if raw or is_suspended():
        return
    # Many saves in one transaction: each schedules, the first flush does the
    # work for all of them and the others find nothing left.
    _pending().add((sender, instance.country))
    transaction.on_commit(_reindex_pending)


for entry_model in INDEX_PAGE:
    post_save.connect(entry_changed, sender=entry_model)
    post_delete.connect(entry_changed, sender=entry_model)


def national_day_changed(sender, instance, raw=False, **kwargs):
    """The home pages' "Upcoming national days" block is shared between
    requests (``hejnal.core.shared_cache``): a changed date must show at once."""
    if not raw:
        shared_cache.note_change()


for day_model in (NationalDay, NationalDayDate):
    post_save.connect(national_day_changed, sender=day_model)
    post_delete.connect(national_day_changed, sender=day_model)
