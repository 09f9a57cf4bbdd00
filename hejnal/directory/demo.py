"""Demo data for the directory, loaded by ``load_demo`` (see hejnal.demo.loader).

Idempotent: every entry has a stable translation key derived from its demo key,
every page a stable slug under its parent, so a rerun only adds what is missing.
"""

import datetime
import uuid
from decimal import Decimal

from django.db import transaction
from wagtail.models import Locale, Page

from hejnal.core import shared_cache
from hejnal.core.slugs import slug_for

from . import demo_data, listing
from .models import (
    Consulate,
    ConsulateIndexPage,
    CountryIndexPage,
    CountryPage,
    NationalDay,
    NationalDayCalendarPage,
    NationalDayDate,
    PartnerCity,
    PartnerCityIndexPage,
)
from .models.countries import sync_countries

NAMESPACE = uuid.UUID("6f0c7a52-2f7e-4c37-9d43-4a8f3b1f6a10")
LANGUAGES = ("pl", "en", "de", "uk", "ar")
PAGE_MODELS = {
    "calendar": NationalDayCalendarPage,
    "cities": PartnerCityIndexPage,
    "consulates": ConsulateIndexPage,
    "countries": CountryIndexPage,
}


def key_for(kind, key):
    return uuid.uuid5(NAMESPACE, f"{kind}:{key}")


def load(loader, homes):
    added = sync_countries()
    if added:
        loader.summary.add("countries", added)
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    with transaction.atomic():
        loader.out("Directory: national days")
        _national_days(loader, locales)
        loader.out("Directory: partner cities")
        _partner_cities(loader, locales)
        loader.out("Directory: consulates")
        _consulates(loader, locales)
    for code in LANGUAGES:
        if code in homes:
            loader.out(f"Directory pages: {code}")
            with transaction.atomic():
                _pages(loader, code, homes[code])
    loader.out("Directory: tagging articles with countries")
    _tag_articles(loader)
    loader.out("Directory: linking greetings and national days")
    for code in LANGUAGES:
        if code in homes:
            with transaction.atomic():
                _link_greetings(loader, code, homes[code])


def _missing(model, kind, key, locales):
    """Languages in which the entry does not exist yet, and its translation key."""
    translation_key = key_for(kind, key)
    have = set(
        model.objects.filter(translation_key=translation_key).values_list(
            "locale__language_code", flat=True
        )
    )
    return translation_key, [code for code in LANGUAGES if code not in have]


def _save(loader, obj, name):
    obj.full_clean()
    obj.save()
    loader.summary.add(name)
    return obj


def _national_days(loader, locales):
    for key, country, month, day, movable, names in demo_data.NATIONAL_DAYS:
        translation_key, missing = _missing(NationalDay, "national-day", key, locales)
        for code in missing:
            entry = NationalDay(
                translation_key=translation_key,
                locale=locales[code],
                country=country,
                name=names[code],
                rule="movable" if movable else "fixed",
                month=month,
                day=day,
                description=demo_data.NOTES.get(key, {}).get(code, ""),
            )
            _save(loader, entry, "national days")
            NationalDayDate.objects.bulk_create(
                [NationalDayDate(national_day=entry, date=when) for when in movable]
            )


def _partner_cities(loader, locales):
    for spec in demo_data.PARTNER_CITIES:
        translation_key, missing = _missing(
            PartnerCity, "partner-city", spec["key"], locales
        )
        for code in missing:
            city = PartnerCity(
                translation_key=translation_key,
                locale=locales[code],
                name=spec["names"][code],
                country=spec["country"],
                agreement_type=spec["agreement_type"],
                year_signed=spec["year_signed"],
                latitude=Decimal(spec["latitude"]),
                longitude=Decimal(spec["longitude"]),
                description=spec["texts"][code],
            )
            _save(loader, city, "partner cities")


def _consulates(loader, locales):
    for spec in demo_data.CONSULATES:
        translation_key, missing = _missing(
            Consulate, "consulate", spec["key"], locales
        )
        opening_hours, office_hours = demo_data.OFFICE_HOURS[spec["kind"]]
        for code in missing:
            consulate = Consulate(
                translation_key=translation_key,
                locale=locales[code],
                country=spec["country"],
                kind=spec["kind"],
                name=spec["names"][code],
                head_of_post=spec["head_of_post"],
                head_title=demo_data.HEAD_TITLES[spec["kind"]][code],
                street_address=spec["street_address"],
                postal_code=spec["postal_code"],
                phone=spec["phone"],
                email=spec["email"],
                website=spec["website"],
                office_hours=office_hours[code],
                opening_hours=opening_hours,
            )
            _save(loader, consulate, "consulates")


def _section(home, code, key):
    from hejnal.demo import content

    for section in content.site_texts(code)["sections"]:
        if section["key"] == key:
            page = Page.objects.child_of(home).filter(slug=section["slug"]).first()
            if page is not None:
                return page
    return home


def _pages(loader, code, home):
    from hejnal.demo.loader import paragraph

    parents = {
        "calendar": _section(home, code, "cooperation"),
        "cities": _section(home, code, "cooperation"),
        "consulates": _section(home, code, "living"),
        "countries": _section(home, code, "cooperation"),
    }
    pages = {}
    for key, model in PAGE_MODELS.items():
        title, intro = demo_data.INDEX_PAGES[key][code]
        slug = slug_for(title)
        parent = parents[key]
        page = Page.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = model(title=title, slug=slug, intro=intro, show_in_menus=True)
            page.translation_key = key_for("page", key)
            page = loader._publish(parent, page)
        pages[key] = page
    index = pages["countries"]
    for country, texts in demo_data.COUNTRY_PAGES.items():
        title, intro, paragraphs = texts[code]
        slug = slug_for(title)
        if Page.objects.child_of(index).filter(slug=slug).exists():
            continue
        page = CountryPage(
            title=title,
            slug=slug,
            country=country,
            intro=intro,
            body=[paragraph(text) for text in paragraphs],
        )
        page.translation_key = key_for("country-page", country)
        loader._publish(index, page)
    _feature_on_home(
        loader, home, [pages["cities"], pages["consulates"], pages["calendar"]]
    )


