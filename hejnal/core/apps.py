from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    verbose_name = "Hejnał core"
    name = "hejnal.core"
    label = "core"

    def ready(self):
        from . import default_site, signal_handlers  # noqa: F401

        # Once per migrate (not once per app): the default site names SITE_ORIGIN.
        post_migrate.connect(
            default_site.on_post_migrate,
            sender=self,
            dispatch_uid="hejnal.core.default_site",
        )
