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

from .helpers import member_of, refused, user


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


# Translating through the admin, inside the translator's language trees.


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=(page.pk,))


def locale(code):
    return Locale.objects.get(language_code=code)


def translations_of(page):
    return Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)


@pytest.mark.django_db
def test_every_editorial_group_may_submit_translations():
    from django.contrib.auth.models import Group

    for group in Group.objects.filter(
        name__regex=r"^(Editors|Moderators) \(|^Administrators$"
    ):
        assert group.permissions.filter(codename="submit_translation").exists(), group


@pytest.mark.django_db
def test_migration_gives_existing_groups_the_translation_permission():
    from django.contrib.auth.models import Group, Permission
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    from hejnal.editorial.roles import sync_from_migration

    permission = Permission.objects.get(codename="submit_translation")
    group = Group.objects.get(name="Editors (de)")
    group.permissions.remove(permission)
    state = MigrationExecutor(connection).loader.project_state(
        ("editorial", "0004_submit_translation_permission")
    )
    sync_from_migration(state.apps, None)
    assert group.permissions.filter(pk=permission.pk).exists()


@pytest.mark.django_db
def test_editor_of_two_languages_translates_into_the_other_as_a_draft(
    client, django_capture_on_commit_callbacks
):
    article = untranslated_polish_article()
    client.force_login(member_of("editor_pl_en", "Editors (pl)", "Editors (en)"))
    response = client.get(submit_url(article))
    assert response.status_code == 200
    offered = set(response.context["form"].fields["locales"].queryset)
    assert offered == {locale("en")}

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(submit_url(article), {"locales": [locale("en").pk]})
    assert response.status_code == 302
    english = ArticlePage.objects.get(
        translation_key=article.translation_key, locale=locale("en")
    )
    assert english.get_ancestors().filter(depth=2).get().locale == locale("en")
    assert response["Location"] == reverse(
        "wagtailadmin_pages:edit", args=(english.pk,)
    )
    # The editor may not publish in English: the copy waits for review.
    assert not english.live
    assert english.get_latest_revision().user.username == "editor_pl_en"


@pytest.mark.django_db
def test_moderator_of_the_target_language_gets_wagtail_localizes_live_copy(
    client, django_capture_on_commit_callbacks
):
    article = untranslated_polish_article()
    client.force_login(member_of("mod_pl_en", "Moderators (pl)", "Moderators (en)"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(submit_url(article), {"locales": [locale("en").pk]})
    assert response.status_code == 302
    english = ArticlePage.objects.get(
        translation_key=article.translation_key, locale=locale("en")
    )
    assert english.live


@pytest.mark.django_db
def test_editor_without_the_target_language_cannot_translate_into_it(client):
    article = untranslated_polish_article()
    before = translations_of(article).count()
    client.force_login(user("editor_pl"))
    assert refused(client.get(submit_url(article)))
    response = client.post(submit_url(article), {"locales": [locale("en").pk]})
    assert refused(response)
    assert translations_of(article).count() == before


@pytest.mark.django_db
def test_two_language_editor_cannot_add_a_third_language(client):
    article = untranslated_polish_article()
    before = translations_of(article).count()
    client.force_login(member_of("editor_pl_en", "Editors (pl)", "Editors (en)"))
    response = client.post(
        submit_url(article), {"locales": [locale("en").pk, locale("de").pk]}
    )
    assert refused(response)
    assert translations_of(article).count() == before


@pytest.mark.django_db
def test_editor_cannot_translate_a_page_of_another_language_into_their_own(client):
    article = untranslated_polish_article()
    client.force_login(user("editor_en"))
    response = client.post(submit_url(article), {"locales": [locale("en").pk]})
    assert refused(response)
    assert not translations_of(article).filter(locale=locale("en")).exists()


@pytest.mark.django_db
def test_subpages_are_translated_only_where_the_user_may_publish(client, homes):
    from hejnal.news.factories import (
        ArticlePageFactory,
        NewsCategoryPageFactory,
        publish,
    )

    category = publish(
        NewsCategoryPageFactory(parent=homes["pl"], title="Nowa", slug="nowa")
    )
    publish(ArticlePageFactory(parent=category, title="Artykuł"))
    client.force_login(member_of("editor_pl_en", "Editors (pl)", "Editors (en)"))
    response = client.post(
        submit_url(category), {"locales": [locale("en").pk], "include_subtree": "on"}
    )
    assert response.status_code == 200
    assert "include_subtree" in response.context["form"].errors
    assert not translations_of(category).exists()


@pytest.mark.django_db
def test_sync_needs_edit_rights_on_every_translation(
    client, admin_user, django_capture_on_commit_callbacks
):
    article = untranslated_polish_article()
    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(admin_user, [locale("en")]).create_translations(article)
    source = TranslationSource.objects.get(
        object_id=article.translation_key, locale=article.locale
    )
    url = reverse("wagtail_localize:update_translations", args=(source.pk,))
    client.force_login(member_of("editor_pl_en", "Editors (pl)", "Editors (en)"))
    assert client.get(url).status_code == 200
    # Publishing the synced translation needs publish rights in English.
    assert refused(client.post(url, {"publish_translations": "on"}))

    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(admin_user, [locale("de")]).create_translations(article)
    german = ArticlePage.objects.get(
        translation_key=article.translation_key, locale=locale("de")
    )
    revision = german.latest_revision_id
    assert refused(client.get(url))
    assert refused(client.post(url, {}))
    german.refresh_from_db()
    assert german.latest_revision_id == revision
