"""English versions of Polish articles with wagtail-localize, and stale notices."""

import json

import polib
import pytest
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from hejnal.editorial.translation_status import outdated_source
from hejnal.news.models import ArticlePage


def untranslated_polish_article():
    english_keys = Page.objects.filter(locale__language_code="en").values(
        "translation_key"
    )
    return (
        ArticlePage.objects.live()
        .filter(locale__language_code="pl")
        .exclude(translation_key__in=english_keys)
        .order_by("pk")
        .first()
    )


@pytest.fixture
def translate_to_english(admin_user, django_capture_on_commit_callbacks):
    def translate(article):
        with django_capture_on_commit_callbacks(execute=True):
            _translate(admin_user, article)
        return ArticlePage.objects.get(
            translation_key=article.translation_key, locale__language_code="en"
        )

    return translate


def _translate(admin_user, article):
    """Create the English page, translate every segment by PO file, publish."""
    english = Locale.objects.get(language_code="en")
    TranslationCreator(admin_user, [english]).create_translations(article)
    translation = Translation.objects.get(
        source__object_id=article.translation_key, target_locale=english
    )
    po = polib.pofile(str(translation.export_po()))
    for entry in po:
        entry.msgstr = f"[en] {entry.msgid}"
    translation.import_po(po)
    translation.save_target(user=admin_user, publish=True)


def republish(page, **changes):
    page = ArticlePage.objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_english_version_is_created_and_translated_by_po_file(
    translate_to_english,
):
    article = untranslated_polish_article()
    english = translate_to_english(article)
    assert english.live
    assert english.title == f"[en] {article.title}"
    assert english.get_parent().locale.language_code == "en"
    assert outdated_source(english) is None


@pytest.mark.django_db
def test_admin_view_creates_the_translation(client, admin_user):
    article = untranslated_polish_article()
    client.force_login(admin_user)
    english = Locale.objects.get(language_code="en")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=(article.pk,)),
        {"locales": [english.pk]},
    )
    assert response.status_code == 302
    assert ArticlePage.objects.filter(
        translation_key=article.translation_key, locale=english
    ).exists()


@pytest.mark.django_db
def test_changed_source_shows_readers_a_notice_until_synced(
    client, translate_to_english
):
    article = untranslated_polish_article()
    english = translate_to_english(article)
    response = client.get(english.url)
    assert "This translation may be out of date" not in response.content.decode()

    republish(article, title="Nowy tytuł źródła")
    assert outdated_source(english).pk == article.pk
    content = client.get(english.url).content.decode()
    assert "This translation may be out of date" in content
    assert f'href="{Page.objects.get(pk=article.pk).url}"' in content

    source = TranslationSource.objects.get(
        object_id=article.translation_key, locale=article.locale
    )
    source.update_from_db()
    assert json.loads(source.content_json)["title"] == "Nowy tytuł źródła"
    assert outdated_source(english) is None
    content = client.get(english.url).content.decode()
    assert "This translation may be out of date" not in content


@pytest.mark.django_db
def test_source_articles_show_no_notice(client):
    article = untranslated_polish_article()
    assert outdated_source(article) is None
    content = client.get(article.url).content.decode()
    assert "translation-notice" not in content


@pytest.mark.django_db
def test_notice_check_costs_one_query_for_originals_two_for_translations(
    translate_to_english, django_assert_num_queries
):
    article = untranslated_polish_article()
    english = translate_to_english(article)
    with django_assert_num_queries(1):
        outdated_source(article)
    with django_assert_num_queries(2):
        outdated_source(english)
