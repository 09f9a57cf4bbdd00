"""Which cached URLs a change makes stale.

An article shows on its own URL and, as a teaser, on the pages above it (its
category list, the section, the language home), in the feeds of its language
and category, in the sitemap, on the country pages it is tagged with and as
the target of the language links of its translations. Those are purged one by
one. Any other page may appear in the menu, breadcrumbs or footer of every
page of its language version, so its whole language tree is purged.
"""

from urllib.parse import urlsplit, urlunsplit

from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Locale, Page, Site


def _root(url):
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "", "", ""))


def language_home(page):
    return page.get_ancestors(inclusive=True).filter(depth=2).first()


def _feeds(root, language, category_slug):
    names = [("news_feed_rss", {}), ("news_feed_atom", {})]
    if category_slug:
        names += [
            ("category_feed_rss", {"category": category_slug}),
            ("category_feed_atom", {"category": category_slug}),
        ]
    urls = []
    with translation.override(language):
        for name, kwargs in names:
            try:
                urls.append(root + reverse(name, kwargs=kwargs))
            except NoReverseMatch:
                continue
    return urls


def for_page(page):
    """(urls, prefixes) to invalidate when ``page`` is published or withdrawn."""
    from hejnal.news.models import ArticlePage

    page = page.specific_deferred if type(page) is Page else page
    url = page.get_full_url()
    if url is None:
        return set(), set()
    root = _root(url)
    urls = {url, root + reverse("sitemap")}
    prefixes = set()
    for translation_page in page.get_translations(inclusive=False).live():
        urls.add(translation_page.get_full_url())
    if isinstance(page, ArticlePage):
        ancestors = page.get_ancestors().filter(depth__gte=2)
        urls.update(ancestor.get_full_url() for ancestor in ancestors)
        parent = page.get_parent()
        urls.update(_feeds(root, page.locale.language_code, parent.slug))
        urls.update(_country_pages(page))
    else:
        home = language_home(page)
        prefixes.add(home.get_full_url() if home else url)
    return {u for u in urls if u}, {p for p in prefixes if p}


def _country_pages(article):
    from hejnal.directory.models import CountryPage

    codes = list(article.countries.values_list("pk", flat=True))
    if not codes:
        return []
    pages = CountryPage.objects.live().filter(
        locale_id=article.locale_id, country__in=codes
    )
    return [page.get_full_url() for page in pages]


def for_language(language_code):
    """The prefix of one language version, or of the whole site when empty."""
    sites = list(Site.objects.select_related("root_page"))
    prefixes = set()
    for site in sites:
        root = site.root_url
        if not language_code:
            prefixes.add(root + "/")
            continue
        locale = Locale.objects.filter(language_code=language_code).first()
        if locale is None:
            continue
        home = site.root_page.get_translations(inclusive=True).filter(locale=locale)
        for page in home:
            prefixes.add(page.get_full_url())
    return prefixes


def for_search_and_api():
    """(urls, prefixes) of the search pages and the APIs: any page may show in
    them, in any language (``scope=all``) and under any query string."""
    languages = list(Locale.objects.values_list("language_code", flat=True))
    urls, prefixes = set(), set()
    for site in Site.objects.all():
        root = site.root_url
        prefixes.add(root + "/api/")
        for language in languages:
            with translation.override(language):
                try:
                    urls.add(root + reverse("search"))
                except NoReverseMatch:
                    continue
    return urls, prefixes
