"""Editors create, preview, draft, schedule and publish in the Wagtail admin."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from hejnal.core.models import PublicationEvent
from hejnal.news.models import ArticlePage, NewsCategoryPage
from hejnal.pages.models import HomePage, SectionPage, StandardPage


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def article_form(**overrides):
    data = {
        "title": "Delegacja z Lipska w Krakowie",
        "slug": "delegacja-z-lipska",
        "date": "2026-11-20",
        "lead": "Przedstawiciele Lipska rozmawiali o wymianie młodzieży.",
        "hero_image_alt": "",
        "body": streamfield(
            [("paragraph", rich_text("<p>Spotkanie w Pałacu Wielopolskich.</p>"))]
        ),
        "related_links": inline_formset([]),
        "prepared_by": "",
        "change_summary": "Pierwsza wersja",
        "topics": [],
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "model,parent_model",
    [
        (ArticlePage, NewsCategoryPage),
        (StandardPage, SectionPage),
        (SectionPage, HomePage),
        (NewsCategoryPage, HomePage),
    ],
    ids=lambda m: getattr(m, "__name__", m),
)
def test_add_form_opens_for_every_page_type(admin_client, model, parent_model):
    parent = parent_model.objects.filter(locale__language_code="en").first()
    url = reverse(
        "wagtailadmin_pages:add",
        args=(model._meta.app_label, model._meta.model_name, parent.pk),
    )
    assert admin_client.get(url).status_code == 200


@pytest.mark.django_db
def test_editor_saves_a_draft_then_publishes(admin_client):
    category = NewsCategoryPage.objects.filter(locale__language_code="pl").first()
    url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", category.pk))
    response = admin_client.post(url, article_form())
    assert response.status_code == 302, response.context["form"].errors
    article = ArticlePage.objects.get(slug="delegacja-z-lipska")
    assert not article.live

    edit = reverse("wagtailadmin_pages:edit", args=(article.pk,))
    response = admin_client.post(edit, article_form(**{"action-publish": "publish"}))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.live
    event = PublicationEvent.objects.get(page=article)
    assert event.summary == "Pierwsza wersja"
    assert event.user_name == "Anna Administratorka"


def notices(response):
    """The admin's messages after a request, as (level, text)."""
    return [(m.level_tag, str(m)) for m in response.context["messages"]]


@pytest.mark.django_db
def test_save_draft_reports_what_happened(client):
    """A saved draft is reported as saved; a refused one as refused, and then
    nothing is saved (an editor of the demo's English team)."""
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="editor_en"))
    category = NewsCategoryPage.objects.filter(locale__language_code="en").first()
    url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", category.pk))

    response = client.post(url, article_form(slug="drafted"), follow=True)
    assert [level for level, _text in notices(response)] == ["success"]
    article = ArticlePage.objects.get(slug="drafted", locale=category.locale)
    assert not article.live

    edit = reverse("wagtailadmin_pages:edit", args=(article.pk,))
    response = client.post(
        edit, article_form(slug="drafted", lead="Nowy."), follow=True
    )
    assert [level for level, _text in notices(response)] == ["success"]
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().lead == "Nowy."

    # The same slug again under the same category: refused, nothing saved.
    response = client.post(url, article_form(slug="drafted", title="Drugi"))
    assert response.status_code == 200
    assert [level for level, _text in notices(response)] == ["error"]
    assert not ArticlePage.objects.filter(title="Drugi").exists()


@pytest.mark.django_db
def test_scheduled_article_is_not_live_until_its_time(admin_client):
    category = NewsCategoryPage.objects.filter(locale__language_code="en").first()
    url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", category.pk))
    go_live = timezone.localtime() + datetime.timedelta(days=2)
    response = admin_client.post(
        url,
        article_form(
            slug="scheduled-visit",
            go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
            **{"action-publish": "publish"},
        ),
    )
    assert response.status_code == 302
    article = ArticlePage.objects.get(slug="scheduled-visit")
    assert not article.live
    assert article.revisions.filter(approved_go_live_at__isnull=False).exists()


@pytest.mark.django_db
def test_preview_renders_the_unsaved_article(admin_client):
    category = NewsCategoryPage.objects.filter(locale__language_code="de").first()
    url = reverse(
        "wagtailadmin_pages:preview_on_add", args=("news", "articlepage", category.pk)
    )
    response = admin_client.post(url, article_form(title="Vorschau eines Artikels"))
    assert response.json()["is_valid"]
    response = admin_client.get(url)
    assert "Vorschau eines Artikels" in response.content.decode()


@pytest.mark.django_db
def test_hero_image_without_any_alt_text_is_refused(admin_client):
    from hejnal.images.models import CityImage

    image = CityImage.objects.first()
    CityImage.objects.filter(pk=image.pk).update(description="", is_decorative=False)
    category = NewsCategoryPage.objects.filter(locale__language_code="pl").first()
    url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", category.pk))
    form = article_form(slug="bez-opisu", hero_image=image.pk)
    response = admin_client.post(url, form)
    assert response.status_code == 200
    assert "hero_image_alt" in response.context["form"].errors
    assert not Page.objects.filter(slug="bez-opisu").exists()


@pytest.mark.django_db
def test_topic_choices_are_in_the_articles_language(admin_client):
    article = ArticlePage.objects.filter(locale__language_code="de").first()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(article.pk,)))
    choices = response.context["form"].fields["topics"].queryset
    assert choices.exists()
    assert set(choices.values_list("locale__language_code", flat=True)) == {"de"}
