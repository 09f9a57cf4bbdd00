"""load_demo: index the demo site and give its articles their "See also"."""

from tqdm import tqdm

from .indexing import rebuild

RELATED_PER_LANGUAGE = 100


def load(loader, homes):
    from .models import SearchEntry

    if not loader.summary.created and SearchEntry.objects.exists():
        loader.out("Search index: already built")
        return
    bar = tqdm(desc="Search index", unit="page", disable=not loader.progress)

    def progress(done, total):
        bar.total = total
        bar.n = done
        bar.refresh()

    entries = rebuild(progress=progress)
    bar.close()
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
