"""Review before publishing: one Wagtail workflow per language.

An editor submits a page; the language's moderators approve (which publishes,
or schedules when a go-live date is set) or reject with a comment. Wagtail
sends the e-mail notifications through ``EMAIL_BACKEND``.
"""

from django.db import transaction

from . import roles


def workflow_name(code):
    return f"Review ({code})"


def task_name(code):
    return f"Moderator approval ({code})"


@transaction.atomic
def sync_workflows():
    """Create or repair each language's workflow; returns the codes assigned."""
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    groups = roles.ensure_groups()
    homes = roles.language_homes()
    assigned = []
    for code in roles.languages():
        workflow, _created = Workflow.objects.get_or_create(
            name=workflow_name(code), defaults={"active": True}
        )
        task = GroupApprovalTask.objects.filter(name=task_name(code)).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=task_name(code))
        task.groups.set([groups[roles.moderators_group_name(code)]])
        WorkflowTask.objects.get_or_create(
            workflow=workflow, task=task, defaults={"sort_order": 0}
        )
        home = homes.get(code)
        if home is None:
            continue
        WorkflowPage.objects.update_or_create(
            page_id=home.pk, defaults={"workflow": workflow}
        )
        assigned.append(code)
    return assigned
