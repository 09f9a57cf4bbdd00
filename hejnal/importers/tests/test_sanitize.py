import pytest

from hejnal.importers.blocks import html_to_blocks
from hejnal.importers.sanitize import clean_html, plain_text

HOSTILE = [
    '<p onclick="alert(1)">x</p>',
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt&#58;alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
    "<script>alert(1)</script>",
    '<p style="width:expression(alert(1))">x</p>',
    "<style>p{behavior:url(x.htc)}</style>",
    '<svg onload="alert(1)"><script>alert(1)</script></svg>',
    '<iframe src="https://evil.example/"></iframe>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<form action="https://evil.example/"><input></form>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    "<math><mi xlink:href='javascript:alert(1)'>x</mi></math>",
]


@pytest.mark.parametrize("fragment", HOSTILE)
def test_malicious_html_never_survives_sanitising(fragment):
    cleaned = clean_html(fragment).lower()
    for marker in (
        "script",
        "onerror",
        "onclick",
        "onload",
        "javascript:",
        "data:",
        "style",
        "expression",
        "evil.example",
        "<object",
        "<embed",
        "<form",
        "<meta",
        "<svg",
    ):
        assert marker not in cleaned, (fragment, cleaned)


def test_iframes_survive_only_from_video_hosts():
    allowed = '<iframe src="https://www.youtube.com/embed/abcdefgh12"></iframe>'
    assert "youtube.com/embed" in clean_html(allowed)
    assert "src" not in clean_html('<iframe src="http://www.youtube.com/x"></iframe>')
    assert "src" not in clean_html(
        '<iframe src="https://youtube.com.evil.example/"></iframe>'
    )


def test_plain_text_drops_script_content_and_decodes_once():
    assert plain_text("A <script>alert(1)</script>&amp;lt;b&amp;gt;") == "A &lt;b&gt;"
    assert plain_text("Tom &amp; Jerry") == "Tom & Jerry"


def test_blocks_use_only_body_block_types_and_rich_text_features():
    fragment = (
        "<h1>Top</h1><h5>Deep</h5><p><strong>b</strong> <em>i</em> "
        '<u>u</u> <a href="https://ok.example/">ok</a> <a href="/relative">rel</a>'
        "</p><table><tr><td>cell</td></tr></table><ol><li>one</li></ol>"
        "<blockquote><p>Said</p><footer>— Someone</footer></blockquote>"
    )
    blocks = html_to_blocks(fragment)
    assert [block["type"] for block in blocks] == [
        "heading",
        "heading",
        "paragraph",
        "quote",
    ]
    assert blocks[0]["value"] == {"text": "Top", "level": "h2"}
    assert blocks[1]["value"]["level"] == "h4"
    rich = blocks[2]["value"]
    assert "<b>b</b>" in rich and "<i>i</i>" in rich
    assert '<a href="https://ok.example/">ok</a>' in rich
    assert "<u>" not in rich and 'href="/relative"' not in rich
    assert "cell" in rich and "<ol><li>one</li></ol>" in rich
    assert blocks[3]["value"] == {"text": "Said", "attribution": "Someone"}


def test_images_become_blocks_only_when_resolved():
    fragment = '<p>Before<img src="a.jpg" alt="A harbour">after</p>'
    assert [b["type"] for b in html_to_blocks(fragment)] == ["paragraph"]
    blocks = html_to_blocks(fragment, image_resolver=lambda src, alt: 42)
    assert [b["type"] for b in blocks] == ["paragraph", "image"]
    assert blocks[1]["value"] == {"image": 42, "caption": "", "alt_text": "A harbour"}


def test_wordpress_blank_lines_become_paragraphs():
    blocks = html_to_blocks("One\nline\n\nTwo", autop=True)
    assert blocks[0]["value"] == "<p>One<br/>line</p><p>Two</p>"
