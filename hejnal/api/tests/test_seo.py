"""Sitemap with hreflang alternates and an index, canonical URLs, sharing tags,
and JSON-LD that no page content can break out of."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from hejnal.api import seo
from hejnal.news.models import ArticlePage

pytestmark = pytest.mark.django_db

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def sitemap(client, query=""):
    response = client.get(f"/sitemap.xml{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def live_public_pages():
    return Page.objects.live().public().filter(depth__gte=2)


def locations(root):
    return [url.find(f"{SM}loc").text for url in root.findall(f"{SM}url")]


def test_sitemap_lists_every_live_public_page_of_every_language(client, homes):
    root = sitemap(client)
    assert root.tag == f"{SM}urlset"
    locs = locations(root)
    assert len(locs) == len(set(locs)) == live_public_pages().count()
    for language in ("pl", "en", "de", "uk", "ar"):
        assert f"http://testserver/{language}/" in locs
    assert all(loc.startswith("http://testserver/") for loc in locs)
    for url in root.findall(f"{SM}url"):
        lastmod = url.find(f"{SM}lastmod")
        assert lastmod is None or re.match(r"^\d{4}-\d{2}-\d{2}T", lastmod.text)


def test_translated_pages_carry_hreflang_alternates_and_x_default(client, homes):
    root = sitemap(client)
    by_loc = {url.find(f"{SM}loc").text: url for url in root.findall(f"{SM}url")}
    english_home = by_loc["http://testserver/en/"]
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in english_home.findall(f"{XHTML}link")
    }
    translations = homes["en"].get_translations(inclusive=True).live()
    expected = {page.locale.language_code for page in translations}
    if len(expected) < 2:
        pytest.skip("the demo homes are not linked as translations")
    assert set(alternates) == expected | {"x-default"}
    assert alternates["x-default"] == "http://testserver/pl/"
    assert alternates["en"] == "http://testserver/en/"


def test_private_and_unpublished_pages_stay_out_of_the_sitemap(client):
    articles = ArticlePage.objects.live().filter(locale__language_code="en")
    private, gone = articles[0], articles[1]
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    gone.unpublish()
    locs = locations(sitemap(client))
    assert f"http://testserver{private.url}" not in locs
    assert not any(loc.endswith(gone.url_path.split("/", 2)[-1]) for loc in locs)


def test_sitemap_becomes_an_index_past_the_limit(client, monkeypatch):
    monkeypatch.setattr(seo, "SITEMAP_LIMIT", 250)
    total = live_public_pages().count()
    index = sitemap(client)
    assert index.tag == f"{SM}sitemapindex"
    pages = [item.find(f"{SM}loc").text for item in index.findall(f"{SM}sitemap")]
    assert len(pages) == -(-total // 250) > 1
    seen = []
    for location in pages:
        assert location.startswith("http://testserver/sitemap.xml?p=")
        part = sitemap(client, location.removeprefix("http://testserver/sitemap.xml"))
        assert part.tag == f"{SM}urlset"
        assert len(part.findall(f"{SM}url")) <= 250
        seen.extend(locations(part))
    assert len(seen) == len(set(seen)) == total


@pytest.mark.parametrize("query", ["?p=0", "?p=abc", "?p=99999", "?p=-1"])
def test_bad_sitemap_page_is_404(client, query):
    assert client.get(f"/sitemap.xml{query}").status_code == 404


def test_sitemap_queries_do_not_grow_with_pages(client):
    with CaptureQueriesContext(connection) as captured:
        sitemap(client)
    # 10 on a first view: the language homes are shared between requests (one
    # query reads the content version, hejnal.core.shared_cache, one the
    # locales), and so is the request's site (hejnal.core.site_lookup).
    assert len(captured) <= 10


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").head


def meta(head, name):
    tag = head.find("meta", attrs={"property": name}) or head.find(
        "meta", attrs={"name": name}
    )
    return tag["content"] if tag else None


def graph_of(head):
    script = head.find("script", attrs={"type": "application/ld+json"})
    data = json.loads(script.string)
    assert data["@context"] == "https://schema.org"
    return {node["@type"]: node for node in data["@graph"]}


@pytest.fixture
def hero_article(db):
    return (
        ArticlePage.objects.live()
        .filter(locale__language_code="en", hero_image__isnull=False)
        .first()
    )


def test_article_head_has_canonical_open_graph_twitter_and_json_ld(
    client, hero_article
):
    head = head_of(client, hero_article.url)
    canonical = f"http://testserver{hero_article.url}"
    assert head.find("link", rel="canonical")["href"] == canonical
    assert meta(head, "og:type") == "article"
    assert meta(head, "og:title") == hero_article.title
    assert meta(head, "og:url") == canonical
    assert meta(head, "og:locale") == "en_GB"
    assert meta(head, "og:image").startswith("http://testserver/")
    assert meta(head, "og:image:width") == "1200"
    assert meta(head, "og:image:height") == "630"
    assert meta(head, "twitter:card") == "summary_large_image"
    assert meta(head, "article:published_time")

    graph = graph_of(head)
    assert set(graph) == {"GovernmentOrganization", "BreadcrumbList", "NewsArticle"}
    article = graph["NewsArticle"]
    assert article["headline"] == hero_article.title[:110]
    assert article["inLanguage"] == "en"
    assert article["mainEntityOfPage"] == canonical
    assert article["image"] == [meta(head, "og:image")]
    assert article["publisher"] == {"@id": graph["GovernmentOrganization"]["@id"]}
    assert article["articleSection"] == hero_article.get_parent().title
    crumbs = graph["BreadcrumbList"]["itemListElement"]
    assert [c["position"] for c in crumbs] == list(range(1, len(crumbs) + 1))
    assert crumbs[0]["item"] == "http://testserver/en/"
    assert crumbs[-1]["item"] == canonical


def test_json_ld_cannot_be_broken_out_of(client, hero_article, admin_user):
    hostile = '</script><script>alert("x")</script> & <!--'
    hero_article.title = f"Title {hostile}"
    hero_article.lead = f"Lead {hostile}"
    hero_article.save_revision(user=admin_user).publish(user=admin_user)
    html = client.get(hero_article.url).content.decode()
    start = html.index('<script type="application/ld+json">')
    block = html[start : html.index("</script>", start)]
    assert "<" not in block.split(">", 1)[1]
    assert "&" not in block.split(">", 1)[1]
    graph = graph_of(BeautifulSoup(html, "html.parser").head)
    assert graph["NewsArticle"]["headline"].startswith("Title </script>")
    assert graph["NewsArticle"]["description"] == f"Lead {hostile}"


def test_home_is_a_website_with_the_organization(client, homes):
    head = head_of(client, homes["de"].url)
    assert meta(head, "og:type") == "website"
    assert head.find("link", rel="canonical")["href"] == "http://testserver/de/"
    graph = graph_of(head)
    assert set(graph) == {"GovernmentOrganization"}
    organization = graph["GovernmentOrganization"]
    assert organization["url"] == "http://testserver/de/"
    assert organization["name"] == homes["de"].site_name
    assert meta(head, "og:site_name") == homes["de"].site_name


def test_paginated_list_has_its_own_canonical(client, categories):
    category = max(categories["en"], key=lambda c: c.articles().count())
    head = head_of(client, f"{category.url}?page=2&utm_source=x")
    canonical = head.find("link", rel="canonical")["href"]
    assert canonical == f"http://testserver{category.url}?page=2"


def test_pages_without_a_page_object_render_without_seo_tags(client):
    response = client.get("/en/no-such-page-anywhere/")
    assert response.status_code == 404
    assert b'rel="canonical"' not in response.content
