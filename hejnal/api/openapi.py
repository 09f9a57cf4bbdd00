"""The OpenAPI 3.1 document of the public API, served at ``/api/openapi.json``.

One document covers the site search (``/api/search/``) and Wagtail's API v2
(``/api/v2/``: pages, images and documents, their listings, details and
``find``). What the code already knows is read from it, so the document keeps
up with it: the page types and the fields each one shows (``fields.py`` and
the models), the StreamField blocks, the languages, the limits. The rest (the
shapes of the search answer, of errors, of Wagtail's ``meta``) is written here
by hand. ``hejnal/api/tests/test_openapi.py`` validates the document and runs
schemathesis against it, so a field that changes shape fails there.
"""

from importlib import metadata

from django.conf import settings
from django.db import connection, models
from django.http import JsonResponse
from django.views.decorators.http import require_safe
from rest_framework import serializers
from taggit.managers import TaggableManager
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page, get_page_models

from hejnal.search.forms import MAX_PAGE, SCOPES, SORTS
from hejnal.search.query import MAX_QUERY_CHARS

from .input import OFFSET_MAX
from .views import (
    HejnalDocumentsAPIViewSet,
    HejnalImagesAPIViewSet,
    HejnalPagesAPIViewSet,
)

OPENAPI_VERSION = "3.1.0"
REF = "#/components/schemas/"
RICH_TEXT_FORMATS = ["db_html", "html", "db_markdown", "markdown"]

STRING = {"type": "string"}
INTEGER = {"type": "integer"}
BOOLEAN = {"type": "boolean"}
URI = {"type": "string", "format": "uri"}
URI_REFERENCE = {"type": "string", "format": "uri-reference"}
DATE = {"type": "string", "format": "date"}
DATE_TIME = {"type": "string", "format": "date-time"}


def _ref(name):
    return {"$ref": REF + name}


def _nullable(schema):
    if "$ref" in schema or "oneOf" in schema or "anyOf" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    return {**schema, "type": [schema["type"], "null"]}


def _object(properties, required=(), **extra):
    return {
        "type": "object",
        "properties": properties,
        "required": list(required),
        "additionalProperties": False,
        **extra,
    }


def _label(model):
    return model._meta.label


# Fields computed by Hejnał's own serializers (``fields.py``), by name.
COMPUTED_FIELDS = {
    "category": _nullable(_ref("Category")),
    "topics": {"type": "array", "items": _ref("Topic")},
    "publication_record": _ref("PublicationRecord"),
    "hero_image_renditions": _nullable(_ref("HeroRenditions")),
    "thumbnail": _ref("RenditionOrError"),
    # An image's ``is_decorative``, under its API name.
    "decorative": BOOLEAN,
}


def block_schema(block):
    """The JSON schema of a StreamField block's API representation."""
    if isinstance(block, blocks.StreamBlock):
        return {
            "type": "array",
            "items": {
                "oneOf": [
                    _object(
                        {
                            "type": {"const": name},
                            "value": block_schema(child),
                            "id": STRING,
                        },
                        required=("type", "value", "id"),
                    )
                    for name, child in block.child_blocks.items()
                ]
            },
        }
    if isinstance(block, blocks.StructBlock):
        return _object(
            {name: block_schema(child) for name, child in block.child_blocks.items()},
            required=block.child_blocks,
        )
    if isinstance(block, blocks.ListBlock):
        return {"type": "array", "items": block_schema(block.child_block)}
    if isinstance(block, blocks.ChooserBlock):  # page, image, document: its id
        return {"type": ["integer", "null"]}
    if isinstance(block, blocks.BooleanBlock):
        return BOOLEAN
    if isinstance(block, blocks.ChoiceBlock):
        values = [str(value) for value, _label in block.field.choices if value != ""]
        if not block.required:
            values.append("")
        return {"type": "string", "enum": values}
    if isinstance(block, blocks.IntegerBlock):
        return INTEGER
    if isinstance(block, (blocks.FloatBlock, blocks.DecimalBlock)):
        return {"type": "number"}
    if isinstance(block, blocks.DateBlock):
        return DATE
    if isinstance(block, blocks.FieldBlock):
        return STRING  # text, URL, e-mail; rich text in ``rich_text_format``
    raise TypeError(f"No schema for the block {block!r}: describe it in {__name__}.")


