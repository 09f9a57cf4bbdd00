"""Which language version a reader lands on, and when an address without a
language is worth a redirect.

Django's ``LocaleMiddleware`` does both, with two flaws for a city's
international section: a browser asking only for languages the site lacks
(French, Spanish …) lands on the default language, Polish, which such a
reader is the least likely to read; and any address without a language is
redirected to the same address with one, because Wagtail's catch-all route
matches every path, so ``/news/`` goes to ``/pl/news/``, a 404.

Here a reader whose browser names only missing languages gets
``HEJNAL_FALLBACK_LANGUAGE`` (English); a reader who names none gets the
default. An address without a language is redirected only when the page it
would lead to exists and readers may see it; otherwise the 404 is answered
where it was asked. No cookie is read or set.
"""

from django.conf import settings
from django.http import Http404
from django.middleware.locale import LocaleMiddleware
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail.models import Site

from hejnal.core.visibility import is_visible

WAGTAIL_SERVE = "wagtail_serve"


def reader_language(request):
    """The language of the path, else the first the browser asks for that the
    site has, else the fallback (when it asked for others) or the default."""
    from_path = translation.get_language_from_path(request.path_info)
    if from_path:
        return from_path
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for code, _quality in parse_accept_lang_header(header):
        if code == "*":
            break
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    if header.strip() and not header.strip().startswith("*"):
        return getattr(settings, "HEJNAL_FALLBACK_LANGUAGE", settings.LANGUAGE_CODE)
    return settings.LANGUAGE_CODE


def _page_exists(request, language, path):
    """Whether ``/<language><path>`` leads to a page readers may see (or to
    one of the project's own views)."""
    try:
        match = resolve(f"/{language}{path}")
    except Resolver404:
        return False
    if match.url_name != WAGTAIL_SERVE:
        return True
    site = Site.find_for_request(request)
    if site is None:
        return False
    components = [part for part in path.split("/") if part]
    with translation.override(language):
        try:
            page, _args, _kwargs = site.root_page.localized.specific.route(
                request, components
            )
        except Http404:
            return False
    return is_visible(page)


class ReaderLanguageMiddleware(LocaleMiddleware):
    def process_request(self, request):
        super().process_request(request)
        if not translation.get_language_from_path(request.path_info):
            language = reader_language(request)
            translation.activate(language)
            request.LANGUAGE_CODE = language

    def process_response(self, request, response):
        if (
            response.status_code == 404
            and not translation.get_language_from_path(request.path_info)
            and (
                _is_api(request.path_info)
                or not _page_exists(
                    request, translation.get_language(), _with_slash(request.path_info)
                )
            )
        ):
            # Nothing there in any case: no redirect to a 404. The API answers
            # at its own addresses only, with its JSON 404.
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


def _is_api(path):
    return path == "/api" or path.startswith("/api/")


def _with_slash(path):
    if settings.APPEND_SLASH and not path.endswith("/"):
        return path + "/"
    return path
