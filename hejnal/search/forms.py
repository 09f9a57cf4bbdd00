"""The search parameters, validated once for the HTML page and the JSON API."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .query import MAX_QUERY_CHARS, clean

SORTS = [("relevance", _("Relevance")), ("newest", _("Newest first"))]
SCOPES = [("lang", _("This language")), ("all", _("All languages"))]
MAX_PAGE = 1000


class LenientChoiceField(forms.ChoiceField):
    """An empty value means the default, not an error."""

    def __init__(self, *args, default, **kwargs):
        self.default = default
        super().__init__(*args, required=False, **kwargs)

    def clean(self, value):
        return super().clean(value) or self.default


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search for"),
        required=False,
        strip=True,
        # Longer queries are shortened, not refused (see query.clean).
        widget=forms.TextInput(attrs={"type": "search", "maxlength": MAX_QUERY_CHARS}),
    )
    category = forms.CharField(label=_("Category"), required=False, max_length=255)
    date_from = forms.DateField(
        label=_("From"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    date_to = forms.DateField(
        label=_("To"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    sort = LenientChoiceField(label=_("Sort by"), choices=SORTS, default="relevance")
    scope = LenientChoiceField(label=_("Languages"), choices=SCOPES, default="lang")
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)

    def __init__(self, data, *, categories=(), **kwargs):
        data = data.copy()
        # Control characters (NUL included) are dropped, not refused.
        data["q"] = clean(data.get("q", ""))
        # The public names are ``from`` and ``to`` (a Python keyword, hence the
        # field names).
        for public, field in (("from", "date_from"), ("to", "date_to")):
            if public in data:
                data[field] = data[public]
        super().__init__(data, **kwargs)
        self.fields["category"].widget = forms.Select(
            choices=[("", _("All categories")), *categories]
        )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(
                _("The start date must not be after the end date.")
            )
        return cleaned

    def clean_page(self):
        return self.cleaned_data.get("page") or 1


def language_codes():
    return [code for code, _name in settings.LANGUAGES]
