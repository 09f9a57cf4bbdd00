"""“See also”: editors' links first, then articles on the same subject.

The automatic part is computed when an article is published (and by
``refresh_related``): the article's most telling lemmas (frequent in it, rare
in its language, weighted by IDF from the index vocabulary) are run as one
"any of these words" query through the search engine; the candidates are then
scored by that similarity, shared topics and closeness in time.
"""

import math
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count
from wagtail.models import Page

from hejnal.core.visibility import is_visible, restricted_sections, visible
from hejnal.search.backends import get_backend
from hejnal.search.backends.base import Filters
from hejnal.search.models import SearchEntry, SearchTerm
from hejnal.search.query import TermClause

MAX_LINKS = 5
QUERY_TERMS = 8
CANDIDATES = 40
TOPIC_WEIGHT = 0.35
RECENCY_WEIGHT = 0.15
FIELD_WEIGHTS = (("title_terms", 3), ("lead_terms", 2), ("body_terms", 1))


@dataclass
class SeeAlso:
    text: str
    page: Page | None = None
    url: str = ""


def see_also_for(article):
    """What the article page shows, in three queries.

    Every page link goes through the visibility rule: a curated link to a page
    made private, a draft or an expired page, and an automatic link computed
    before its target was hidden, are all left out.
    """
    sections = restricted_sections()
    items, seen = [], {article.pk}
    for link in article.related_links.select_related("link_page"):
        if link.link_page_id:
            if link.link_page_id in seen or not is_visible(link.link_page, sections):
                continue
            seen.add(link.link_page_id)
            items.append(
                SeeAlso(link.title or link.link_page.title, page=link.link_page)
            )
        elif link.link_url:
            items.append(SeeAlso(link.title, url=link.link_url))
    if not article.pk:  # a preview of an article never saved
        return items[:MAX_LINKS]
    # Always asked (even with five curated links), so the page's query count
    # does not depend on the content.
    automatic = (
        article.automatic_related.filter(related__live=True)
        .select_related("related")
        .order_by("position")[: MAX_LINKS * 2]
    )
    for link in automatic:
        if link.related_id not in seen and is_visible(link.related, sections):
            seen.add(link.related_id)
            items.append(SeeAlso(link.related.title, page=link.related))
    return items[:MAX_LINKS]


def _significant_terms(entry, documents_total):
    frequencies = {}
    for field, weight in FIELD_WEIGHTS:
        for term in getattr(entry, field).split():
            if len(term) < 3 or term.isdigit():
                continue
            frequencies[term] = frequencies.get(term, 0) + weight
    if not frequencies:
        return []
    document_counts = dict(
        SearchTerm.objects.filter(
            language=entry.language, term__in=list(frequencies)
        ).values_list("term", "documents")
    )
    weighted = []
    for term, frequency in frequencies.items():
        count = document_counts.get(term, 1)
        if documents_total > 20 and count > documents_total * 0.25:
            continue  # a word most articles share says nothing about the subject
        idf = math.log((documents_total + 1) / (count + 0.5))
        weighted.append((frequency * idf, term))
    weighted.sort(reverse=True)
    return [term for _weight, term in weighted[:QUERY_TERMS]]


def compute(article, documents_total=None):
    """[(page_id, score)] of the best automatic candidates for ``article``."""
    from .models import ArticlePage

    entry = SearchEntry.objects.filter(page_id=article.pk).first()
    if entry is None:
        return []
    if documents_total is None:
        documents_total = SearchEntry.objects.filter(language=entry.language).count()
    terms = _significant_terms(entry, documents_total)
    scores = {}
    if terms:
        # No filters, so SQLite ranks inside its index; the article itself and
        # pages that are not articles are dropped here.
        _count, hits = get_backend().search(
            {entry.language: [TermClause((term,)) for term in terms]},
            Filters(),
            sort="relevance",
            match="any",
            offset=0,
            limit=CANDIDATES,
            # At publish time, not per reader: an old article's closest
            # matches may be old too.
            rank_all=True,
        )
        articles = dict(
            SearchEntry.objects.filter(
                pk__in=[hit.entry_id for hit in hits], category__isnull=False
            )
            .exclude(page_id=article.pk)
            .values_list("pk", "page_id")
        )
        hits = [hit for hit in hits if hit.entry_id in articles]
        best = max((hit.score for hit in hits), default=0) or 1
        for hit in hits:
            scores[articles[hit.entry_id]] = max(hit.score, 0) / best
    topic_ids = list(article.topics.values_list("pk", flat=True))
    shared = {}
    if topic_ids and len(scores) < MAX_LINKS * 2:
        # Few similar texts: articles on the same topics fill the list.
        newest_sharing = (
            visible(ArticlePage.objects.filter(search_entry__isnull=False))
            .filter(locale_id=article.locale_id, topics__in=topic_ids)
            .exclude(pk=article.pk)
            .order_by("-date", "-pk")
            .values_list("pk", flat=True)
            .distinct()[:10]
        )
        for page_id in newest_sharing:
            scores.setdefault(page_id, 0.0)
    if topic_ids:
        # Shared topics counted for the candidates only (a topic may have
        # thousands of articles).
        through = ArticlePage.topics.through
        shared = dict(
            through.objects.filter(
                topic_id__in=topic_ids, articlepage_id__in=list(scores)
            )
            .values("articlepage_id")
            .annotate(n=Count("pk"))
            .values_list("articlepage_id", "n")
        )
    if not scores:
        return []
    # Indexed and visible: the index may still hold a page hidden a moment ago.
    dates = dict(
        visible(ArticlePage.objects.filter(search_entry__isnull=False))
        .filter(pk__in=list(scores), locale_id=article.locale_id)
        .values_list("pk", "date")
    )
    ranked = []
    for page_id, similarity in scores.items():
        if page_id not in dates:
            continue
        days = abs((dates[page_id] - article.date).days)
        topics = min(shared.get(page_id, 0), 3) / 3
        score = (
            similarity + TOPIC_WEIGHT * topics + RECENCY_WEIGHT * math.exp(-days / 365)
        )
        ranked.append((score, dates[page_id], page_id))
    ranked.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [(page_id, round(score, 4)) for score, _date, page_id in ranked[:MAX_LINKS]]


@transaction.atomic
def refresh(article, documents_total=None):
    """Recompute and store one article's automatic links; returns how many."""
    from .models import AutomaticRelatedLink

    found = compute(article, documents_total)
    AutomaticRelatedLink.objects.filter(article_id=article.pk).delete()
    AutomaticRelatedLink.objects.bulk_create(
        [
            AutomaticRelatedLink(
                article_id=article.pk, related_id=page_id, position=i, score=score
            )
            for i, (page_id, score) in enumerate(found)
        ]
    )
    return len(found)


def refresh_all(articles, progress=None):
    """Refresh many articles; ``progress(done)`` after each."""
    totals = {}
    done = 0
    for article in articles:
        language = article.locale.language_code
        if language not in totals:
            totals[language] = SearchEntry.objects.filter(language=language).count()
        refresh(article, totals[language])
        done += 1
        if progress:
            progress(done)
    return done
