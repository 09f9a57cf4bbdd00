from django.apps import AppConfig


class ImagesConfig(AppConfig):
    name = "hejnal.images"
    label = "images"
