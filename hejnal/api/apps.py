from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "hejnal.api"
    label = "api"
