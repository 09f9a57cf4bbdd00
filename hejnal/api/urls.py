"""URLs: ``i18n_urlpatterns`` below /<lang>/, ``urlpatterns`` at the root,
and ``fallback_urlpatterns`` after every other ``/api/`` route (the search
API's included): anything else below ``/api/`` is the API's JSON 404."""

from django.urls import path, re_path

from .openapi import openapi_json
from .seo import sitemap_xml
from .views import api_not_found, api_router

__all__ = ["fallback_urlpatterns", "i18n_urlpatterns", "sitemap_xml", "urlpatterns"]

i18n_urlpatterns = []
urlpatterns = [
    path("api/v2/", api_router.urls),
    path("api/openapi.json", openapi_json, name="openapi"),
]
fallback_urlpatterns = [re_path(r"^api(?:/|$)", api_not_found, name="api_not_found")]
