"""Error pages in the reader's language, taken from the URL prefix."""

from django.conf import settings
from django.http import HttpResponseServerError
from django.template import loader
from django.utils import translation


def _language_from_path(path):
    prefix = path.lstrip("/").split("/", 1)[0]
    codes = {code for code, _name in settings.LANGUAGES}
    return prefix if prefix in codes else settings.LANGUAGE_CODE


def server_error(request, template_name="500.html"):
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
            body = f"<!DOCTYPE html><html lang='{language}'><h1>500</h1></html>"
    return HttpResponseServerError(body)
