"""API v2 and file downloads show readers only what the visibility rules allow.

Pages: restricted (password, login, groups; on the page and on a parent),
never published, expired while still live, unpublished: not listed, not in
details, not found by ``find`` (by id or address), also for a session that
entered the password or a signed-in reader. Files: a private collection's
document, and an image and a document used only on a restricted page: not
listed, not described, not downloadable anonymously, never at
``/media/documents/…``; files used on public pages or nowhere stay public.
"""

import datetime
import importlib
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import override_settings
from django.urls import clear_url_caches
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from hejnal.core.file_visibility import public_documents, public_images
from hejnal.images.models import CityImage
from hejnal.news.factories import (
    ArticlePageFactory,
    NewsCategoryPageFactory,
    paragraphs,
    publish,
)
from hejnal.news.models import ArticlePage

pytestmark = pytest.mark.django_db

Document = get_document_model()


def _png(name):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (20, 90, 160)).save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name=f"{name}.png")


def _image(name, collection=None):
    return CityImage.objects.create(
        title=name,
        description=name,
        file=_png(name),
        collection=collection or Collection.get_first_root_node(),
    )


def _document(name, collection=None):
    return Document.objects.create(
        title=name,
        file=ContentFile(f"%PDF-1.4 {name}".encode(), name=f"{name}.pdf"),
        collection=collection or Collection.get_first_root_node(),
    )


def _article(category, word, **fields):
    return ArticlePageFactory(
        parent=category,
        title=f"Visibility test {word}",
        slug=f"visibility-{word}",
        lead=f"Lead {word}",
        body=fields.pop("body", paragraphs(f"Body {word}")),
        **fields,
    )


def _document_body(document):
    return [
        {"type": "paragraph", "value": "<p>See the attachment.</p>"},
        {"type": "document", "value": {"document": document.pk, "title": ""}},
    ]


@pytest.fixture
def hidden(homes):
    """{kind: page} of pages readers may not see, plus ``public`` ones."""
    home = homes["en"]
    category = publish(
        NewsCategoryPageFactory(parent=home, title="API vis", slug="api-vis")
    )
    pages = {}
    for kind, restriction in (
        ("password", {"restriction_type": "password", "password": "open-sesame"}),
        ("login", {"restriction_type": "login"}),
        ("groups", {"restriction_type": "groups"}),
    ):
        pages[kind] = publish(_article(category, kind))
        made = PageViewRestriction.objects.create(page=pages[kind], **restriction)
        if kind == "groups":
            made.groups.set([Group.objects.create(name="API visibility readers")])

    for kind, restriction in (
        ("parent-password", {"restriction_type": "password", "password": "x-y-z"}),
        ("parent-login", {"restriction_type": "login"}),
    ):
        parent = publish(
            NewsCategoryPageFactory(parent=home, title=kind, slug=f"api-{kind}")
        )
        PageViewRestriction.objects.create(page=parent, **restriction)
        pages[f"{kind}-category"] = parent
        pages[kind] = publish(_article(parent, kind))

    draft = _article(category, "draft")
    draft.save_revision()
    pages["draft"] = draft

    expired = publish(_article(category, "expired"))
    ArticlePage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    expired.refresh_from_db()
    assert expired.live
    pages["expired"] = expired

    unpublished = publish(_article(category, "unpublished"))
    unpublished.unpublish()
    pages["unpublished"] = unpublished

    public = publish(_article(category, "public"))
    return {"pages": pages, "public": public, "category": category}


HIDDEN_KINDS = [
    "password",
    "login",
    "groups",
    "parent-password",
    "parent-login",
    "draft",
    "expired",
    "unpublished",
]


def _listed_ids(client, query, **extra):
    response = client.get("/api/v2/pages/", {**query, "limit": 20}, **extra)
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


@pytest.mark.parametrize("kind", HIDDEN_KINDS)
def test_hidden_pages_are_not_listed_described_or_found(client, hidden, kind):
    page = hidden["pages"][kind]
    assert page.pk not in _listed_ids(client, {"title": page.title})
    assert page.pk not in _listed_ids(
        client, {"type": "news.ArticlePage", "title": page.title}
    )
    by_parent = client.get("/api/v2/pages/", {"child_of": page.get_parent().pk})
    if by_parent.status_code == 400:  # the parent is hidden too
        assert kind.startswith("parent-")
    else:
        assert page.pk not in {item["id"] for item in by_parent.json()["items"]}
    assert page.pk not in _listed_ids(client, {"search": f"Visibility test {kind}"})

    detail = client.get(f"/api/v2/pages/{page.pk}/")
    assert detail.status_code == 404
    assert "message" in detail.json()
    found = client.get("/api/v2/pages/find/", {"id": page.pk})
    assert found.status_code == 404
    assert "message" in found.json()
    path = page.get_url_parts()[2] if page.get_url_parts() else None
    if path:
        found = client.get("/api/v2/pages/find/", {"html_path": path})
        assert found.status_code == 404


