from django.apps import AppConfig


class ImportersConfig(AppConfig):
    name = "hejnal.importers"
    label = "importers"
