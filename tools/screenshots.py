"""Full-page screenshots of every page type at 320 and 1280 px, Polish and Arabic.

    python tools/screenshots.py [--base URL --urls FILE] [--out reports/screenshots]

Without ``--base`` it starts the demo server of ``tools/demo_server.py``.
Files are named ``<PageType>-<lang>-<width>.png``.
"""

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_server import ROOT, demo_server  # noqa: E402

CHROME_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LANGUAGES = ["pl", "ar"]
WIDTHS = [320, 1280]


def shoot(base, urls, out):
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    page_types = sorted({key.split(":")[0] for key in urls})
    count = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
            args=CHROME_ARGS,
        )
        for width in WIDTHS:
            context = browser.new_context(viewport={"width": width, "height": 900})
            page = context.new_page()
            for language in LANGUAGES:
                for page_type in page_types:
                    path = urls.get(f"{page_type}:{language}")
                    if not path:
                        continue
                    page.goto(base + path, wait_until="networkidle")
                    target = out / f"{page_type}-{language}-{width}.png"
                    page.screenshot(path=str(target), full_page=True)
                    count += 1
            context.close()
        browser.close()
    print(f"{count} screenshots in {out}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="an already running site; else one is started")
    parser.add_argument("--urls", help="JSON file of page keys to paths (with --base)")
    parser.add_argument("--out", default=str(ROOT / "reports" / "screenshots"))
    args = parser.parse_args()
    if args.base:
        shoot(
            args.base.rstrip("/"),
            json.loads(Path(args.urls).read_text()),
            Path(args.out),
        )
    else:
        with demo_server() as (base, urls):
            shoot(base, urls, Path(args.out))


if __name__ == "__main__":
    main()
