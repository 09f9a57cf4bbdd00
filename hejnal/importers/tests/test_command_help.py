"""``--help`` of the import commands prints (it crashed on translated text)."""

import pytest
from django.core.management import load_command_class
from django.utils import translation


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("import_feed", "RSS 2.0 or Atom"),
        ("import_wxr", "WordPress export"),
    ],
)
def test_help_prints_the_description_and_every_option(name, words):
    command = load_command_class("hejnal.importers", name)
    with translation.override("en"):
        text = command.create_parser("manage.py", name).format_help()
    assert words in text
    assert "--locale" in text and "--into" in text and "--dry-run" in text
