import shutil
from datetime import date

import pytest
from django.core.management.base import CommandError
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from hejnal.core.slugs import PATTERN
from hejnal.importers.media import LocalMedia
from hejnal.importers.models import ImportedFile, ImportedItem
from hejnal.news.models import ArticlePage, Topic
from hejnal.pages.models import StandardPage

from .helpers import FIXTURES, category_of, run_command

pytestmark = pytest.mark.django_db
EXPORT = FIXTURES / "wordpress" / "export.xml"


def import_wxr(path, category, *extra):
    return run_command(
        "import_wxr",
        str(path),
        "--locale",
        category.locale.language_code,
        "--into",
        category.slug,
        *extra,
    )


def counts():
    return {
        "pages": Page.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "redirects": Redirect.objects.count(),
        "topics": Topic.objects.count(),
        "items": ImportedItem.objects.count(),
        "files": ImportedFile.objects.count(),
    }


@pytest.fixture
def export_copy(tmp_path):
    shutil.copytree(FIXTURES / "wordpress", tmp_path / "wordpress")
    return tmp_path / "wordpress" / "export.xml"


def test_posts_pages_media_and_redirects_are_imported(categories, homes, client):
    category = category_of(categories, "en")
    output = import_wxr(EXPORT, category)
    assert "Created: 4" in output
    assert "Skipped: 1" in output
    assert "not published in WordPress (status: draft)" in output
    assert "Home" not in output.split("Skipped")[1]  # menu items are not content

    ports = ArticlePage.objects.child_of(category).get(
        title="Sister ports sign a cooperation agreement"
    )
    assert ports.slug == "sister-ports-agreement"
    assert ports.date == date(2024, 5, 16)
    assert ports.prepared_by == "Marta Nowicka"
    assert ports.lead == (
        "Harbourtown and Klaipėda agree on port logistics and student exchanges."
    )
    assert {t.name for t in ports.topics.all()} == {"Partner cities", "Maritime"}
    assert ports.hero_image.description == (
        "Cranes and warehouses along the old grain quay"
    )
    assert ports.hero_alt == "Cranes and warehouses along the old grain quay"
    blocks = {block.block_type: block.value for block in ports.body}
    assert list(blocks) == ["paragraph", "heading", "image", "quote"]
    assert "<b>port logistics</b>" in ports.body[0].value.source
    assert "<ul><li>joint training" in ports.body[0].value.source
    # The resized variant in the text is the same library image as the hero.
    assert blocks["image"]["image"].pk == ports.hero_image_id
    assert blocks["image"]["caption"] == "The grain quay"
    assert blocks["quote"]["attribution"] == "Mayor of Harbourtown"

    market = ArticlePage.objects.child_of(category).get(title__startswith="Baltic")
    assert market.prepared_by == "Piotr Trząska"
    assert market.hero_image is None
    source = "".join(
        block.value.source for block in market.body if block.block_type == "paragraph"
    )
    document = get_document_model().objects.get(title="programme")
    assert f'<a linktype="document" id="{document.pk}">' in source
    assert "/contact/" not in source and "contact page" in source
    assert [b.block_type for b in market.body] == ["paragraph", "image", "paragraph"]
    partner = Topic.objects.get(locale=category.locale, name="Partner cities")
    assert partner in market.topics.all() and partner in ports.topics.all()

    about = StandardPage.objects.get(title="About the office", locale=category.locale)
    assert about.get_parent().pk == homes["en"].pk
    assert about.live and about.prepared_by == "Marta Nowicka"
    assert "<p>The international office" in about.body[0].value.source
    contact = StandardPage.objects.get(title="Contact", locale=category.locale)
    assert contact.get_parent().pk == about.pk

    assert (
        Redirect.objects.get(
            old_path="/2024/05/sister-ports-agreement"
        ).redirect_page_id
        == ports.pk
    )
    assert Redirect.objects.get(old_path="/?p=10").redirect_page_id == ports.pk
    response = client.get("/2024/05/sister-ports-agreement/")
    assert response.status_code == 301
    assert response["Location"].endswith(ports.url)
    assert client.get("/about/contact/").status_code == 301
    assert client.get(ports.url).status_code == 200


def test_second_run_changes_nothing_and_duplicates_nothing(categories):
    category = category_of(categories, "en")
    import_wxr(EXPORT, category)
    after_first = counts()
    output = import_wxr(EXPORT, category)
    assert "Created: 0" in output and "Unchanged: 4" in output
    assert counts() == after_first


