"""Chrome shared between requests changes the moment the content does."""

import pytest
from django.test import RequestFactory, override_settings
from wagtail.models import Page

from hejnal.core import navigation, shared_cache
from hejnal.core.models import BrandSettings, ContentChange
from hejnal.news.factories import publish
from hejnal.pages.models import SectionPage


def menu_html(client, url):
    html = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    return html[
        html.index('id="main-nav-list"') : html.index(
            "</nav>", html.index('id="main-nav-list"')
        )
    ]


@pytest.fixture
def english(homes):
    return homes["en"]


@pytest.mark.django_db
def test_a_section_published_into_the_menu_shows_on_the_next_view(client, english):
    assert "Harbour twinning" not in menu_html(client, english.url)  # warm
    section = SectionPage(title="Harbour twinning", slug="harbour", show_in_menus=True)
    english.add_child(instance=section)
    publish(section)
    assert "Harbour twinning" in menu_html(client, english.url)

    section.title = "Port twinning"
    publish(section)
    html = menu_html(client, english.url)
    assert "Port twinning" in html and "Harbour twinning" not in html

    section.unpublish()
    assert "Port twinning" not in menu_html(client, english.url)


@pytest.mark.django_db
def test_moving_a_menu_page_away_takes_it_out_of_this_languages_menu(client, homes):
    moved = Page.objects.child_of(homes["en"]).live().filter(show_in_menus=True).first()
    assert moved.title in menu_html(client, homes["en"].url)
    moved.move(homes["de"], pos="last-child")
    assert f">{moved.title}<" not in menu_html(client, homes["en"].url)


def footer_html(client, url):
    html = client.get(url).content.decode()
    return html[html.index('<footer class="site-footer">') :]


@pytest.mark.django_db
def test_footer_follows_the_brand_settings(client, english):
    brand = BrandSettings.objects.get()
    assert brand.privacy_page_id
    assert "Privacy policy" in footer_html(client, english.url)
    brand.privacy_page = None
    brand.save()
    assert "Privacy policy" not in footer_html(client, english.url)


@pytest.mark.django_db
def test_a_change_noted_by_another_process_is_seen_without_any_signal(client, english):
    """Another process's cache is not this one's: the token is in the database."""
    item = Page.objects.child_of(english).live().filter(show_in_menus=True).first()
    assert item.title in menu_html(client, english.url)
    # What another process's edit leaves behind: new rows, no signal here.
    Page.objects.filter(pk=item.pk).update(title="Renamed elsewhere")
    ContentChange.objects.create(token="another-process")
    assert "Renamed elsewhere" in menu_html(client, english.url)


@pytest.mark.django_db
@override_settings(
    CACHES={
        "default": {
            # As in production (settings/base.py): Redis errors are ignored.
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens here
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }
)
def test_pages_render_when_the_cache_is_unreachable(client, english, article):
    for url in (english.url, article.url):
        response = client.get(url)
        assert response.status_code == 200
        assert b'id="main-nav-list"' in response.content


@pytest.mark.django_db
def test_previews_are_never_shared(english):
    request = RequestFactory().get("/")
    request.is_preview = True
    calls = []
    for _ in range(2):
        shared_cache.remember(request, ("x",), lambda: calls.append(1))
    assert len(calls) == 2
    reader = RequestFactory().get("/")
    for _ in range(2):
        shared_cache.remember(reader, ("x",), lambda: calls.append(1))
    assert len(calls) == 3


@pytest.mark.django_db
def test_a_rolled_back_change_leaves_no_version_behind(english):
    from django.db import transaction

    before = shared_cache.content_version(RequestFactory().get("/"))
    with pytest.raises(RuntimeError), transaction.atomic():
        shared_cache.note_change()
        raise RuntimeError
    assert shared_cache.content_version(RequestFactory().get("/")) == before
    assert navigation.language_homes(RequestFactory().get("/"))["en"].pk == english.pk


def text_of(client, url):
    return client.get(url).content.decode()


@pytest.mark.django_db
def test_a_new_article_heads_its_category_and_home_at_once(client, homes):
    import datetime

    from hejnal.news.factories import ArticlePageFactory
    from hejnal.news.models import NewsCategoryPage

    category = NewsCategoryPage.objects.live().filter(locale__language_code="en")[0]
    home = homes["en"]
    newest = category.articles().first()
    for url in (category.url, f"{category.url}?page=2", home.url):
        assert "Tram line to the twin city" not in text_of(client, url)  # warm
    article = ArticlePageFactory(
        parent=category,
        title="Tram line to the twin city",
        slug="tram-line-twin-city",
        date=newest.date + datetime.timedelta(days=1),
    )
    publish(article)
    assert "Tram line to the twin city" in text_of(client, category.url)
    assert "Tram line to the twin city" in text_of(client, home.url)
    article.unpublish()
    assert "Tram line to the twin city" not in text_of(client, category.url)
    assert "Tram line to the twin city" not in text_of(client, home.url)


@pytest.mark.django_db
def test_a_new_year_in_the_year_filter_appears_at_once(client):
    import datetime

    from hejnal.news.factories import ArticlePageFactory
    from hejnal.news.models import NewsCategoryPage

    category = NewsCategoryPage.objects.live().filter(locale__language_code="de")[0]
    assert client.get(f"{category.url}?year=1999").status_code == 404  # warm
    publish(
        ArticlePageFactory(
            parent=category,
            title="Archiv 1999",
            slug="archiv-1999",
            date=datetime.date(1999, 5, 1),
        )
    )
    response = client.get(f"{category.url}?year=1999")
    assert response.status_code == 200
    assert "Archiv 1999" in response.content.decode()


@pytest.mark.django_db
def test_a_national_day_moved_into_the_next_days_shows_on_the_home_at_once(
    client, homes
):
    from django.utils import timezone

    from hejnal.directory.models import NationalDay

    home = homes["en"]
    today = timezone.localdate()
    soon = today + datetime_days(3)
    # Two months ago: its next occurrence is ten months away, far outside the
    # home's upcoming window, whatever today's date.
    far = today - datetime_days(60)
    if (far.month, far.day) == (2, 29):  # not every year has one
        far -= datetime_days(1)
    day = NationalDay.objects.filter(locale=home.locale, rule="fixed")[0]
    day.name = "Founding Day of Somewhere"
    day.month, day.day = far.month, far.day
    day.save()
    assert "Founding Day of Somewhere" not in text_of(client, home.url)  # warm
    day.month, day.day = soon.month, soon.day
    day.save()
    assert "Founding Day of Somewhere" in text_of(client, home.url)


def datetime_days(n):
    import datetime

    return datetime.timedelta(days=n)