def _feature_on_home(loader, home, pages):
    """The three directories as the home page's featured items (once)."""
    home = home.specific
    if home.featured:
        return
    home.featured = [("page", page) for page in pages]
    home.save_revision(user=loader.admin).publish(user=loader.admin)


def _keywords():
    """Language -> [(lower-case keyword, country code)] for tagging demo articles.

    Partner city names and the occasion names come from this app's data; the
    country names the article generator uses come from the demo content's
    building blocks, matched to a country by the date of its national day.
    """
    import importlib

    by_date = {
        (month, day): country
        for _key, country, month, day, _m, _n in demo_data.NATIONAL_DAYS
        if month
    }
    found = {code: [] for code in LANGUAGES}
    for code in LANGUAGES:
        for spec in demo_data.PARTNER_CITIES:
            found[code].append((_stem(spec["names"][code], code), spec["country"]))
        for _key, country, _month, _day, _movable, names in demo_data.NATIONAL_DAYS:
            found[code].append((names[code].lower(), country))
        try:
            blocks = importlib.import_module(f"hejnal.demo.content.{code}_blocks")
            generated = blocks.GEN["countries"]
        except (ImportError, AttributeError, KeyError):
            continue
        for entry in generated:
            country = by_date.get((entry.get("month"), entry.get("day")))
            if country and entry.get("country"):
                found[code].append((_stem(entry["country"], code), country))
    return found


def _stem(name, code):
    """Polish and Ukrainian decline names: match "Norymberg" in "Norymbergi"."""
    name = name.lower()
    if code in ("pl", "uk") and len(name) > 5:
        return name[:-1]
    return name


def _tag_articles(loader):
    from hejnal.news.models import ArticlePage

    through = ArticlePage.countries.through
    keywords = _keywords()
    rows = []
    articles = ArticlePage.objects.values_list(
        "pk", "locale__language_code", "title", "lead"
    ).iterator(chunk_size=2000)
    for pk, code, title, lead in articles:
        text = f"{title} {lead}".lower()
        for keyword, country in keywords.get(code, []):
            if keyword and keyword in text:
                rows.append((pk, country))
    rows = sorted(set(rows))
    before = through.objects.count()
    through.objects.bulk_create(
        [through(articlepage_id=pk, country_id=country) for pk, country in rows],
        ignore_conflicts=True,
        batch_size=1000,
    )
    added = through.objects.count() - before
    if added:
        loader.summary.add("article country tags", added)


def _greetings(code, home):
    """The live articles of the language's national days category, oldest first."""
    from hejnal.demo import content
    from hejnal.news.models import ArticlePage, NewsCategoryPage

    slug = content.category_texts(code)["national-days"]["slug"]
    category = NewsCategoryPage.objects.descendant_of(home).filter(slug=slug).first()
    if category is None:
        return []
    return list(
        ArticlePage.objects.child_of(category)
        .live()
        .only("pk", "date")
        .order_by("date", "pk")
    )


def _occasions(days, greetings):
    """Date -> national day, for every day the greetings could mark (a greeting
    marks the nearest one on its date or in the week after, the calendar's
    window)."""
    first = greetings[0].date
    last = greetings[-1].date + datetime.timedelta(days=listing.GREETING_DAYS_BEFORE)
    found = {}
    for day in sorted(days, key=lambda day: day.sort_name, reverse=True):
        for when in day.dates_between(first, last):
            found[when] = day
    return found


def _occasion(occasions, when):
    for offset in range(listing.GREETING_DAYS_BEFORE + 1):
        day = occasions.get(when + datetime.timedelta(days=offset))
        if day is not None:
            return day
    return None


def _link_greetings(loader, code, home):
    """Each greeting is tagged with its national day's country, so the calendar
    entry links it, and links back to the calendar in "See also" (once)."""
    from hejnal.news.models import ArticlePage, ArticleRelatedLink

    calendar = NationalDayCalendarPage.objects.live().descendant_of(home).first()
    greetings = _greetings(code, home)
    if calendar is None or not greetings:
        return
    occasions = _occasions(listing.national_days(code), greetings)
    linked = set(
        ArticleRelatedLink.objects.filter(link_page=calendar).values_list(
            "article_id", flat=True
        )
    )
    tags, links = [], []
    for article in greetings:
        day = _occasion(occasions, article.date)
        if day is None:
            continue
        tags.append(
            ArticlePage.countries.through(
                articlepage_id=article.pk, country_id=day.country
            )
        )
        if article.pk not in linked:
            title = demo_data.CALENDAR_LINK[code].format(name=day.name)
            links.append(
                ArticleRelatedLink(
                    article_id=article.pk,
                    link_page=calendar,
                    title=title[:255],
                    sort_order=100,
                )
            )
    ArticlePage.countries.through.objects.bulk_create(
        tags, ignore_conflicts=True, batch_size=1000
    )
    ArticleRelatedLink.objects.bulk_create(links, batch_size=1000)
    if links:
        # bulk_create sends no post_save: cached "See also" lists must go.
        shared_cache.note_change()
        loader.summary.add("greeting links", len(links))
