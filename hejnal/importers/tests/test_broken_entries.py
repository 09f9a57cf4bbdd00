"""One broken entry is skipped with its reason; the rest of the source is imported."""

import shutil
import time

import pytest
from django.core.management.base import CommandError

from hejnal.news.models import ArticlePage
from hejnal.pages.models import StandardPage

from .helpers import FIXTURES, category_of, run_command

pytestmark = pytest.mark.django_db


def run(command, path, category):
    return run_command(
        command,
        str(path),
        "--locale",
        category.locale.language_code,
        "--into",
        category.slug,
    )


def titles(category):
    return set(ArticlePage.objects.child_of(category).values_list("title", flat=True))


def test_each_broken_rss_item_is_skipped_on_its_own(categories):
    category = category_of(categories, "en")
    before = titles(category)
    output = run("import_feed", FIXTURES / "broken_entries.rss", category)
    assert "Created: 3" in output and "Skipped: 4" in output
    assert "Fish & chips festival: entry 2 (line 16) is not well-formed XML" in output
    assert "Unclosed tag inside: entry 3 (line 27) is not well-formed XML" in output
    assert "Bell character: entry 4 (line 34) is not well-formed XML" in output
    assert "Item that is never closed: entry 5" in output
    assert "read leniently" not in output
    assert titles(category) - before == {
        "Twin-city run opens registration",
        "Code sample about feeds",
        "Partner schools exchange teachers",
    }
    run_page = ArticlePage.objects.child_of(category).get(title__startswith="Twin")
    assert run_page.lead == "Runners from Lviv & Kraków meet in May."
    sample = ArticlePage.objects.child_of(category).get(title__startswith="Code")
    assert "a literal &amp; is fine here" in sample.body[0].value.source
    schools = ArticlePage.objects.child_of(category).get(title__startswith="Partner")
    assert schools.lead.startswith("Zażółć gęślą jaźń")


def test_a_broken_atom_entry_is_skipped_on_its_own(categories):
    category = category_of(categories, "de")
    before = titles(category)
    output = run("import_feed", FIXTURES / "broken_entry.atom", category)
    assert "Created: 2" in output and "Skipped: 1" in output
    assert "Kaputter Eintrag: entry 2 (line 17) is not well-formed XML" in output
    assert titles(category) - before == {
        "Städtepartnerschaft mit Lemberg gefeiert",
        "Neue Sprechstunde im Bürgeramt",
    }


def test_a_broken_channel_header_costs_no_item(categories, tmp_path):
    category = category_of(categories, "en")
    feed = tmp_path / "header.rss"
    feed.write_text(
        (FIXTURES / "city_news.rss")
        .read_text()
        .replace("</title>", " & friends</title>", 1)
    )
    output = run("import_feed", feed, category)
    assert "Created: 3" in output
    assert "header is not well-formed" in output


def test_the_broken_entry_of_a_windows_1250_feed_costs_only_itself(
    categories, tmp_path
):
    category = category_of(categories, "pl")
    data = (FIXTURES / "windows-1250.rss").read_bytes()
    feed = tmp_path / "cp1250.rss"
    feed.write_bytes(data.replace(b"G\xea\x9c i", b"G& i"))
    output = run("import_feed", feed, category)
    assert "Created: 1" in output and "Skipped: 1" in output
    assert titles(category) >= {"Śląskie spotkanie partnerów"}


def test_a_bomb_inside_one_entry_is_refused_without_expansion(categories, tmp_path):
    category = category_of(categories, "en")
    feed = tmp_path / "inner-bomb.rss"
    lol = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    text = (FIXTURES / "broken_entries.rss").read_text()
    feed.write_text(
        text.replace(
            "<title>Fish & chips festival</title>",
            f'<!DOCTYPE x [<!ENTITY l0 "lol">{lol}]><title>&l9;</title>',
        )
    )
    started = time.monotonic()
    output = run("import_feed", feed, category)
    assert time.monotonic() - started < 30
    assert "Created: 3" in output and "Skipped: 4" in output


def test_a_billion_laughs_feed_with_a_broken_entry_is_refused(categories, tmp_path):
    category = category_of(categories, "en")
    feed = tmp_path / "bomb.rss"
    feed.write_text(
        (FIXTURES / "billion_laughs.rss").read_text().replace("</item>", "<b></item>")
    )
    started = time.monotonic()
    with pytest.raises(CommandError, match="billion laughs"):
        run("import_feed", feed, category)
    assert time.monotonic() - started < 5


@pytest.fixture
def export_copy(tmp_path):
    shutil.copytree(FIXTURES / "wordpress", tmp_path / "wordpress")
    return tmp_path / "wordpress" / "export.xml"


def test_a_wxr_item_without_its_end_tag_costs_only_itself(categories, export_copy):
    category = category_of(categories, "en")
    text = export_copy.read_text()
    # The draft is the item right before "About the office".
    marker = "<wp:post_type><![CDATA[post]]></wp:post_type>\n\t</item>"
    draft_end = text.index(marker, text.index("Draft: notes"))
    broken = text[:draft_end] + text[draft_end:].replace("\t</item>", "", 1)
    export_copy.write_text(broken)
    output = run("import_wxr", export_copy, category)
    assert "Created: 4" in output
    assert "Draft: notes for the autumn visit: entry" in output
    assert "is not well-formed XML" in output
    assert ArticlePage.objects.filter(title__startswith="Baltic food").exists()
    assert StandardPage.objects.filter(title="About the office").exists()


def test_a_control_character_in_one_wxr_item_costs_only_that_item(
    categories, export_copy
):
    category = category_of(categories, "en")
    text = export_copy.read_text()
    export_copy.write_text(text.replace("rye bread", "rye\x0bbread"))
    output = run("import_wxr", export_copy, category)
    assert "Created: 3" in output
    assert "Baltic food market returns to the Long Quay: entry" in output
    assert not ArticlePage.objects.filter(title__startswith="Baltic food").exists()
    assert ArticlePage.objects.filter(title__startswith="Sister ports").exists()
