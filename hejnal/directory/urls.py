"""URLs of this app: ``i18n_urlpatterns`` live below /<lang>/, ``urlpatterns`` at the root."""

i18n_urlpatterns = []
urlpatterns = []
