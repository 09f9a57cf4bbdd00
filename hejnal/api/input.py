"""Query parameters of API v2 checked before they reach the database.

Wagtail parses integers with ``int()`` and passes them on: a number past the
column's range makes SQLite fail ("datatype mismatch" for ``?offset=2**63``)
and PostgreSQL too ("bigint out of range"), a 500; a value that is not of the
field's type (``?first_published_at=yesterday``) fails the same way. Here each
parameter is checked against the range of the column it is compared with, on
the database in use (``connection.ops.integer_field_range``), and answered with
Wagtail's own 400 ``{"message": …}``.
"""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import connection, models
from django.utils.translation import gettext as _
from taggit.managers import TaggableManager
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Page, Site

# Paging: an offset past every row is an empty page, but the database takes at
# most a signed 64-bit number.
OFFSET_MAX = 2**63 - 1

# Page ids that Wagtail's filters accept, besides "root" for some of them.
PAGE_ID_PARAMETERS = ("child_of", "descendant_of", "ancestor_of", "translation_of")


def _out_of_range(name, low, high):
    return BadRequestError(
        _("%(name)s must be a whole number from %(low)s to %(high)s.")
        % {"name": name, "low": low, "high": high}
    )


def _integer(name, raw, low, high):
    """``raw`` as an int in [low, high], or a 400 naming the bounds."""
    try:
        value = int(raw.strip())
    except (TypeError, ValueError):
        raise _out_of_range(name, low, high) from None
    if not low <= value <= high:
        raise _out_of_range(name, low, high)
    return value


def _column_range(field):
    return connection.ops.integer_field_range(field.get_internal_type())


def _integer_column(field):
    """The integer field values of ``field`` are compared with, or None."""
    if field.is_relation and field.many_to_one:
        field = field.target_field
    if isinstance(field, (models.IntegerField, models.AutoField)):
        return field
    return None


def check_no_null_characters(params):
    """No value may hold a NUL: PostgreSQL refuses it in any text it compares
    (``?locale=%00`` or ``?site=%00`` failed there with a 500)."""
    for name, values in params.lists():
        if any("\x00" in value for value in values):
            raise BadRequestError(
                _("%(name)s must not contain a null character.") % {"name": name[:50]}
            )


def check_query_integers(params, view):
    """``offset``, ``limit``, ``find``'s ``id``, the page-tree filters and the
    port in ``site``: each a number the database can take, or a 400."""
    if "offset" in params:
        _integer("offset", params["offset"], 0, OFFSET_MAX)
    if "limit" in params:
        limit_max = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20) or OFFSET_MAX
        _integer("limit", params["limit"], 0, limit_max)
    model = getattr(view, "model", None)
    if model is not None and "id" in params and view.action == "find_view":
        low, high = _column_range(model._meta.pk)
        _integer("id", params["id"], low, high)
    if model is Page or (model is not None and issubclass(model, Page)):
        low, high = _column_range(Page._meta.pk)
        for name in PAGE_ID_PARAMETERS:
            if name in params and params[name] != "root":
                _integer(name, params[name], 0, high)
        site = params.get("site", "")
        if ":" in site:
            port_field = _site_port_field()
            low, high = _column_range(port_field)
            _integer("site", site.split(":", 1)[1], max(low, 0), high)


def _site_port_field():
    return Site._meta.get_field("port")


def check_field_values(params, model, view):
    """Values of field filters (``?id=``, ``?width=``, ``?date=``…) of the
    listed ``model``: integers within their column, other values of their
    field's type. Booleans, tags and unknown names are Wagtail's business."""
    fields = set(view.get_available_fields(model, db_fields_only=True))
    fields.discard("locale")
    for name, raw in params.items():
        if name not in fields:
            continue
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if isinstance(field, (TaggableManager, models.BooleanField)):
            continue
        column = _integer_column(field)
        if column is not None:
            low, high = _column_range(column)
            _integer(name, raw, low, high)
        elif not field.is_relation:
            try:
                field.to_python(raw)
            except ValidationError:
                raise BadRequestError(
                    _("“%(value)s” is not a valid value for %(name)s.")
                    % {"value": raw[:100], "name": name}
                ) from None
