"""Copy flag-icons' 4:3 SVG flags and continent data into the app.

The site runs where only Python is installed, so the flags are committed to the
repository; run this after upgrading the pinned ``flag-icons`` in package.json:

    npm ci && python manage.py vendor_flags
"""

import json
import shutil
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from hejnal.directory import countries

APP_DIR = Path(__file__).resolve().parents[2]
FLAG_DIR = APP_DIR / "static" / "directory" / "flags"
CONTINENTS_FILE = APP_DIR / "data" / "continents.json"


class Command(BaseCommand):
    help = "Vendor flag-icons SVGs (4x3) and continents for every ISO 3166 country."

    def add_arguments(self, parser):
        parser.add_argument(
            "--source",
            default=str(settings.BASE_DIR / "node_modules" / "flag-icons"),
            help="The installed flag-icons package (default: node_modules/flag-icons).",
        )

    def handle(self, *args, source, **options):
        source = Path(source)
        svg_dir = source / "flags" / "4x3"
        if not svg_dir.is_dir():
            raise CommandError(
                f"{svg_dir} not found: run `npm ci` first (flag-icons is pinned in "
                "package.json)."
            )
        package = json.loads((source / "package.json").read_text())
        data = json.loads((source / "country.json").read_text())
        by_code = {entry["code"].upper(): entry for entry in data}
        codes = sorted(countries.valid_codes())
        FLAG_DIR.mkdir(parents=True, exist_ok=True)
        for old in FLAG_DIR.glob("*.svg"):
            old.unlink()
        copied, missing = 0, []
        for code in codes:
            svg = svg_dir / f"{code.lower()}.svg"
            if svg.exists():
                shutil.copyfile(svg, FLAG_DIR / svg.name)
                copied += 1
            else:
                missing.append(code)
        shutil.copyfile(source / "LICENSE", FLAG_DIR / "LICENSE")
        continents = {}
        for code in codes:
            continent = (by_code.get(code) or {}).get("continent")
            continents[code] = countries.CONTINENT_OF_NAME.get(
                continent, countries.ANTARCTICA
            )
        CONTINENTS_FILE.parent.mkdir(parents=True, exist_ok=True)
        CONTINENTS_FILE.write_text(
            json.dumps(
                {
                    "source": f"flag-icons {package['version']} country.json",
                    "continents": continents,
                },
                indent=1,
                sort_keys=True,
            )
            + "\n"
        )
        self.stdout.write(
            f"flag-icons {package['version']}: {copied} flags copied to {FLAG_DIR}"
        )
        if missing:
            self.stdout.write(f"No flag for: {', '.join(missing)}")
