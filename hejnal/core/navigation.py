"""Site chrome data: the reader's language home, menu, breadcrumbs, switcher.

Each function costs a fixed number of queries and caches its answer on the
request, so a page renders in the same number of queries however big the tree;
answers are also shared between requests until the content changes
(``shared_cache``), so most page views make none of these queries.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import models
from django.utils import translation
from wagtail.models import Locale, Page

from . import shared_cache
from .visibility import visible


def _cached(request, key, compute, shared=None):
    """Once per request; with ``shared`` key parts, once per content version."""
    if request is None:
        return compute()
    store = request.__dict__.setdefault("_hejnal_chrome", {})
    if key not in store:
        if shared is None:
            store[key] = compute()
        else:
            store[key] = shared_cache.remember(request, (key, *shared), compute)
    return store[key]


def _site_id(request):
    from wagtail.models import Site

    site = Site.find_for_request(request)
    return site.pk if site else 0


def language_homes(request):
    """Live home page of every language version, by language code."""

    def compute():
        locales = {locale.pk: locale for locale in Locale.objects.all()}
        homes = visible(Page.objects.filter(depth=2)).order_by("path").specific()
        found = {}
        for home in homes:
            home.locale = locales[home.locale_id]
            found.setdefault(home.locale.language_code, home)
        return found

    return _cached(request, "homes", compute, shared=())


def current_home(request, page=None):
    homes = language_homes(request)
    if page is not None and page.depth >= 2:
        for home in homes.values():
            if page.path.startswith(home.path):
                return home
    return homes.get(translation.get_language()) or homes.get(settings.LANGUAGE_CODE)


@dataclass
class MenuItem:
    page: Page
    children: list = field(default_factory=list)
    active: bool = False


def main_menu(request, page=None):
    """Two levels of menu below the reader's home, in one query."""
    home = current_home(request, page)

    def compute():
        if home is None:
            return []
        pages = (
            visible(Page.objects.descendant_of(home))
            .filter(depth__in=(home.depth + 1, home.depth + 2))
            # in_menu() without its bare boolean, which SQLite cannot seek on:
            # "IN (true)" lets the hejnal_page_menu index (core 0004) be used.
            .filter(show_in_menus__in=[True])
            # Sorted here: ORDER BY path makes SQLite walk the path index instead.
            .order_by()
        )
        top, by_path = [], {}
        for candidate in sorted(pages, key=lambda found: found.path):
            item = MenuItem(page=candidate)
            if candidate.depth == home.depth + 1:
                top.append(item)
                by_path[candidate.path] = item
            else:
                parent = by_path.get(candidate.path[: -Page.steplen])
                if parent is not None:
                    parent.children.append(item)
        return top

    menu = _cached(request, "menu", compute, shared=(home.pk if home else 0,))
    for item in menu:
        item.active = page is not None and page.path.startswith(item.page.path)
        for child in item.children:
            child.active = page is not None and page.path.startswith(child.page.path)
    return menu


def breadcrumbs(page, request=None):
    if page is None or page.depth <= 2:
        return []

    def compute():
        return list(page.get_ancestors().filter(depth__gte=2).order_by("depth"))

    return _cached(request, "breadcrumbs", compute, shared=(page.pk,))


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool


def language_links(request, page=None):
    """One link per language: the page's translation, else that language's home."""

    def compute():
        homes = language_homes(request)
        translations = {}
        if page is not None and page.pk:
            # Only translations readers may see: a restricted one's slug
            # would give its title away.
            for other in visible(
                page.get_translations(inclusive=True).select_related("locale")
            ):
                translations[other.locale.language_code] = other
        current = translation.get_language()
        links = []
        for code, name in settings.LANGUAGES:
            target = translations.get(code)
            if target is None:
                target = homes.get(code)
                is_translation = False
            else:
                is_translation = True
            if target is None:
                continue
            with translation.override(code):
                url = target.get_url(request)
            links.append(
                LanguageLink(
                    code=code,
                    name=name,
                    url=url,
                    is_current=code == current,
                    is_translation=is_translation,
                )
            )
        return links

    page_key = page.pk if page is not None and page.pk else 0
    return _cached(
        request,
        "languages",
        compute,
        shared=(_site_id(request), page_key, translation.get_language()),
    )


def footer_pages(request):
    """The privacy and accessibility pages in the reader's language, one query.

    The brand settings name the pages once (in any language); the reader gets
    the live translation in their language, if there is one.
    """

    def compute():
        from hejnal.core.models import BrandSettings

        brand = BrandSettings.for_request(request)
        wanted = {
            "privacy": brand.privacy_page_id,
            "accessibility": brand.accessibility_page_id,
        }
        ids = [pk for pk in wanted.values() if pk]
        if not ids:
            return {}
        keys = Page.objects.filter(pk__in=ids).values("translation_key")
        found = {}
        for page in visible(
            Page.objects.filter(
                translation_key__in=keys,
                locale__language_code=translation.get_language(),
            )
        ).annotate(
            source_id=models.Subquery(
                Page.objects.filter(
                    pk__in=ids, translation_key=models.OuterRef("translation_key")
                ).values("pk")[:1]
            )
        ):
            for role, pk in wanted.items():
                if pk == page.source_id:
                    found[role] = page
        return found

    return _cached(
        request,
        "footer_pages",
        compute,
        shared=(_site_id(request), translation.get_language()),
    )
