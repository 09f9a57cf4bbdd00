"""Search engines and sharing: sitemap with hreflang, head tags, JSON-LD.

The sitemap covers every language tree of the requested site. Past
``SITEMAP_LIMIT`` URLs, ``/sitemap.xml`` becomes a sitemap index of
``/sitemap.xml?p=N`` pages.

Alternates (``hreflang``) follow one rule, ``alternate_links``, in the sitemap
and in every page's ``<head>``: a public page names each of its public language
versions, itself included, and ``x-default`` (the version in the site's default
language, else the first in the order of ``LANGUAGES``). A list narrowed by a
query (``?page=2``, ``?year=2025``) is its own canonical and names only itself
and itself as ``x-default``: each language version carries its own news, so
page 2 of one language's list is no translation of page 2 of another's.
Search results pages ask not to be indexed and name no alternates.
"""

import json
import logging
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Q, Subquery
from django.http import Http404, HttpResponse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.xmlutils import SimplerXMLGenerator
from django.views.decorators.http import require_GET
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from hejnal.core import shared_cache
from hejnal.core.file_visibility import public_images
from hejnal.core.origin import absolute
from hejnal.core.visibility import visible
from hejnal.images.models import SHARE_IMAGE_SPEC

logger = logging.getLogger(__name__)

SITEMAP_LIMIT = 10_000
SITEMAP_MAX_AGE = 3600
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
OG_LOCALES = {
    "pl": "pl_PL",
    "en": "en_GB",
    "de": "de_DE",
    "uk": "uk_UA",
    "ar": "ar_AR",
}
_JSON_SCRIPT_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


# Sitemap ---------------------------------------------------------------------
def _site_roots(request):
    site = Site.find_for_request(request)
    if site is None:
        site = (
            Site.objects.select_related("root_page")
            .filter(is_default_site=True)
            .first()
        )
    if site is None:
        return []
    root = site.root_page
    return [root, *root.get_translations()] if settings.WAGTAIL_I18N_ENABLED else [root]


def _sitemap_pages(request):
    roots = _site_roots(request)
    if not roots:
        return Page.objects.none()
    below_roots = Q()
    for root in roots:
        below_roots |= Q(path__startswith=root.path, depth__gte=root.depth)
    return (
        visible(Page.objects.all())
        .filter(below_roots)
        .select_related("locale")
        .only(
            "id",
            "path",
            "depth",
            "url_path",
            "translation_key",
            "last_published_at",
            "latest_revision_created_at",
            "locale__language_code",
        )
        .order_by("path")
    )


def _xml_response(write):
    response = HttpResponse(content_type="application/xml; charset=utf-8")
    handler = SimplerXMLGenerator(response, "utf-8")
    handler.startDocument()
    write(handler)
    handler.endDocument()
    patch_cache_control(response, public=True, max_age=SITEMAP_MAX_AGE)
    return response


def _lastmod(page):
    moment = page.last_published_at or page.latest_revision_created_at
    if moment is None:
        return None
    return timezone.localtime(moment).isoformat(timespec="seconds")


def _absolute(request, url):
    """Every absolute URL of the sitemap and the head tags is made here, on
    the canonical origin whatever address the request came in by."""
    return absolute(url)


def _page_url(page, request):
    url = page.get_url(request)
    return _absolute(request, url) if url else None


def alternate_links(versions):
    """``[(hreflang, href)]`` for a page's public language versions.

    ``versions`` are ``(language code, absolute URL)`` pairs, the page itself
    among them. Each language is named once, in the order of ``LANGUAGES``,
    then ``x-default``: the default language's version if there is one, else
    the first. A page with one version names itself twice.
    """
    order = [code for code, _name in settings.LANGUAGES]
    found = {}
    for code, url in versions:
        if url:
            found.setdefault(code, url)
    if not found:
        return []
    ordered = sorted(
        found.items(),
        key=lambda item: order.index(item[0]) if item[0] in order else len(order),
    )
    default = found.get(settings.LANGUAGE_CODE) or ordered[0][1]
    return [*ordered, ("x-default", default)]


