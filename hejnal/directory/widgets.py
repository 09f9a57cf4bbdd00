"""Form fields that list countries sorted by their name in the editor's language."""

from django import forms
from django.forms.models import ModelChoiceIterator
from modelcluster.fields import ParentalManyToManyField

from .countries import sort_key


class SortedChoiceIterator(ModelChoiceIterator):
    def __iter__(self):
        yield from sorted(super().__iter__(), key=lambda choice: sort_key(choice[1]))


class CountriesChoiceField(forms.ModelMultipleChoiceField):
    iterator = SortedChoiceIterator


class CountriesField(ParentalManyToManyField):
    """Many countries (``directory.Country``) on a clusterable model, e.g. articles."""

    def formfield(self, **kwargs):
        kwargs.setdefault("form_class", CountriesChoiceField)
        kwargs.setdefault("widget", forms.SelectMultiple(attrs={"size": 8}))
        return super().formfield(**kwargs)
