from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from hejnal.core import origin
from hejnal.core.origin import absolute

from . import listing
from .ics import national_days_calendar
from .localization import localized
from .vcard import consulate_vcard as build_vcard


def current_language():
    return translation.get_language()


@require_safe
@cache_control(public=True, max_age=3600)
def national_days_ics(request):
    from .models import NationalDayCalendarPage

    language = current_language()
    calendar_url = listing.page_url(NationalDayCalendarPage, language, request)
    if calendar_url:
        calendar_url = absolute(calendar_url)
    body = national_days_calendar(language, origin.host(), calendar_url)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="national-days-{language}.ics"'
    return response


@require_safe
@cache_control(public=True, max_age=3600)
def consulate_vcard(request, pk):
    from .models import Consulate

    language = current_language()
    entry = get_object_or_404(Consulate, pk=pk)
    found = localized(
        Consulate.objects.filter(translation_key=entry.translation_key), language
    )
    if not found:
        raise Http404
    consulate = found[0]
    response = HttpResponse(
        build_vcard(consulate, language), content_type="text/vcard; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="consulate-{consulate.country.lower()}-{pk}.vcf"'
    )
    return response