@require_GET
def sitemap_xml(request):
    pages = _sitemap_pages(request)
    total = pages.count()
    number_of_pages = max(1, -(-total // SITEMAP_LIMIT))
    requested = request.GET.get("p")
    if requested is None and number_of_pages > 1:
        return _sitemap_index(request, number_of_pages)
    try:
        number = int(requested) if requested is not None else 1
    except ValueError:
        raise Http404(_("There is no such sitemap page.")) from None
    if not 1 <= number <= number_of_pages:
        raise Http404(_("There is no such sitemap page."))
    start = (number - 1) * SITEMAP_LIMIT
    chunk = pages[start : start + SITEMAP_LIMIT]
    return _sitemap_urlset(request, list(chunk), chunk)


def _sitemap_index(request, number_of_pages):
    base = _absolute(request, "/sitemap.xml")

    def write(handler):
        handler.startElement("sitemapindex", {"xmlns": SITEMAP_NS})
        for number in range(1, number_of_pages + 1):
            handler.startElement("sitemap", {})
            handler.addQuickElement("loc", f"{base}?{urlencode({'p': number})}")
            handler.endElement("sitemap")
        handler.endElement("sitemapindex")

    return _xml_response(write)


def _sitemap_urlset(request, pages, chunk_queryset):
    keys = chunk_queryset.values("translation_key")
    translations = {}
    for other in (
        visible(Page.objects.all())
        .filter(translation_key__in=Subquery(keys))
        .select_related("locale")
        .only(
            "id",
            "path",
            "depth",
            "url_path",
            "translation_key",
            "locale__language_code",
        )
        .order_by("path")
    ):
        translations.setdefault(other.translation_key, []).append(other)
    urls = {}

    def url_of(page):
        if page.pk not in urls:
            urls[page.pk] = _page_url(page, request)
        return urls[page.pk]

    def write(handler):
        handler.startElement("urlset", {"xmlns": SITEMAP_NS, "xmlns:xhtml": XHTML_NS})
        for page in pages:
            location = url_of(page)
            if location is None:  # not reachable on this site
                continue
            handler.startElement("url", {})
            handler.addQuickElement("loc", location)
            lastmod = _lastmod(page)
            if lastmod:
                handler.addQuickElement("lastmod", lastmod)
            versions = [
                (other.locale.language_code, url_of(other))
                for other in translations.get(page.translation_key, [])
            ]
            for hreflang, href in alternate_links(versions):
                handler.addQuickElement(
                    "xhtml:link",
                    attrs={"rel": "alternate", "hreflang": hreflang, "href": href},
                )
            handler.endElement("url")
        handler.endElement("urlset")

    return _xml_response(write)


# Head tags ---------------------------------------------------------------------
def json_ld(data):
    """JSON for a ``<script type="application/ld+json">``: ``<``, ``>`` and ``&``
    escaped so no value can close the script element."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(
        _JSON_SCRIPT_ESCAPES
    )


def _canonical(context, page, request):
    url = _page_url(page, request)
    params = {}
    year = context.get("selected_year")
    if isinstance(year, int):
        params["year"] = year
    page_obj = context.get("page_obj")
    number = getattr(page_obj, "number", 1)
    if isinstance(number, int) and number > 1:
        params["page"] = number
    return f"{url}?{urlencode(params)}" if params else url


def _description(page):
    for attribute in ("search_description", "lead", "intro"):
        value = (getattr(page, attribute, "") or "").strip()
        if value:
            return value[:300]
    return ""


def _rendition(image_or_id, request, load=None):
    """``{url, width, height, alt}`` of an image's share rendition, or None.

    Kept with the shared chrome (``shared_cache``): the site's share image
    costs no query on most page views.
    """

    def compute():
        image = load() if load is not None else image_or_id
        if image is None:
            return None
        try:
            rendition = image.get_rendition(SHARE_IMAGE_SPEC)
        except Exception:  # a missing source file must not break the page
            logger.warning("No share rendition for image %s", image.pk, exc_info=True)
            return None
        return {
            "url": rendition.url,
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.alt_text,
            "decorative": image.is_decorative,
        }

    if load is None:
        return compute()
    return shared_cache.remember(request, ("share-image", image_or_id), compute)


def _share_image(page, request, brand, home):
    """The page's own image (an article's hero), else the site's share image
    (Settings → Brand) described in the page's language."""
    own = getattr(page, "hero_image", None)
    if own is not None:
        data = _rendition(own, request)
        alt = getattr(page, "hero_alt", "") or ""
    else:
        image_id = getattr(brand, "share_image_id", None)
        if not image_id:
            return None
        # Through the file rule: never an image from a private collection.
        data = _rendition(
            image_id,
            request,
            load=lambda: public_images(
                get_image_model().objects.filter(pk=image_id)
            ).first(),
        )
        if data is None:
            return None
        own_words = (getattr(home, "share_image_alt", "") or "").strip()
        alt = "" if data["decorative"] else own_words or data["alt"]
    if data is None:
        return None
    return {**data, "url": _absolute(request, data["url"]), "alt": alt}


def _organization(chrome, request, brand):
    home = chrome.get("home")
    if home is None:
        return None
    home = home.specific
    home_url = _page_url(home, request)
    organization = {
        "@type": "GovernmentOrganization",
        "@id": f"{home_url}#organization",
        "name": getattr(home, "site_name", "") or home.title,
        "url": home_url,
    }
    if brand is not None:
        logo = brand.logo
        if logo is not None:
            organization["logo"] = _absolute(request, logo.file.url)
        if brand.contact_email:
            organization["email"] = brand.contact_email
        if brand.contact_phone:
            organization["telephone"] = brand.contact_phone
        if brand.has_address:
            organization["address"] = brand.postal_address_json_ld()
    return organization


def _breadcrumbs(chrome, page, request):
    crumbs = list(chrome.get("breadcrumbs") or [])
    if not crumbs:
        return None
    items = []
    for position, crumb in enumerate([*crumbs, page], start=1):
        name = _("Home") if position == 1 else crumb.title
        items.append(
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": _page_url(crumb, request),
            }
        )
    return {"@type": "BreadcrumbList", "itemListElement": items}


