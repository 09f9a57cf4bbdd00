"""URLs: ``i18n_urlpatterns`` below /<lang>/, ``urlpatterns`` at the root."""

from django.urls import path

from .views import search_api, search_page

i18n_urlpatterns = [path("search/", search_page, name="search")]
urlpatterns = [path("api/search/", search_api, name="search_api")]
