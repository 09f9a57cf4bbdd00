from django.db import migrations

from hejnal.editorial.roles import sync_from_migration


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("images", "0001_initial"),
        ("news", "0002_articlepage_countries"),
        ("pages", "0001_initial"),
    ]

    operations = [migrations.RunPython(sync_from_migration, migrations.RunPython.noop)]
