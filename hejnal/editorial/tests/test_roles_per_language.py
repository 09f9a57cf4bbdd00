"""Topics, files and alert banners stay in the languages of whoever handles them.

Through the real admin views, logged in as the demo users: a topic row belongs
to its language, a file to its language's collection (the root collection is
the shared library administrators keep), and nobody sees another language's
banners anywhere in the admin.
"""

import datetime

import pytest
from django.contrib import messages
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Locale

from hejnal.editorial.models import AlertBanner
from hejnal.images.models import CityImage
from hejnal.news.models import ArticlePage, Topic

from .helpers import user

Document = get_document_model()


def login(client, username):
    client.force_login(user(username))
    return client


def refused(response):
    """403, or a redirect that carries an error message saying why."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and any(
        message.level == messages.ERROR
        for message in messages.get_messages(response.wsgi_request)
    )


def text(response):
    """The page, or a modal's HTML / an API's data, with its characters unescaped."""
    if response.get("Content-Type", "").startswith("application/json"):
        data = response.json()
        return data["html"] if isinstance(data, dict) and "html" in data else str(data)
    return response.content.decode()


def not_found(response):
    """404; LocaleMiddleware may first redirect it to the /<lang>/ prefixed path."""
    if response.status_code == 302:
        location = response["Location"].partition("?")[0]
        prefix, _sep, rest = location.lstrip("/").partition("/")
        return rest == response.request["PATH_INFO"].lstrip("/") and len(prefix) == 2
    return response.status_code == 404


def topic_in(language):
    return Topic.objects.filter(locale__language_code=language).order_by(
        "pk"
    ).first() or pytest.fail(f"the demo has no {language} topic")


def topic_url(action, topic=None):
    name = f"wagtailsnippets_news_topic:{action}"
    return reverse(name, args=(topic.pk,)) if topic else reverse(name)


def bulk_url(app_label, model_name, action, objects):
    ids = "&".join(f"id={obj.pk}" for obj in objects)
    url = reverse("wagtail_bulk_action", args=(app_label, model_name, action))
    return f"{url}?{ids}&next=/admin/"


# Topics ------------------------------------------------------------------------


@pytest.mark.django_db
def test_english_editor_cannot_open_or_rename_a_polish_topic(client):
    topic = topic_in("pl")
    login(client, "editor_en")
    assert refused(client.get(topic_url("edit", topic)))
    response = client.post(
        topic_url("edit", topic), {"name": "Renamed by en", "slug": topic.slug}
    )
    assert refused(response)
    topic.refresh_from_db()
    assert topic.name != "Renamed by en"


@pytest.mark.django_db
def test_refusal_says_which_language_the_topic_belongs_to(client):
    topic = topic_in("pl")
    login(client, "editor_en")
    response = client.get(topic_url("edit", topic))
    assert response.status_code == 302
    texts = [str(m) for m in messages.get_messages(response.wsgi_request)]
    assert any(topic.name in text for text in texts), texts


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["editor_pl", "administrator"])
def test_polish_editor_and_administrator_rename_a_polish_topic(client, username):
    topic = topic_in("pl")
    login(client, username)
    assert client.get(topic_url("edit", topic)).status_code == 200
    response = client.post(
        topic_url("edit", topic), {"name": "Nowa nazwa", "slug": topic.slug}
    )
    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.name == "Nowa nazwa"


@pytest.mark.django_db
def test_english_moderator_cannot_delete_a_polish_topic(client):
    topic = topic_in("pl")
    login(client, "moderator_en")
    assert refused(client.get(topic_url("delete", topic)))
    assert refused(client.post(topic_url("delete", topic)))
    for action in ("history", "usage", "copy"):
        assert refused(client.get(topic_url(action, topic))), action
    assert Topic.objects.filter(pk=topic.pk).exists()


@pytest.mark.django_db
def test_english_moderator_bulk_deletes_only_english_topics(client):
    polish, english = topic_in("pl"), topic_in("en")
    login(client, "moderator_en")
    url = bulk_url("news", "topic", "delete", [polish, english])
    confirmation = client.get(url)
    assert confirmation.status_code == 200
    assert polish.name not in confirmation.content.decode()
    client.post(url)
    assert Topic.objects.filter(pk=polish.pk).exists()
    assert not Topic.objects.filter(pk=english.pk).exists()


@pytest.mark.django_db
def test_polish_moderator_bulk_deletes_a_polish_topic(client):
    polish = topic_in("pl")
    login(client, "moderator_pl")
    client.post(bulk_url("news", "topic", "delete", [polish]))
    assert not Topic.objects.filter(pk=polish.pk).exists()


@pytest.mark.django_db
def test_english_editor_cannot_add_a_polish_topic(client):
    login(client, "editor_en")
    assert refused(client.get(topic_url("add") + "?locale=pl"))
    response = client.post(
        topic_url("add") + "?locale=pl", {"name": "Obcy temat", "slug": "obcy-temat"}
    )
    assert refused(response)
    assert not Topic.objects.filter(slug="obcy-temat").exists()


@pytest.mark.django_db
def test_english_editor_adds_an_english_topic_by_default(client):
    login(client, "editor_en")
    response = client.post(
        topic_url("add"), {"name": "Harbour days", "slug": "harbour-days"}
    )
    assert response.status_code == 302
    assert Topic.objects.get(slug="harbour-days").locale.language_code == "en"


@pytest.mark.django_db
def test_topic_listing_and_chooser_offer_only_the_editors_languages(client):
    polish, english = topic_in("pl"), topic_in("en")
    login(client, "editor_en")
    listing = client.get(topic_url("list")).content.decode()
    assert english.name in listing
    for locale in ("pl", "en"):
        listing = client.get(topic_url("list") + f"?locale={locale}")
        assert polish.name not in listing.content.decode()
    chooser = client.get(reverse("wagtailsnippetchoosers_news_topic:choose"))
    assert chooser.status_code == 200
    assert english.name in text(chooser)
    assert polish.name not in text(chooser)
    chosen = client.get(
        reverse("wagtailsnippetchoosers_news_topic:chosen", args=(polish.pk,))
    )
    assert not_found(chosen)
    api = client.get(
        reverse("wagtail_localize:snippets_api_listing", args=("news", "topic"))
    )
    assert english.name in text(api)
    assert polish.name not in text(api)


@pytest.mark.django_db
def test_tag_with_topic_offers_only_the_editors_topics(client):
    page = (
        ArticlePage.objects.live().filter(locale__language_code="en").order_by("pk")
    ).first()
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "tag_with_topic"))
    login(client, "editor_en")
    response = client.get(f"{url}?id={page.pk}&next=/admin/")
    offered = set(response.context["form"].fields["topic"].queryset)
    assert topic_in("en") in offered
    assert topic_in("pl") not in offered
    revision = page.latest_revision_id
    client.post(f"{url}?id={page.pk}&next=/admin/", {"topic": topic_in("pl").pk})
    assert ArticlePage.objects.get(pk=page.pk).latest_revision_id == revision


@pytest.mark.django_db
def test_english_editor_cannot_translate_a_topic_into_polish(client):
    english = topic_in("en")
    polish = Locale.objects.get(language_code="pl")
    before = set(Topic.objects.filter(locale=polish).values_list("pk", "name"))
    login(client, "editor_en")
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=("news", "topic", english.pk),
    )
    response = client.post(url, {"locales": [polish.pk]})
    assert refused(response)
    assert set(Topic.objects.filter(locale=polish).values_list("pk", "name")) == before


# Images and documents ----------------------------------------------------------


def language_collection(name):
    """The language's own collection (created by the roles migration)."""
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=name).first()
    return found or root.add_child(name=name)


