"""Two-factor sign-in for the admin, on django-otp (TOTP authenticator apps).

django-otp keeps the devices, checks codes (each code once, with growing
waits after wrong ones) and records in the session which device verified the
user. What it leaves to the project is the sign-in flow, done here:

* a user with a confirmed device who has only given the password is sent to
  the code step (``hejnal_2fa_verify``) for every page but the few below;
* a user without one is sent to enrolment only if :func:`required_for` them
  (``HEJNAL_2FA_REQUIRED``; in production by default everyone who
  :func:`may_publish_or_administer`); everyone else signs in with the password
  alone.

Anonymous readers are never looked at beyond ``is_authenticated``: no query,
no session write, no cookie.
"""

from fnmatch import fnmatchcase

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django_otp import user_has_device
from django_otp.middleware import OTPMiddleware
from wagtail.models import GroupApprovalTask, GroupPagePermission

from .roles import ADMINISTRATORS
from .two_factor_setting import PUBLISHERS

# Reachable while the code has not been given: the steps themselves, signing
# out (or in as someone else) and what the admin's pages load around them.
ALWAYS_ALLOWED = {
    "hejnal_2fa_verify",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}
ENROLMENT = {"hejnal_2fa_enrol", "hejnal_2fa_devices"}

# Rights that change the site for everyone or hand out rights: managing users,
# groups, sites, languages, workflows and redirects, and the site-wide alert
# banner (it goes live without review).
ADMIN_PERMISSIONS = (
    *(
        f"{app}.{action}_{model}"
        for app, model in (
            ("auth", "user"),
            ("auth", "group"),
            ("wagtailcore", "site"),
            ("wagtailcore", "locale"),
            ("wagtailcore", "workflow"),
            ("wagtailcore", "task"),
            ("wagtailredirects", "redirect"),
            ("editorial", "alertbanner"),
        )
        for action in ("add", "change", "delete")
    ),
)


def required_setting():
    value = getattr(settings, "HEJNAL_2FA_REQUIRED", False)
    if isinstance(value, bool) or value == PUBLISHERS:
        return value
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ImproperlyConfigured(
        f"HEJNAL_2FA_REQUIRED must be True, False, {PUBLISHERS!r} or a list of "
        "group names."
    )


def may_publish_or_administer(user):
    """Whether ``user`` can put something before readers without anyone's
    review, or change who may: superusers, Administrators, anyone with
    ``publish_page`` on any page, anyone who approves a workflow step, and
    anyone with one of :data:`ADMIN_PERMISSIONS`."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    groups = user.groups.all()
    return (
        groups.filter(name=ADMINISTRATORS).exists()
        or GroupPagePermission.objects.filter(
            group__in=groups, permission__codename="publish_page"
        ).exists()
        or GroupApprovalTask.objects.filter(active=True, groups__in=groups).exists()
        or any(user.has_perm(permission) for permission in ADMIN_PERMISSIONS)
    )


def required_for(user):
    """Whether ``user`` must enrol a device before using the admin."""
    if not user.is_authenticated:
        return False
    cached = getattr(user, "_hejnal_2fa_required", None)
    if cached is not None:
        return cached
    required = required_setting()
    if required == PUBLISHERS:
        required = may_publish_or_administer(user)
    elif isinstance(required, list):
        patterns = required
        required = bool(patterns) and (
            user.is_superuser
            or any(
                fnmatchcase(name, pattern)
                for name in user.groups.values_list("name", flat=True)
                for pattern in patterns
            )
        )
    # Only the admin asks for it: a signed-in user without admin access has
    # nothing to enrol for.
    required = required and user.has_perm("wagtailadmin.access_admin")
    user._hejnal_2fa_required = required
    return required


class TwoFactorMiddleware(OTPMiddleware):
    """django-otp's middleware, plus the redirects to the code or enrolment step.

    Goes right after ``AuthenticationMiddleware``; django-axes' middleware
    stays last and keeps refusing locked-out password sign-ins on its own.
    """

    async_capable = False

    def __init__(self, get_response):
        required_setting()  # a wrong value fails at start-up, not per request
        super().__init__(get_response)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        name = request.resolver_match.url_name
        if name in ALWAYS_ALLOWED:
            return None
        if user_has_device(user, confirmed=True):
            return redirect_to_login(
                request.get_full_path(), login_url=reverse("hejnal_2fa_verify")
            )
        if name in ENROLMENT or not required_for(user):
            return None
        return redirect_to_login(
            request.get_full_path(), login_url=reverse("hejnal_2fa_enrol")
        )
