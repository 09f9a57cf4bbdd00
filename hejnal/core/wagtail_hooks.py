from django.http import Http404
from django.utils import timezone
from wagtail import hooks

from .richtext import VisiblePageLinkHandler


@hooks.register("register_rich_text_features", order=100)
def link_only_visible_pages(features):
    """Replaces Wagtail's page link type (registered before this hook runs)."""
    features.register_link_type(VisiblePageLinkHandler)


@hooks.register("before_serve_page")
def refuse_expired_pages(page, request, serve_args, serve_kwargs):
    """A page past its expiry time is gone for readers at once, not when the
    scheduler next takes it down; editors still see it in previews."""
    if page.expire_at is not None and page.expire_at <= timezone.now():
        raise Http404
