"""Wagtail's read-only API v2 with Hejnał's fields added.

What it shows goes through the rules readers' pages go through: pages only when
visible (``hejnal.core.visibility``: live, not expired, not restricted, for
everyone alike, whatever the request's session), images and documents only
when public (``hejnal.core.file_visibility``). A page or file outside the rule
is a JSON 404 in details and ``find``, and absent from listings and counts.

Input is checked before any query (``hejnal.api.input``): an integer parameter
out of its column's range is a 400 with a message, never a database error; and
``?search=`` counts against the same per-client limit as ``/api/search/``.
"""

import re
from functools import cache
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.http import Http404, JsonResponse
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.api.validators import SiteFilterValidator
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Page, Site

from hejnal.core.file_visibility import public_files
from hejnal.core.visibility import visible
from hejnal.ops.throttle import throttled

from .fields import IMAGE_API_FIELDS, HejnalImageSerializer, page_api_fields
from .input import (
    check_field_values,
    check_no_null_characters,
    check_query_integers,
)

# Characters the database search backends cannot take in a query (a lone double
# quote or NUL makes SQLite's FTS5 fail with a 500).
_UNSEARCHABLE = re.compile(r'["\x00-\x1f\x7f]')
MAX_SEARCH_LENGTH = 200


class SafeSearchFilter(SearchFilter):
    def filter_queryset(self, request, queryset, view):
        raw = request.GET.get("search")
        operator = request.GET.get("search_operator")
        # The search backend raises ValueError (a 500) on any other operator.
        if raw is not None and operator is not None and operator not in ("and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        if raw is not None:
            params = request._request.GET.copy()
            params["search"] = _UNSEARCHABLE.sub(" ", raw)[:MAX_SEARCH_LENGTH].strip()
            request._request.GET = params
        return super().filter_queryset(request, queryset, view)


class CheckedFieldsFilter(FieldsFilter):
    """Wagtail's field filters (``?id=``, ``?width=``…), each value checked
    against its field first: out of range or not the field's type is a 400."""

    def filter_queryset(self, request, queryset, view):
        check_field_values(request.GET, queryset.model, view)
        return super().filter_queryset(request, queryset, view)


_SAFE_BACKENDS = {SearchFilter: SafeSearchFilter, FieldsFilter: CheckedFieldsFilter}


def _safe_filters(backends):
    return [_SAFE_BACKENDS.get(b, b) for b in backends]


@throttled("search", "HEJNAL_SEARCH_RATE", json=True)
def _throttled_search(request, run):
    return run()


class CheckedInputMixin:
    """Integer parameters checked before anything runs; searches rate limited
    per client like ``/api/search/`` (the same count)."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_no_null_characters(request.GET)
        check_query_integers(request.GET, self)

    def listing_view(self, request):
        if "search" not in request.GET:
            return super().listing_view(request)
        return _throttled_search(
            request._request,
            lambda: super(CheckedInputMixin, self).listing_view(request),
        )


class FindRedirectMixin:
    """``find``'s redirect without Wagtail's bare ``?`` when no other
    parameter is kept (``…/pages/19/``, not ``…/pages/19/?``)."""

    def find_view(self, request):
        response = super().find_view(request)
        if response.get("Location", "").endswith("?"):
            response["Location"] = response["Location"][:-1]
        return response


@cache
def _page_fields():
    return page_api_fields()


class HejnalPagesAPIViewSet(FindRedirectMixin, CheckedInputMixin, PagesAPIViewSet):
    filter_backends = _safe_filters(PagesAPIViewSet.filter_backends)

    def get_base_queryset(self):
        """Visible pages of the requested site's language trees.

        Wagtail's own base lets through pages whose restriction the request
        passes (a session that entered a password, an editor's login); here
        the API answers everyone alike. Visibility is a filter on ids, as the
        search backend can only filter on indexed fields (``expire_at`` is not).
        """
        if getattr(self, "_visible_base", None) is None:
            self._visible_base = self._site_pages(
                Page.objects.filter(pk__in=visible(Page.objects.all()).values("pk"))
            )
        return self._visible_base

    def _site_pages(self, pages):
        """``pages`` within the requested site's root and its translations
        (``?site=host[:port]``, else the request's site), as Wagtail scopes it."""
        request = self.request
        try:
            site = SiteFilterValidator(site=request.GET.get("site"), request=request)
            site = site.site_obj
        except ValueError as error:
            raise BadRequestError(str(error)) from error
        if site is None:
            return pages.none()
        roots = [site.root_page]
        if settings.WAGTAIL_I18N_ENABLED:
            roots += list(site.root_page.get_translations())
        scoped = pages.descendant_of(roots[0], inclusive=True)
        for root in roots[1:]:
            scoped |= pages.descendant_of(root, inclusive=True)
        return scoped

    def find_object(self, queryset, request):
        """``?html_path=`` as readers write it, with the language first
        (``/de/aktuelles/…/``): routed from that language's home, and found
        only when the page is visible. The address may be percent-encoded
        (as Wagtail writes a Ukrainian or Arabic slug, and as ``html_url``
        gives it) and carry a query string or fragment, as copied from a
        browser."""
        if "html_path" not in request.GET:
            return super().find_object(queryset, request)
        try:
            path = unquote(urlsplit(request.GET["html_path"]).path)
        except ValueError:  # "//[::1" and the like: no address of ours
            return None
        if "\x00" in path:
            raise BadRequestError(_("html_path must not contain a null character."))
        components = [component for component in path.split("/") if component]
        site = Site.find_for_request(request)
        if site is None or not components:
            return None
        root = site.root_page
        locale = Locale.objects.filter(language_code=components[0]).first()
        if locale is not None:
            root = root.get_translation_or_none(locale)
            components = components[1:]
        if root is None:
            return None
        try:
            page, _args, _kwargs = root.specific.route(request, components)
        except Http404:
            return None
        return page if queryset.filter(pk=page.pk).exists() else None

    @classmethod
    def get_body_fields(cls, model):
        extra = []
        for registered, fields in _page_fields().items():
            if issubclass(model, registered):
                extra = fields
                break
        return cls._convert_api_fields(
            cls.body_fields + list(getattr(model, "api_fields", ())) + extra
        )


class PublicFilesMixin:
    """Only public files (``hejnal.core.file_visibility``), in listings,
    details and ``find``; as ids, so ``?search=`` keeps working."""

    def get_queryset(self):
        if getattr(self, "_public_files", None) is None:
            model = self.model
            self._public_files = model.objects.filter(
                pk__in=public_files(model.objects.all()).values("pk")
            ).order_by("id")
        return self._public_files


class HejnalImagesAPIViewSet(
    FindRedirectMixin, CheckedInputMixin, PublicFilesMixin, ImagesAPIViewSet
):
    filter_backends = _safe_filters(ImagesAPIViewSet.filter_backends)
    base_serializer_class = HejnalImageSerializer
    listing_default_fields = [
        *ImagesAPIViewSet.listing_default_fields,
        "description",
        "thumbnail",
    ]

    @classmethod
    def get_body_fields(cls, model):
        return super().get_body_fields(model) + cls._convert_api_fields(
            IMAGE_API_FIELDS
        )


class HejnalDocumentsAPIViewSet(
    FindRedirectMixin, CheckedInputMixin, PublicFilesMixin, DocumentsAPIViewSet
):
    filter_backends = _safe_filters(DocumentsAPIViewSet.filter_backends)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", HejnalPagesAPIViewSet)
api_router.register_endpoint("images", HejnalImagesAPIViewSet)
api_router.register_endpoint("documents", HejnalDocumentsAPIViewSet)


@csrf_exempt
def api_not_found(request, *args, **kwargs):
    """Any other address below ``/api/``, whatever the method: a JSON 404 like
    the API's own, never the site's HTML page or a redirect. An address that
    lacks only its final slash is named with it."""
    message = _("There is nothing at this address of the API.")
    path = request.path_info
    if not path.endswith("/"):
        try:
            match = resolve(path + "/")
        except Resolver404:
            match = None
        if match is not None and match.func is not api_not_found:
            message = _("There is nothing at this address; did you mean %(path)s?") % {
                "path": request.path + "/"
            }
    return JsonResponse({"message": message}, status=404)
