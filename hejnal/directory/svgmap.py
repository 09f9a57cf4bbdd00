"""A map of partner cities, drawn on the server as an SVG file.

Equirectangular projection (longitude and latitude mapped linearly to x and
y) onto a graticule; no tiles, no outline data, no JavaScript. Each city is a
circle and a text label; labels are placed greedily so they do not overlap.
European cities, which would crowd the world view, are drawn on an enlarged
second map.

The maps are separate images (``<page>/map/world/``), not part of
the page: the page stays light, the browser and the HTTP cache keep the
drawing, and no text of the page sits over a drawing whose colours a reader
(or a checker) cannot tell. The table below the maps holds the same cities
for everyone; the image's text alternative says what the map shows. An SVG
shown as an image cannot use the site's stylesheet, so colours are drawn in.
"""

from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

FONT_SIZE = 13
FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif"
SEA = "#eef3f8"
GRID = "#c5d3e0"
EQUATOR = "#8aa2b8"
INSET = "#4a4a55"
TEXT = "#1b1b1f"
CHAR_WIDTH = 8.2  # average advance of a wide bold sans-serif at FONT_SIZE, in px
MARKER_RADIUS = 5


@dataclass(frozen=True)
class Frame:
    """A rectangle of the globe: west, east, north, south in degrees; width in px."""

    key: str
    west: float
    east: float
    north: float
    south: float
    width: int
    step: int  # graticule spacing in degrees

    @property
    def scale(self):
        return self.width / (self.east - self.west)

    @property
    def height(self):
        return round((self.north - self.south) * self.scale)

    def contains(self, lat, lon):
        return self.west <= lon <= self.east and self.south <= lat <= self.north

    def project(self, lat, lon):
        """Pixel position of a point; points beyond the frame sit on its edge."""
        x = min(max((lon - self.west) * self.scale, 0), self.width)
        y = min(max((self.north - lat) * self.scale, 0), self.height)
        return round(x, 1), round(y, 1)


WORLD = Frame("world", -180, 180, 84, -60, 720, 30)
EUROPE = Frame("europe", -12, 42, 62, 34, 720, 10)


@dataclass
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other):
        return not (
            self.x1 <= other.x0
            or other.x1 <= self.x0
            or self.y1 <= other.y0
            or other.y1 <= self.y0
        )

    def area_with(self, other):
        if not self.overlaps(other):
            return 0
        return (min(self.x1, other.x1) - max(self.x0, other.x0)) * (
            min(self.y1, other.y1) - max(self.y0, other.y0)
        )


# (dx, dy, text-anchor) of the label's anchor point relative to the marker
PLACES = [
    (8, 4, "start"),
    (-8, 4, "end"),
    (0, -9, "middle"),
    (0, 18, "middle"),
    (7, -7, "start"),
    (-7, -7, "end"),
    (7, 15, "start"),
    (-7, 15, "end"),
]


def label_box(x, y, text, anchor):
    width = len(text) * CHAR_WIDTH
    x0 = {"start": x, "end": x - width, "middle": x - width / 2}[anchor]
    return Box(x0, y - FONT_SIZE + 2, x0 + width, y + 3)


def place_labels(points, frame):
    """Choose a label position for every (x, y, text): the first free one, else
    the least crowded."""
    taken = [
        Box(x - MARKER_RADIUS, y - MARKER_RADIUS, x + MARKER_RADIUS, y + MARKER_RADIUS)
        for x, y, _text in points
    ]
    placed = []
    # Place crowded points first: those with the most neighbours nearby.
    order = sorted(
        range(len(points)),
        key=lambda i: (
            -sum(
                1
                for x, y, _t in points
                if abs(x - points[i][0]) < 80 and abs(y - points[i][1]) < 30
            )
        ),
    )
    result = {}
    for i in order:
        x, y, text = points[i]
        best = None
        for dx, dy, anchor in PLACES:
            box = label_box(x + dx, y + dy, text, anchor)
            outside = box.x0 < 0 or box.x1 > frame.width or box.y0 < 0
            outside = outside or box.y1 > frame.height
            cost = sum(box.area_with(other) for other in taken) + (
                10_000 if outside else 0
            )
            if best is None or cost < best[0]:
                best = (cost, x + dx, y + dy, anchor, box)
            if cost == 0:
                break
        _cost, lx, ly, anchor, box = best
        taken.append(box)
        result[i] = (round(lx, 1), round(ly, 1), anchor)
    for i in range(len(points)):
        placed.append(result[i])
    return placed


