from django.apps import AppConfig


class ConsentConfig(AppConfig):
    name = "hejnal.consent"
    label = "consent"
