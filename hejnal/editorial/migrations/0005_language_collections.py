"""One image and document collection per language (roles.language_collections):
each language's groups add and change files in their own collection only and
may choose any file; the root collection becomes the shared library that only
administrators change. Image rights are Wagtail's own image permissions
(``wagtailimages.image``), which the custom image model is checked against."""

from django.db import migrations

from hejnal.editorial.roles import sync_from_migration


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0004_submit_translation_permission"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(sync_from_migration, migrations.RunPython.noop)]
