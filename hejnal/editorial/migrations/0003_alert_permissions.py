from django.db import migrations

from hejnal.editorial.roles import sync_from_migration


class Migration(migrations.Migration):
    dependencies = [("editorial", "0002_alertbanner")]

    operations = [migrations.RunPython(sync_from_migration, migrations.RunPython.noop)]
