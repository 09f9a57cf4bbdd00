"""Demo data for the directory: facts about Kraków's partners, texts written fresh.

Facts (cities, coordinates, national days, the consulates general's streets)
are public knowledge; agreement years and types are illustrative, and every
person's name, phone number, e-mail and website is a placeholder. Verify before
using any of it on a real site.
"""

from .consulates import CONSULATES, HEAD_TITLES, OFFICE_HOURS
from .countries import COUNTRY_PAGES
from .national_days import CALENDAR_LINK, NATIONAL_DAYS, NOTES
from .pages import INDEX_PAGES
from .partner_cities import PARTNER_CITIES

__all__ = [
    "CALENDAR_LINK",
    "CONSULATES",
    "COUNTRY_PAGES",
    "HEAD_TITLES",
    "INDEX_PAGES",
    "NATIONAL_DAYS",
    "NOTES",
    "OFFICE_HOURS",
    "PARTNER_CITIES",
]
