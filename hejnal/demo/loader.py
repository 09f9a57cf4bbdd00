"""Builds the demo site: five language versions, news, policy pages, images.

Idempotent: every object is looked up by a stable key (slug under its parent,
image title, username) before it is created, so running it again only adds
what is missing, e.g. more articles after a larger ``--articles``.
"""

import datetime
import io
import uuid
from dataclasses import dataclass, field
from importlib import import_module

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from tqdm import tqdm
from wagtail.models import Locale, Page, Site

from hejnal.core.default_site import sync_default_site
from hejnal.core.models import BrandSettings, PublicationEvent
from hejnal.core.origin import default_site_address
from hejnal.core.slugs import slug_for, unique_slug
from hejnal.images.models import CityImage, CreditKind
from hejnal.news.models import ArticlePage, NewsCategoryPage, Topic
from hejnal.pages.models import HomePage, SectionPage, StandardPage

from . import content, share_image
from .accessibility_statement import statement_page
from .bulk import bulk_create_pages, bulk_set_m2m
from .images import draw_illustration

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "hejnal-demo"  # printed by load_demo; change it on a real site
DEFAULT_ARTICLES = 300
# Other apps add their demo data here: each module has ``load(loader, homes)``.
DEMO_EXTENSIONS = [
    "hejnal.directory.demo",
    "hejnal.editorial.demo",
    "hejnal.search.demo",
]
SEARCH_EXTENSION = "hejnal.search.demo"
MIN_ARABIC = 10

# Where each standard page lives: (section key or None for the home, page key)
STANDARD_PAGES = {
    "cooperation-principles": "cooperation",
    "foreign-residents": "living",
    "office": "about",
    "privacy": "about",
    "accessibility": "about",
}
# Category key -> section key it sits in (None: directly below the home)
CATEGORY_PLACES = {"news": None, "national-days": None, "cooperation": "cooperation"}


