"""Route a URL below a language home in one query instead of two per level.

Wagtail's ``Page.route`` walks the path one slug at a time: for an article
four levels down that is a child lookup and a ``.specific`` fetch per level,
eight queries before the page is even rendered. Every page's ``url_path``
already spells its whole path, so all the pages on the way are found at once;
routing is then handed back to Wagtail at the first page that routes its own
sub-paths (a ``RoutablePageMixin`` page such as a category's feed) or at the
first slug that is not a child page, so the answer is the one Wagtail gives.
"""

from wagtail.models import Page

# Deeper than any real site (Wagtail's paths stop at 63 levels). A longer URL
# goes Wagtail's own way, which stops at the first missing slug: one query per
# level found, where the url_path list here would grow with the square of it.
MAX_COMPONENTS = 32


def routes_itself(page_class):
    return page_class.route is not Page.route


def route_below(root, request, path_components):
    """Wagtail's ``root.route(request, path_components)``, in fewer queries."""
    if len(path_components) > MAX_COMPONENTS:
        return Page.route(root, request, path_components)
    url_paths, prefix = [], root.url_path
    for component in path_components:
        prefix = f"{prefix}{component}/"
        url_paths.append(prefix)
    found = {
        page.url_path: page
        for page in Page.objects.filter(
            url_path__in=url_paths,
            path__startswith=root.path,
            depth__gt=root.depth,
            depth__lte=root.depth + len(url_paths),
        )
    }
    parent = root
    last = len(url_paths) - 1
    for index, url_path in enumerate(url_paths):
        page = found.get(url_path)
        if (
            page is None
            or page.depth != parent.depth + 1
            or not page.path.startswith(parent.path)
        ):
            # Not a child: Wagtail would 404 here (the parent does not route
            # its own sub-paths, or it would have been handed over already).
            return Page.route(parent, request, path_components[index:])
        page._cached_parent_obj = parent
        page_class = page.specific_class
        if page_class is None:  # its model is gone: Wagtail's own handling
            return Page.route(page, request, path_components[index + 1 :])
        if index == last or routes_itself(page_class):
            specific = page.specific
            specific._cached_parent_obj = parent
            return specific.route(request, path_components[index + 1 :])
        parent = page
    raise AssertionError("unreachable: path_components is not empty")