def test_changed_post_is_updated_in_place(categories, export_copy):
    category = category_of(categories, "en")
    import_wxr(export_copy, category)
    after_first = counts()
    export_copy.write_text(export_copy.read_text().replace("smoked fish", "smoked eel"))
    output = import_wxr(export_copy, category)
    assert "Updated: 1" in output
    market = ArticlePage.objects.child_of(category).get(title__startswith="Baltic")
    assert "smoked eel" in market.body[0].value.source
    assert counts() == after_first


def test_dry_run_writes_nothing(categories, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    category = category_of(categories, "en")
    before = counts()
    output = import_wxr(EXPORT, category, "--dry-run")
    assert "Dry run" in output and "Created: 4" in output
    assert counts() == before
    assert not (tmp_path / "media").exists()


def test_unreadable_image_skips_its_post_only(
    categories, export_copy, settings, tmp_path
):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    category = category_of(categories, "en")
    (export_copy.parent / "uploads/2024/05/harbour.jpg").write_bytes(b"not a jpeg")
    images_before = get_image_model().objects.count()
    output = import_wxr(export_copy, category)
    assert "Created: 3" in output
    assert "harbour.jpg cannot be read" in output
    assert not ArticlePage.objects.filter(title__startswith="Sister ports").exists()
    assert (
        ArticlePage.objects.child_of(category)
        .filter(title__startswith="Baltic")
        .exists()
    )
    # Only the market image was stored; nothing is left of the skipped post.
    assert get_image_model().objects.count() == images_before + 1
    stored = [p.name for p in (tmp_path / "media").rglob("*") if p.is_file()]
    assert not any("harbour" in name for name in stored)


def test_a_broken_entry_costs_only_that_entry(categories, export_copy):
    category = category_of(categories, "en")
    text = export_copy.read_text()
    export_copy.write_text(
        text.replace(
            "<wp:post_name><![CDATA[baltic-food-market]]></wp:post_name>",
            "<wp:post_name>baltic & <broken</wp:post_name>",
        )
    )
    output = import_wxr(export_copy, category)
    assert "Created: 3" in output
    assert "is not well-formed XML" in output
    assert not ArticlePage.objects.filter(title__startswith="Baltic food").exists()


def test_entities_are_refused(categories, tmp_path):
    category = category_of(categories, "en")
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">'
        "<channel><title>&b;</title><wp:wxr_version>1.2</wp:wxr_version>"
        "</channel></rss>"
    )
    before = counts()
    with pytest.raises(CommandError, match="billion laughs"):
        import_wxr(bomb, category)
    assert counts() == before


def test_bad_arguments_give_clear_errors(categories, tmp_path):
    category = category_of(categories, "en")
    with pytest.raises(CommandError, match="uploads folder"):
        import_wxr(EXPORT, category, "--uploads", str(tmp_path / "missing"))
    with pytest.raises(CommandError, match="no page with the slug"):
        import_wxr(EXPORT, category, "--pages-into", "no-such-page")
    not_wxr = tmp_path / "feed.xml"
    shutil.copy(FIXTURES / "city_news.rss", not_wxr)
    with pytest.raises(CommandError, match="not a WordPress export"):
        import_wxr(not_wxr, category)


def test_files_outside_the_uploads_folder_are_never_read(tmp_path):
    (tmp_path / "uploads").mkdir()
    (tmp_path / "secret.txt").write_text("secret")
    media = LocalMedia(tmp_path / "uploads")
    assert (
        media.local_path("https://old.example/wp-content/uploads/../secret.txt") is None
    )
    assert media.local_path("../secret.txt") is None


def test_a_unicode_wordpress_slug_becomes_an_ascii_one(categories, export_copy):
    """WordPress keeps Unicode slugs (percent-encoded in the export); pages
    here get the site's ASCII rule (hejnal.core.slugs)."""
    text = export_copy.read_text(encoding="utf-8")
    export_copy.write_text(
        text.replace(
            "<wp:post_name><![CDATA[sister-ports-agreement]]></wp:post_name>",
            "<wp:post_name><![CDATA[gr%c3%bc%c3%9fe-aus-kiel]]></wp:post_name>",
        ),
        encoding="utf-8",
    )
    category = category_of(categories, "de")
    import_wxr(export_copy, category)
    slugs = set(Page.objects.child_of(category).values_list("slug", flat=True))
    assert "grusse-aus-kiel" in slugs
    assert all(PATTERN.fullmatch(slug) for slug in slugs)
