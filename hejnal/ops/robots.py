from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from hejnal.core.origin import absolute


@require_GET
def robots_txt(request):
    sitemap = absolute(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/cookies/",
        f"Sitemap: {sitemap}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