# Plain serializer fields an ``APIField`` may name (``serializer=…``).
SERIALIZER_FIELDS = [
    (serializers.BooleanField, BOOLEAN),
    (serializers.IntegerField, INTEGER),
    (serializers.DateTimeField, DATE_TIME),
    (serializers.DateField, DATE),
    (serializers.CharField, STRING),
]


def api_field_schema(model, api_field):
    """The JSON schema of the value the API shows for ``api_field`` (an
    ``APIField``) of ``model``: by its serializer, else by the model field."""
    name = api_field.name
    if name in COMPUTED_FIELDS:
        return COMPUTED_FIELDS[name]
    serializer = api_field.serializer
    if serializer is not None:
        for kind, schema in SERIALIZER_FIELDS:
            if isinstance(serializer, kind):
                return _nullable(schema) if serializer.allow_null else schema
        raise TypeError(f"No schema for {model.__name__}.{name}: describe it here.")
    return model_field_schema(model, name)


def model_field_schema(model, name):
    """The JSON schema of the API value of ``model``'s field ``name``."""
    field = model._meta.get_field(name)
    if isinstance(field, StreamField):
        return block_schema(field.stream_block)
    if isinstance(field, TaggableManager):
        return {"type": "array", "items": STRING}
    if isinstance(field, models.ForeignKey):
        target = field.related_model
        if issubclass(target, AbstractImage):
            schema = _ref("ImageRef")
        elif issubclass(target, Page):
            schema = _ref("PageRef")
        else:
            raise TypeError(f"No schema for {model.__name__}.{name}")
        return _nullable(schema) if field.null else schema
    if isinstance(field, models.BooleanField):
        schema = BOOLEAN
    elif isinstance(field, (models.IntegerField, models.AutoField)):
        schema = INTEGER
    elif isinstance(field, models.DateTimeField):
        schema = DATE_TIME
    elif isinstance(field, models.DateField):
        schema = DATE
    elif isinstance(field, (models.CharField, models.TextField, RichTextField)):
        schema = STRING
    else:
        raise TypeError(f"No schema for {model.__name__}.{name}")
    return _nullable(schema) if field.null else schema


def _merge_fields(found, model, api_fields):
    for api_field in api_fields:
        name = api_field.name
        schema = api_field_schema(model, api_field)
        if name not in found:
            found[name] = schema
        elif found[name] != schema and schema not in found[name].get("anyOf", []):
            found[name] = {"anyOf": [*found[name].get("anyOf", [found[name]]), schema]}
    return found


def page_types():
    return [_label(model) for model in get_page_models()]


def page_body_fields():
    """Every field a page of any type may show, with its schema."""
    found = {}
    for model in get_page_models():
        _merge_fields(found, model, HejnalPagesAPIViewSet.get_body_fields(model))
    return found


def _file_body_fields(viewset):
    model = viewset.model
    return _merge_fields({}, model, viewset.get_body_fields(model))


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def _id_range():
    return connection.ops.integer_field_range(Page._meta.pk.get_internal_type())


