"""What readers may see of the files: images and documents.

A file (``CityImage`` or a Wagtail document) is **public** when

1. its collection is public: neither the collection nor an ancestor carries a
   view restriction (Wagtail's ``CollectionViewRestriction``), and
2. it is not used *only* on pages readers may not see. A file is public when
   at least one use of it is public, and also when it is used nowhere at all:
   a file uploaded to the library on purpose (the public document library, a
   press photo) is published by being put in a public collection. A use is
   public when it is on a page that is visible by the page rule
   (``hejnal.core.visibility``: live, not expired, no restriction on it or an
   ancestor), or on anything that is not a page (a partner city's agreement,
   a snippet, a setting): those are shown on public pages and have no
   visibility of their own.

So a file becomes private by being put in a private collection, or by being
used on restricted, unpublished, expired or never-published pages and nowhere
else. To publish a file that is also used on a private page, use it on a
public one (or on nothing) and it is public again.

"Used" is Wagtail's reference index (``wagtail.models.ReferenceIndex``). For a
page it records the references of the page's database row, which Wagtail
refreshes on every save by reading the row back: for a live page that is the
*published* content. A draft of a live page is saved as a revision only and
never reaches the index, so a file added in a draft counts, until the draft is
published, as used nowhere by that page (public if it is in a public
collection and used nowhere else; put files for an unannounced story in a
private collection). A page that was never published keeps its first content
in the row; it is not visible, so those uses are not public.

Every function here costs a constant number of queries whatever the number of
files: the restricted collections (one query), the restricted page sections
(one query, shared with the page rule), and the filtered queryset itself, whose
uses are correlated subqueries on the reference index's target index.

The same rule decides downloads: ``check_document_usage`` is Wagtail's
``before_serve_document`` hook (registered in ``hejnal/api/wagtail_hooks.py``)
and refuses a document used only on pages the request may not see; Wagtail's
own hook still asks for the collection's password or login. Documents are
never served from ``MEDIA_ROOT/documents`` (``serve_public_media``).
"""

import posixpath

from django.contrib.contenttypes.models import ContentType
from django.db.models import BigIntegerField, Case, CharField, Exists, OuterRef, Q, When
from django.db.models.functions import Cast
from django.http import Http404
from django.utils import timezone
from django.views.static import serve
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, ReferenceIndex

from .visibility import restricted_sections, visible

# The folder under MEDIA_ROOT where Wagtail stores documents: never served as
# plain files, only through /documents/<id>/<name> (the privacy checks).
DOCUMENTS_FOLDER = "documents"


def restricted_collections():
    """``[(path, depth)]`` of every collection that carries a view restriction."""
    return list(
        Collection.objects.filter(
            pk__in=CollectionViewRestriction.objects.values("collection_id")
        ).values_list("path", "depth")
    )


def _in_private_collection(collections):
    private = Q()
    for path, depth in collections:
        private |= Q(collection__path__startswith=path, collection__depth__gte=depth)
    return private


def _base_content_type(model):
    """The content type the reference index records uses of ``model`` under."""
    parents = model._meta.get_parent_list()
    return ContentType.objects.get_for_model(
        parents[-1] if parents else model, for_concrete_model=False
    )


def _uses(model):
    """Reference index rows pointing at the file of the outer query."""
    return ReferenceIndex.objects.filter(
        to_content_type=_base_content_type(model),
        to_object_id=Cast(OuterRef("pk"), output_field=CharField()),
    )


def _public_uses(model, sections):
    page_type = _base_content_type(Page)
    visible_page = visible(Page.objects.filter(pk=OuterRef("page_pk")), sections)
    return (
        _uses(model)
        .annotate(
            # Only page rows are read as a page's id (other objects may have
            # keys that are not numbers).
            page_pk=Case(
                When(
                    base_content_type=page_type,
                    then=Cast("object_id", output_field=BigIntegerField()),
                ),
                default=None,
                output_field=BigIntegerField(),
            )
        )
        .filter(~Q(base_content_type=page_type) | Exists(visible_page))
    )


def public_files(queryset, collections=None, sections=None):
    """``queryset`` (images or documents) without the files readers may not see."""
    model = queryset.model
    if collections is None:
        collections = restricted_collections()
    if sections is None:
        sections = restricted_sections()
    private = _in_private_collection(collections)
    if private:
        queryset = queryset.exclude(private)
    return queryset.filter(
        ~Exists(_uses(model)) | Exists(_public_uses(model, sections))
    )


def public_images(queryset=None):
    """Images readers may see (three queries with the result)."""
    return public_files(
        get_image_model().objects.all() if queryset is None else queryset
    )


def public_documents(queryset=None):
    """Documents readers may see (three queries with the result)."""
    return public_files(
        get_document_model().objects.all() if queryset is None else queryset
    )


def is_public_file(obj):
    """Whether readers may see ``obj``, an image or document instance."""
    return public_files(type(obj)._default_manager.filter(pk=obj.pk)).exists()


def used_only_on_hidden_pages(obj):
    """Whether every use of ``obj`` is on a page readers may not see (and it
    has at least one): the usage half of the rule, without the collection."""
    model = type(obj)
    found = model._default_manager.filter(pk=obj.pk)
    return (
        found.filter(Exists(_uses(model)))
        .exclude(Exists(_public_uses(model, restricted_sections())))
        .exists()
    )


def _request_may_see(page, request):
    """Whether this request may see ``page`` (its own view restrictions, such
    as a password entered or the right group, count here; drafts do not)."""
    if not page.live or (page.expire_at and page.expire_at <= timezone.now()):
        return False
    return all(
        restriction.accept_request(request)
        for restriction in page.get_view_restrictions()
    )


def check_document_usage(document, request):
    """``before_serve_document``: a document used only on pages readers may
    not see is a 404, unless this request may see one of those pages (it
    passed the page's password or login) or comes from someone who works in
    the admin (editors attach files to drafts)."""
    user = getattr(request, "user", None)
    if user is not None and user.has_perm("wagtailadmin.access_admin"):
        return None
    if not used_only_on_hidden_pages(document):
        return None
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=_base_content_type(Page))
        .values_list("object_id", flat=True)
    )
    pages = Page.objects.filter(pk__in=[int(pk) for pk in page_ids if pk.isdigit()])
    if any(_request_may_see(page, request) for page in pages):
        return None
    raise Http404("No document matches the given query.")


def serve_public_media(request, path, document_root=None):
    """Django's static file view for ``MEDIA_ROOT``, never for the documents
    folder (which only ``/documents/<id>/<name>`` serves, after its checks).
    The path is normalised first, as the static view does, so ``images/../
    documents/…`` or ``./documents/…`` cannot reach a document either."""
    normalised = posixpath.normpath(path.replace("\\", "/")).lstrip("/")
    first = normalised.split("/", 1)[0]
    if first.casefold() == DOCUMENTS_FOLDER:
        raise Http404("Documents are served at /documents/.")
    return serve(request, path, document_root=document_root)
