"""``/api/openapi.json`` describes the API as it answers.

The document is valid OpenAPI 3.1 (``openapi-spec-validator``), names every
query parameter Wagtail's endpoints accept and every field a page, image or
document can show; and schemathesis, run against the site in-process (the
demo loaded, on whichever database ``DATABASE_URL`` names), finds no server
error, no undocumented status code or content type and no answer that does
not match its schema, for every operation: documented input (positive) and
input outside it (negative), a fixed number of examples from a fixed seed.
"""

import jsonschema
import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import override_settings
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from wagtail.models import get_page_models

from hejnal.api.openapi import openapi_document
from hejnal.api.views import (
    HejnalDocumentsAPIViewSet,
    HejnalImagesAPIViewSet,
    HejnalPagesAPIViewSet,
)

pytestmark = pytest.mark.django_db

SEED = 20261208
MAX_EXAMPLES = 40
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
ENDPOINTS = {
    "pages": HejnalPagesAPIViewSet,
    "images": HejnalImagesAPIViewSet,
    "documents": HejnalDocumentsAPIViewSet,
}


@pytest.fixture
def document(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def _validator(document, pointer):
    """A JSON schema validator for the schema at ``pointer`` of ``document``."""
    resource = DRAFT202012.create_resource(document)
    registry = Registry().with_resource("urn:hejnal-openapi", resource)
    return jsonschema.Draft202012Validator(
        {"$ref": f"urn:hejnal-openapi{pointer}"},
        registry=registry,
        format_checker=jsonschema.FormatChecker(),
    )


def test_document_is_valid_openapi_3_1(document):
    assert document["openapi"].startswith("3.1.")
    validate(document)


def test_every_endpoint_and_operation_is_described(document):
    paths = document["paths"]
    assert "/api/search/" in paths
    for endpoint in ENDPOINTS:
        for suffix in ("", "{id}/", "find/"):
            assert f"/api/v2/{endpoint}/{suffix}" in paths


def test_every_query_parameter_wagtail_accepts_is_described(document):
    for endpoint, viewset in ENDPOINTS.items():
        listing = document["paths"][f"/api/v2/{endpoint}/"]["get"]
        described = {p["name"] for p in listing["parameters"]}
        accepted = set(viewset.known_query_parameters) - {"format", "_"}
        if endpoint != "pages":
            accepted.discard("rich_text_format")  # nothing of theirs is rich text
        assert accepted <= described, (endpoint, accepted - described)


def test_every_field_of_every_page_type_is_described(document):
    page = document["components"]["schemas"]["Page"]["properties"]
    meta = document["components"]["schemas"]["PageMeta"]["properties"]
    for model in get_page_models():
        body = {f.name for f in HejnalPagesAPIViewSet.get_body_fields(model)}
        assert body <= set(page), (model, body - set(page))
        assert set(HejnalPagesAPIViewSet.meta_fields) <= set(meta)
    assert set(
        document["components"]["schemas"]["PageMeta"]["properties"]["type"]["enum"]
    ) == {m._meta.label for m in get_page_models()}


def test_an_article_detail_matches_its_schema(document, client):
    from hejnal.news.models import ArticlePage

    article = ArticlePage.objects.live().filter(hero_image__isnull=False).first()
    data = client.get(f"/api/v2/pages/{article.pk}/").json()
    assert {"body", "category", "topics", "hero_image_renditions"} <= set(data)
    _validator(document, "#/components/schemas/Page").validate(data)
    listing = client.get(
        "/api/v2/pages/", {"type": "news.ArticlePage", "fields": "*", "limit": 20}
    ).json()
    _validator(document, "#/components/schemas/PageListing").validate(listing)


@override_settings(HEJNAL_SEARCH_RATE="1/m")
def test_throttled_search_matches_the_429_schema(document, client):
    schema = document["components"]["responses"]["TooManyRequests"]
    client.get("/api/search/", {"q": "Kraków", "locale": "de"})
    response = client.get("/api/search/", {"q": "Kraków", "locale": "de"})
    assert response.status_code == 429
    _validator(document, "#/components/schemas/ThrottleError").validate(response.json())
    assert int(response["Retry-After"]) >= 1
    assert response["Cache-Control"] == "no-store"
    assert "Retry-After" in schema["headers"]
    # In the language the query names, as before.
    assert "Suchanfragen" in response.json()["error"]


# Schemathesis, in-process through Django's WSGI handler.

CONFIG = {
    "seed": SEED,
    "generation": {
        "mode": "all",
        "max-examples": MAX_EXAMPLES,
        "deterministic": True,
        "database": "none",
    },
    "phases": {
        "examples": {"enabled": True},
        "coverage": {"enabled": True, "unexpected-methods": []},
        "fuzzing": {"enabled": True},
        "stateful": {"enabled": False},
    },
}


@pytest.fixture
def in_test_transaction(db):
    """Requests through the WSGI handler answer inside the test's transaction:
    as with Django's test client, they do not close the connection."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


# The document the view serves (``test_served_document_is_the_built_one``);
# built here, without the database, as pytest collects one test per operation.
schema = schemathesis.openapi.from_dict(
    openapi_document(), config=schemathesis.Config.from_dict(CONFIG)
)
schema.app = WSGIHandler()


def test_served_document_is_the_built_one(document):
    assert document == openapi_document()


@schema.parametrize()
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_api_answers_as_documented(case, in_test_transaction):
    case.call_and_validate(checks=CHECKS)


# Hostile values the generator seldom finds, sent to every query parameter of
# every operation: PostgreSQL refuses a NUL in any text it compares, and long
# values must be refused or shortened, never fail.
HOSTILE = {"nul": "a\x00b", "long": "x" * 3000, "spaces": " 1 ", "unicode": "٣"}
PARAMETERS = [
    (operation, parameter.name)
    for operation in (result.ok() for result in schema.get_all_operations())
    for parameter in operation.query
]


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_values_in_every_parameter(in_test_transaction, value):
    for operation, name in PARAMETERS:
        path_parameters = {"id": 1} if "{id}" in operation.path else {}
        case = operation.Case(path_parameters=path_parameters, query={name: value})
        response = case.call_and_validate(checks=CHECKS)
        assert response.status_code < 500, (operation.label, name)
