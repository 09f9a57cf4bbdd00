from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.utils import translation

FIXTURES = Path(__file__).parent / "fixtures"


def run_command(name, *args, **options):
    out, err = StringIO(), StringIO()
    with translation.override("en"):  # the assertions read English messages
        call_command(name, *args, stdout=out, stderr=err, verbosity=0, **options)
    return out.getvalue()


def category_of(categories, language):
    return sorted(categories[language], key=lambda page: page.path)[0]
