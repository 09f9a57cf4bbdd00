"""URLs: ``i18n_urlpatterns`` below /<lang>/, ``urlpatterns`` at the root."""

from django.urls import path, re_path

from .feeds import news_atom, news_rss

i18n_urlpatterns = [
    # The language-wide feeds come first: they win over a category slugged "news".
    path("feeds/news.rss", news_rss, name="news_feed_rss"),
    path("feeds/news.atom", news_atom, name="news_feed_atom"),
    # [-\w]: Wagtail allows Unicode slugs (Cyrillic, Arabic).
    re_path(r"^feeds/(?P<category>[-\w]+)\.rss$", news_rss, name="category_feed_rss"),
    re_path(
        r"^feeds/(?P<category>[-\w]+)\.atom$", news_atom, name="category_feed_atom"
    ),
]
urlpatterns = []
