"""Indexes for the queries every page's chrome makes on Wagtail's page table.

The language homes (depth 2) and the menu (pages shown in menus, two levels
below a home) were full scans of ``wagtailcore_page``: about 100 ms per page
view at 100,000 articles on SQLite. With these they are index seeks.
"""

from django.db import migrations

INDEXES = [
    ("hejnal_page_depth_path", "(depth, path)"),
    ("hejnal_page_menu", "(show_in_menus, depth, path)"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_create_locales"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {name} ON wagtailcore_page {columns}",
            f"DROP INDEX IF EXISTS {name}",
        )
        for name, columns in INDEXES
    ]
