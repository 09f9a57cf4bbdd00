"""Lighthouse on home, a category and an article in Polish and English.

    python tools/lighthouse.py [--base http://127.0.0.1:8000] [--out reports/lighthouse]

Without ``--base`` it starts the demo server of ``tools/demo_server.py`` (temp
database, production settings, whitenoise). Runs the npm ``lighthouse`` package
against Debian's Chromium with the default mobile emulation and writes one HTML
and one JSON report per page, plus ``summary.md`` with the scores and LCP.
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_server import ROOT, demo_server  # noqa: E402

CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
PAGES = ["HomePage", "NewsCategoryPage", "ArticlePage"]
LANGUAGES = ["pl", "en"]
ATTEMPTS = 3
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def audit(url, out_base):
    binary = ROOT / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        raise SystemExit("lighthouse is not installed: run `npm ci`")
    env = {
        **os.environ,
        "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium"),
    }
    command = [
        str(binary),
        url,
        f"--chrome-flags={CHROME_FLAGS}",
        "--output=json",
        "--output=html",
        f"--output-path={out_base}",
        "--quiet",
    ]
    # A busy machine sometimes loses the trace (NO_NAVSTART): try again.
    for attempt in range(1, ATTEMPTS + 1):
        if subprocess.run(command, env=env).returncode == 0:
            break
        print(f"lighthouse failed on {url} (attempt {attempt})", flush=True)
    else:
        raise SystemExit(f"lighthouse kept failing on {url}")
    report = json.loads(Path(f"{out_base}.report.json").read_text())
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    audits = report["audits"]
    scores["lcp_s"] = audits["largest-contentful-paint"]["numericValue"] / 1000
    scores["cls"] = audits["cumulative-layout-shift"]["numericValue"]
    scores["kib"] = audits["total-byte-weight"]["numericValue"] / 1024
    return scores


def run(base, urls, out):
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for language in LANGUAGES:
        for page_type in PAGES:
            path = urls[f"{page_type}:{language}"]
            name = f"{page_type.lower()}-{language}"
            print(f"lighthouse {path}", flush=True)
            rows.append((name, path, audit(base + path, out / name)))
    lines = [
        "| page | performance | accessibility | best practices | SEO | LCP | CLS "
        "| weight |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, path, s in rows:
        lines.append(
            f"| {name} (`{path}`) | {s['performance']} | {s['accessibility']} "
            f"| {s['best-practices']} | {s['seo']} | {s['lcp_s']:.2f} s "
            f"| {s['cls']:.3f} | {s['kib']:.0f} KiB |"
        )
    summary = "\n".join(lines) + "\n"
    (out / "summary.md").write_text(summary)
    print(summary)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="an already running site; else one is started")
    parser.add_argument("--urls", help="JSON file of page keys to paths (with --base)")
    parser.add_argument("--out", default=str(ROOT / "reports" / "lighthouse"))
    args = parser.parse_args()
    if args.base:
        urls = json.loads(Path(args.urls).read_text())
        run(args.base.rstrip("/"), urls, Path(args.out))
    else:
        with demo_server() as (base, urls):
            run(base, urls, Path(args.out))


if __name__ == "__main__":
    main()
