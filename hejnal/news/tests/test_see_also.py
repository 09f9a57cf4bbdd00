"""“See also”: curated first, then related by content, topics and date."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from hejnal.conftest import add_article
from hejnal.news.models import ArticleRelatedLink, AutomaticRelatedLink, Topic


def see_also_titles(client, article):
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    return [a.get_text() for a in soup.select(".see-also a")]


@pytest.fixture
def lighthouse_articles(search_categories):
    category = search_categories["en"]
    body = ["The lighthouse keeper repaired the lamp of the lighthouse tower."]
    others = [
        add_article(category, f"Lighthouse keepers meet {n}", "Lighthouse lamps.", body)
        for n in range(6)
    ]
    unrelated = add_article(category, "Tax forms due", "Forms for taxes.", ["Tax."])
    article = add_article(category, "The lighthouse reopens", "Lamp repaired.", body)
    return article, others, unrelated


@pytest.mark.django_db
def test_automatic_links_are_similar_published_articles(client, lighthouse_articles):
    article, others, unrelated = lighthouse_articles
    shown = see_also_titles(client, article)
    assert len(shown) == 5
    assert article.title not in shown
    assert unrelated.title not in shown
    assert len(set(shown)) == 5
    assert set(shown) <= {other.title for other in others}


@pytest.mark.django_db
def test_curated_links_come_first_and_are_not_repeated(client, lighthouse_articles):
    article, others, unrelated = lighthouse_articles
    ArticleRelatedLink.objects.create(
        article=article, link_page=unrelated, sort_order=0
    )
    automatic = AutomaticRelatedLink.objects.filter(article=article).first()
    ArticleRelatedLink.objects.create(
        article=article, link_page=automatic.related, sort_order=1
    )
    shown = see_also_titles(client, article)
    assert shown[:2] == [unrelated.title, automatic.related.title]
    assert len(shown) == len(set(shown)) == 5


@pytest.mark.django_db
def test_unpublished_articles_disappear_from_see_also(client, lighthouse_articles):
    article, others, _unrelated = lighthouse_articles
    first = see_also_titles(client, article)[0]
    next(o for o in others if o.title == first).unpublish()
    assert first not in see_also_titles(client, article)


@pytest.mark.django_db
def test_shared_topics_count(search_categories, homes):
    category = search_categories["en"]
    topic = Topic.objects.create(name="Ports", slug="ports", locale=homes["en"].locale)
    plain = add_article(category, "Quay walls", "Stones.", ["Quay stones."])
    tagged = add_article(category, "Quay cranes", "Steel.", ["Quay steel."])
    tagged.topics.add(topic)
    tagged.save_revision().publish()
    article = add_article(category, "Quay repairs", "Quay.", ["Quay."])
    article.topics.add(topic)
    article.save_revision().publish()
    ranked = list(
        AutomaticRelatedLink.objects.filter(article=article).values_list(
            "related_id", flat=True
        )
    )
    assert ranked.index(tagged.pk) < ranked.index(plain.pk)


@pytest.mark.django_db
def test_links_stay_in_the_articles_language(search_categories):
    add_article(search_categories["de"], "Leuchtturm lighthouse", "lighthouse")
    article = add_article(search_categories["en"], "Lighthouse", "lighthouse")
    related = AutomaticRelatedLink.objects.filter(article=article)
    assert all(link.related.locale_id == article.locale_id for link in related)


@pytest.mark.django_db
def test_refresh_related_recomputes_every_article(lighthouse_articles):
    article, _others, _unrelated = lighthouse_articles
    AutomaticRelatedLink.objects.all().delete()
    call_command("refresh_related", locale="en", verbosity=0)
    assert AutomaticRelatedLink.objects.filter(article=article).count() == 5


@pytest.mark.django_db
def test_translations_are_offered_as_also_in(client, search_categories, homes):
    from hejnal.news.factories import publish

    english = add_article(search_categories["en"], "Lighthouse", "lighthouse")
    # The category exists in both languages, so the translation has a parent.
    search_categories["pl"].translation_key = search_categories["en"].translation_key
    search_categories["pl"].save()
    polish = english.copy_for_translation(homes["pl"].locale)
    polish.title = "Latarnia"
    publish(polish)
    soup = BeautifulSoup(client.get(english.url).content, "html.parser")
    links = soup.select(".also-in a")
    assert [link["hreflang"] for link in links] == ["pl"]
    assert links[0]["href"] == polish.url