def polish_image():
    return CityImage.objects.create(
        title="Rynek nocą",
        description="Rynek oświetlony nocą",
        file=get_test_image_file(),
        collection=language_collection("Polski"),
    )


def polish_document():
    return Document.objects.create(
        title="Regulamin konkursu",
        file=ContentFile(b"%PDF-1.4 regulamin", name="regulamin.pdf"),
        collection=language_collection("Polski"),
    )


def image_form(image, **overrides):
    return {
        "title": image.title,
        "description": image.description,
        "collection": image.collection_id,
        "tags": "",
        "credit": "",
        "credit_kind": "photo",
        **overrides,
    }


def document_form(document, **overrides):
    return {
        "title": document.title,
        "collection": document.collection_id,
        "tags": "",
        **overrides,
    }


@pytest.mark.django_db
def test_english_editor_cannot_edit_a_polish_image(client):
    image = polish_image()
    url = reverse("wagtailimages:edit", args=(image.pk,))
    login(client, "editor_en")
    assert refused(client.get(url))
    assert refused(client.post(url, image_form(image, title="Replaced")))
    image.refresh_from_db()
    assert image.title == "Rynek nocą"


@pytest.mark.django_db
def test_english_editor_still_chooses_a_polish_image(client):
    image = polish_image()
    login(client, "editor_en")
    response = client.get(reverse("wagtailimages_chooser:choose"))
    assert response.status_code == 200
    assert image.title in text(response)


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["editor_pl", "administrator"])
def test_polish_editor_and_administrator_edit_a_polish_image(client, username):
    image = polish_image()
    url = reverse("wagtailimages:edit", args=(image.pk,))
    login(client, username)
    assert client.get(url).status_code == 200
    response = client.post(url, image_form(image, title="Rynek o świcie"))
    assert response.status_code == 302, (
        response.context and response.context["form"].errors
    )
    image.refresh_from_db()
    assert image.title == "Rynek o świcie"


