from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "hejnal.search"
    label = "hejnal_search"
