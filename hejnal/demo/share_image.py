"""The demo site's share image: a 1200×630 card in the brand's colours.

Pages without an image of their own are shared with it (Settings → Brand).
It carries no words, so one image serves every language; each language's
home page describes it in that language.
"""

import io

from PIL import Image, ImageDraw

SIZE = (1200, 630)
TITLE = "demo-share-image"

ALTS = {
    "pl": (
        "Panorama Krakowa w barwach miasta: dwie wieże Bazyliki Mariackiej "
        "nad dachami Starego Miasta"
    ),
    "en": (
        "Kraków's skyline in the city's colours: the two towers of St Mary's "
        "Basilica above the Old Town roofs"
    ),
    "de": (
        "Krakauer Silhouette in den Farben der Stadt: die beiden Türme der "
        "Marienkirche über den Dächern der Altstadt"
    ),
    "uk": (
        "Силует Кракова в кольорах міста: дві вежі Маріацького костелу "
        "над дахами Старого міста"
    ),
    "ar": (
        "أفق كراكوف بألوان المدينة: برجا كنيسة القديسة مريم فوق أسطح البلدة القديمة"
    ),
}


def _hex(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _mix(first, second, share):
    return tuple(round(a + (b - a) * share) for a, b in zip(first, second, strict=True))


def _tower(draw, x, width, top, bottom, spire, colour):
    draw.rectangle([x, top, x + width, bottom], fill=colour)
    draw.polygon(
        [(x - 6, top), (x + width / 2, top - spire), (x + width + 6, top)],
        fill=colour,
    )


def draw_share_image(primary="#1f4e8c", accent="#8c1c13"):
    """JPEG bytes of the card, deterministic for its colours."""
    width, height = SIZE
    base, highlight = _hex(primary), _hex(accent)
    white = (255, 255, 255)
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        draw.line([(0, y), (width, y)], fill=_mix(base, white, 0.55 * y / height))
    draw.ellipse([840, 70, 1040, 270], fill=_mix(highlight, white, 0.35))
    ground = 520
    roofs = _mix(base, (0, 0, 0), 0.35)
    x = 0
    for step, (w, h) in enumerate(
        [(110, 90), (90, 130), (140, 70), (100, 150), (120, 100), (90, 120)] * 3
    ):
        draw.rectangle([x, ground - h, x + w, height], fill=roofs)
        draw.polygon(
            [
                (x - 8, ground - h),
                (x + w / 2, ground - h - 50),
                (x + w + 8, ground - h),
            ],
            fill=_mix(roofs, highlight, 0.25 if step % 2 else 0.1),
        )
        x += w + 4
    towers = _mix(base, (0, 0, 0), 0.55)
    _tower(draw, 470, 70, 190, height, 150, towers)
    _tower(draw, 580, 60, 260, height, 70, towers)
    draw.rectangle([0, height - 24, width, height], fill=highlight)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer.getvalue()
