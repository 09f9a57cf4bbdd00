"""What a change of visibility purges, and the "See also" it recomputes.

Setting, changing or removing a view restriction, unpublishing, expiry,
deletion and a move into a restricted section each purge the page, its lists,
feeds and the sitemap, and every page that links to it: a curated "See also"
link, an automatic one, a home page block (Wagtail's reference index). The
automatic "See also" lists that pointed at it are computed again.
"""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)

from hejnal.caching.tests.conftest import banned, purged
from hejnal.conftest import add_article
from hejnal.news.factories import NewsCategoryPageFactory, publish
from hejnal.news.models import ArticleRelatedLink, AutomaticRelatedLink

pytestmark = pytest.mark.django_db

HIDDEN = (
    "Airship hangar at the old aerodrome becomes a zeppelin museum",
    [
        "The airship hangar by the aerodrome keeps two zeppelin gondolas.",
        "Zeppelin models, airship engines and hangar doors from the aerodrome.",
    ],
)
SIMILAR = (
    "Zeppelin gondolas return to the aerodrome hangar",
    [
        "Restorers bring zeppelin gondolas back to the airship hangar.",
        "The aerodrome hangar will show airship engines and zeppelin parts.",
    ],
)


def feeds(language, category_slug):
    with translation.override(language):
        return {
            reverse("news_feed_rss"),
            reverse("news_feed_atom"),
            reverse("category_feed_rss", kwargs={"category": category_slug}),
            reverse("category_feed_atom", kwargs={"category": category_slug}),
        }


def points_at(article, page):
    return AutomaticRelatedLink.objects.filter(article=article, related=page).exists()


@pytest.fixture
def linked(homes, categories):
    """A page (in a section of its own) linked from everywhere a link can be."""
    section = publish(
        NewsCategoryPageFactory(
            parent=homes["en"], title="Aviation heritage", slug="aviation-heritage"
        )
    )
    hidden = add_article(section, HIDDEN[0], body=HIDDEN[1])
    similar = add_article(categories["en"][0], SIMILAR[0], body=SIMILAR[1])
    assert points_at(similar, hidden), "the similar article's See also shows it"
    curating = add_article(categories["de"][0], "Luftschiffe in Breslau")
    ArticleRelatedLink.objects.create(article=curating, link_page=hidden, sort_order=0)
    home = homes["de"]
    home.featured = [("page", hidden)]
    home.save_revision().publish()  # recorded in Wagtail's reference index
    return {
        "section": section,
        "hidden": hidden,
        "similar": similar,
        "curating": curating,
        "home": home,
    }


def linkers(linked):
    return {
        linked["similar"].url,
        linked["curating"].url,
        linked["home"].url,
    }


def own_urls(linked, homes):
    hidden, section = linked["hidden"], linked["section"]
    return {
        hidden.url,
        section.url,
        homes["en"].url,
        "/sitemap.xml",
        *feeds("en", section.slug),
    }


def test_setting_a_password_purges_the_page_its_lists_and_every_page_linking_it(
    linked, homes, cache_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=linked["hidden"],
            restriction_type=PageViewRestriction.PASSWORD,
            password="hangar",
        )
    assert own_urls(linked, homes) | linkers(linked) <= purged(cache_server)
    assert not points_at(linked["similar"], linked["hidden"]), "recomputed without it"
    # Search results (any query string) and the APIs of every language.
    assert {f"/{language}/search/" for language in homes} <= purged(cache_server)
    assert "/api/" in banned(cache_server)


def test_removing_the_restriction_purges_again_and_brings_the_link_back(
    linked, homes, cache_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=linked["hidden"], restriction_type=PageViewRestriction.LOGIN
        )
    assert not points_at(linked["similar"], linked["hidden"])
    cache_server.received.clear()
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert own_urls(linked, homes) | {linked["similar"].url} <= purged(cache_server)
    assert points_at(linked["similar"], linked["hidden"]), "recomputed with it again"


