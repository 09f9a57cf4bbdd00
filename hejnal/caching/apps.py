from django.apps import AppConfig


class CachingConfig(AppConfig):
    verbose_name = "Hejnał HTTP caching"
    name = "hejnal.caching"
    label = "caching"

    def ready(self):
        from . import signal_handlers  # noqa: F401
