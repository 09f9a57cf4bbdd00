"""Admin views that keep each role inside its languages, for any snippet.

Wagtail's generic admin views check only model permissions ("may change
topics"); which *rows* a user may touch is the model's registered permission
policy (``wagtail.permissions.register_permission_policy``). The pieces here
make every view ask that policy about the row in hand:

- :class:`ScopedObjectMixin` for views of one object (edit, delete, copy,
  history, usage, inspect): a row the policy refuses is not shown; the editor
  is sent back to the listing with a message saying why (an XHR gets a 403);
- :class:`ScopedCreateMixin` for the add view of a translatable snippet: a
  language the user may not work in is refused the same way, and with no
  ``?locale=`` the form opens in the user's first language;
- :func:`visible_instances` for listings, choosers and bulk actions: the rows
  the user may add, change, delete or view; anything else is left out
  altogether, so a confirmation page never names another language's row;
- :class:`ScopedDeleteBulkAction` replaces Wagtail's snippet bulk delete;
- scoped chooser views for :class:`ScopedSnippetChooserViewSet`.
"""

import functools

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_list_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.views import chooser as snippet_chooser

from . import roles

ANY_ACTION = ("add", "change", "delete", "view")


def user_locale_ids(user):
    """Ids of the locales whose pages ``user`` may edit (``roles.user_languages``),
    remembered on the user object for the request like the languages."""
    if "_hejnal_locale_ids" not in user.__dict__:
        codes = roles.user_languages(user, "change")
        user.__dict__["_hejnal_locale_ids"] = set(
            Locale.objects.filter(language_code__in=codes).values_list("pk", flat=True)
        )
    return set(user.__dict__["_hejnal_locale_ids"])


def visible_instances(user, model, queryset=None):
    """The rows of ``model`` that ``user`` may act on or view, by its policy."""
    policy = policy_registry.get_by_type(model)
    visible = policy.instances_user_has_any_permission_for(user, ANY_ACTION)
    if queryset is None:
        return visible
    return queryset.filter(pk__in=visible.values("pk"))


class OutOfScope(PermissionDenied):
    """A row or a language the user may not work with; carries the message."""

    def __init__(self, message, next_url=None):
        super().__init__(message)
        self.message = message
        self.next_url = next_url


def out_of_scope_message(instance=None, locale=None):
    locale = locale or getattr(instance, "locale", None)
    if instance is not None and locale is not None:
        return _(
            "“%(object)s” belongs to the %(language)s version of the site. You "
            "may change only what belongs to the languages you edit."
        ) % {"object": instance, "language": locale.get_display_name()}
    if locale is not None:
        return _(
            "You may not add anything to the %(language)s version of the site: "
            "it is not one of the languages you edit."
        ) % {"language": locale.get_display_name()}
    return _("You may not change this: it belongs to a language you do not edit.")


class RefusalResponseMixin:
    """Turns :class:`OutOfScope` into a redirect with its message (a 403 for
    XHR), wherever in the view it is raised (``setup`` loads the object)."""

    @classmethod
    def as_view(cls, **initkwargs):
        view = super().as_view(**initkwargs)

        @functools.wraps(view)
        def scoped_view(request, *args, **kwargs):
            try:
                return view(request, *args, **kwargs)
            except OutOfScope as refusal:
                if request.headers.get("x-requested-with") == "XMLHttpRequest":
                    raise PermissionDenied(refusal.message) from refusal
                messages.error(request, refusal.message)
                return redirect(refusal.next_url or "wagtailadmin_home")

        return scoped_view

    def refusal_url(self):
        name = getattr(self, "index_url_name", None)
        return reverse(name) if name else None


class ScopedObjectMixin(RefusalResponseMixin):
    """The object must be one the policy lets the user ``object_action``."""

    object_action = "change"

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        policy = policy_registry.get_by_type(type(instance))
        if not policy.user_has_permission_for_instance(
            self.request.user, self.object_action, instance
        ):
            raise OutOfScope(out_of_scope_message(instance), self.refusal_url())
        return instance


class ScopedLocaleMixin:
    """With no ``?locale=``, a listing or form of a translatable snippet opens
    in a language the user works in rather than the site's default."""

    def get_locale(self):
        locale = super().get_locale()
        if (
            locale is None
            or getattr(self, "object", None)
            or self.request.GET.get("locale")
        ):
            return locale
        allowed = user_locale_ids(self.request.user)
        if locale.pk in allowed or not allowed:
            return locale
        return Locale.objects.filter(pk__in=allowed).order_by("pk").first()


class ScopedCreateMixin(ScopedLocaleMixin, RefusalResponseMixin):
    """A new row of a translatable snippet only in the user's languages."""

    def dispatch(self, request, *args, **kwargs):
        locale = self.locale
        if locale is not None and locale.pk not in user_locale_ids(request.user):
            raise OutOfScope(out_of_scope_message(locale=locale), self.refusal_url())
        return super().dispatch(request, *args, **kwargs)


class LocalePermissionPolicy(ModelPermissionPolicy):
    """For a ``TranslatableMixin`` model whose rows each belong to the
    language version of their locale: every action on a row needs the model
    permission *and* edit rights on that language's pages."""

    def _allowed(self, user, instance):
        return user.is_superuser or instance.locale_id in user_locale_ids(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self._allowed(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and self._allowed(
            user, instance
        )

    def _scope(self, user, queryset):
        if user.is_superuser:
            return queryset
        return queryset.filter(locale_id__in=user_locale_ids(user))

    def instances_user_has_permission_for(self, user, action):
        return self._scope(
            user, super().instances_user_has_permission_for(user, action)
        )

    def instances_user_has_any_permission_for(self, user, actions):
        return self._scope(
            user, super().instances_user_has_any_permission_for(user, actions)
        )


class ScopedDeleteBulkAction(DeleteBulkAction):
    """Wagtail's snippet bulk delete, over the rows the user may see only.

    Wagtail lists the selected rows the user may not delete by name on the
    confirmation page; rows the user may not even see (another language's
    banner or topic) are left out, as if never selected. A user with no right
    on the model at all is refused."""

    def get_actionable_objects(self):
        if not self.permission_policy.user_has_any_permission(
            self.request.user, ANY_ACTION
        ):
            raise PermissionDenied
        return super().get_actionable_objects()

    def get_all_objects_in_listing_query(self, parent_id):
        return visible_instances(self.request.user, self.model).values_list(
            "pk", flat=True
        )

    def get_queryset(self, model, object_ids):
        valid = []
        for value in object_ids:
            try:
                valid.append(model._meta.pk.to_python(value))
            except ValidationError:
                continue
        return get_list_or_404(
            visible_instances(
                self.request.user, model, model.objects.filter(pk__in=valid)
            )
        )


class ScopedChooseMixin:
    def get_object_list(self):
        return visible_instances(
            self.request.user, self.model_class, super().get_object_list()
        )


class ScopedChooseView(ScopedChooseMixin, snippet_chooser.ChooseView):
    pass


class ScopedChooseResultsView(ScopedChooseMixin, snippet_chooser.ChooseResultsView):
    pass


class ScopedChosenView(snippet_chooser.SnippetChosenView):
    def get_object(self, pk):
        return visible_instances(self.request.user, self.model_class).get(pk=pk)


class ScopedChosenMultipleView(snippet_chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return visible_instances(
            self.request.user, self.model_class, super().get_objects(pks)
        )


class ScopedSnippetChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    """A snippet chooser that offers only the rows the user may see."""

    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView
