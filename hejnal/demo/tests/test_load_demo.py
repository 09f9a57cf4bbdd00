import pytest
from django.core.management import call_command
from wagtail.models import Page

from hejnal.core.models import PublicationEvent
from hejnal.demo import share_image
from hejnal.demo.loader import articles_per_language
from hejnal.images.models import CityImage
from hejnal.news.models import ArticlePage, NewsCategoryPage
from hejnal.pages.models import AccessibilityStatementPage, HomePage, StandardPage


def snapshot():
    return {
        "pages": Page.objects.count(),
        "articles": ArticlePage.objects.count(),
        "images": CityImage.objects.count(),
        "events": PublicationEvent.objects.count(),
    }


@pytest.mark.django_db
def test_running_load_demo_again_changes_nothing(capsys):
    before = snapshot()
    call_command("load_demo", articles=240, verbosity=1)
    assert snapshot() == before
    assert "Nothing new" in capsys.readouterr().out


@pytest.mark.django_db
def test_larger_articles_adds_only_the_missing_ones():
    before = ArticlePage.objects.count()
    call_command("load_demo", articles=300, verbosity=0)
    assert ArticlePage.objects.count() == 300 > before
    slugs = list(ArticlePage.objects.values_list("path", flat=True))
    assert len(slugs) == len(set(slugs))
    # The tree stays consistent: every parent's numchild is right.
    for category in NewsCategoryPage.objects.all():
        assert category.numchild == category.get_children().count()


def test_default_volume_meets_the_demo_minimums():
    counts = articles_per_language(300)
    assert sum(counts.values()) == 300
    assert all(counts[code] >= 60 for code in ("pl", "en", "de", "uk"))
    assert 0 < counts["ar"] < counts["pl"]


@pytest.mark.django_db
def test_demo_site_has_every_language_and_its_pages():
    assert HomePage.objects.live().count() == 5
    for code in ("pl", "en", "de", "uk", "ar"):
        standalone = [
            model.objects.live().filter(locale__language_code=code).count()
            for model in (StandardPage, AccessibilityStatementPage)
        ]
        assert sum(standalone) >= 5 and standalone[1] == 1
        categories = NewsCategoryPage.objects.filter(locale__language_code=code)
        assert categories.count() >= 3
    for image in CityImage.objects.exclude(title=share_image.TITLE):
        assert image.description and image.width == 1600
    share = CityImage.objects.get(title=share_image.TITLE)
    assert share.description and (share.width, share.height) == (1200, 630)
    for home in HomePage.objects.live().specific():
        assert home.share_image_alt == share_image.ALTS[home.locale.language_code]


@pytest.mark.django_db
def test_bulk_created_articles_are_editable_and_publishable(admin_user):
    article = ArticlePage.objects.live().first()
    article.title = "Edited in the admin"
    article.save_revision(user=admin_user).publish(user=admin_user)
    article.refresh_from_db()
    assert article.title == "Edited in the admin"
    assert Page.find_problems() == ([], [], [], [], [])
