import pytest

from hejnal.core.embeds import embed_src


@pytest.mark.parametrize(
    "url,expected",
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        (
            "https://youtu.be/dQw4w9WgXcQ?t=3",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        (
            "https://youtube.com/shorts/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
        ("https://example.com/video.mp4", None),
        ("javascript:alert(1)", None),
        ('https://www.youtube.com/watch?v="><script>', None),
        ("http://[::1", None),
        ("", None),
    ],
)
def test_embed_src_only_for_known_providers(url, expected):
    assert embed_src(url) == expected
