"""URLs: ``i18n_urlpatterns`` live below /<lang>/, ``urlpatterns`` at the root."""

from django.urls import path

from . import views

i18n_urlpatterns = [
    path("national-days.ics", views.national_days_ics, name="national_days_ics"),
    path("consulates/<int:pk>.vcf", views.consulate_vcard, name="consulate_vcard"),
]
urlpatterns = []
