from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "hejnal.directory"
    label = "directory"

    def ready(self):
        from . import signal_handlers  # noqa: F401