def _schemas():
    languages = _languages()
    page_id = {"type": "integer", "minimum": 1, "maximum": _id_range()[1]}
    rendition = _object(
        {
            "url": URI_REFERENCE,
            "full_url": URI,
            "width": INTEGER,
            "height": INTEGER,
            "alt": STRING,
        },
        required=("url", "full_url", "width", "height", "alt"),
    )
    page_meta = _object(
        {
            "type": {"type": "string", "enum": page_types()},
            "detail_url": URI,
            "html_url": _nullable(URI),
            "slug": STRING,
            "show_in_menus": BOOLEAN,
            "seo_title": STRING,
            "search_description": STRING,
            "first_published_at": _nullable(DATE_TIME),
            "alias_of": _nullable(_ref("PageRef")),
            "parent": _nullable(_ref("PageRef")),
            "locale": {"type": "string", "enum": languages},
        },
        description="Which meta fields appear follows `fields`; details show all.",
    )
    file_meta = {
        "detail_url": URI,
        "tags": {"type": "array", "items": STRING},
        "download_url": URI_REFERENCE,
    }
    return {
        "Error": _object(
            {"message": STRING},
            required=("message",),
            description="Bad input (400) or nothing found (404).",
        ),
        "ThrottleError": _object(
            {"error": STRING},
            required=("error",),
            description="Too many searches from one client in a short time.",
        ),
        "SearchErrors": _object(
            {
                "errors": {
                    "type": "object",
                    "additionalProperties": {
                        "type": "array",
                        "items": STRING,
                        "minItems": 1,
                    },
                    "minProperties": 1,
                }
            },
            required=("errors",),
            description=(
                "Messages per parameter (`q`, `locale`, `category`, `from`, "
                "`to`, `sort`, `scope`, `page`; `query` for the date range)."
            ),
        ),
        "SearchResult": _object(
            {
                "title": STRING,
                "url": URI,
                "locale": {"type": "string", "enum": languages},
                "date": _nullable(DATE),
                "category": STRING,
                "lead": STRING,
                "highlight": {
                    "type": "string",
                    "description": "HTML: escaped text with `<mark>` around matches.",
                },
                "score": {"type": "number"},
            },
            required=(
                "title",
                "url",
                "locale",
                "date",
                "category",
                "lead",
                "highlight",
                "score",
            ),
        ),
        "SearchResults": _object(
            {
                "count": {"type": "integer", "minimum": 0},
                "page": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE},
                "num_pages": {"type": "integer", "minimum": 0},
                "partial": BOOLEAN,
                "suggestion": STRING,
                "results": {"type": "array", "items": _ref("SearchResult")},
            },
            required=("count", "page", "num_pages", "partial", "suggestion", "results"),
        ),
        "ListingMeta": _object(
            {"total_count": {"type": "integer", "minimum": 0}},
            required=("total_count",),
        ),
        "PageRef": _object(
            {
                "id": page_id,
                "meta": _object(
                    {
                        "type": {"type": "string", "enum": page_types()},
                        "detail_url": URI,
                        "html_url": _nullable(URI),
                    },
                    required=("type", "detail_url", "html_url"),
                ),
                "title": STRING,
            },
            required=("id", "meta", "title"),
        ),
        "PageMeta": page_meta,
        "Page": _object(
            {"id": page_id, "meta": _ref("PageMeta"), **page_body_fields()},
            description=(
                "A page. Which fields appear follows `fields` (listings show "
                "`id`, `meta` and `title` by default, details everything the "
                "page's type has); the fields of a type appear in listings "
                "filtered by that `type`."
            ),
        ),
        "PageListing": _object(
            {
                "meta": _ref("ListingMeta"),
                "items": {"type": "array", "items": _ref("Page")},
            },
            required=("meta", "items"),
        ),
        "Category": _object(
            {"id": page_id, "title": STRING, "slug": STRING, "html_url": URI},
            required=("id", "title", "slug", "html_url"),
        ),
        "Topic": _object(
            {"id": INTEGER, "name": STRING, "slug": STRING},
            required=("id", "name", "slug"),
        ),
        "PublicationRecord": _object(
            {
                "prepared_by": STRING,
                "published_by": STRING,
                "first_published_at": _nullable(DATE_TIME),
                "last_published_at": _nullable(DATE_TIME),
                "history": {
                    "type": "array",
                    "description": "Newest first.",
                    "items": _object(
                        {
                            "published_at": _nullable(DATE_TIME),
                            "published_by": STRING,
                            "summary": STRING,
                        },
                        required=("published_at", "published_by", "summary"),
                    ),
                },
            },
            required=(
                "prepared_by",
                "published_by",
                "first_published_at",
                "last_published_at",
                "history",
            ),
        ),
        "Rendition": rendition,
        "RenditionError": _object(
            {"error": {"type": "string", "enum": ["SourceImageIOError"]}},
            required=("error",),
            description="The image's file cannot be read.",
        ),
        "RenditionOrError": {
            "oneOf": [_ref("Rendition"), _ref("RenditionError")],
        },
        "HeroRenditions": _object(
            {
                "teaser": _ref("RenditionOrError"),
                "large": _ref("RenditionOrError"),
                "share": _ref("RenditionOrError"),
            },
            required=("teaser", "large", "share"),
        ),
        "ImageRef": _object(
            {
                "id": INTEGER,
                "meta": _object(
                    {
                        "type": {"type": "string", "const": _image_type()},
                        "detail_url": URI,
                        "download_url": URI_REFERENCE,
                    },
                    required=("type", "detail_url", "download_url"),
                ),
                "title": STRING,
            },
            required=("id", "meta", "title"),
        ),
        "Image": _object(
            {
                "id": INTEGER,
                "meta": _object(
                    {**file_meta, "type": {"type": "string", "const": _image_type()}}
                ),
                **_file_body_fields(HejnalImagesAPIViewSet),
            },
            description="An image. Which fields appear follows `fields`.",
        ),
        "ImageListing": _object(
            {
                "meta": _ref("ListingMeta"),
                "items": {"type": "array", "items": _ref("Image")},
            },
            required=("meta", "items"),
        ),
        "Document": _object(
            {
                "id": INTEGER,
                "meta": _object(
                    {
                        **file_meta,
                        "type": {"type": "string", "const": _document_type()},
                    }
                ),
                **_file_body_fields(HejnalDocumentsAPIViewSet),
            },
            description="A document. Which fields appear follows `fields`.",
        ),
        "DocumentListing": _object(
            {
                "meta": _ref("ListingMeta"),
                "items": {"type": "array", "items": _ref("Document")},
            },
            required=("meta", "items"),
        ),
    }


