"""Stylised demo illustrations drawn with Pillow (no stock photos needed)."""

import io
import random

from PIL import Image, ImageDraw, ImageFilter

SIZE = (1600, 900)


def _hex(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _gradient(draw, top, bottom):
    width, height = SIZE
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(
                round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)
            ),
        )


def _motif(draw, motif, colours, rng):
    width, height = SIZE
    ground = height * 0.68
    if motif in {"roofs", "tower", "arches"}:
        x = 0
        while x < width:
            w = rng.randint(90, 200)
            h = rng.randint(120, 320)
            draw.rectangle([x, ground - h, x + w, height], fill=colours[1])
            draw.polygon(
                [
                    (x - 10, ground - h),
                    (x + w / 2, ground - h - 90),
                    (x + w + 10, ground - h),
                ],
                fill=colours[2],
            )
            if motif == "arches":
                for ax in range(int(x) + 15, int(x + w) - 30, 45):
                    draw.chord(
                        [ax, ground - 60, ax + 30, ground], 180, 360, fill=colours[0]
                    )
            x += w + rng.randint(5, 25)
        if motif == "tower":
            draw.rectangle(
                [width * 0.45, ground - 560, width * 0.52, height], fill=colours[2]
            )
            draw.polygon(
                [
                    (width * 0.44, ground - 560),
                    (width * 0.485, ground - 720),
                    (width * 0.53, ground - 560),
                ],
                fill=colours[1],
            )
    elif motif == "river":
        for i in range(9):
            y = ground + i * 28
            draw.arc(
                [-200, y - 40, width + 200, y + 40], 0, 180, fill=colours[2], width=6
            )
    elif motif == "flags":
        for i in range(6):
            x = 160 + i * 230
            draw.line(
                [(x, ground + 200), (x, ground - 360)], fill=(60, 60, 60), width=8
            )
            draw.rectangle(
                [x, ground - 360, x + 160, ground - 260], fill=colours[i % 3]
            )
    elif motif == "people":
        for i in range(11):
            x = 80 + i * 140 + rng.randint(-20, 20)
            draw.ellipse([x, ground - 230, x + 70, ground - 160], fill=colours[1])
            draw.rounded_rectangle(
                [x - 15, ground - 150, x + 85, height], 30, fill=colours[2]
            )
    elif motif == "tram":
        draw.rounded_rectangle(
            [200, ground - 260, 1400, ground + 40], 40, fill=colours[2]
        )
        for wx in range(260, 1340, 160):
            draw.rectangle([wx, ground - 220, wx + 110, ground - 120], fill=colours[0])
        draw.line([(0, ground + 80), (width, ground + 80)], fill=(40, 40, 40), width=10)
    elif motif == "trees":
        for i in range(14):
            x = rng.randint(0, width)
            r = rng.randint(70, 140)
            draw.rectangle(
                [x - 10, ground - 20, x + 10, ground + 120], fill=(90, 60, 40)
            )
            draw.ellipse(
                [x - r, ground - 2 * r, x + r, ground], fill=colours[i % 2 + 1]
            )
    else:  # circles
        for _i in range(24):
            r = rng.randint(30, 160)
            x, y = rng.randint(0, width), rng.randint(0, height)
            draw.ellipse(
                [x - r, y - r, x + r, y + r],
                outline=colours[rng.randint(1, 2)],
                width=10,
            )


def draw_illustration(key, colours, motif, seed=0):
    """JPEG bytes of a 1600×900 illustration, deterministic for its arguments."""
    rng = random.Random(f"{key}:{seed}")
    palette = [_hex(c) for c in colours]
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    _gradient(draw, palette[0], tuple(min(255, c + 60) for c in palette[0]))
    _motif(draw, motif, palette, rng)
    image = image.filter(ImageFilter.SMOOTH)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()
