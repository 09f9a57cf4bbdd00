from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "hejnal.search"
    label = "hejnal_search"
    verbose_name = "Search"

    def ready(self):
        from . import signal_handlers  # noqa: F401
