"""Alert banners, scoped to the languages a user may publish in.

A banner goes live when it is saved, with no review, so the rule is the
publishing one: a moderator of a language lists, adds, edits and deletes the
banners of that language only; a banner for every language ("All languages")
needs publish rights in every language (administrators). The model
permissions (``roles.ALERT_PERMISSIONS``) still say who handles banners at all.
"""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.permission_policies import ModelPermissionPolicy

from . import roles
from .models import language_choices

ALL_LANGUAGES = ""


def banner_languages(user):
    """Language values of the banners ``user`` may handle ("" for all)."""
    codes = roles.user_languages(user, "publish")
    if codes and codes >= set(roles.languages()):
        codes = codes | {ALL_LANGUAGES}
    return codes


class AlertBannerPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and (
            instance.language in banner_languages(user)
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(
            self.user_has_permission_for_instance(user, action, instance)
            for action in actions
        )

    def instances_user_has_permission_for(self, user, action):
        return (
            super()
            .instances_user_has_permission_for(user, action)
            .filter(language__in=banner_languages(user))
        )

    def instances_user_has_any_permission_for(self, user, actions):
        return (
            super()
            .instances_user_has_any_permission_for(user, actions)
            .filter(language__in=banner_languages(user))
        )


class LanguageScopedObjectMixin:
    """For a snippet view with one object: another language's banner is a 404."""

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if instance.language not in banner_languages(self.request.user):
            raise Http404
        return instance


class AlertBannerForm(WagtailAdminModelForm):
    """Offers only the languages the user may publish banners in."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is None:
            return
        allowed = banner_languages(self.for_user)
        field = self.fields["language"]
        field.choices = [
            (value, label) for value, label in language_choices() if value in allowed
        ]
        # An empty value ("All languages") passes a choice field's own check.
        field.required = ALL_LANGUAGES not in allowed
        field.help_text = (
            _("Leave empty to show it in every language.")
            if ALL_LANGUAGES in allowed
            else _("The languages you may publish in.")
        )
