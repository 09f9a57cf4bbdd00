from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from hejnal.api import urls as api_urls
from hejnal.consent.views import cookie_settings
from hejnal.directory import urls as directory_urls
from hejnal.editorial import admin_urls as editorial_admin_urls
from hejnal.news import urls as news_urls
from hejnal.ops.password_throttle import (
    authenticate_with_document_password,
    authenticate_with_password,
)
from hejnal.ops.robots import robots_txt
from hejnal.ops.views import healthz, readyz
from hejnal.search import urls as search_urls

handler500 = "hejnal.core.errors.server_error"

urlpatterns = [
    # Before Wagtail's admin: reports that keep each role in its languages.
    path("admin/", include(editorial_admin_urls)),
    path("admin/", include(wagtailadmin_urls)),
    # Before Wagtail's own route: the same view, with wrong passwords limited.
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        authenticate_with_document_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("sitemap.xml", api_urls.sitemap_xml, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    *api_urls.urlpatterns,
    *search_urls.urlpatterns,
    # After every /api/ route: any other address there is the API's JSON 404.
    *api_urls.fallback_urlpatterns,
    *news_urls.urlpatterns,
    *directory_urls.urlpatterns,
]

if settings.DEBUG or settings.HEJNAL_SERVE_MEDIA:
    # Never MEDIA_ROOT/documents: documents only through /documents/ above.
    from hejnal.core.file_visibility import serve_public_media

    urlpatterns.append(
        re_path(
            r"^media/(?P<path>.*)$",
            serve_public_media,
            {"document_root": settings.MEDIA_ROOT},
        )
    )

urlpatterns += i18n_patterns(
    path("cookies/", cookie_settings, name="cookie_settings"),
    *search_urls.i18n_urlpatterns,
    *news_urls.i18n_urlpatterns,
    *directory_urls.i18n_urlpatterns,
    # Before Wagtail's own route: the same view, with wrong passwords limited.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
