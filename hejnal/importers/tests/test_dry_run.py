"""A dry run reports exactly what a real run would, and writes nothing."""

import shutil

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from hejnal.importers.models import ImportedFile, ImportedItem
from hejnal.news.models import Topic

from .helpers import FIXTURES, category_of, run_command

pytestmark = pytest.mark.django_db


def state(media_root):
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "redirects": Redirect.objects.count(),
        "topics": Topic.objects.count(),
        "items": ImportedItem.objects.count(),
        "files": ImportedFile.objects.count(),
        "media": sorted(str(p) for p in media_root.rglob("*")),
    }


def summary(command, path, category, *extra):
    output = run_command(
        command,
        str(path),
        "--locale",
        category.locale.language_code,
        "--into",
        category.slug,
        *extra,
    )
    return output.splitlines()[1:]  # the heading says whether it was a dry run


@pytest.fixture
def media_root(settings, tmp_path):
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = str(root)
    return root


@pytest.fixture
def wordpress(tmp_path):
    shutil.copytree(FIXTURES / "wordpress", tmp_path / "wordpress")
    return tmp_path / "wordpress" / "export.xml"


def body_image_unreadable(export):
    """market.png appears only in the body of the Baltic post."""
    (export.parent / "uploads/2024/06/market.png").write_bytes(b"\x89PNG broken")
    return export


def body_image_missing(export):
    (export.parent / "uploads/2024/06/market.png").unlink()
    return export


def featured_image_unreadable(export):
    (export.parent / "uploads/2024/05/harbour.jpg").write_bytes(b"not a jpeg")
    return export


def old_address_shared(export):
    """Two posts claim the same old address: the second gets a warning."""
    text = export.read_text()
    export.write_text(
        text.replace(
            "<link>https://international.harbourtown.example/2024/06/"
            "baltic-food-market/</link>",
            "<link>https://international.harbourtown.example/2024/05/"
            "sister-ports-agreement/</link>",
        )
    )
    return export


@pytest.mark.parametrize(
    "damage",
    [
        body_image_unreadable,
        body_image_missing,
        featured_image_unreadable,
        old_address_shared,
        lambda export: export,
    ],
    ids=[
        "body-image-unreadable",
        "body-image-missing",
        "hero-unreadable",
        "shared-old-address",
        "intact",
    ],
)
def test_wxr_dry_run_reports_what_the_real_run_does(
    categories, media_root, wordpress, damage
):
    category = category_of(categories, "en")
    export = damage(wordpress)
    before = state(media_root)
    dry = summary("import_wxr", export, category, "--dry-run")
    assert state(media_root) == before
    real = summary("import_wxr", export, category)
    assert dry == real


def test_an_unreadable_body_image_is_reported_by_the_dry_run(
    categories, media_root, wordpress
):
    category = category_of(categories, "en")
    dry = "\n".join(
        summary("import_wxr", body_image_unreadable(wordpress), category, "--dry-run")
    )
    assert "Created: 3" in dry
    assert "market.png cannot be read" in dry


def test_a_redirect_conflict_with_an_existing_redirect_is_reported(
    categories, media_root, wordpress, homes
):
    category = category_of(categories, "en")
    Redirect.objects.create(
        old_path="/2024/05/sister-ports-agreement",
        redirect_link="https://elsewhere.example/",
        is_permanent=True,
    )
    before = state(media_root)
    dry = summary("import_wxr", wordpress, category, "--dry-run")
    assert state(media_root) == before
    real = summary("import_wxr", wordpress, category)
    assert dry == real
    assert any("already redirects elsewhere" in line for line in real)


@pytest.mark.parametrize(
    "fixture", ["city_news.rss", "city_news.atom", "hostile.rss", "broken_entries.rss"]
)
def test_feed_dry_run_reports_what_the_real_run_does(categories, media_root, fixture):
    category = category_of(categories, "en")
    before = state(media_root)
    dry = summary("import_feed", FIXTURES / fixture, category, "--dry-run")
    assert state(media_root) == before
    assert dry == summary("import_feed", FIXTURES / fixture, category)


def test_dry_run_after_a_real_run_sees_the_items_as_unchanged(
    categories, media_root, wordpress
):
    category = category_of(categories, "en")
    summary("import_wxr", wordpress, category)
    before = state(media_root)
    dry = summary("import_wxr", wordpress, category, "--dry-run")
    assert "Unchanged: 4" in dry
    assert state(media_root) == before
    assert dry == summary("import_wxr", wordpress, category)
