from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "hejnal.ops"
    label = "ops"
