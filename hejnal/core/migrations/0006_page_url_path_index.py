"""An index on ``wagtailcore_page.url_path`` for ``hejnal.core.routing``.

Routing finds every page on a URL's way by ``url_path`` in one query; without
an index that is a scan of the whole page table on every page view.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_content_change"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS hejnal_page_url_path "
            "ON wagtailcore_page (url_path)",
            "DROP INDEX IF EXISTS hejnal_page_url_path",
        )
    ]
