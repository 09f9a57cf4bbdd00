"""wagtail-localize's translation views, kept inside the user's language trees.

wagtail-localize asks only for the global ``submit_translation`` permission
(given to every editorial group by ``roles``). With nothing more, an English
editor could create pages in the German tree, and translating a live page
would publish the copy at once, past the German review. These subclasses,
mounted on wagtail-localize's own URLs (``wagtail_hooks``), add:

- the source page must be one the user may edit (Wagtail's own
  ``simple_translation`` asks the same);
- a language is offered only where the user may add the new page: on the
  nearest ancestor of the source that is already translated into it (any
  untranslated parents are copied below that page as aliases);
- the translation is published at once only where the user may publish;
  otherwise it is saved as a draft and goes through that language's review;
- "Sync translated pages" needs edit rights on every translation it rewrites,
  and publish rights there to publish them.

Snippets whose rows belong to a language (topics, ``topics.py``): a snippet
is translated only into the user's languages, synced only where the user may
change every row it rewrites, and the segment editor's string, override, PO
file and machine-translation endpoints refuse a row the user may not change.
wagtail-localize's snippet API lists only the rows the user may see.
"""

import contextlib
import functools

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import (
    ObjectDoesNotExist,
    PermissionDenied,
    ValidationError,
)
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views import (
    snippets_api,
    submit_translations,
    update_translations,
)

from .language_scope import user_locale_ids, visible_instances


def target_parent(page, locale):
    """The page in ``locale`` the translation of ``page`` would be created under."""
    for ancestor in page.get_ancestors().filter(depth__gt=1).reverse():
        translation = ancestor.get_translation_or_none(locale)
        if translation is not None:
            return translation
    return Page.get_first_root_node()


def translatable_locales(user, page):
    """``{locale_id: may_publish}`` for every other language ``user`` may
    translate ``page`` into (existing translations included)."""
    if not page.permissions_for_user(user).can_edit():
        return {}
    allowed = {}
    for locale in Locale.objects.exclude(pk=page.locale_id):
        permissions = target_parent(page, locale).permissions_for_user(user)
        if permissions.can_add_subpage():
            allowed[locale.pk] = user.is_superuser or permissions.can_publish()
    return allowed


def _translation_enabled(instance):
    mode = getattr(
        instance,
        "localize_default_translation_mode",
        getattr(settings, "WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE", "synced"),
    )
    return mode == "synced"


