from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "hejnal.news"
    label = "news"

    def ready(self):
        from . import signal_handlers  # noqa: F401
