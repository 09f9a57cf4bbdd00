from urllib.parse import urlsplit

from django.http import HttpResponseForbidden, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .choice import ACCEPTED, COOKIE_NAME, MAX_AGE, REJECTED, read_choice


def _same_origin(request):
    """Stand-in for a CSRF token, which would itself need a cookie.

    Browsers send Origin (and Sec-Fetch-Site) with every form POST; a post from
    another site is refused. The worst a forged post could do is record a
    cookie choice, but it is still refused.
    """
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in {
        "same-origin",
        "none",
    }:
        return False
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return urlsplit(origin).netloc == request.get_host()
    return True


@csrf_exempt
@require_http_methods(["GET", "POST"])
def cookie_settings(request):
    if request.method == "GET":
        return render(
            request,
            "consent/settings.html",
            {
                "current_choice": read_choice(request),
                "next": request.GET.get("next", ""),
                "hide_cookie_notice": True,
            },
        )
    if not _same_origin(request):
        return HttpResponseForbidden(
            _("Cross-site request refused."), content_type="text/plain; charset=utf-8"
        )
    choice = {"accept": ACCEPTED, "reject": REJECTED}.get(request.POST.get("choice"))
    target = request.POST.get("next") or request.path
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = request.path
    if choice is None:
        return render(
            request,
            "consent/settings.html",
            {
                "current_choice": read_choice(request),
                "next": target,
                "error": _("Choose whether to allow external content."),
                "hide_cookie_notice": True,
            },
            status=400,
        )
    response = HttpResponseRedirect(target)
    response.set_cookie(
        COOKIE_NAME,
        choice,
        max_age=MAX_AGE,
        samesite="Lax",
        secure=request.is_secure(),
        httponly=False,  # read by the script that loads embeds without a reload
    )
    return response
