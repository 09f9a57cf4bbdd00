"""All five lemmatisers in one process stay small (memory-mapped tries)."""

import subprocess
import sys

SCRIPT = """
import django, os, time
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hejnal.settings.test")
django.setup()
from django.conf import settings
from hejnal.search.analyzer import terms
from hejnal.search.lemmas import warm_up
warm_up(code for code, _ in settings.LANGUAGES)
assert terms("Krakowie", "pl") == ["krakow"]
for code, _ in settings.LANGUAGES:
    terms("test", code)
rss = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0]
print(int(rss.split()[1]) // 1024)
"""


def test_a_process_with_every_language_stays_under_300_mb():
    # Build the tries first (a one-off per machine), then measure a fresh process.
    subprocess.run([sys.executable, "-c", SCRIPT], check=True, capture_output=True)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], check=True, capture_output=True, text=True
    )
    peak_mb = int(done.stdout.strip().splitlines()[-1])
    assert peak_mb < 300, f"peak RSS {peak_mb} MB"
