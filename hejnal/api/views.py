"""Wagtail's read-only API v2 with Hejnał's fields added."""

import re
from functools import cache

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from .fields import IMAGE_API_FIELDS, page_api_fields

# Characters the database search backends cannot take in a query (a lone double
# quote or NUL makes SQLite's FTS5 fail with a 500).
_UNSEARCHABLE = re.compile(r'["\x00-\x1f\x7f]')
MAX_SEARCH_LENGTH = 200


class SafeSearchFilter(SearchFilter):
    def filter_queryset(self, request, queryset, view):
        raw = request.GET.get("search")
        if raw is not None:
            params = request._request.GET.copy()
            params["search"] = _UNSEARCHABLE.sub(" ", raw)[:MAX_SEARCH_LENGTH].strip()
            request._request.GET = params
        return super().filter_queryset(request, queryset, view)


def _safe_filters(backends):
    return [SafeSearchFilter if b is SearchFilter else b for b in backends]


class JsonNotFoundMixin:
    """Keep the API's JSON 404s: without this, LocaleMiddleware redirects every
    404 outside /<lang>/ to /<default language>/…, which the page tree serves."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 404:
            request._request.urlconf = "hejnal.api.urls"
        return response


@cache
def _page_fields():
    return page_api_fields()


class HejnalPagesAPIViewSet(JsonNotFoundMixin, PagesAPIViewSet):
    filter_backends = _safe_filters(PagesAPIViewSet.filter_backends)

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


class HejnalImagesAPIViewSet(JsonNotFoundMixin, ImagesAPIViewSet):
    filter_backends = _safe_filters(ImagesAPIViewSet.filter_backends)
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


class HejnalDocumentsAPIViewSet(JsonNotFoundMixin, DocumentsAPIViewSet):
    filter_backends = _safe_filters(DocumentsAPIViewSet.filter_backends)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", HejnalPagesAPIViewSet)
api_router.register_endpoint("images", HejnalImagesAPIViewSet)
api_router.register_endpoint("documents", HejnalDocumentsAPIViewSet)