def _image_type():
    return _label(HejnalImagesAPIViewSet.model)


def _document_type():
    return _label(HejnalDocumentsAPIViewSet.model)


def _json(schema_name, description):
    return {
        "description": description,
        "content": {"application/json": {"schema": _ref(schema_name)}},
    }


RESPONSES = {
    "BadRequest": _json(
        "Error",
        "A parameter is not what the endpoint takes (unknown field or type, "
        "a number out of range, a value not of its field's type…).",
    ),
    "NotFound": _json("Error", "Nothing readers may see is there."),
    "TooManyRequests": {
        **_json("ThrottleError", "Too many searches from this client."),
        "headers": {
            "Retry-After": {
                "description": "Seconds to wait.",
                "required": True,
                "schema": {"type": "integer", "minimum": 1},
            },
            "Cache-Control": {
                "required": True,
                "schema": {"type": "string", "const": "no-store"},
            },
        },
    },
    "Found": {
        "description": "The object's detail URL, with the other parameters kept.",
        "headers": {
            "Location": {"required": True, "schema": URI_REFERENCE},
        },
    },
}


def _query(name, schema, description, **extra):
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
        **extra,
    }


def _order_pattern(model, viewset):
    names = [
        name
        for name in viewset().get_available_fields(model, db_fields_only=True)
        if name not in ("body", "tags", "topics")
    ]
    field = "-?(?:" + "|".join(sorted(names, key=len, reverse=True)) + ")"
    return f"^(?:random|{field}(?:,{field})*)$"


def _listing_parameters(model, viewset, *, search_rate):
    return [
        _query(
            "fields",
            STRING,
            "Comma-separated fields to show besides the defaults; `*` for all, "
            "`-name` to drop one, `_` first to start from none, "
            "`name(a,b)` for a nested object's fields.",
            examples={"some": {"value": "title,date"}, "all": {"value": "*"}},
        ),
        _query(
            "limit",
            {
                "type": "integer",
                "minimum": 0,
                "maximum": getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20),
                "default": 20,
            },
            "How many items to show.",
        ),
        _query(
            "offset",
            {"type": "integer", "minimum": 0, "maximum": OFFSET_MAX, "default": 0},
            "How many items to skip.",
        ),
        _query(
            "order",
            {"type": "string", "pattern": _order_pattern(model, viewset)},
            "Comma-separated fields (`-` first for descending), or `random` "
            "(not with `offset`). While searching, only indexed fields.",
        ),
        _query(
            "search",
            STRING,
            "Words to search for (at most 200 characters are read). Counts "
            f"against the per-client search limit ({search_rate}).",
        ),
        _query(
            "search_operator",
            {"type": "string", "enum": ["and", "or"]},
            "Whether every word (`and`) or any (`or`) must match.",
        ),
        _query(
            "id",
            {"type": "integer", "minimum": 1},
            "Only the object with this id.",
        ),
        _query("title", STRING, "Only objects with exactly this title."),
    ]


