"""Privacy-friendly embed addresses for the video providers editors use.

Wagtail's own embeds fetch oEmbed data from the provider when a page renders,
which would contact a third party for every reader; here the iframe address is
derived from the URL alone and only rendered once the reader has consented.
"""

import re
from urllib.parse import parse_qs, urlparse

_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")
_VIMEO_ID = re.compile(r"^\d{4,12}$")


def _youtube_id(parsed):
    host = parsed.netloc.lower().removeprefix("www.").removeprefix("m.")
    if host == "youtu.be":
        candidate = parsed.path.strip("/").split("/")[0]
    elif host in {"youtube.com", "youtube-nocookie.com"}:
        if parsed.path == "/watch":
            candidate = parse_qs(parsed.query).get("v", [""])[0]
        else:
            parts = parsed.path.strip("/").split("/")
            candidate = (
                parts[1]
                if len(parts) > 1 and parts[0] in {"embed", "shorts", "live"}
                else ""
            )
    else:
        return None
    return candidate if _YOUTUBE_ID.match(candidate) else None


def embed_src(url):
    """The iframe ``src`` for a supported video URL, or ``None``."""
    try:
        parsed = urlparse(url or "")
    except ValueError:
        return None
    if parsed.scheme not in {"http", "https"}:
        return None
    video_id = _youtube_id(parsed)
    if video_id:
        return f"https://www.youtube-nocookie.com/embed/{video_id}"
    host = parsed.netloc.lower().removeprefix("www.")
    if host in {"vimeo.com", "player.vimeo.com"}:
        candidate = parsed.path.strip("/").split("/")[-1]
        if _VIMEO_ID.match(candidate):
            return f"https://player.vimeo.com/video/{candidate}?dnt=1"
    return None


def provider_name(url):
    host = (urlparse(url or "").netloc or "").lower()
    if "youtu" in host:
        return "YouTube"
    if "vimeo" in host:
        return "Vimeo"
    return host
