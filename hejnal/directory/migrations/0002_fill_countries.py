from django.db import migrations


def fill(apps, schema_editor):
    from hejnal.directory.models.countries import sync_countries

    sync_countries(apps.get_model("directory", "Country"))


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
