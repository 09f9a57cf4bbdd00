"""The accessibility statement, built from structured fields.

The page follows the EU model accessibility statement (Commission Implementing
Decision (EU) 2018/1523) and what Poland's "deklaracja dostępności" adds to it
(the Act of 4 April 2019 on the digital accessibility of public bodies' websites
and mobile applications, and the Act of 19 July 2019 on ensuring accessibility
for persons with special needs): compliance status, non-accessible content with
reasons, preparation date and method, last review, feedback contact, the
enforcement procedure, the office building's architectural accessibility,
Polish Sign Language and easy-to-read information. Editors fill in facts and
describe their office in each language; the legal wording comes from the
template, so every language version says the same thing in its own language.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from hejnal.core.blocks import BodyBlock
from hejnal.core.models import PublicationRecordMixin


class ComplianceStatus(models.TextChoices):
    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NONE = "none", _("not compliant")


class PreparationMethod(models.TextChoices):
    SELF = "self", _("self-assessment")
    THIRD_PARTY = "third_party", _("assessment by a third party")


REASON_CHOICES = [
    ("non_compliance", _("non-compliance with the accessibility requirements")),
    ("disproportionate_burden", _("disproportionate burden")),
    ("out_of_scope", _("content outside the scope of the law")),
]


class NonAccessibleContentBlock(blocks.StructBlock):
    content = blocks.CharBlock(
        label=_("content"), max_length=255, help_text=_("What is not accessible.")
    )
    reason = blocks.ChoiceBlock(choices=REASON_CHOICES, label=_("reason"))
    explanation = blocks.TextBlock(
        label=_("explanation"),
        help_text=_("Which requirement is not met, or why the exemption applies."),
    )
    alternative = blocks.TextBlock(label=_("accessible alternative"), required=False)

    class Meta:
        label = _("non-accessible content")
        icon = "warning"


class AccessibilityStatementPage(PublicationRecordMixin, Page):
    """One language version's accessibility statement."""

    intro = models.TextField(_("introduction"), blank=True)
    organisation = models.CharField(
        _("organisation"),
        max_length=255,
        help_text=_("The public body the statement is made by."),
    )
    compliance_status = models.CharField(
        _("compliance status"),
        max_length=16,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIAL,
    )
    non_accessible_content = StreamField(
        [("item", NonAccessibleContentBlock())],
        verbose_name=_("non-accessible content"),
        blank=True,
    )
    site_published_on = models.DateField(
        _("website published on"), null=True, blank=True
    )
    site_updated_on = models.DateField(
        _("last major update of the website"), null=True, blank=True
    )
    prepared_on = models.DateField(_("statement prepared on"))
    preparation_method = models.CharField(
        _("preparation method"),
        max_length=16,
        choices=PreparationMethod.choices,
        default=PreparationMethod.SELF,
    )
    assessor = models.CharField(
        _("assessed by"),
        max_length=255,
        blank=True,
        help_text=_("Name of the third party, if one made the assessment."),
    )
    last_reviewed_on = models.DateField(_("statement last reviewed on"))
    contact_name = models.CharField(_("contact person"), max_length=255)
    contact_email = models.EmailField(_("contact e-mail"))
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    enforcement_body = models.CharField(
        _("enforcement body"),
        max_length=255,
        blank=True,
        help_text=_("Leave empty for the Polish Commissioner for Human Rights."),
    )
    enforcement_url = models.URLField(
        _("enforcement body's website"), blank=True, default="https://bip.brpo.gov.pl/"
    )
    enforcement_procedure = models.TextField(
        _("enforcement procedure"),
        blank=True,
        help_text=_("Leave empty to show the standard procedure."),
    )
    architectural_accessibility = models.TextField(
        _("architectural accessibility"),
        blank=True,
        help_text=_(
            "The office building: entrances, steps and ramps, lifts, toilets, "
            "parking, assistance dogs, induction loops, evacuation. A blank line "
            "starts a new paragraph."
        ),
    )
    sign_language = models.TextField(
        _("sign language"),
        blank=True,
        help_text=_(
            "How a Deaf person reaches the office: a Polish Sign Language (PJM) "
            "interpreter on site or online, how to book one and how far ahead."
        ),
    )
    easy_to_read = models.TextField(
        _("easy-to-read information"),
        blank=True,
        help_text=_(
            "What the office does and how to contact it, in short, plain "
            "sentences (easy-to-read, ETR)."
        ),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("other information"),
        blank=True,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("organisation"),
        FieldPanel("compliance_status"),
        FieldPanel("non_accessible_content"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("site_published_on"), FieldPanel("site_updated_on")]
                ),
                FieldRowPanel(
                    [FieldPanel("prepared_on"), FieldPanel("last_reviewed_on")]
                ),
                FieldPanel("preparation_method"),
                FieldPanel("assessor"),
            ],
            heading=_("Preparation of the statement"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel(
                    [FieldPanel("contact_email"), FieldPanel("contact_phone")]
                ),
            ],
            heading=_("Feedback and contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("enforcement_body"),
                FieldPanel("enforcement_url"),
                FieldPanel("enforcement_procedure"),
            ],
            heading=_("Enforcement procedure"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("architectural_accessibility"),
                FieldPanel("sign_language"),
                FieldPanel("easy_to_read"),
            ],
            heading=_("Access to the office"),
        ),
        FieldPanel("body"),
        *PublicationRecordMixin.publication_panels,
    ]
    template = "pages/accessibility_statement_page.html"
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["record"] = self.publication_record()
        context["site_address"] = settings.SITE_ORIGIN
        return context

    def items_by_reason(self):
        """Non-accessible content grouped in the model statement's order."""
        groups = []
        for reason, label in REASON_CHOICES:
            items = [
                block.value
                for block in self.non_accessible_content
                if block.value.get("reason") == reason
            ]
            if items:
                groups.append({"reason": reason, "label": label, "items": items})
        return groups
