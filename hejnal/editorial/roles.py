"""Editorial roles: one editor and one moderator group per content language.

Groups are created by a data migration; the permissions that hang on pages
(each language's home page) can only be given once those pages exist, so they
are (re)applied by :func:`sync_language_permissions`, called from the migration,
from ``load_demo`` and from ``manage.py sync_roles``. Every function is
idempotent and accepts historical ``apps`` so migrations can use it.
"""

from django.apps import apps as global_apps
from django.conf import settings

ADMINISTRATORS = "Administrators"
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
MODERATOR_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
)
COLLECTION_PERMISSIONS = {
    "images.cityimage": ("add_image", "change_image", "choose_image"),
    "wagtaildocs.document": ("add_document", "change_document", "choose_document"),
}
# wagtail-localize checks only this global permission; which languages a user
# may translate into is decided by the page permissions on the target tree
# (hejnal.editorial.translation_views).
TRANSLATION_PERMISSIONS = {"wagtail_localize.translation": ("submit_translation",)}
EDITOR_MODEL_PERMISSIONS = {
    "wagtailadmin.admin": ("access_admin",),
    "news.topic": ("add_topic", "change_topic", "view_topic"),
    **TRANSLATION_PERMISSIONS,
}
ALERT_PERMISSIONS = {
    "editorial.alertbanner": (
        "add_alertbanner",
        "change_alertbanner",
        "delete_alertbanner",
        "view_alertbanner",
    ),
}
MODERATOR_MODEL_PERMISSIONS = {
    **EDITOR_MODEL_PERMISSIONS,
    **ALERT_PERMISSIONS,
    "news.topic": ("add_topic", "change_topic", "delete_topic", "view_topic"),
}


def languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def editors_group_name(code):
    return f"Editors ({code})"


def moderators_group_name(code):
    return f"Moderators ({code})"


def user_languages(user, action="change"):
    """Codes of the language trees where ``user`` may ``action`` ("change",
    "add", "publish") pages: from the page permissions on each home page, so
    a hand-made group counts as much as the role groups."""
    if not user.is_active:
        return set()
    if user.is_superuser:
        return set(languages())
    check = {
        "change": "can_edit",
        "add": "can_add_subpage",
        "publish": "can_publish",
    }[action]
    return {
        code
        for code, home in language_homes().items()
        if getattr(home.permissions_for_user(user), check)()
    }


def ensure_groups(apps=global_apps):
    """Create the role groups; returns ``{name: group}``."""
    Group = apps.get_model("auth", "Group")
    names = [ADMINISTRATORS]
    for code in languages():
        names += [editors_group_name(code), moderators_group_name(code)]
    return {name: Group.objects.get_or_create(name=name)[0] for name in names}


def _permissions(apps, spec):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for model_key, codenames in spec.items():
        app_label, model = model_key.split(".")
        found += list(
            Permission.objects.filter(
                content_type__app_label=app_label,
                content_type__model=model,
                codename__in=codenames,
            )
        )
    return found


def _page_permissions(apps, codenames):
    Permission = apps.get_model("auth", "Permission")
    return list(
        Permission.objects.filter(
            content_type__app_label="wagtailcore",
            content_type__model="page",
            codename__in=codenames,
        )
    )


def language_homes(apps=global_apps):
    HomePage = apps.get_model("pages", "HomePage")
    return {
        home.locale.language_code: home
        for home in HomePage.objects.select_related("locale").filter(depth=2)
    }


def sync_language_permissions(apps=global_apps):
    """Give each language's groups their rights on that language's tree.

    Returns the language codes whose home page was found.
    """
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    Collection = apps.get_model("wagtailcore", "Collection")
    Page = apps.get_model("wagtailcore", "Page")
    groups = ensure_groups(apps)
    root_collection = Collection.objects.filter(depth=1).first()
    collection_permissions = _permissions(apps, COLLECTION_PERMISSIONS)
    editor_model_permissions = _permissions(apps, EDITOR_MODEL_PERMISSIONS)
    moderator_model_permissions = _permissions(apps, MODERATOR_MODEL_PERMISSIONS)
    homes = language_homes(apps)

    admin_group = groups[ADMINISTRATORS]
    admin_group.permissions.add(
        *_permissions(
            apps,
            {
                "wagtailadmin.admin": ("access_admin",),
                **ALERT_PERMISSIONS,
                **TRANSLATION_PERMISSIONS,
            },
        )
    )
    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        for permission in _page_permissions(
            apps, (*MODERATOR_PAGE_PERMISSIONS, "bulk_delete_page")
        ):
            GroupPagePermission.objects.get_or_create(
                group=admin_group, page_id=root_page.pk, permission=permission
            )

    for code in languages():
        for group, page_codenames, model_permissions in (
            (
                groups[editors_group_name(code)],
                EDITOR_PAGE_PERMISSIONS,
                editor_model_permissions,
            ),
            (
                groups[moderators_group_name(code)],
                MODERATOR_PAGE_PERMISSIONS,
                moderator_model_permissions,
            ),
        ):
            group.permissions.add(*model_permissions)
            if root_collection is not None:
                for permission in collection_permissions:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=root_collection,
                        permission=permission,
                    )
            home = homes.get(code)
            if home is None:
                continue
            for permission in _page_permissions(apps, page_codenames):
                GroupPagePermission.objects.get_or_create(
                    group=group, page_id=home.pk, permission=permission
                )
    return sorted(homes)


def sync_from_migration(apps, schema_editor):
    """RunPython entry point: permissions first, as post_migrate has not run yet."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_language_permissions(apps)
