"""The city's name and logo in the admin, where Wagtail would show its own.

The name is the site name of the home page in the editor's admin language (the
site's name, then ``WAGTAIL_SITE_NAME``, where there is none); the logo is the
one in Settings → Brand, or, until one is chosen, the name's initial on the
brand's primary colour.
"""

from dataclasses import dataclass
from urllib.parse import quote

from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

from hejnal.core.models import BrandSettings
from hejnal.pages.models import HomePage

REQUEST_ATTRIBUTE = "_hejnal_admin_brand"
FAVICON_SPEC = "fill-64x64|format-png"
MONOGRAM = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="{size}"'
    ' height="{size}" class="hejnal-admin-logo"{label}><rect width="64" height="64"'
    ' rx="12" fill="{colour}"/><text x="32" y="44" text-anchor="middle"'
    ' font-family="sans-serif" font-size="34" font-weight="700"'
    ' fill="#ffffff">{initial}</text></svg>'
)


@dataclass(frozen=True)
class AdminBrand:
    name: str
    logo: object  # the brand's CityImage, or None
    colour: str

    @property
    def initial(self):
        return self.name.strip()[:1].upper()

    def monogram(self, label="", size=64):
        """The initial on the brand colour, as inline SVG (``label``: its name
        for assistive technology; without one it is decorative)."""
        return format_html(
            MONOGRAM,
            size=size,
            colour=self.colour,
            initial=self.initial,
            label=(
                format_html(' role="img" aria-label="{}"', label)
                if label
                else mark_safe(' aria-hidden="true" focusable="false"')
            ),
        )

    @property
    def labelled_monogram(self):
        return self.monogram(label=self.name)

    @property
    def favicon_url(self):
        if self.logo is not None:
            try:
                return self.logo.get_rendition(FAVICON_SPEC).url
            except SourceImageIOError:
                pass
        return "data:image/svg+xml," + quote(str(self.monogram()))


def _site(request):
    site = Site.find_for_request(request) if request is not None else None
    return site or Site.objects.filter(is_default_site=True).first()


def _name(site):
    language = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    home = (
        HomePage.objects.live()
        .filter(locale__language_code=language)
        .only("site_name")
        .order_by("path")
        .first()
    )
    if home is not None and home.site_name:
        return home.site_name
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME


def admin_brand(request):
    """The brand for this admin request (looked up once per request)."""
    found = getattr(request, REQUEST_ATTRIBUTE, None)
    if found is not None:
        return found
    site = _site(request)
    brand = BrandSettings.for_site(site) if site is not None else None
    found = AdminBrand(
        name=_name(site),
        logo=brand.logo if brand is not None else None,
        colour=(
            brand.primary_colour
            if brand is not None
            else BrandSettings._meta.get_field("primary_colour").default
        ),
    )
    if request is not None:
        setattr(request, REQUEST_ATTRIBUTE, found)
    return found