def test_public_page_is_listed_described_and_found(client, hidden):
    public = hidden["public"]
    assert public.pk in _listed_ids(client, {"title": public.title})
    assert public.pk in _listed_ids(client, {"child_of": hidden["category"].pk})
    assert client.get(f"/api/v2/pages/{public.pk}/").status_code == 200
    found = client.get("/api/v2/pages/find/", {"html_path": public.url})
    assert found.status_code == 302
    assert found["Location"].split("?")[0].endswith(f"/api/v2/pages/{public.pk}/")


def test_restricted_parent_cannot_be_browsed(client, hidden):
    parent = hidden["pages"]["parent-login-category"]
    for name in ("child_of", "descendant_of", "ancestor_of"):
        response = client.get("/api/v2/pages/", {name: parent.pk})
        assert response.status_code == 400
        assert "message" in response.json()


def test_a_session_that_passed_the_restriction_sees_what_everyone_sees(hidden):
    """The API answers everyone alike: no page appears for a session that
    entered the page's password or a signed-in user (answers are shared)."""
    from django.test import Client

    page = hidden["pages"]["password"]
    client = Client()
    restriction = PageViewRestriction.objects.get(page=page)
    passed = client.post(
        f"/en/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": "open-sesame", "return_url": page.url},
    )
    assert passed.status_code == 302
    assert client.get(page.url).status_code == 200  # the reader may see the page
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    assert page.pk not in _listed_ids(client, {"title": page.title})

    user = get_user_model().objects.create_user("api-reader", password="pw-123456")
    client = Client()
    client.force_login(user)
    login_page = hidden["pages"]["login"]
    assert client.get(login_page.url).status_code == 200
    assert client.get(f"/api/v2/pages/{login_page.pk}/").status_code == 404
    assert login_page.pk not in _listed_ids(client, {"title": login_page.title})


# Files ---------------------------------------------------------------------------
@pytest.fixture
def files(hidden):
    """Files in every situation the rule separates."""
    root = Collection.get_first_root_node()
    private_collection = root.add_child(name="API private collection")
    CollectionViewRestriction.objects.create(
        collection=private_collection, restriction_type="login"
    )
    inner_collection = private_collection.add_child(name="API inner collection")

    made = {
        "private_collection_document": _document("privcoll", private_collection),
        "inner_collection_document": _document("innercoll", inner_collection),
        "private_collection_image": _image("privcollimg", inner_collection),
        "restricted_only_image": _image("restrictedimg"),
        "restricted_only_document": _document("restricteddoc"),
        "public_image": _image("publicimg"),
        "public_document": _document("publicdoc"),
        "unused_document": _document("librarydoc"),
        "unused_image": _image("libraryimg"),
        "draft_only_document": _document("draftdoc"),
    }
    login_page = hidden["pages"]["login"]
    login_page.hero_image = made["restricted_only_image"]
    login_page.body = _document_body(made["restricted_only_document"])
    publish(login_page)
    draft = hidden["pages"]["draft"]
    draft.body = _document_body(made["draft_only_document"])
    draft.save()
    draft.save_revision()
    public = hidden["public"]
    public.hero_image = made["public_image"]
    public.body = _document_body(made["public_document"])
    publish(public)
    return made


PRIVATE_FILES = [
    "private_collection_document",
    "inner_collection_document",
    "private_collection_image",
    "restricted_only_image",
    "restricted_only_document",
    "draft_only_document",
]
PUBLIC_FILES = ["public_image", "public_document", "unused_document", "unused_image"]


def _endpoint(obj):
    return "images" if isinstance(obj, CityImage) else "documents"


def _api_ids(client, endpoint, **query):
    response = client.get(f"/api/v2/{endpoint}/", {"limit": 20, **query})
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


