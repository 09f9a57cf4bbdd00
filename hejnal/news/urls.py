"""URLs: ``i18n_urlpatterns`` below /<lang>/, ``urlpatterns`` at the root."""

i18n_urlpatterns = []
urlpatterns = []
