"""Demo editors and moderators, loaded by ``load_demo`` (hejnal.demo.loader).

One user per role and language, all with the demo password, so each step of
the review workflow can be tried by logging in as a different person.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from hejnal.demo.loader import ADMIN_PASSWORD

from . import roles, workflows


def demo_users():
    """``(username, group name, language code or None)`` for every demo role."""
    users = [("administrator", roles.ADMINISTRATORS, None)]
    for code in roles.languages():
        users.append((f"editor_{code}", roles.editors_group_name(code), code))
        users.append((f"moderator_{code}", roles.moderators_group_name(code), code))
    return users


def load(loader, homes):
    roles.sync_language_permissions()
    workflows.sync_workflows()
    User = get_user_model()
    groups = {group.name: group for group in Group.objects.all()}
    for username, group_name, code in demo_users():
        user = User.objects.filter(username=username).first()
        if user is None:
            role, _sep, _lang = username.partition("_")
            user = User.objects.create_user(
                username,
                f"{username}@example.org",
                ADMIN_PASSWORD,
                first_name=role.capitalize(),
                last_name=(code or "").upper(),
            )
            loader.summary.add("users")
        user.groups.add(groups[group_name])
        if group_name == roles.ADMINISTRATORS and not user.is_superuser:
            user.is_superuser = True
            user.is_staff = True
            user.save(update_fields=["is_superuser", "is_staff"])
    logins = ", ".join(username for username, _group, _code in demo_users())
    loader.out(f"Editorial logins (password {ADMIN_PASSWORD}): {logins}")
