"""Admin views of two-factor sign-in: the code step, enrolment, the device list.

Mounted under ``/admin/2fa/`` by ``wagtail_hooks``; Wagtail wraps them in its
admin-access check and ``never_cache``. Which page a half-signed-in user may see
is decided by :class:`hejnal.editorial.two_factor.TwoFactorMiddleware`.
"""

import base64
import io
from base64 import b32encode

from django import forms
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.qr import write_qrcode_image

from .two_factor import required_for


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=10,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autofocus": True,
            }
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


def _next_url(request):
    candidate = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(
        REDIRECT_FIELD_NAME, ""
    )
    if url_has_allowed_host_and_scheme(
        candidate,
        allowed_hosts={request.get_host()},
        require_https=request.is_secure(),
    ):
        return candidate
    return reverse("wagtailadmin_home")


def _matching_device(devices, code, form):
    """The device ``code`` verifies, or None with the reason added to ``form``."""
    throttled = False
    for device in devices:
        allowed, _info = device.verify_is_allowed()
        if not allowed:
            throttled = True
        elif device.verify_token(code):
            return device
    form.add_error(
        "code",
        gettext("Too many wrong codes. Wait a few seconds, then try again.")
        if throttled
        else gettext(
            "That code is not right. Enter the current code from your app; "
            "if it keeps failing, check the time on your phone."
        ),
    )
    return None


@sensitive_post_parameters("code")
def verify(request):
    next_url = _next_url(request)
    user = request.user
    devices = list(devices_for_user(user, confirmed=True))
    if user.is_verified() or not devices:
        return redirect(next_url)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = _matching_device(devices, form.cleaned_data["code"], form)
        if device is not None:
            otp_login(request, device)
            return redirect(next_url)
    return TemplateResponse(
        request,
        "editorial/two_factor/verify.html",
        {"form": form, "next": next_url},
    )


def _qr_data_uri(text):
    out = io.BytesIO()
    write_qrcode_image(text, out)
    return "data:image/svg+xml;base64," + base64.b64encode(out.getvalue()).decode()


def _grouped(secret):
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@sensitive_post_parameters("code")
def enrol(request):
    user = request.user
    device = (
        TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    )
    if device is None:
        device = TOTPDevice.objects.create(
            user=user, name=gettext("Authenticator app"), confirmed=False
        )
    form = CodeForm(request.POST or None)
    confirmed = (
        request.method == "POST"
        and form.is_valid()
        and _matching_device([device], form.cleaned_data["code"], form)
    )
    if confirmed:
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
        otp_login(request, device)
        messages.success(
            request,
            gettext(
                "Two-factor sign-in is on: from now on the admin asks for a "
                "code from your app after your password."
            ),
        )
        return redirect("hejnal_2fa_devices")
    return TemplateResponse(
        request,
        "editorial/two_factor/enrol.html",
        {
            "page_title": gettext("Set up two-factor sign-in"),
            "header_icon": "lock",
            "form": form,
            "qr_code": _qr_data_uri(device.config_url),
            "secret": _grouped(b32encode(device.bin_key).decode()),
        },
    )


def devices(request):
    user = request.user
    return TemplateResponse(
        request,
        "editorial/two_factor/devices.html",
        {
            "page_title": gettext("Two-factor sign-in"),
            "header_icon": "lock",
            "devices": TOTPDevice.objects.filter(user=user, confirmed=True).order_by(
                "pk"
            ),
            "required": required_for(user),
        },
    )


@require_POST
def remove(request, pk):
    device = get_object_or_404(TOTPDevice, pk=pk, user=request.user, confirmed=True)
    device.delete()
    messages.success(request, gettext("The authenticator app has been removed."))
    return redirect("hejnal_2fa_devices")


urlpatterns = [
    path("2fa/", devices, name="hejnal_2fa_devices"),
    path("2fa/enrol/", enrol, name="hejnal_2fa_enrol"),
    path("2fa/verify/", verify, name="hejnal_2fa_verify"),
    path("2fa/<int:pk>/remove/", remove, name="hejnal_2fa_remove"),
]
