from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "hejnal.demo"
    label = "demo"
