from django.core.management.base import BaseCommand

from hejnal.editorial import roles, workflows


class Command(BaseCommand):
    help = "Create editorial groups, their permissions and review workflows."

    def handle(self, *args, **options):
        found = roles.sync_language_permissions()
        made = workflows.sync_workflows()
        self.stdout.write(
            f"Roles synced for languages: {', '.join(found) or 'none'}; "
            f"review workflows: {', '.join(made) or 'none'}"
        )
