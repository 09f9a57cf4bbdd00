"""Wagtail hooks of the public read surfaces."""

from wagtail import hooks

from hejnal.core.file_visibility import check_document_usage

# After Wagtail's own check of the collection's restriction (order 0), which
# answers with its password or login form: this one refuses documents used
# only on pages the request may not see.
hooks.register("before_serve_document", check_document_usage, order=100)
