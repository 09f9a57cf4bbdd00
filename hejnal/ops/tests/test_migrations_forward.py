"""Every app's newest migrations apply forward on a copy of the demo site.

A fresh ``migrate`` (which every test run does) proves the migrations build an
empty database; an upgrade meets a database full of content. Each project app
is taken back to before its newest migrations with the demo content in place,
then everything is migrated forward again: the content is still there and the
site renders exactly as before. Runs on SQLite and, in the PostgreSQL pass, on
a PostgreSQL database of its own.

Only migrations whose reversal keeps the content are taken back: reversing a
CreateModel or AddField drops a table or column full of content, and a forward
run could not bring that back, and a data migration without a real reverse
would run twice over the same content (no upgrade ever starts from there).
"""

import json

from hejnal.ops.testing import manage, render_pages

PLAN = """
import json
from django.apps import apps
from django.db import migrations
from django.db.migrations.loader import MigrationLoader
DESTRUCTIVE_WHEN_REVERSED = (
    migrations.CreateModel, migrations.AddField, migrations.DeleteModel,
    migrations.RemoveField, migrations.RenameModel, migrations.RenameField,
)
loader = MigrationLoader(None, ignore_no_migrations=True)
plan = {}
for config in apps.get_app_configs():
    if not config.name.startswith("hejnal."):
        continue
    names = sorted(name for app, name in loader.disk_migrations if app == config.label)
    target = None
    for index in range(len(names) - 1, 0, -1):
        operations = loader.get_migration(config.label, names[index]).operations
        if any(
            isinstance(op, DESTRUCTIVE_WHEN_REVERSED)
            # a data migration with no real reverse would run twice over content
            or (isinstance(op, migrations.RunPython)
                and op.reverse_code in (None, migrations.RunPython.noop))
            for op in operations
        ):
            break
        target = names[index - 1]
    if target:
        plan[config.label] = target
print(json.dumps(plan))
"""

COUNTS = """
import json
from wagtail.models import Page, Revision
from django.contrib.auth.models import Group
from hejnal.directory.models import NationalDay, PartnerCity
print(json.dumps({
    "pages": Page.objects.count(),
    "live": Page.objects.live().count(),
    "revisions": Revision.objects.count(),
    "groups": Group.objects.count(),
    "national_days": NationalDay.objects.count(),
    "partner_cities": PartnerCity.objects.count(),
}))
"""


def shell(env, code):
    return json.loads(manage(env, "shell", "-c", code).stdout.strip().splitlines()[-1])


def test_newest_migrations_apply_forward_on_the_demo_content(demo_site):
    before_counts = shell(demo_site, COUNTS)
    before_pages = render_pages(demo_site)
    plan = shell(demo_site, PLAN)
    # Which apps can go back depends on their newest migrations (an app whose
    # newest one adds a field cannot); the test needs at least one to mean
    # anything.
    assert plan, "no app's newest migrations can be taken back on content"

    for app, target in plan.items():
        manage(demo_site, "migrate", app, target, "--no-input")
    unapplied = manage(demo_site, "showmigrations", "--plan").stdout
    assert "[ ]" in unapplied  # really taken back

    forward = manage(demo_site, "migrate", "--no-input").stdout
    assert "Applying" in forward
    assert "[ ]" not in manage(demo_site, "showmigrations", "--plan").stdout
    manage(demo_site, "makemigrations", "--check", "--dry-run")

    assert shell(demo_site, COUNTS) == before_counts
    assert render_pages(demo_site) == before_pages
