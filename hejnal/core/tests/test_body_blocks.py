"""The article body's blocks: what they render, and the heading outline."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.documents.models import Document

from hejnal.conftest import add_article
from hejnal.core.blocks import BodyBlock
from hejnal.images.models import CityImage


def headings(*levels):
    return BodyBlock().to_python(
        [
            {"type": "heading", "value": {"text": f"Part {n}", "level": level}}
            for n, level in enumerate(levels)
        ]
    )


@pytest.mark.parametrize("levels", [("h2", "h3", "h4", "h2"), ("h2", "h2"), ("h2",)])
def test_a_valid_outline_is_accepted(levels):
    BodyBlock().clean(headings(*levels))


@pytest.mark.parametrize(
    ("levels", "bad"), [(("h2", "h4"), 1), (("h3",), 0), (("h2", "h3", "h2", "h4"), 3)]
)
def test_a_heading_that_skips_a_level_is_refused(levels, bad):
    with pytest.raises(StreamBlockValidationError) as refused:
        BodyBlock().clean(headings(*levels))
    assert list(refused.value.block_errors) == [bad]


@pytest.mark.django_db
def test_every_block_renders_what_a_reader_needs(client, search_categories):
    image = CityImage.objects.exclude(credit="").first() or CityImage.objects.first()
    if not image.credit:
        image.credit = "Photo: City Hall"
        image.save()
    pdf = Document(title="Programme")
    pdf.file.save("programme.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2000))
    recording = Document(title="Trumpet call")
    recording.file.save("hejnal.mp3", ContentFile(b"ID3" + b"\0" * 500))
    body = [
        {"type": "heading", "value": {"text": "The programme", "level": "h2"}},
        {
            "type": "image",
            "value": {"image": image.pk, "caption": "The Main Square", "alt_text": ""},
        },
        {
            "type": "quote",
            "value": {"text": "Open to the world.", "attribution": "The mayor"},
        },
        {"type": "document", "value": {"document": pdf.pk, "title": ""}},
        {
            "type": "audio",
            "value": {
                "audio": recording.pk,
                "title": "The bugle call",
                "transcript": "<p>Five notes, then silence.</p>",
            },
        },
    ]
    article = add_article(search_categories["en"], "Blocks", "Lead.")
    article.body = body
    article.save_revision().publish()
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    prose = soup.select_one(".prose")
    assert prose.select_one("h2").get_text() == "The programme"
    caption = prose.select_one(".block-image figcaption").get_text(" ", strip=True)
    assert "The Main Square" in caption and image.credit in caption
    assert prose.select_one(".block-image img")["alt"]
    quote = prose.select_one(".block-quote")
    assert "Open to the world." in quote.blockquote.get_text()
    assert "The mayor" in quote.figcaption.get_text()
    document = prose.select_one(".block-document")
    assert document.a.get_text() == "Programme"
    meta = document.select_one(".block-document__meta").get_text()
    assert "PDF" in meta and "," in meta  # the type, then the size
    audio = prose.select_one(".block-media")
    assert audio.audio["src"].endswith(".mp3")
    assert "Five notes" in audio.select_one("details.transcript").get_text()