def test_changing_a_restriction_purges_the_page(
    linked, cache_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=linked["hidden"], restriction_type=PageViewRestriction.LOGIN
        )
    cache_server.received.clear()
    with django_capture_on_commit_callbacks(execute=True):
        restriction.restriction_type = PageViewRestriction.PASSWORD
        restriction.password = "hangar"
        restriction.save()
    assert linked["hidden"].url in purged(cache_server)


def test_restricting_a_section_bans_its_language_and_purges_pages_linking_into_it(
    linked, homes, cache_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=linked["section"], restriction_type=PageViewRestriction.LOGIN
        )
    assert homes["en"].url in banned(cache_server)
    # Pages of other languages that link into the section are outside that tree.
    assert {linked["curating"].url, linked["home"].url} <= purged(cache_server)
    assert not points_at(linked["similar"], linked["hidden"])


def test_unpublishing_purges_every_page_linking_it_and_recomputes_see_also(
    linked, homes, cache_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        linked["hidden"].unpublish()
    assert own_urls(linked, homes) | linkers(linked) <= purged(cache_server)
    assert not points_at(linked["similar"], linked["hidden"])


def test_expiry_purges_every_page_linking_it(
    linked, cache_server, django_capture_on_commit_callbacks
):
    hidden = linked["hidden"]
    hidden.expire_at = timezone.now() - datetime.timedelta(seconds=1)
    hidden.save(update_fields=["expire_at"])
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled", verbosity=0)
    assert linkers(linked) | {hidden.url} <= purged(cache_server)
    assert not points_at(linked["similar"], hidden)


def test_deleting_purges_every_page_that_linked_to_it(
    linked, homes, cache_server, django_capture_on_commit_callbacks
):
    expected = own_urls(linked, homes) | linkers(linked)
    with django_capture_on_commit_callbacks(execute=True):
        linked["hidden"].delete()
    assert expected <= purged(cache_server)


def test_moving_into_a_restricted_section_purges_every_page_linking_it(
    linked, categories, cache_server, django_capture_on_commit_callbacks
):
    private = categories["en"][1]
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.LOGIN
        )
    cache_server.received.clear()
    with django_capture_on_commit_callbacks(execute=True):
        linked["hidden"].move(private, pos="last-child")
    assert linkers(linked) <= purged(cache_server)
    assert not points_at(linked["similar"], linked["hidden"])


def test_moving_out_of_a_restricted_section_brings_the_link_back(
    linked, categories, cache_server, django_capture_on_commit_callbacks
):
    private = categories["en"][1]
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.LOGIN
        )
    with django_capture_on_commit_callbacks(execute=True):
        linked["hidden"].move(private, pos="last-child")
    assert not points_at(linked["similar"], linked["hidden"])
    cache_server.received.clear()
    hidden, section = (Page.objects.get(pk=linked[k].pk) for k in ("hidden", "section"))
    with django_capture_on_commit_callbacks(execute=True):
        hidden.move(section, pos="last-child")
    assert points_at(linked["similar"], linked["hidden"])
    assert linked["similar"].url in purged(cache_server)


def test_beyond_the_bound_the_links_to_the_hidden_page_are_dropped(
    linked, monkeypatch, django_capture_on_commit_callbacks
):
    """Articles past ``MAX_REFRESHED`` wait for their next refresh, without
    the hidden page."""
    from hejnal.caching import visibility_changes

    monkeypatch.setattr(visibility_changes, "MAX_REFRESHED", 0)
    similar = linked["similar"]
    others = similar.automatic_related.exclude(related=linked["hidden"]).count()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=linked["section"], restriction_type=PageViewRestriction.LOGIN
        )
    assert not points_at(similar, linked["hidden"])
    assert similar.automatic_related.count() == others, "the rest stay as they were"


def test_a_collection_restriction_bans_the_whole_site(
    cache_server, django_capture_on_commit_callbacks
):
    collection = Collection.get_first_root_node().add_child(name="Consular files")
    with django_capture_on_commit_callbacks(execute=True):
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    assert banned(cache_server) == {"/"}
    cache_server.received.clear()
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert banned(cache_server) == {"/"}
