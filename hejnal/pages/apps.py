from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "hejnal.pages"
    label = "pages"