def _page_filters(high):
    page_id = {
        "anyOf": [{"type": "integer", "minimum": 0, "maximum": high}, {"const": "root"}]
    }
    return [
        _query(
            "type",
            {
                "anyOf": [
                    {"type": "string", "enum": page_types()},
                    {"type": "string", "pattern": r"^\w+\.\w+(?:,\w+\.\w+)*$"},
                ]
            },
            "Only pages of this type (`app.Model`; several comma-separated). "
            "Listings filtered by type may show and filter by its own fields.",
        ),
        _query(
            "locale",
            {"type": "string", "enum": _languages()},
            "Only pages of this language version (404 for a language the site "
            "does not have).",
        ),
        _query("child_of", page_id, "Only children of this page (`root`: homes)."),
        _query("descendant_of", page_id, "Only pages below this one."),
        _query(
            "ancestor_of",
            {"type": "integer", "minimum": 0, "maximum": high},
            "Only pages above this one.",
        ),
        _query(
            "translation_of",
            {"type": "integer", "minimum": 0, "maximum": high},
            "Only the other language versions of this page.",
        ),
        _query("slug", STRING, "Only pages with this slug."),
        _query("show_in_menus", BOOLEAN, "Only pages (not) shown in menus."),
        _query(
            "site",
            STRING,
            "`host[:port]` of the site whose pages to list (default: the "
            "request's site).",
        ),
        _rich_text_parameter(),
    ]


def _rich_text_parameter():
    return _query(
        "rich_text_format",
        {"type": "string", "enum": RICH_TEXT_FORMATS},
        "How rich text is written: Wagtail's stored HTML (`db_html`, the "
        "default), HTML with links resolved (`html`), or Markdown.",
    )


def _fields_parameter():
    return _query(
        "fields",
        STRING,
        "Which fields to show; by default all of them (see the listing).",
    )


def _id_parameter(name):
    return {
        "name": "id",
        "in": "path",
        "required": True,
        "schema": {"type": "integer", "minimum": 1},
        "description": f"The {name}'s id.",
    }


def _endpoint_paths(endpoint, name, listing, item, viewset):
    model = Page if endpoint == "pages" else viewset.model
    rate = settings.HEJNAL_SEARCH_RATE
    high = _id_range()[1]
    listing_parameters = [*_listing_parameters(model, viewset, search_rate=rate)]
    detail_parameters = [_id_parameter(name), _fields_parameter()]
    find_parameters = [
        _query(
            "id",
            {"type": "integer", "minimum": 1, "maximum": high},
            f"The {name}'s id.",
        )
    ]
    if endpoint == "pages":
        listing_parameters += _page_filters(high)
        detail_parameters.append(_rich_text_parameter())
        find_parameters.append(
            _query(
                "html_path",
                STRING,
                "A page's address on this site, starting with its language "
                "(`/en/news/`), as written or percent-encoded.",
            )
        )
    elif endpoint == "images":
        for field in ("width", "height"):
            listing_parameters.append(
                _query(field, {"type": "integer", "minimum": 0}, f"Only this {field}.")
            )
    if endpoint != "pages":
        listing_parameters.append(
            _query("tags", STRING, "Only those with all these comma-separated tags.")
        )
    tag = {"pages": "Pages", "images": "Images", "documents": "Documents"}[endpoint]
    errors = {
        "400": {"$ref": "#/components/responses/BadRequest"},
    }
    listing_errors = {
        **errors,
        "429": {"$ref": "#/components/responses/TooManyRequests"},
    }
    if endpoint == "pages":
        listing_errors["404"] = {"$ref": "#/components/responses/NotFound"}
    return {
        f"/api/v2/{endpoint}/": {
            "get": {
                "operationId": f"list_{endpoint}",
                "tags": [tag],
                "summary": f"List {endpoint} readers may see",
                "parameters": listing_parameters,
                "responses": {
                    "200": _json(listing, f"A page of {endpoint}."),
                    **listing_errors,
                },
            }
        },
        f"/api/v2/{endpoint}/{{id}}/": {
            "get": {
                "operationId": f"get_{name}",
                "tags": [tag],
                "summary": f"One {name} with all its fields",
                "parameters": detail_parameters,
                "responses": {
                    "200": _json(item, f"The {name}."),
                    **errors,
                    "404": {"$ref": "#/components/responses/NotFound"},
                },
            }
        },
        f"/api/v2/{endpoint}/find/": {
            "get": {
                "operationId": f"find_{name}",
                "tags": [tag],
                "summary": f"Redirect to a {name}'s detail URL",
                "description": (
                    "Without `id` (or `html_path` for pages), or with one that "
                    "leads to nothing readers may see: 404."
                ),
                "parameters": find_parameters,
                "responses": {
                    "302": {"$ref": "#/components/responses/Found"},
                    **errors,
                    "404": {"$ref": "#/components/responses/NotFound"},
                },
            }
        },
    }


