"""Error pages in the reader's language, taken from the URL prefix."""

import sys

from django.conf import settings
from django.db import DatabaseError
from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.utils import translation


def _language_from_path(path):
    prefix = path.lstrip("/").split("/", 1)[0]
    codes = {code for code, _name in settings.LANGUAGES}
    return prefix if prefix in codes else settings.LANGUAGE_CODE


# How long readers are asked to wait while the database is unreachable.
RETRY_AFTER_SECONDS = 30


def _database_unavailable():
    """The exception being handled means the database cannot be reached."""
    error = sys.exc_info()[1]
    while error is not None:
        if isinstance(error, (OperationalError, InterfaceError)):
            return True
        if isinstance(error, DatabaseError):
            return False  # a bad query, not an outage
        error = error.__cause__ or error.__context__
    return False


def server_error(request, template_name="500.html"):
    if _database_unavailable():
        return _render(request, "503.html", HttpResponse, status=503)
    return _render(request, template_name, HttpResponseServerError)


def _render(request, template_name, response_class, **kwargs):
    # No context processors or database: the database may be what failed.
    with translation.override(_language_from_path(request.path)):
        language = translation.get_language()
        try:
            body = loader.get_template(template_name).render(
                {
                    "language": language,
                    "direction": "rtl" if language == "ar" else "ltr",
                }
            )
        except Exception:  # the error page itself must never fail
            status = kwargs.get("status", 500)
            body = f"<!DOCTYPE html><html lang='{language}'><h1>{status}</h1></html>"
    response = response_class(body, **kwargs)
    if response.status_code == 503:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
