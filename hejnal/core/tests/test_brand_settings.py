import pytest
from django.core.exceptions import ValidationError

from hejnal.core.models import BrandSettings, contrast_ratio


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_default_brand_colours_meet_aa_with_white_text():
    for field in ("primary_colour", "accent_colour"):
        default = BrandSettings._meta.get_field(field).default
        assert contrast_ratio(default, "#ffffff") >= 4.5


@pytest.mark.parametrize("colour", ["#ffcc00", "#aaaaaa", "red", "#12345", ""])
def test_colours_white_text_cannot_read_on_are_refused(colour):
    brand = BrandSettings(primary_colour=colour, accent_colour="#8c1c13")
    with pytest.raises(ValidationError) as error:
        brand.clean()
    assert "primary_colour" in error.value.message_dict


@pytest.mark.django_db
def test_brand_colour_reaches_every_page(client, homes):
    from wagtail.models import Site

    brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    brand.primary_colour = "#004d40"
    brand.save()
    assert b"--brand:#004d40" in client.get(homes["uk"].url).content