@transaction.atomic
def translate_as_draft(page, locales, components, user):
    """wagtail-localize's ``translate_object``, saving drafts instead of publishing."""
    creator = TranslationCreator(user, [])  # sources of related objects, mappings
    creator.create_translations(page)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for locale in locales:
        translation, _created = Translation.objects.update_or_create(
            source=source,
            target_locale=locale,
            defaults={"enabled": _translation_enabled(page)},
        )
        creator.mappings[source].append(translation)
        with contextlib.suppress(ValidationError):
            translation.save_target(user=user, publish=False)
    if components is not None:
        components.save(creator, sources_and_translations=creator.mappings)


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    def allowed_locales(self):
        if not hasattr(self, "_allowed_locales"):
            self._allowed_locales = translatable_locales(self.request.user, self.object)
        return self._allowed_locales

    def check_allowed(self, request):
        allowed = self.allowed_locales()
        if not allowed:
            raise PermissionDenied
        requested = request.POST.getlist("locales")
        if any(not value.isdigit() or int(value) not in allowed for value in requested):
            raise PermissionDenied

    def get(self, request, *args, **kwargs):
        self.check_allowed(request)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.check_allowed(request)
        return super().post(request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(pk__in=self.allowed_locales())
        return form

    def form_valid(self, form):
        locales = list(form.cleaned_data["locales"])
        allowed = self.allowed_locales()
        if all(allowed[locale.pk] for locale in locales):
            return super().form_valid(form)
        if form.cleaned_data["include_subtree"]:
            form.add_error(
                "include_subtree",
                _(
                    "Subpages can be translated only into languages where you may "
                    "publish. Translate this page alone; its translation is saved "
                    "as a draft for review."
                ),
            )
            return self.render_to_response(self.get_context_data(form=form))
        translate_as_draft(self.object, locales, self.components, self.request.user)
        if len(locales) == 1:
            names = locales[0].get_display_name()
            translated = self.object.get_translation(locales[0])
        else:
            names = _("{} locales").format(len(locales))
            translated = None
        messages.success(self.request, self.get_success_message(names))
        return redirect(
            self.get_success_url() or self.get_default_success_url(translated)
        )

    def get_context_data(self, **kwargs):
        form = kwargs.pop("form", None)
        context = super().get_context_data(**kwargs)
        if form is not None:
            context["form"] = form
        return context


class SubmitSnippetTranslationView(submit_translations.SubmitSnippetTranslationView):
    """A snippet translation is a new snippet in the target language (or
    rewrites the one there): it needs the add permission and edit rights in
    every target language (``language_scope.user_locale_ids``)."""

    def dispatch(self, request, *args, **kwargs):
        from wagtail.snippets.views.snippets import get_snippet_model_from_url_params

        model = get_snippet_model_from_url_params(
            kwargs["app_label"], kwargs["model_name"]
        )
        codename = f"{model._meta.app_label}.add_{model._meta.model_name}"
        if not request.user.has_perm(codename):
            raise PermissionDenied
        self.allowed_locale_ids = user_locale_ids(request.user)
        requested = request.POST.getlist("locales")
        if any(
            not value.isdigit() or int(value) not in self.allowed_locale_ids
            for value in requested
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(pk__in=self.allowed_locale_ids)
        if not field.queryset.exists():
            raise PermissionDenied
        return form


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    def get_object(self):
        source = super().get_object()
        instance = source.get_source_instance()
        user = self.request.user
        publish = bool(self.request.POST.get("publish_translations"))
        if isinstance(instance, Page):
            targets = [instance]
            for translation in source.translations.filter(enabled=True):
                with contextlib.suppress(Page.DoesNotExist):
                    targets.append(translation.get_target_instance())
            for page in targets:
                permissions = page.permissions_for_user(user)
                if not permissions.can_edit() or (
                    publish and not permissions.can_publish()
                ):
                    raise PermissionDenied
        else:
            # A snippet's rows each belong to a language (topics.py): syncing
            # rewrites every translation, so it needs rights on each of them.
            policy = policy_registry.get_by_type(type(instance))
            targets = [instance]
            for translation in source.translations.filter(enabled=True):
                with contextlib.suppress(ObjectDoesNotExist):
                    targets.append(translation.get_target_instance())
            if not all(
                policy.user_has_permission_for_instance(user, "change", target)
                for target in targets
            ):
                raise PermissionDenied
        return source


def translation_target_in_scope(view):
    """wagtail-localize's string, override and PO file endpoints check only
    "may change this snippet type" for a snippet; the row they change must
    also be one the user may change (its language's policy)."""

    @functools.wraps(view)
    def scoped(request, translation_id, *args, **kwargs):
        translation = Translation.objects.filter(pk=translation_id).first()
        if translation is not None:
            try:
                target = translation.get_target_instance()
            except ObjectDoesNotExist:
                target = None
            if target is not None and not isinstance(target, Page):
                policy = policy_registry.get_by_type(type(target))
                if not policy.user_has_permission_for_instance(
                    request.user, "change", target
                ):
                    raise PermissionDenied
        return view(request, translation_id, *args, **kwargs)

    return scoped


class ScopedSnippetsAPI(snippets_api.SnippetViewSet):
    """wagtail-localize's snippet listing for its choosers: only the rows the
    user may see (another language's topics and banners stay out)."""

    def get_queryset(self):
        return visible_instances(self.request.user, self.get_model())
