from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """One public page as the search engine sees it.

    ``*_terms`` hold the lemmatised, folded words the full-text index is built
    from: an FTS5 table kept in step by triggers on SQLite, a generated
    ``tsvector`` column with a GIN index on PostgreSQL (see the migrations).
    The plain ``title``, ``lead`` and ``body`` serve the result list.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="search_entry"
    )
    language = models.CharField(_("language"), max_length=12, db_index=True)
    category = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    date = models.DateField(_("date"), db_index=True)
    title = models.TextField(_("title"))
    lead = models.TextField(_("lead"), blank=True)
    body = models.TextField(_("body"), blank=True)
    # "c<category id>": lets SQLite's FTS5 filter by category inside the index.
    category_terms = models.CharField(max_length=32, blank=True)
    title_terms = models.TextField(blank=True)
    lead_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self):
        return self.title

    def term_set(self):
        return set(f"{self.title_terms} {self.lead_terms} {self.body_terms}".split())


class SearchTerm(models.Model):
    """The index's vocabulary per language, with document frequencies.

    Spelling suggestions come from here, and so does the weight of a word when
    "See also" looks for articles on the same subject.
    """

    language = models.CharField(max_length=12)
    term = models.CharField(max_length=64)
    display = models.CharField(max_length=64)
    documents = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["language", "term"], name="search_term_unique"
            )
        ]

    def __str__(self):
        return self.display