def graticule(frame):
    lines = []
    lon = frame.west - frame.west % frame.step
    while lon <= frame.east:
        if lon >= frame.west:
            x, _y = frame.project(0, lon)
            lines.append(f'<line x1="{x}" y1="0" x2="{x}" y2="{frame.height}"/>')
        lon += frame.step
    lat = frame.south - frame.south % frame.step
    while lat <= frame.north:
        if lat >= frame.south:
            _x, y = frame.project(lat, frame.west)
            colour = f' stroke="{EQUATOR}"' if lat == 0 else ""
            lines.append(f'<line{colour} x1="0" y1="{y}" x2="{frame.width}" y2="{y}"/>')
        lat += frame.step
    return "".join(lines)


def draw_frame(frame, cities, title, description, accent, extra=""):
    """One map as a standalone SVG document (a string)."""
    points = []
    for city in cities:
        x, y = frame.project(float(city.latitude), float(city.longitude))
        points.append((x, y, city.name))
    labels = place_labels(points, frame)
    circles, names = [], []
    for city, (x, y, _text), (lx, ly, anchor) in zip(
        cities, points, labels, strict=True
    ):
        circles.append(f'<circle cx="{x}" cy="{y}" r="{MARKER_RADIUS}"/>')
        lang = f' xml:lang="{city.shown_language}"' if city.is_fallback else ""
        names.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="{}"{}>{}</text>',
                lx,
                ly,
                anchor,
                mark_safe(lang),
                city.name,
            )
        )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {frame.width} {frame.height}" width="{frame.width}" '
        f'height="{frame.height}" direction="ltr" font-size="{FONT_SIZE}" '
        f'font-family="{escape(FONT_FAMILY)}">'
        f"<title>{escape(title)}</title><desc>{escape(description)}</desc>"
        f'<rect fill="{SEA}" width="{frame.width}" height="{frame.height}"/>'
        f'<g stroke="{GRID}" stroke-width="0.75">{graticule(frame)}</g>'
        f"{extra}"
        f'<g fill="{escape(accent)}" stroke="#fff" stroke-width="1.5">'
        f"{''.join(circles)}</g>"
        f'<g fill="{TEXT}" stroke="#fff" stroke-width="3" paint-order="stroke" '
        f'font-weight="600">{"".join(names)}</g>'
        "</svg>"
    )


def _split(cities):
    in_europe = [
        c for c in cities if EUROPE.contains(float(c.latitude), float(c.longitude))
    ]
    return in_europe, [c for c in cities if c not in in_europe]


def maps_for(cities):
    """The maps that show ``cities``: the world map and, if any city is in
    Europe, an enlarged map of Europe. Every city is on exactly one.

    Returns a list of ``{"key", "title", "description", "width", "height"}``
    in the active language; :func:`draw` makes each one's image.
    """
    in_europe, elsewhere = _split(cities)
    maps = []
    if elsewhere or not in_europe:
        maps.append(
            {
                "key": WORLD.key,
                "title": _("Partner cities around the world"),
                "description": _(
                    "World map with a 30° grid: a dot and the name of each "
                    "partner city outside Europe. A dashed rectangle marks "
                    "Europe, enlarged on the next map."
                )
                if in_europe
                else _(
                    "World map with a 30° grid: a dot and the name of each "
                    "partner city."
                ),
                "width": WORLD.width,
                "height": WORLD.height,
            }
        )
    if in_europe:
        maps.append(
            {
                "key": EUROPE.key,
                "title": _("Partner cities in Europe"),
                "description": _(
                    "Map of Europe with a 10° grid: a dot and the name of each "
                    "partner city in Europe."
                ),
                "width": EUROPE.width,
                "height": EUROPE.height,
            }
        )
    return maps


def draw(key, cities, accent):
    """The SVG document of map ``key`` for ``cities``, or None when that map
    is not among :func:`maps_for` ``(cities)``."""
    found = {item["key"]: item for item in maps_for(cities)}
    item = found.get(key)
    if item is None:
        return None
    in_europe, elsewhere = _split(cities)
    if key == EUROPE.key:
        return draw_frame(EUROPE, in_europe, item["title"], item["description"], accent)
    extra = ""
    if in_europe:
        x0, y0 = WORLD.project(EUROPE.north, EUROPE.west)
        x1, y1 = WORLD.project(EUROPE.south, EUROPE.east)
        extra = (
            f'<rect fill="none" stroke="{INSET}" stroke-dasharray="4 3" '
            f'x="{x0}" y="{y0}" width="{round(x1 - x0, 1)}" '
            f'height="{round(y1 - y0, 1)}"/>'
        )
    return draw_frame(
        WORLD, elsewhere, item["title"], item["description"], accent, extra
    )
