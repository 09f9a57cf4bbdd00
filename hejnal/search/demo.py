"""load_demo: index the demo site and give its articles their "See also"."""

from tqdm import tqdm

from .indexing import rebuild_with_bar

RELATED_PER_LANGUAGE = 500


def load(loader, homes):
    from wagtail.models import Page

    from .models import SearchEntry

    # Pages published one by one (directory, editorial) are indexed as they go;
    # the bulk-written articles are not, so compare with every live page.
    complete = (
        SearchEntry.objects.count() >= Page.objects.live().filter(depth__gt=2).count()
    )
    if not loader.summary.created and complete:
        loader.out("Search index: already built")
        return
    entries = rebuild_with_bar(show=loader.progress)
    loader.out(f"Search index: {entries} pages")
    from hejnal.news.models import ArticlePage
    from hejnal.news.related import refresh_all

    # At benchmark scale only the newest articles of each language get their
    # links here; `manage.py refresh_related` does the rest.
    articles = []
    for code in homes:
        articles.extend(
            ArticlePage.objects.live()
            .filter(locale__language_code=code)
            .select_related("locale")
            .order_by("-date", "-pk")[:RELATED_PER_LANGUAGE]
        )
    bar = tqdm(
        total=len(articles),
        desc="See also",
        unit="article",
        disable=not loader.progress,
    )
    refresh_all(articles, progress=lambda done: bar.update(1))
    bar.close()
