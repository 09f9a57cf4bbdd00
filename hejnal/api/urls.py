"""URLs: ``i18n_urlpatterns`` below /<lang>/, ``urlpatterns`` at the root."""

from django.urls import path

from .views import api_router

i18n_urlpatterns = []
urlpatterns = [
    path("api/v2/", api_router.urls),
]
