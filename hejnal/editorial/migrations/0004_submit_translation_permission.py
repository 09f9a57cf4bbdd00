"""Give the existing editor, moderator and administrator groups wagtail-localize's
``submit_translation`` permission (roles.TRANSLATION_PERMISSIONS): without it
nobody but superusers sees "Translate this page". The languages each group may
translate into still follow its page permissions (translation_views)."""

from django.db import migrations

from hejnal.editorial.roles import sync_from_migration


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0003_alert_permissions"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [migrations.RunPython(sync_from_migration, migrations.RunPython.noop)]
