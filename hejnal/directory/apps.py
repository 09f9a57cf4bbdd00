from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "hejnal.directory"
    label = "directory"
