"""The publication record ("metryczka") that Polish public-sector sites show.

Who prepared the information, who published it, when, and a public history of
every published revision with the editor's summary of the change.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class PublicationEvent(models.Model):
    """One published revision of a page, kept for the public change history."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="publication_events",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_at = models.DateTimeField(db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # A snapshot: the record stays true if the account is renamed or deleted.
    user_name = models.CharField(max_length=255, blank=True)
    summary = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["-published_at", "-pk"]
        indexes = [models.Index(fields=["page", "-published_at"])]
        verbose_name = _("publication event")

    def __str__(self):
        return f"{self.page_id} @ {self.published_at:%Y-%m-%d %H:%M}"


def display_name(user):
    if user is None:
        return ""
    return user.get_full_name().strip() or user.get_username()


@dataclass(frozen=True)
class PublicationRecord:
    prepared_by: str
    published_by: str
    first_published_at: object
    last_published_at: object
    history: list


class PublicationRecordForm(WagtailAdminPageForm):
    """Starts every new round of edits with an empty change summary."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        if (
            "change_summary" in self.fields
            and not self.is_bound
            and page.pk
            and not page.has_unpublished_changes
        ):
            self.initial["change_summary"] = ""


class PublicationRecordMixin(models.Model):
    prepared_by = models.CharField(
        _("prepared by"),
        max_length=255,
        blank=True,
        help_text=_(
            "Person or unit that prepared the information. "
            "Leave empty to show the page's author."
        ),
    )
    change_summary = models.CharField(
        _("public summary of this change"),
        max_length=255,
        blank=True,
        help_text=_(
            "Shown in the page's public change history when you publish, "
            "e.g. “Corrected the opening hours”."
        ),
    )

    base_form_class = PublicationRecordForm

    publication_panels = [
        MultiFieldPanel(
            [FieldPanel("prepared_by"), FieldPanel("change_summary")],
            heading=_("Publication record"),
        )
    ]

    class Meta:
        abstract = True

    def publication_record(self):
        """Everything the record shows, in two queries whatever the history."""
        history = list(
            PublicationEvent.objects.filter(page_id=self.pk).only(
                "published_at", "user_name", "summary"
            )
        )
        prepared_by = self.prepared_by.strip()
        if not prepared_by and self.owner_id:
            prepared_by = display_name(self.owner)
        return PublicationRecord(
            prepared_by=prepared_by,
            published_by=history[0].user_name if history else "",
            first_published_at=self.first_published_at,
            last_published_at=self.last_published_at,
            history=history,
        )
