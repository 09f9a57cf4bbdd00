"""Editorial roles: one editor and one moderator group per content language.

Groups are created by a data migration; the permissions that hang on pages
(each language's home page) can only be given once those pages exist, so they
are (re)applied by :func:`sync_language_permissions`, called from the migration,
from ``load_demo`` and from ``manage.py sync_roles``. Every function is
idempotent and accepts historical ``apps`` so migrations can use it.

Images and documents: one collection per language, named after the language
(“Polski”, “English”, …), directly below the root collection. A language's
groups add and change files in their own collection only; every editorial
group may *choose* any file (choosing a photo does not change it, and a
translation keeps its source's images). The root collection is the shared
library: only administrators add, change or delete files there, so a file
that every language shows can be changed only by someone answerable to every
language.
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
    "wagtailimages.image": ("add_image", "change_image", "choose_image"),
    "wagtaildocs.document": ("add_document", "change_document", "choose_document"),
}
SHARED_COLLECTION_PERMISSIONS = {
    "wagtailimages.image": ("choose_image",),
    "wagtaildocs.document": ("choose_document",),
}
ADMIN_COLLECTION_PERMISSIONS = {
    "wagtailimages.image": (
        "add_image",
        "change_image",
        "delete_image",
        "choose_image",
    ),
    "wagtaildocs.document": (
        "add_document",
        "change_document",
        "delete_document",
        "choose_document",
    ),
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


def language_name(code):
    return dict(settings.WAGTAIL_CONTENT_LANGUAGES).get(code, code)


def user_languages(user, action="change"):
    """Codes of the language trees where ``user`` may ``action`` ("change",
    "add", "publish") pages: from the page permissions on each home page, so
    a hand-made group counts as much as the role groups.

    Remembered on the user object for the rest of the request, as Wagtail
    does with its own permission caches."""
    if not user.is_active:
        return set()
    if user.is_superuser:
        return set(languages())
    cache = user.__dict__.setdefault("_hejnal_user_languages", {})
    if action not in cache:
        check = {
            "change": "can_edit",
            "add": "can_add_subpage",
            "publish": "can_publish",
        }[action]
        cache[action] = {
            code
            for code, home in language_homes().items()
            if getattr(home.permissions_for_user(user), check)()
        }
    return set(cache[action])


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


def _add_child_collection(Collection, parent, name):
    """A child collection, placed where treebeard expects it.

    Wagtail keeps collections sorted by name in their materialised paths
    (``node_order_by``); a path appended by hand breaks the next
    ``add_child`` (a unique-path error in the admin). Historical models have
    no treebeard methods, so the real model inserts it; its table is the same.
    """
    from wagtail.models import Collection as TreeCollection  # treebeard insert

    child = TreeCollection.objects.get(pk=parent.pk).add_child(name=name)
    return Collection.objects.get(pk=child.pk)


def language_collections(apps=global_apps, create=False):
    """``{code: collection}`` of the languages' own collections below the root,
    found by the language's name (created when ``create``)."""
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return {}
    children = {
        collection.name: collection
        for collection in Collection.objects.filter(path__startswith=root.path, depth=2)
    }
    found = {}
    for code in languages():
        name = language_name(code)
        if name not in children and create:
            children[name] = _add_child_collection(Collection, root, name)
        if name in children:
            found[code] = children[name]
    return found


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
    collections = language_collections(apps, create=True)
    collection_permissions = _permissions(apps, COLLECTION_PERMISSIONS)
    shared_permissions = _permissions(apps, SHARED_COLLECTION_PERMISSIONS)
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
    if root_collection is not None:
        for permission in _permissions(apps, ADMIN_COLLECTION_PERMISSIONS):
            GroupCollectionPermission.objects.get_or_create(
                group=admin_group, collection=root_collection, permission=permission
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
                # Before each language had its collection, every group could
                # add and change files in the root (the shared library).
                GroupCollectionPermission.objects.filter(
                    group=group, collection=root_collection
                ).exclude(permission__in=shared_permissions).delete()
                for permission in shared_permissions:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=root_collection,
                        permission=permission,
                    )
            if code in collections:
                for permission in collection_permissions:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=collections[code],
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
