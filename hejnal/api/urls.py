"""URLs: ``i18n_urlpatterns`` below /<lang>/, ``urlpatterns`` at the root."""

from django.urls import path

from .seo import sitemap_xml
from .views import api_router

__all__ = ["i18n_urlpatterns", "sitemap_xml", "urlpatterns"]

i18n_urlpatterns = []
urlpatterns = [
    path("api/v2/", api_router.urls),
]