def _iso(moment):
    return moment.isoformat(timespec="seconds") if moment else None


def _article(context, page, canonical, image, organization):
    record = context.get("record")
    category = context.get("category")
    topics = context.get("topic_list") or []
    published = page.first_published_at
    data = {
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.lead,
        "inLanguage": translation.get_language() or settings.LANGUAGE_CODE,
        "mainEntityOfPage": canonical,
        "url": canonical,
        "datePublished": _iso(published) or page.date.isoformat(),
        "dateModified": _iso(page.last_published_at or published)
        or page.date.isoformat(),
    }
    if image:
        data["image"] = [image["url"]]
    prepared_by = getattr(record, "prepared_by", "") if record else ""
    if prepared_by:
        data["author"] = [{"@type": "Person", "name": prepared_by}]
    elif organization:
        data["author"] = [{"@id": organization["@id"]}]
    if organization:
        data["publisher"] = {"@id": organization["@id"]}
    if category is not None:
        data["articleSection"] = category.title
    if topics:
        data["keywords"] = [topic.name for topic in topics]
    return data


def _head_alternates(page, request, links, canonical, language):
    """The page's ``hreflang`` links, by the sitemap's rule (``alternate_links``).

    ``links`` are the language switcher's (public translations only). A page
    that is not public itself (a preview, a restricted page) is not in the
    sitemap and names no alternates.
    """
    own = page.get_url(request)
    if not any(link.is_translation and link.url == own for link in links):
        return []
    if canonical != _page_url(page, request):  # a narrowed list: ?page=, ?year=
        return alternate_links([(language, canonical)])
    return alternate_links(
        [
            (link.code, _absolute(request, link.url))
            for link in links
            if link.is_translation
        ]
    )


def head_data(context):
    """Everything ``components/seo_head.html`` prints, from what the page's
    context already holds (no queries beyond the share-image rendition)."""
    request = context.get("request")
    page = context.get("page")
    if request is None or not getattr(page, "path", None):
        return {}
    from hejnal.news.models import ArticlePage

    chrome = context.get("c") or {}
    brand = None
    try:
        brand = context["settings"]["core"]["BrandSettings"]
    except Exception:  # no settings context processor (e.g. error pages)
        brand = None
    language = translation.get_language() or settings.LANGUAGE_CODE
    canonical = _canonical(context, page, request)
    is_article = isinstance(page, ArticlePage)
    home = chrome.get("home")
    image = _share_image(page, request, brand, home.specific if home else None)
    organization = _organization(chrome, request, brand)
    site_name = (
        getattr(home.specific, "site_name", "") if home is not None else ""
    ) or "Hejnał"
    graph = [organization] if organization else []
    crumbs = _breadcrumbs(chrome, page, request)
    if crumbs:
        graph.append(crumbs)
    if is_article:
        graph.append(_article(context, page, canonical, image, organization))
    links = chrome.get("languages") or []
    alternates = [
        OG_LOCALES.get(link.code, link.code)
        for link in links
        if link.is_translation and link.code != language
    ]
    return {
        "canonical": canonical,
        "hreflang": _head_alternates(page, request, links, canonical, language),
        "title": page.seo_title or page.title,
        "description": _description(page),
        "type": "article" if is_article else "website",
        "site_name": site_name,
        "locale": OG_LOCALES.get(language, language),
        "locale_alternates": alternates,
        "image": image,
        "published": _iso(page.first_published_at) if is_article else None,
        "modified": _iso(page.last_published_at) if is_article else None,
        "section": getattr(context.get("category"), "title", "") if is_article else "",
        "tags": [t.name for t in context.get("topic_list") or []] if is_article else [],
        "json_ld": json_ld({"@context": "https://schema.org", "@graph": graph})
        if graph
        else "",
    }
