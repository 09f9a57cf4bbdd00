from django.db import migrations


class Migration(migrations.Migration):
    """``decorative`` becomes ``is_decorative``: Wagtail sets an instance
    attribute named ``decorative`` on every image it creates, which hid the
    stored value. Renaming the column keeps every stored value."""

    dependencies = [
        ("images", "0002_credit_label"),
    ]

    operations = [
        migrations.RenameField(
            model_name="cityimage",
            old_name="decorative",
            new_name="is_decorative",
        ),
    ]