@pytest.mark.django_db
def test_english_editor_cannot_edit_or_delete_a_polish_document(client):
    document = polish_document()
    login(client, "editor_en")
    url = reverse("wagtaildocs:edit", args=(document.pk,))
    assert refused(client.get(url))
    assert refused(client.post(url, document_form(document, title="Replaced")))
    assert refused(client.post(reverse("wagtaildocs:delete", args=(document.pk,))))
    client.post(bulk_url("wagtaildocs", "document", "delete", [document]))
    document.refresh_from_db()
    assert document.title == "Regulamin konkursu"


@pytest.mark.django_db
def test_polish_editor_edits_a_polish_document(client):
    document = polish_document()
    login(client, "editor_pl")
    url = reverse("wagtaildocs:edit", args=(document.pk,))
    response = client.post(url, document_form(document, title="Regulamin 2026"))
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Regulamin 2026"


@pytest.mark.django_db
def test_shared_library_is_changed_by_administrators_only(client):
    document = Document.objects.create(
        title="City logo pack",
        file=ContentFile(b"%PDF-1.4 logo", name="logo.pdf"),
        collection=Collection.get_first_root_node(),
    )
    url = reverse("wagtaildocs:edit", args=(document.pk,))
    login(client, "editor_pl")
    assert refused(client.post(url, document_form(document, title="Mine now")))
    login(client, "administrator")
    assert client.post(url, document_form(document, title="Logos")).status_code == 302
    document.refresh_from_db()
    assert document.title == "Logos"


@pytest.mark.django_db
def test_editors_upload_into_their_languages_collection(client):
    login(client, "editor_en")
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": "Visa guide", "file": SimpleUploadedFile("visa.pdf", b"%PDF-1.4")},
    )
    assert response.status_code == 302
    assert Document.objects.get(title="Visa guide").collection.name == "English"


# Alert banners -----------------------------------------------------------------


@pytest.fixture
def future_banners(db):
    starts = timezone.now() + datetime.timedelta(days=3)
    return {
        language: AlertBanner.objects.create(
            message=f"Not yet started in {language}",
            language=language,
            starts_at=starts,
        )
        for language in ("de", "en")
    }


@pytest.mark.django_db
def test_editor_never_sees_a_banner_in_the_bulk_delete_confirmation(
    client, future_banners
):
    login(client, "editor_en")
    url = bulk_url("editorial", "alertbanner", "delete", future_banners.values())
    response = client.get(url)
    assert refused(response) or not_found(response)
    assert b"Not yet started" not in response.content
    client.post(url)
    assert AlertBanner.objects.filter(message__startswith="Not yet").count() == 2


@pytest.mark.django_db
def test_moderator_sees_only_their_languages_banner_in_the_confirmation(
    client, future_banners
):
    login(client, "moderator_en")
    url = bulk_url("editorial", "alertbanner", "delete", future_banners.values())
    content = client.get(url).content.decode()
    assert "Not yet started in en" in content
    assert "Not yet started in de" not in content


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("username", "shown"), [("editor_en", set()), ("moderator_en", {"en"})]
)
def test_banner_choosers_show_only_the_users_languages(
    client, future_banners, username, shown
):
    login(client, username)
    pages = [
        client.get(reverse("wagtailsnippetchoosers_editorial_alertbanner:choose")),
        client.get(
            reverse(
                "wagtail_localize:snippets_api_listing",
                args=("editorial", "alertbanner"),
            )
        ),
    ]
    for response in pages:
        content = text(response)
        for language, banner in future_banners.items():
            assert (banner.message in content) == (language in shown), response.request[
                "PATH_INFO"
            ]


@pytest.mark.django_db
def test_superuser_bulk_deletes_any_banner(client, future_banners):
    login(client, "administrator")
    client.post(bulk_url("editorial", "alertbanner", "delete", future_banners.values()))
    assert not AlertBanner.objects.filter(message__startswith="Not yet").exists()


@pytest.mark.django_db
def test_site_history_shows_a_moderator_only_their_languages_banners(
    client, future_banners
):
    from wagtail.log_actions import log

    for banner in future_banners.values():
        log(banner, "wagtail.create", user=user("administrator"))
    url = reverse("wagtailadmin_reports:site_history")
    login(client, "moderator_en")
    content = text(client.get(url))
    assert "Not yet started in en" in content
    assert "Not yet started in de" not in content
    login(client, "administrator")
    assert "Not yet started in de" in text(client.get(url))


@pytest.mark.django_db
def test_bad_input_is_a_404_not_an_error(client):
    login(client, "moderator_en")
    assert not_found(client.get(topic_url("add") + "?locale=zz"))
    assert not_found(client.get(topic_url("list") + "?locale=zz"))
    url = reverse("wagtail_bulk_action", args=("news", "topic", "delete"))
    assert not_found(client.get(f"{url}?id=abc&id=-1"))
    url = reverse("wagtail_bulk_action", args=("editorial", "alertbanner", "delete"))
    assert not_found(client.get(f"{url}?id=x"))
