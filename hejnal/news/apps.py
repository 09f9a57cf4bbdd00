from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "hejnal.news"
    label = "news"