@pytest.mark.parametrize("kind", PRIVATE_FILES)
def test_private_files_are_not_listed_or_described(client, files, kind):
    obj = files[kind]
    endpoint = _endpoint(obj)
    assert obj.pk not in _api_ids(client, endpoint, title=obj.title)
    assert obj.pk not in _api_ids(client, endpoint, search=obj.title)
    assert obj.pk not in _api_ids(client, endpoint, id=obj.pk)
    assert client.get(f"/api/v2/{endpoint}/{obj.pk}/").status_code == 404
    assert client.get(f"/api/v2/{endpoint}/find/", {"id": obj.pk}).status_code == 404


@pytest.mark.parametrize("kind", PUBLIC_FILES)
def test_public_files_are_listed_and_described(client, files, kind):
    obj = files[kind]
    endpoint = _endpoint(obj)
    assert obj.pk in _api_ids(client, endpoint, title=obj.title)
    detail = client.get(f"/api/v2/{endpoint}/{obj.pk}/")
    assert detail.status_code == 200
    if endpoint == "images":
        assert detail.json()["thumbnail"]["url"]


def test_renditions_of_restricted_only_images_are_not_listed(client, files):
    image = files["restricted_only_image"]
    image.get_rendition("max-400x400|format-webp")
    response = client.get("/api/v2/images/", {"limit": 20, "fields": "thumbnail"})
    text = response.content.decode()
    assert image.title not in text
    for rendition in image.renditions.all():
        assert rendition.file.name.rsplit("/", 1)[-1] not in text


def test_queryset_filters_agree_with_the_api(files, django_assert_max_num_queries):
    list(public_images()[:1])  # content types are looked up once per process
    list(public_documents()[:1])
    with django_assert_max_num_queries(3):
        images = set(public_images().values_list("pk", flat=True))
    with django_assert_max_num_queries(3):
        documents = set(public_documents().values_list("pk", flat=True))
    for kind in PRIVATE_FILES:
        assert files[kind].pk not in (images if "image" in kind else documents)
    for kind in PUBLIC_FILES:
        assert files[kind].pk in (images if "image" in kind else documents)


def _download(client, document):
    return client.get(f"/documents/{document.pk}/{document.filename}")


@pytest.mark.parametrize(
    "kind",
    [
        "restricted_only_document",
        "draft_only_document",
        "private_collection_document",
        "inner_collection_document",
    ],
)
def test_private_documents_are_not_downloadable_anonymously(client, files, kind):
    response = _download(client, files[kind])
    assert response.status_code in (302, 404)
    if response.status_code == 302:  # Wagtail's sign-in for a collection
        assert "/login/" in response["Location"]
    content = b"".join(getattr(response, "streaming_content", [response.content]))
    assert b"%PDF" not in content


@pytest.mark.parametrize("kind", ["public_document", "unused_document"])
def test_public_documents_are_downloadable(client, files, kind):
    response = _download(client, files[kind])
    assert response.status_code == 200
    assert b"%PDF" in b"".join(response.streaming_content)


def test_a_reader_allowed_on_the_page_may_download_its_document(files, hidden):
    from django.test import Client

    client = Client()
    client.force_login(
        get_user_model().objects.create_user("doc-reader", password="pw-123456")
    )
    response = _download(client, files["restricted_only_document"])
    assert response.status_code == 200
    assert b"%PDF" in b"".join(response.streaming_content)


@pytest.fixture
def media_served():
    """The site with ``SERVE_MEDIA`` on, as a single-box demo runs it."""
    import hejnal.urls

    with override_settings(HEJNAL_SERVE_MEDIA=True):
        importlib.reload(hejnal.urls)
        clear_url_caches()
        yield
    importlib.reload(hejnal.urls)
    clear_url_caches()


def test_documents_are_never_served_from_media(client, files, media_served):
    image = files["public_image"]
    assert client.get(f"/media/{image.file.name}").status_code == 200
    for kind in ("private_collection_document", "public_document"):
        name = files[kind].file.name
        assert name.startswith("documents/")
        leaf = name.split("/", 1)[1]
        for path in (
            f"/media/{name}",
            f"/media/./{name}",
            f"/media//{name}",
            f"/media/original_images/../{name}",
            f"/media/Documents/{leaf}",
        ):
            response = client.get(path, follow=True)
            assert response.status_code == 404, path
            content = b"".join(
                getattr(response, "streaming_content", [response.content])
            )
            assert b"%PDF" not in content, path
