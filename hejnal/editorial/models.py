from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def language_choices():
    return [("", _("All languages")), *settings.WAGTAIL_CONTENT_LANGUAGES]


class AlertBannerQuerySet(models.QuerySet):
    def current(self, language, now=None):
        """Banners showing now on pages in ``language``, most severe first."""
        now = now or timezone.now()
        return (
            self.filter(Q(language="") | Q(language=language), starts_at__lte=now)
            .filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now))
            .annotate(
                severity_rank=models.Case(
                    *[
                        models.When(severity=value, then=rank)
                        for rank, value in enumerate(AlertBanner.SEVERITY_ORDER)
                    ],
                    default=len(AlertBanner.SEVERITY_ORDER),
                )
            )
            .order_by("severity_rank", "-starts_at", "pk")
        )


class AlertBanner(models.Model):
    """An urgent notice across the whole site or one language version."""

    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"
    SEVERITY_CHOICES = [
        (INFO, _("Information")),
        (WARNING, _("Warning")),
        (CRITICAL, _("Critical")),
    ]
    SEVERITY_ORDER = (CRITICAL, WARNING, INFO)

    message = models.TextField(
        _("message"),
        max_length=500,
        help_text=_("Short and plain, e.g. “The office is closed today.”"),
    )
    link_url = models.URLField(_("link"), blank=True)
    severity = models.CharField(
        _("severity"), max_length=10, choices=SEVERITY_CHOICES, default=INFO
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        blank=True,
        choices=language_choices,
        help_text=_("Leave empty to show it in every language."),
    )
    starts_at = models.DateTimeField(_("starts"), default=timezone.now)
    ends_at = models.DateTimeField(
        _("ends"),
        null=True,
        blank=True,
        help_text=_("Leave empty to show it until removed."),
    )

    objects = AlertBannerQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("alert banner")
        verbose_name_plural = _("alert banners")

    def __str__(self):
        return self.message[:60]

    def clean(self):
        super().clean()
        if self.ends_at and self.starts_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must be after the start.")})
