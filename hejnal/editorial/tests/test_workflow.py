"""Review before publishing: submit, approve (publishes) or reject with a comment."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState

from .helpers import article_in, edit_form, user


def submit(client, page, title):
    client.force_login(user("editor_en"))
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    response = client.post(url, edit_form(page, title=title, **{"action-submit": "1"}))
    assert response.status_code == 302
    return WorkflowState.objects.get(
        base_content_type__isnull=False,
        object_id=str(page.pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )


def act(client, page, state, action, comment=""):
    client.force_login(user("moderator_en"))
    task_state = state.current_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk)
    )
    return client.post(url, {"comment": comment})


@pytest.mark.django_db
def test_each_language_tree_has_its_own_review(homes):
    for code, home in homes.items():
        workflow = home.get_workflow()
        assert workflow.name == f"Review ({code})"
        task = workflow.tasks.get().specific
        assert [g.name for g in task.groups.all()] == [f"Moderators ({code})"]
    assert article_in("de").get_workflow().name == "Review (de)"


@pytest.mark.django_db
def test_submission_emails_the_languages_moderators(
    client, django_capture_on_commit_callbacks
):
    page = article_in("en")
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, page, "Awaiting review")
    recipients = {address for message in mail.outbox for address in message.to}
    assert "moderator_en@example.org" in recipients
    assert "moderator_de@example.org" not in recipients


@pytest.mark.django_db
def test_approval_publishes_the_submitted_revision(client):
    page = article_in("en")
    state = submit(client, page, "Approved and live")
    page.refresh_from_db()
    assert page.title != "Approved and live"

    response = act(client, page, state, "approve", "Looks good")
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    page.refresh_from_db()
    assert page.title == "Approved and live"
    assert page.live


@pytest.mark.django_db
def test_rejection_keeps_the_live_page_and_records_the_comment(client):
    page = article_in("en")
    live_title = page.title
    state = submit(client, page, "Not good enough")
    task_state = state.current_task_state

    act(client, page, state, "reject", "Please check the dates.")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    task_state = TaskState.objects.get(pk=task_state.pk)
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.get_comment() == "Please check the dates."
    page.refresh_from_db()
    assert page.title == live_title


@pytest.mark.django_db
def test_moderator_of_another_language_cannot_approve(client):
    page = article_in("en")
    state = submit(client, page, "Wrong moderator")
    client.force_login(user("moderator_de"))
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(page.pk, "approve", state.current_task_state.pk),
    )
    client.post(url, {"comment": ""})
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
