"""StreamField blocks shared by articles and standard pages."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .embeds import embed_src, provider_name
from .linktext import validate_link_title, validate_rich_text_links
from .visibility import is_visible, sections_for

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


HEADING_LEVELS = [
    ("h2", _("Heading 2")),
    ("h3", _("Heading 3")),
    ("h4", _("Heading 4")),
]


class HeadingBlock(blocks.StructBlock):
    """Headings are limited to h2–h4 so the page outline stays valid."""

    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(label=_("level"), choices=HEADING_LEVELS, default="h2")

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading.html"

    def get_searchable_content(self, value):
        """The heading's words only: its level's label ("Heading 2", in the
        language the indexing process happens to speak) is no content."""
        return self.child_blocks["text"].get_searchable_content(value["text"])


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        max_length=300,
        help_text=_("In this page's language; empty uses the image's description."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        image = value["image"]
        decorative = image is None or image.is_decorative
        context["alt"] = "" if decorative else value["alt_text"] or image.description
        return context


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"),
        required=False,
        help_text=_("Empty uses the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "components/blocks/document.html"


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("video address"), help_text=_("A YouTube or Vimeo address.")
    )
    title = blocks.CharBlock(label=_("title"), max_length=200)
    has_captions = blocks.BooleanBlock(
        label=_("the video has captions"), required=False
    )
    transcript = blocks.RichTextBlock(
        label=_("transcript"), required=False, features=RICH_TEXT_FEATURES
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "components/blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if not embed_src(value["url"]):
            errors["url"] = ValidationError(
                _("Only YouTube and Vimeo video addresses are supported.")
            )
        if not value["has_captions"] and not value["transcript"].source.strip():
            errors["transcript"] = ValidationError(
                _("Add a transcript, or confirm that the video has captions.")
            )
        try:
            validate_rich_text_links(value["transcript"])
        except ValidationError as error:
            errors.setdefault("transcript", error)
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["embed_src"] = embed_src(value["url"])
        context["provider"] = provider_name(value["url"])
        return context


class AudioBlock(blocks.StructBlock):
    audio = DocumentChooserBlock(
        label=_("audio file"), help_text=_("An MP3, OGG or M4A file.")
    )
    title = blocks.CharBlock(label=_("title"), max_length=200)
    transcript = blocks.RichTextBlock(
        label=_("transcript"), features=RICH_TEXT_FEATURES
    )

    class Meta:
        icon = "media"
        label = _("Audio")
        template = "components/blocks/audio.html"

    def clean(self, value):
        value = super().clean(value)
        try:
            validate_rich_text_links(value["transcript"])
        except ValidationError as error:
            raise StructBlockValidationError(
                block_errors={"transcript": error}
            ) from error
        return value


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=RICH_TEXT_FEATURES, icon="pilcrow"
    )
    heading = HeadingBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    video = VideoBlock()
    audio = AudioBlock()

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        previous = 1  # the page title is the h1
        for index, child in enumerate(value):
            if child.block_type == "paragraph":
                try:
                    validate_rich_text_links(child.value)
                except ValidationError as error:
                    errors[index] = error
            elif child.block_type == "heading":
                level = int(str(child.value["level"])[1:])
                if level > previous + 1:
                    errors[index] = _skipped_level(previous)
                previous = level
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value


def _skipped_level(previous):
    allowed = " / ".join(
        str(label) for code, label in HEADING_LEVELS if int(code[1:]) <= previous + 1
    )
    return ValidationError(
        _("This heading skips a level: use %(allowed)s here.") % {"allowed": allowed}
    )


class LinkBlock(blocks.StructBlock):
    """A link to a page of this site or to another site."""

    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("external address"), required=False)
    title = blocks.CharBlock(
        label=_("link text"), required=False, help_text=_("Empty uses the page title.")
    )

    class Meta:
        icon = "link"
        label = _("Link")
        template = "components/blocks/link.html"

    def get_context(self, value, parent_context=None):
        """A link to a page readers may not see shows as its text alone."""
        context = super().get_context(value, parent_context=parent_context)
        page = value.get("page")
        request = (parent_context or {}).get("request")
        if page is not None and not is_visible(page, sections_for(request)):
            context["hidden_page"] = True
        return context

    def clean(self, value):
        value = super().clean(value)
        if bool(value["page"]) == bool(value["url"]):
            raise StructBlockValidationError(
                non_block_errors=[_("Choose either a page or an external address.")]
            )
        if value["url"] and not value["title"]:
            raise StructBlockValidationError(
                block_errors={"title": ValidationError(_("External links need text."))}
            )
        try:
            validate_link_title(value["title"])
        except ValidationError as error:
            raise StructBlockValidationError(block_errors={"title": error}) from error
        return value
