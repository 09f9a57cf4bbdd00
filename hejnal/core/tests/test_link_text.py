import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.rich_text import RichText

from hejnal.core.blocks import AudioBlock, BodyBlock, LinkBlock
from hejnal.core.linktext import (
    link_text_problem,
    link_texts,
    validate_rich_text_links,
)


@pytest.mark.parametrize(
    "text",
    [
        "click here",
        "Click here!",
        "kliknij tutaj",
        "Kliknij  TUTAJ.",
        "więcej",
        "Czytaj więcej…",
        "hier klicken",
        "Weiterlesen",
        "натисніть тут",
        "Детальніше",
        "انقر هنا",
        "اقرأ المزيد",
        "read more →",
    ],
)
def test_vague_link_texts_are_flagged_in_every_language(text):
    assert link_text_problem(text)


@pytest.mark.parametrize(
    "text",
    ["https://www.krakow.pl/", "http://example.org/a?b=c", "www.krakow.pl"],
)
def test_bare_addresses_as_link_text_are_flagged(text):
    # The message follows the active language, which the previous test's
    # request may have left at any of the five.
    with translation.override("en"):
        assert "bare web address" in str(link_text_problem(text))


@pytest.mark.parametrize(
    "text",
    [
        "Programme of the partner cities' forum",
        "Kraków's partner cities",
        "Here is the programme of the forum",
        "Więcej o programie Erasmus+",
        "international@krakow.example",
    ],
)
def test_descriptive_link_texts_pass(text):
    assert link_text_problem(text) is None


def test_empty_link_is_flagged():
    assert link_text_problem("  ")


def test_link_texts_reads_nested_markup():
    html = '<p>See <a href="/x"><b>click</b> here</a> and <a href="/y">Plan</a>.</p>'
    assert link_texts(html) == ["click here", "Plan"]


def test_rich_text_validator_lists_every_problem():
    html = (
        '<p><a href="https://a.example/">https://a.example/</a> and '
        '<a linktype="page" id="3">kliknij tutaj</a> and '
        '<a linktype="page" id="4">Annual report 2025</a></p>'
    )
    with pytest.raises(ValidationError) as caught:
        validate_rich_text_links(RichText(html))
    assert len(caught.value.messages) == 2


def test_text_without_links_passes():
    validate_rich_text_links("<p>Click here is not a link in this text.</p>")


def test_body_paragraph_with_click_here_does_not_validate():
    block = BodyBlock()
    value = block.to_python(
        [
            {"type": "paragraph", "value": '<p><a href="/a/">Read more</a></p>'},
            {"type": "paragraph", "value": '<p><a href="/b/">Our office</a></p>'},
        ]
    )
    with pytest.raises(StreamBlockValidationError) as caught:
        block.clean(value)
    assert list(caught.value.block_errors) == [0]


def test_body_with_good_links_validates():
    block = BodyBlock()
    value = block.to_python(
        [{"type": "paragraph", "value": '<p><a href="/b/">Our office</a></p>'}]
    )
    block.clean(value)


def test_link_block_title_is_checked():
    block = LinkBlock()
    value = block.to_python(
        {"page": None, "url": "https://example.org/", "title": "https://example.org/"}
    )
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)
    assert "title" in caught.value.block_errors


def test_audio_transcript_links_are_checked():
    block = AudioBlock()
    value = block.to_python(
        {
            "audio": None,
            "title": "Interview",
            "transcript": '<p>Full text <a href="/t/">tutaj</a></p>',
        }
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_rich_text_features_offer_no_headings():
    from django.conf import settings

    from hejnal.core.blocks import RICH_TEXT_FEATURES

    editor = settings.WAGTAILADMIN_RICH_TEXT_EDITORS["default"]["OPTIONS"]
    for features in (RICH_TEXT_FEATURES, editor["features"]):
        assert not [f for f in features if f.startswith("h") and f[1:].isdigit()]


@pytest.mark.django_db
def test_editors_see_wagtails_accessibility_checker_on_pages(client, homes):
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.filter(is_superuser=True).first()
    client.force_login(editor)
    html = client.get(homes["pl"].url).content.decode()
    assert 'id="checker-trigger"' in html
    assert 'id="checker-axe-configuration"' in html


@pytest.mark.django_db
def test_readers_get_no_userbar(client, homes):
    assert b"checker-trigger" not in client.get(homes["pl"].url).content
