"""Paging and year filtering for a category's list of teasers."""

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.utils.translation import gettext as _

from hejnal.core import shared_cache


class InvalidListingRequest(Exception):
    """A page or year parameter that names no list page; answered with a 404."""


def _positive_int(raw, name):
    if raw is None or raw == "":
        return None
    if not raw.isascii() or not raw.isdigit() or len(raw) > 9:
        raise InvalidListingRequest(_("“%(name)s” must be a number.") % {"name": name})
    value = int(raw)
    if value < 1:
        raise InvalidListingRequest(_("“%(name)s” must be positive.") % {"name": name})
    return value


def category_listing(category, request):
    """Context for one list page; raises InvalidListingRequest for bad input.

    The slow parts at 100,000 articles (the years, the count and which
    articles are on the page: index scans over the whole category) are shared
    between requests until the content changes (``shared_cache``); the page's
    articles themselves are then fetched by primary key.
    """
    articles = category.articles()
    years = shared_cache.remember(
        request,
        ("years", category.pk),
        lambda: [
            d.year for d in articles.order_by().dates("date", "year", order="DESC")
        ],
    )
    year = _positive_int(request.GET.get("year"), "year")
    if year is not None:
        if year not in years:
            raise InvalidListingRequest(_("No articles from that year."))
        articles = articles.filter(date__year=year)
    paginator = Paginator(articles, settings.HEJNAL_NEWS_PER_PAGE)
    paginator.count = shared_cache.remember(
        request, ("count", category.pk, year), articles.count
    )
    number = _positive_int(request.GET.get("page"), "page") or 1
    try:
        page_obj = paginator.page(number)
    except EmptyPage as exc:
        if number == 1:  # an empty category still has its first page
            page_obj = paginator.page(1) if paginator.count else None
        else:
            raise InvalidListingRequest(str(exc)) from exc
    if page_obj is not None:
        ids = shared_cache.remember(
            request,
            ("list", category.pk, year, page_obj.number),
            lambda: list(page_obj.object_list.values_list("pk", flat=True)),
        )
        # By key alone: with the category's path filter too, SQLite would
        # walk the category's part of the path index instead.
        by_key = articles.model.objects.teasers().filter(pk__in=ids)
        found = {article.pk: article for article in by_key}
        page_obj.object_list = [found[pk] for pk in ids if pk in found]
    return {
        "articles": page_obj.object_list if page_obj else [],
        "page_obj": page_obj,
        "paginator": paginator,
        # Around the current page (the template tag cannot pass the number).
        "page_range": (
            list(paginator.get_elided_page_range(page_obj.number)) if page_obj else []
        ),
        "years": years,
        "selected_year": year,
    }
