from django.apps import AppConfig


class CoreConfig(AppConfig):
    verbose_name = "Hejnał core"
    name = "hejnal.core"
    label = "core"

    def ready(self):
        from . import signal_handlers  # noqa: F401