def articles_per_language(total):
    """Split a total over the languages; Arabic gets a smaller share."""
    arabic = max(MIN_ARABIC, total * 6 // 100)
    rest = max(0, total - arabic)
    others = [code for code in content.LANGUAGES if code != "ar"]
    share, extra = divmod(rest, len(others))
    counts = {code: share + (1 if i < extra else 0) for i, code in enumerate(others)}
    counts["ar"] = arabic
    return counts


def paragraph(text):
    from django.utils.html import escape

    return {
        "type": "paragraph",
        "value": f"<p>{escape(text)}</p>",
        "id": str(uuid.uuid4()),
    }


@dataclass
class Summary:
    created: dict = field(default_factory=dict)

    def add(self, what, n=1):
        self.created[what] = self.created.get(what, 0) + n

    def lines(self):
        if not self.created:
            return ["Nothing new: the demo content was already complete."]
        return [f"  {what}: {n} created" for what, n in sorted(self.created.items())]


class DemoLoader:
    def __init__(
        self, total_articles=DEFAULT_ARTICLES, seed=0, out=None, progress=True
    ):
        self.total_articles = total_articles
        self.seed = seed
        self.out = out or (lambda message: None)
        self.progress = progress
        self.summary = Summary()
        self.today = timezone.localdate()

    # -- entry point -------------------------------------------------------------
    def run(self):
        self.admin = self.ensure_admin()
        self.images = self.ensure_images()
        self.remove_wagtail_placeholder()
        homes = {}
        for code in content.LANGUAGES:
            with transaction.atomic():
                homes[code] = self.ensure_language(code, homes.get("pl"))
        self.ensure_site(homes["pl"])
        self.ensure_share_image(homes)
        counts = articles_per_language(self.total_articles)
        for code in content.LANGUAGES:
            self.ensure_articles(code, homes[code], counts[code])
        from hejnal.search.indexing import suspended

        for module_name in DEMO_EXTENSIONS:
            self.out(f"Demo data: {module_name}")
            if module_name == SEARCH_EXTENSION:
                import_module(module_name).load(self, homes)
                continue
            # Indexed in one go by the search extension, which comes last.
            with suspended():
                import_module(module_name).load(self, homes)
        return self.summary

    # -- people and media ------------------------------------------------------------
    def ensure_admin(self):
        User = get_user_model()
        user = User.objects.filter(username=ADMIN_USERNAME).first()
        if user is None:
            user = User.objects.create_superuser(
                ADMIN_USERNAME,
                "admin@example.org",
                ADMIN_PASSWORD,
                first_name="Anna",
                last_name="Administratorka",
            )
            self.summary.add("users")
        return user

    def ensure_images(self):
        self.out("Images…")
        existing = {image.title: image for image in CityImage.objects.all()}
        alts = content.image_alts("pl")
        images = {}
        for key in content.IMAGE_KEYS:
            title = f"demo-{key}"
            image = existing.get(title)
            if image is None:
                style = content.IMAGE_STYLE[key]
                data = draw_illustration(key, style["colors"], style["motif"])
                image = CityImage(
                    title=title,
                    description=alts[key],
                    credit="Hejnał",
                    credit_kind=CreditKind.ILLUSTRATION,
                    uploaded_by_user=self.admin,
                    file=ImageFile(io.BytesIO(data), name=f"{title}.jpg"),
                )
                image.save()
                self.summary.add("images")
            images[key] = image
        return images

    def remove_wagtail_placeholder(self):
        """Wagtail's fresh install has a plain "Welcome" page where our home goes."""
        placeholder = Page.objects.filter(
            depth=2, content_type__model="page", content_type__app_label="wagtailcore"
        ).first()
        if placeholder is not None and placeholder.numchild == 0:
            placeholder.delete()  # its Site goes too; ensure_site makes a new one

    # -- structure -------------------------------------------------------------------
    def _child(self, parent, slug):
        return Page.objects.child_of(parent).filter(slug=slug).specific().first()

    def _publish(self, parent, page, translation_of=None):
        page.locale_id = parent.locale_id
        page.owner = self.admin
        if translation_of is not None:
            page.translation_key = translation_of.translation_key
        parent.add_child(instance=page)
        page.save_revision(user=self.admin).publish(user=self.admin)
        self.summary.add(type(page).__name__)
        return page

    def ensure_language(self, code, pl_home):
        self.out(f"Language version: {code}")
        locale = Locale.objects.get(language_code=code)
        texts = content.site_texts(code)
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(depth=2, locale=locale).first()
        if home is None:
            home = HomePage(
                title=texts["home_title"],
                slug=code,
                site_name=texts["site_name"],
                office_name=texts["office_name"],
                intro=texts["home_intro"],
                see_also=[
                    ("link", {"page": None, "url": link["url"], "title": link["title"]})
                    for link in texts["see_also"]
                ],
            )
            home.locale = locale
            if pl_home is not None:
                home.translation_key = pl_home.translation_key
            root.add_child(instance=home)
            home.save_revision(user=self.admin).publish(user=self.admin)
            self.summary.add("HomePage")
        pl = self._pl_pages() if code != "pl" else {}
        sections = {None: home}
        for section in texts["sections"]:
            page = self._child(home, section["slug"])
            if page is None:
                page = self._publish(
                    home,
                    SectionPage(
                        title=section["title"],
                        slug=section["slug"],
                        intro=section["intro"],
                        show_in_menus=True,
                    ),
                    pl.get(("section", section["key"])),
                )
            sections[section["key"]] = page
        for key, category in content.category_texts(code).items():
            parent = sections[CATEGORY_PLACES[key]]
            page = self._child(parent, category["slug"])
            if page is None:
                self._publish(
                    parent,
                    NewsCategoryPage(
                        title=category["title"],
                        slug=category["slug"],
                        intro=category["intro"],
                        show_in_menus=True,
                    ),
                    pl.get(("category", key)),
                )
        for spec in content.page_specs(code):
            parent = sections[STANDARD_PAGES[spec.key]]
            slug = slug_for(spec.title)
            if self._child(parent, slug) is None:
                body = []
                for heading, paragraphs in spec.sections:
                    body.append(
                        {
                            "type": "heading",
                            "value": {"text": heading, "level": "h2"},
                            "id": str(uuid.uuid4()),
                        }
                    )
                    body.extend(paragraph(text) for text in paragraphs)
                office = content.site_texts(code).get(
                    "office_name", "Biuro Współpracy Międzynarodowej"
                )
                if spec.key == "accessibility":
                    new_page = statement_page(code, spec, office, body=[])
                    new_page.title, new_page.slug = spec.title, slug
                    new_page.show_in_menus = True
                else:
                    new_page = StandardPage(
                        title=spec.title,
                        slug=slug,
                        intro=spec.intro,
                        body=body,
                        show_in_menus=True,
                        prepared_by=office,
                    )
                self._publish(parent, new_page, pl.get(("page", spec.key)))
        self._remember_keys(code, home, sections)
        return home

    def _remember_keys(self, code, home, sections):
        """Map stable content keys to pages, to link translations to Polish."""
        if code != "pl":
            return
        found = {}
        texts = content.site_texts("pl")
        for section in texts["sections"]:
            found[("section", section["key"])] = sections[section["key"]]
        for key, category in content.category_texts("pl").items():
            found[("category", key)] = self._child(
                sections[CATEGORY_PLACES[key]], category["slug"]
            )
        for spec in content.page_specs("pl"):
            slug = slug_for(spec.title)
            found[("page", spec.key)] = self._child(
                sections[STANDARD_PAGES[spec.key]], slug
            )
        self._pl_keys = found

    def _pl_pages(self):
        return getattr(self, "_pl_keys", {})

    def ensure_site(self, pl_home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            hostname, port = default_site_address()
            site = Site.objects.create(
                hostname=hostname,
                port=port,
                root_page=pl_home,
                is_default_site=True,
                site_name=content.site_texts("pl")["site_name"],
            )
        elif site.root_page_id != pl_home.pk:
            site.root_page = pl_home
            site.save()
        # Page URLs (feeds, JSON-LD, API v2) start with SITE_ORIGIN.
        sync_default_site()
        brand = BrandSettings.for_site(site)
        if not brand.privacy_page_id:
            pl = self._pl_pages()
            brand.privacy_page = pl.get(("page", "privacy"))
            brand.accessibility_page = pl.get(("page", "accessibility"))
            brand.contact_email = "international@krakow.example"
            brand.contact_phone = "+48 12 616 12 00"
            # As the Polish post writes it; each language names the office
            # (its home page) and the country (Babel) itself.
            brand.street_address = "pl. Wszystkich Świętych 3-4"
            brand.postal_code = "31-004"
            brand.locality = "Kraków"
            brand.country = "PL"
            brand.save()

    def ensure_share_image(self, homes):
        """The brand's share image, described on each language's home page."""
        brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
        if not brand.share_image_id:
            image = CityImage.objects.filter(title=share_image.TITLE).first()
            if image is None:
                data = share_image.draw_share_image(
                    brand.primary_colour, brand.accent_colour
                )
                image = CityImage(
                    title=share_image.TITLE,
                    description=share_image.ALTS["pl"],
                    credit="Hejnał",
                    credit_kind=CreditKind.ILLUSTRATION,
                    uploaded_by_user=self.admin,
                    file=ImageFile(io.BytesIO(data), name=f"{share_image.TITLE}.jpg"),
                )
                image.save()
                self.summary.add("images")
            brand.share_image = image
            brand.save()
        for code, home in homes.items():
            alt = share_image.ALTS.get(code, "")
            if alt and not home.share_image_alt:
                home.share_image_alt = alt
                home.save_revision(user=self.admin).publish(user=self.admin)

    # -- news ------------------------------------------------------------------------
    def ensure_topics(self, code):
        locale = Locale.objects.get(language_code=code)
        pl_topics = {
            t.slug: t for t in Topic.objects.filter(locale__language_code="pl")
        }
        topics = {t.slug: t for t in Topic.objects.filter(locale=locale)}
        for key, name in content.topic_names(code).items():
            if key not in topics:
                topic = Topic(name=name, slug=key, locale=locale)
                if key in pl_topics:
                    topic.translation_key = pl_topics[key].translation_key
                topic.save()
                topics[key] = topic
                self.summary.add("topics")
        return topics

    def ensure_articles(self, code, home, count):
        topics = self.ensure_topics(code)
        categories = {}
        for key, category in content.category_texts(code).items():
            categories[key] = NewsCategoryPage.objects.descendant_of(home).get(
                slug=category["slug"]
            )
        specs = content.article_specs(code, count, seed=self.seed, today=self.today)
        existing = {
            key: set(ArticlePage.objects.child_of(page).values_list("slug", flat=True))
            for key, page in categories.items()
        }
        already = sum(len(slugs) for slugs in existing.values())
        if already >= count:
            self.out(f"Articles in {code}: {already} present, nothing to add")
            return
        # Slugs are derived in spec order, so a rerun reproduces the same ones.
        taken = {key: set() for key in categories}
        planned = []
        for index, spec in enumerate(specs):
            slug = unique_slug(spec.title, taken[spec.category])
            if slug not in existing[spec.category]:
                planned.append((index, spec, slug))
        planned = planned[: count - already]
        alts = content.image_alts(code)
        image_keys = list(content.IMAGE_KEYS)
        bar = tqdm(
            total=len(planned),
            desc=f"Articles ({code})",
            unit="article",
            disable=not self.progress,
        )
        for start in range(0, len(planned), 2000):
            chunk = planned[start : start + 2000]
            by_category = {}
            for index, spec, slug in chunk:
                image_key = image_keys[index % len(image_keys)]
                by_category.setdefault(spec.category, []).append(
                    (spec, self._article(spec, slug, image_key, alts[image_key]))
                )
            with transaction.atomic():
                for key, items in by_category.items():
                    pages = bulk_create_pages(
                        categories[key], [page for _spec, page in items], self.admin
                    )
                    bulk_set_m2m(
                        ArticlePage,
                        "topics",
                        [
                            (page.pk, topics[topic].pk)
                            for (spec, _p), page in zip(items, pages, strict=True)
                            for topic in spec.topics
                            if topic in topics
                        ],
                    )
                    PublicationEvent.objects.bulk_create(
                        [
                            PublicationEvent(
                                page_id=page.pk,
                                published_at=page.first_published_at,
                                user=self.admin,
                                user_name="Anna Administratorka",
                                summary="",
                            )
                            for page in pages
                        ],
                        batch_size=1000,
                    )
            bar.update(len(chunk))
            self.summary.add("articles", len(chunk))
        bar.close()

    def _article(self, spec, slug, image_key, alt):
        date = self.today - datetime.timedelta(days=spec.days_ago)
        published = timezone.make_aware(
            datetime.datetime.combine(date, datetime.time(10, 0))
        )
        body = [paragraph(text) for text in spec.paragraphs[:-1]]
        if spec.quote:
            body.append(
                {
                    "type": "quote",
                    "value": {"text": spec.quote, "attribution": spec.quote_by},
                    "id": str(uuid.uuid4()),
                }
            )
        if spec.heading:
            body.append(
                {
                    "type": "heading",
                    "value": {"text": spec.heading, "level": "h2"},
                    "id": str(uuid.uuid4()),
                }
            )
        body.extend(paragraph(text) for text in spec.paragraphs[-1:])
        return ArticlePage(
            title=spec.title,
            slug=slug,
            date=date,
            lead=spec.lead,
            body=body,
            hero_image=self.images[image_key],
            hero_image_alt=alt,
            first_published_at=published,
            last_published_at=published,
            prepared_by="",
        )
