import re

import pytest
from bs4 import BeautifulSoup

from hejnal.core.models import PublicationEvent
from hejnal.core.models.publication import PublicationRecordForm
from hejnal.news.models import ArticlePage, NewsCategoryPage


@pytest.fixture
def editor(db, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        "jkowalska", password="x", first_name="Joanna", last_name="Kowalska"
    )
    user.groups.add(Group.objects.get(name="Moderators"))  # may publish
    return user


@pytest.fixture
def fresh_article(db, editor):
    category = NewsCategoryPage.objects.filter(locale__language_code="pl").first()
    article = ArticlePage(
        title="Nowy artykuł", slug="nowy-artykul", lead="Lead.", owner=editor
    )
    category.add_child(instance=article)
    return article


@pytest.mark.django_db
def test_publishing_records_who_when_and_the_change_summary(
    client, fresh_article, editor
):
    fresh_article.change_summary = "Pierwsza publikacja"
    fresh_article.save_revision(user=editor).publish(user=editor)
    event = PublicationEvent.objects.get(page=fresh_article)
    assert event.user_name == "Joanna Kowalska"
    assert event.summary == "Pierwsza publikacja"

    soup = BeautifulSoup(client.get(fresh_article.url).content, "html.parser")
    record = soup.select_one(".publication-record")
    text = record.get_text(" ", strip=True)
    assert "Joanna Kowalska" in text
    assert "Pierwsza publikacja" in text
    stamps = [t["datetime"] for t in record.select("time[datetime]")]
    assert stamps
    # Published the normal way the moment has microseconds; HTML's datetime
    # takes seconds at most: 2026-12-07T17:47:52+01:00.
    for stamp in stamps:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", stamp), (
            stamp
        )


@pytest.mark.django_db
def test_history_lists_every_published_revision_newest_first(
    client, fresh_article, editor
):
    for summary in ("Pierwsza publikacja", "Poprawiono datę", "Dodano zdjęcie"):
        fresh_article.change_summary = summary
        fresh_article.save_revision(user=editor).publish(user=editor)
    draft_only = ArticlePage.objects.get(pk=fresh_article.pk)
    draft_only.change_summary = "Szkic, nieopublikowany"
    draft_only.save_revision(user=editor)

    soup = BeautifulSoup(client.get(fresh_article.url).content, "html.parser")
    rows = [
        row.find_all("td")[-1].get_text(strip=True)
        for row in soup.select(".change-history tbody tr")
    ]
    assert rows == ["Dodano zdjęcie", "Poprawiono datę", "Pierwsza publikacja"]


@pytest.mark.django_db
def test_prepared_by_defaults_to_author_and_can_be_overridden(fresh_article, editor):
    assert fresh_article.publication_record().prepared_by == "Joanna Kowalska"
    fresh_article.prepared_by = "Wydział Promocji"
    assert fresh_article.publication_record().prepared_by == "Wydział Promocji"


@pytest.mark.django_db
def test_published_by_is_the_publisher_not_the_author(
    fresh_article, editor, admin_user
):
    fresh_article.save_revision(user=editor).publish(user=admin_user)
    record = ArticlePage.objects.get(pk=fresh_article.pk).publication_record()
    assert record.prepared_by == "Joanna Kowalska"
    assert record.published_by == "Anna Administratorka"


@pytest.mark.django_db
def test_edit_form_starts_a_new_round_with_an_empty_summary(fresh_article, editor):
    fresh_article.change_summary = "Pierwsza publikacja"
    fresh_article.save_revision(user=editor).publish(user=editor)
    page = ArticlePage.objects.get(pk=fresh_article.pk)
    form_class = ArticlePage.get_edit_handler().get_form_class()
    assert issubclass(form_class, PublicationRecordForm)
    form = form_class(instance=page, for_user=editor)
    assert form.initial["change_summary"] == ""
