from wagtail import hooks

from .richtext import VisiblePageLinkHandler


@hooks.register("register_rich_text_features", order=100)
def link_only_visible_pages(features):
    """Replaces Wagtail's page link type (registered before this hook runs)."""
    features.register_link_type(VisiblePageLinkHandler)