def _search_path():
    return {
        "/api/search/": {
            "get": {
                "operationId": "search",
                "tags": ["Search"],
                "summary": "The site search, by word lemma in every language",
                "parameters": [
                    _query(
                        "q",
                        STRING,
                        "Words in any inflection; a phrase in double quotes. "
                        f"At most {MAX_QUERY_CHARS} characters are read.",
                    ),
                    _query(
                        "locale",
                        {"type": "string", "enum": _languages()},
                        "The language of the query (default: "
                        f"`{settings.LANGUAGE_CODE}`).",
                    ),
                    _query(
                        "scope",
                        {"type": "string", "enum": [v for v, _label in SCOPES]},
                        "`lang`: only that language; `all`: every language.",
                    ),
                    _query("category", STRING, "A news category's slug."),
                    _query("from", DATE, "Only from this date (inclusive)."),
                    _query("to", DATE, "Only up to this date (inclusive)."),
                    _query(
                        "sort",
                        {"type": "string", "enum": [v for v, _label in SORTS]},
                        "`relevance` (default) or `newest`.",
                    ),
                    _query(
                        "page",
                        {"type": "integer", "minimum": 1, "maximum": MAX_PAGE},
                        "Which page of results (ten a page).",
                    ),
                ],
                "responses": {
                    "200": _json("SearchResults", "The results."),
                    "400": _json("SearchErrors", "Invalid parameters."),
                    "429": {"$ref": "#/components/responses/TooManyRequests"},
                },
            }
        }
    }


def _version():
    try:
        return metadata.version("hejnal")
    except metadata.PackageNotFoundError:
        return "0"


def openapi_document():
    """The whole document, as a dict ready for JSON."""
    paths = {
        **_search_path(),
        **_endpoint_paths(
            "pages", "page", "PageListing", "Page", HejnalPagesAPIViewSet
        ),
        **_endpoint_paths(
            "images", "image", "ImageListing", "Image", HejnalImagesAPIViewSet
        ),
        **_endpoint_paths(
            "documents",
            "document",
            "DocumentListing",
            "Document",
            HejnalDocumentsAPIViewSet,
        ),
        "/api/openapi.json": {
            "get": {
                "operationId": "openapi",
                "tags": ["Meta"],
                "summary": "This document",
                "responses": {
                    "200": {
                        "description": "OpenAPI 3.1",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["openapi", "info", "paths"],
                                }
                            }
                        },
                    }
                },
            }
        },
    }
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": "Hejnał public API",
            "version": _version(),
            "description": (
                "Read-only, without authentication or cookies; the same answer "
                "for everyone. Only what readers may see: public pages, public "
                "images and documents. See docs/api.md."
            ),
            "license": {"name": "BSD-3-Clause", "identifier": "BSD-3-Clause"},
        },
        "tags": [
            {"name": "Search", "description": "`/api/search/`"},
            {"name": "Pages", "description": "Wagtail API v2: pages"},
            {"name": "Images", "description": "Wagtail API v2: images"},
            {"name": "Documents", "description": "Wagtail API v2: documents"},
            {"name": "Meta"},
        ],
        "paths": paths,
        "components": {"schemas": _schemas(), "responses": RESPONSES},
    }


@require_safe
def openapi_json(request):
    return JsonResponse(openapi_document(), json_dumps_params={"ensure_ascii": False})
