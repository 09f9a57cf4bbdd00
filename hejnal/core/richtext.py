"""Rich-text links to pages readers may not see are rendered as plain text.

Wagtail's own handler links any page by id, whatever its state: a link in a
public article to a draft, an expired or a password-protected page would give
its address (and so its title, through the slug) away.
"""

from django.utils.html import escape
from wagtail.rich_text.pages import PageLinkHandler

from .visibility import is_visible, restricted_sections


class VisiblePageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        pages = cls.get_many(attrs_list)
        sections = restricted_sections() if any(pages) else []
        tags = []
        for page in pages:
            target = None
            if page is not None:
                localized = page.localized
                for candidate in (localized, page):
                    if is_visible(candidate, sections):
                        target = candidate
                        break
            # "<a>" without href is the text alone, as Wagtail does for a
            # deleted page.
            tags.append(f'<a href="{escape(target.url)}">' if target else "<a>")
        return tags
